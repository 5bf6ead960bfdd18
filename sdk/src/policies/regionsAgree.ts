import { StackValidationPolicy } from "@pulumi/policy";
import { regionsAgreeFindings } from "../checks/regionsAgree";
import { graphPolicy } from "./report";

export const regionsAgree: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-regions-agree",
        description:
            "Resources that name one another are created in one region (by their providers' regions): a VPC attachment with its VPC and transit router, a grant with its VPC, a vSwitch or security group with its VPC, a share entry with its share and vSwitch. The API refuses the rest.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Create both resources with providers of one region. A VPC in another region than the transit router needs a transit router in its own region, joined by an inter-region connection.",
    },
    regionsAgreeFindings,
);
