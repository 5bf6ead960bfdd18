// No overlapping blocks among VPCs that can route to each other (the CEN cross-account guide's
// first prerequisite), found by one sort-and-sweep per group.
import { findBlockOverlaps } from "../core/cidr";
import { StackGraph, StackResource, TYPES, accountLabel, recordOf } from "../model/stackGraph";
import { groupVpcsByCen } from "./cenGroups";
import { Finding, undecided, violation } from "./finding";
import { learnedTogether } from "./learnedTogether";
import { blocksOfVpc, VpcBlock } from "./vpcBlocks";
import { componentMember, domainsOutput } from "../model/componentVpcs";
import { CEN_SECURITY_DOMAINS_TYPE } from "../core/typeTokens";
import { DomainTables, tableLearningBoth } from "../core/securityDomains";

/**
 * Which VPCs must not overlap: `"cen"`, those attached to transit routers of
 * the same CEN instance; `"stack"`, every VPC of the stack.
 */
export type OverlapScope = "cen" | "stack";

function describe(b: VpcBlock): string {
    return `VPC ${b.vpc.name} (${b.field} ${b.block.cidr}, ${accountLabel(b.vpc)})`;
}

/**
 * Pairs of VPCs (by name) whose routes no table learns together: members of
 * a CenSecurityDomains' domains that never talk, and that no third domain,
 * inbound table or inspection point learns both of (the component's own
 * rule). Their blocks may overlap.
 */
function neverTalking(graph: StackGraph): Set<string> {
    const apart = new Set<string>();
    for (const component of graph.ofType(CEN_SECURITY_DOMAINS_TYPE)) {
        const { domains, reach, inspected } = domainsOutput(component);
        const tables: DomainTables = {
            reach,
            inspected,
            multiRegion: Object.keys(recordOf(component.props.transitRouterIds)).length > 1,
        };
        const members = domains.flatMap((d) =>
            d.members.flatMap((key) => {
                const vpc = componentMember(graph, component, key).resource;
                return vpc ? [{ vpc, placed: { domain: d.name, region: vpc.provider?.region } }] : [];
            }),
        );
        for (const a of members) {
            for (const b of members) {
                if (a !== b && tableLearningBoth(tables, a.placed, b.placed) === undefined) {
                    apart.add(`${a.vpc.name}\u0000${b.vpc.name}`);
                }
            }
        }
    }
    return apart;
}

function overlapsWithin(
    graph: StackGraph,
    vpcs: readonly StackResource[],
    where: string,
    apart: ReadonlySet<string> = new Set(),
    together: (a: StackResource, b: StackResource) => boolean = () => true,
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
        if (outer.tag.vpc !== inner.tag.vpc && !together(outer.tag.vpc, inner.tag.vpc)) continue;
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
    const together = learnedTogether(graph);
    const findings = groups.flatMap((g) =>
        overlapsWithin(graph, g.vpcs, "attached to the same CEN instance", apart, together),
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
