import { StackValidationPolicy } from "@pulumi/policy";
import { cidrOverlapFindings, OverlapScope } from "../checks/vpcCidrsNoOverlap";
import { reportFindings } from "./report";
import { stackGraphOf } from "./stackResources";

export interface VpcCidrsNoOverlapConfig {
    scope: OverlapScope;
}

export const vpcCidrsNoOverlap: StackValidationPolicy = {
    name: "alicloud-vpc-cidrs-no-overlap",
    description:
        "VPCs that can route to each other (attached to transit routers of the same CEN) must not have overlapping CIDR blocks, primary, secondary or IPv6.",
    enforcementLevel: "mandatory",
    remediationSteps:
        "Give one of the two VPCs a CIDR block that overlaps no other VPC of the CEN. A VPC's primary block cannot change: create the VPC anew or detach it from the CEN.",
    configSchema: {
        properties: {
            scope: {
                type: "string",
                enum: ["cen", "stack"],
                default: "cen",
                description:
                    '"cen": compare VPCs attached to the same CEN instance; "stack": compare every VPC of the stack.',
            },
        },
    },
    validateStack: (args, reportViolation) => {
        const { scope } = args.getConfig<VpcCidrsNoOverlapConfig>();
        reportFindings(cidrOverlapFindings(stackGraphOf(args.resources), scope ?? "cen"), reportViolation);
    },
};
