import { StackValidationPolicy } from "@pulumi/policy";
import { declaredCidrBlocksFindings } from "../checks/declaredCidrBlocks";
import { graphPolicy } from "./report";

export const declaredCidrBlocks: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-declared-cidr-blocks",
        description:
            "The cidrBlocks given to a CrossAccountCenPeering or IsolatedSpokesWithSharedHub for a VPC of the stack are that VPC's IPv4 blocks: its primary block, its secondary blocks and the blocks its vpc.Ipv4CidrBlock resources add.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Give the component the VPC's blocks, primary first, e.g. cidrBlocks: [vpc.cidrBlock, extra.secondaryCidrBlock].",
    },
    declaredCidrBlocksFindings,
);
