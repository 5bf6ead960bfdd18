import { StackValidationPolicy } from "@pulumi/policy";
import { vpcCidrBlocksAllowedFindings } from "../checks/vpcCidrBlocksAllowed";
import { graphPolicy } from "./report";

export const vpcCidrBlocksAllowed: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-vpc-cidr-blocks-allowed",
        description:
            "Every IPv4 block of a VPC (primary, secondary or added by vpc.Ipv4CidrBlock) lies outside the ranges Alibaba Cloud reserves (100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8, 169.254.0.0/16) and has a mask from /8 to /28, as the VPC API requires.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Give the VPC a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, with a mask from /8 to /28.",
    },
    vpcCidrBlocksAllowedFindings,
);
