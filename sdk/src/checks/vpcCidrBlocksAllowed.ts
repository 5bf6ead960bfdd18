// VPC blocks a VPC may have: not in a range Alibaba Cloud reserves, with a
// mask from /8 to /28. The rule is the components' own (core/blockRules).
import { vpcBlockProblem } from "../core/blockRules";
import { StackGraph, TYPES } from "../model/stackGraph";
import { Finding, violation } from "./finding";
import { blocksOfVpc } from "./vpcBlocks";

export function vpcCidrBlocksAllowedFindings(graph: StackGraph): Finding[] {
    const findings: Finding[] = [];
    for (const vpc of graph.ofType(TYPES.vpc)) {
        for (const { block, field } of blocksOfVpc(graph, vpc).blocks) {
            const problem = vpcBlockProblem(block);
            if (problem) {
                findings.push(violation(vpc.urn, `VPC ${vpc.name}: ${field} ${block.cidr} ${problem}.`));
            }
        }
    }
    return findings;
}
