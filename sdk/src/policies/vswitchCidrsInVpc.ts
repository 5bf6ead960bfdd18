import { StackValidationPolicy } from "@pulumi/policy";
import { vswitchCidrFindings } from "../checks/vswitchCidrsInVpc";
import { graphPolicy } from "./report";

export const vswitchCidrsInVpc: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-vswitch-cidrs-in-vpc",
        description:
            "Every vSwitch's CIDR block lies inside one of its VPC's blocks, and the vSwitches of a VPC do not overlap each other.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Choose a vSwitch block inside the VPC's blocks and disjoint from its other vSwitches, or add a secondary block to the VPC.",
    },
    vswitchCidrFindings,
);
