// No overlapping blocks among VPCs that can route to each other (the CEN cross-account guide's
// first prerequisite), found by one sort-and-sweep per group.
import { findBlockOverlaps } from "../core/cidr";
import { StackGraph, StackResource, TYPES, accountLabel } from "../model/stackGraph";
import { groupVpcsByCen } from "./cenGroups";
import { Finding, undecided, violation } from "./finding";
import { blocksOfVpc, VpcBlock } from "./vpcBlocks";
import { securityDomainsIntent } from "./intendedConnectivity";

/**
 * Which VPCs must not overlap: `"cen"`, those attached to transit routers of
 * the same CEN instance; `"stack"`, every VPC of the stack.
 */
export type OverlapScope = "cen" | "stack";

function describe(b: VpcBlock): string {
    return `VPC ${b.vpc.name} (${b.field} ${b.block.cidr}, ${accountLabel(b.vpc)})`;
}

/**
 * Pairs of VPCs (by name) that never route to each other: members of
 * security domains that do not talk. Their blocks may overlap.
 */
function neverTalking(graph: StackGraph): Set<string> {
    return new Set(securityDomainsIntent(graph).mustNotReach.map((p) => `${p.from}\u0000${p.to}`));
}

function overlapsWithin(
    graph: StackGraph,
    vpcs: readonly StackResource[],
    where: string,
    apart: ReadonlySet<string> = new Set(),
): Finding[] {
    const findings: Finding[] = [];
    const tagged: { block: VpcBlock["block"]; tag: VpcBlock }[] = [];
    for (const vpc of vpcs) {
        const { blocks, unreadable } = blocksOfVpc(graph, vpc);
        tagged.push(...blocks.map((b) => ({ block: b.block, tag: b })));
        for (const u of unreadable) {
            findings.push(
                undecided(
                    u.resource.urn,
                    `The ${u.field} of VPC ${vpc.name} is not known yet, so its overlap with the other VPCs ${where} could not be checked; it is checked when the value is known (pulumi up).`,
                ),
            );
        }
    }
    for (const { outer, inner } of findBlockOverlaps(tagged)) {
        if (apart.has(`${outer.tag.vpc.name}\u0000${inner.tag.vpc.name}`)) continue;
        const message =
            outer.tag.vpc === inner.tag.vpc
                ? `VPC ${inner.tag.vpc.name} declares overlapping blocks ${outer.block.cidr} (${outer.tag.field}) and ${inner.block.cidr} (${inner.tag.field}); remove or change one of them.`
                : `${describe(inner.tag)} overlaps ${describe(outer.tag)}; VPCs ${where} must have non-overlapping CIDR blocks, or traffic between them is misrouted. Give one of the two VPCs a block that overlaps no other.`;
        findings.push(violation(inner.tag.vpc.urn, message));
    }
    return findings;
}

/** Overlapping blocks among VPCs that route to each other, in `scope`. */
export function cidrOverlapFindings(graph: StackGraph, scope: OverlapScope): Finding[] {
    if (scope === "stack") {
        return overlapsWithin(graph, graph.ofType(TYPES.vpc), "of this stack");
    }
    const { groups, unplaced } = groupVpcsByCen(graph);
    const apart = neverTalking(graph);
    const findings = groups.flatMap((g) =>
        overlapsWithin(graph, g.vpcs, "attached to the same CEN instance", apart),
    );
    for (const { attachment, reason } of unplaced) {
        findings.push(
            undecided(
                attachment.urn,
                `Attachment ${attachment.name} could not be placed in a CEN: ${reason}; its VPC's blocks were not compared with the other VPCs of the CEN.`,
            ),
        );
    }
    return findings;
}
