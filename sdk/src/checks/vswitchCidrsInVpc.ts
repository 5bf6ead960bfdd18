// vSwitch blocks have a mask a vSwitch may have, lie inside their VPC's
// blocks and do not overlap each other.
import { vswitchBlockProblem } from "../core/blockRules";
import { cidrContains, findBlockOverlaps, parseCidr } from "../core/cidr";
import { vswitchesOf } from "../model/routeTables";
import { StackGraph, StackResource, TYPES, isKnown } from "../model/stackGraph";
import { Finding, undecided, violation } from "./finding";
import { blocksOfVpc } from "./vpcBlocks";

export function vswitchCidrFindings(graph: StackGraph): Finding[] {
    const findings: Finding[] = [];
    for (const vpc of graph.ofType(TYPES.vpc)) {
        const { blocks, unreadable } = blocksOfVpc(graph, vpc);
        const tagged: {
            block: ReturnType<typeof blocksOfVpc>["blocks"][number]["block"];
            tag: StackResource;
        }[] = [];
        for (const vswitch of vswitchesOf(graph, vpc)) {
            const value = vswitch.props.cidrBlock;
            if (!isKnown(value)) {
                findings.push(
                    undecided(
                        vswitch.urn,
                        `The cidrBlock of vSwitch ${vswitch.name} is not known yet; it is checked against VPC ${vpc.name} when known (pulumi up).`,
                    ),
                );
                continue;
            }
            const parsed = parseCidr(String(value));
            if (!parsed.ok) {
                findings.push(
                    violation(
                        vswitch.urn,
                        `vSwitch ${vswitch.name}: cidrBlock ${String(value)} ${parsed.reason}.`,
                    ),
                );
                continue;
            }
            const disallowed = vswitchBlockProblem(parsed.block);
            if (disallowed) {
                findings.push(
                    violation(
                        vswitch.urn,
                        `vSwitch ${vswitch.name}: cidrBlock ${parsed.block.cidr} ${disallowed}.`,
                    ),
                );
            }
            tagged.push({ block: parsed.block, tag: vswitch });
            if (!blocks.some((b) => cidrContains(b.block, parsed.block)) && unreadable.length === 0) {
                const within = blocks.map((b) => b.block.cidr).join(", ") || "no known block";
                findings.push(
                    violation(
                        vswitch.urn,
                        `vSwitch ${vswitch.name} (${parsed.block.cidr}) is not inside VPC ${vpc.name} (${within}); choose a vSwitch block inside the VPC's blocks, or add a secondary block to the VPC.`,
                    ),
                );
            }
        }
        for (const { outer, inner } of findBlockOverlaps(tagged)) {
            findings.push(
                violation(
                    inner.tag.urn,
                    `vSwitch ${inner.tag.name} (${inner.block.cidr}) overlaps vSwitch ${outer.tag.name} (${outer.block.cidr}) in VPC ${vpc.name}; vSwitches of a VPC need disjoint blocks.`,
                ),
            );
        }
    }
    return findings;
}
