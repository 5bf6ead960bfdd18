// A team's own pack: the package's policies, one tuned, next to nothing else.
import { networkPolicyPack } from "alicloud-multi-account-network/policies";

networkPolicyPack("team-guardrails", {
    policies: {
        "alicloud-vpc-cidrs-no-overlap": { scope: "stack" },
        "alicloud-explicit-providers": "mandatory",
    },
});
