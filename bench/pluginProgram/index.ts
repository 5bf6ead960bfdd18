// The measured network as a TypeScript program, run as the language host runs
// it: BENCH_VPCS VPCs, and the component only when BENCH_COMPONENT is 1 (the
// run without it is the baseline subtracted from the run with it).
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenPeering, CrossAccountCenPeeringArgs } from "alicloud-multi-account-network";
import { ACCOUNTS, peeringArgs, REGION } from "../pluginNetwork";

const providers = Array.from(
    { length: ACCOUNTS },
    (_, i) => new alicloud.Provider(`account-${i}`, { region: REGION }),
);
if (process.env.BENCH_COMPONENT === "1") {
    const args = peeringArgs({ provider: (i) => providers[i] }, Number(process.env.BENCH_VPCS ?? 300));
    new CrossAccountCenPeering("peering", args as unknown as CrossAccountCenPeeringArgs);
}
