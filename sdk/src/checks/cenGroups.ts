// Which VPCs can route to each other: those attached to transit routers of
// the same CEN instance.
import { StackGraph, StackResource, TYPES, knownString } from "../model/stackGraph";

/** The CEN an attachment belongs to, as a key: its id when known, else the CEN resource it depends on. */
export function cenKeyOf(graph: StackGraph, attachment: StackResource): string | undefined {
    const cen = graph.referenced(attachment, "cenId", TYPES.cen);
    if (cen) {
        return cen.urn;
    }
    const id = knownString(attachment.props.cenId);
    if (id) {
        return `id:${id}`;
    }
    const tr = graph.referenced(attachment, "transitRouterId", TYPES.transitRouter, "transitRouterId");
    return tr ? cenKeyOfTransitRouter(graph, tr) : undefined;
}

function cenKeyOfTransitRouter(graph: StackGraph, tr: StackResource): string | undefined {
    const cen = graph.referenced(tr, "cenId", TYPES.cen);
    return cen ? cen.urn : knownString(tr.props.cenId) && `id:${knownString(tr.props.cenId)}`;
}

/** The VPC a VPC attachment attaches, when it is in the stack. */
export function vpcOfAttachment(graph: StackGraph, attachment: StackResource): StackResource | undefined {
    return graph.referenced(attachment, "vpcId", TYPES.vpc);
}

export interface CenGroup {
    readonly cenKey: string;
    readonly vpcs: StackResource[];
}

export interface CenGrouping {
    readonly groups: CenGroup[];
    /** Attachments whose CEN or VPC could not be told (unknown ids, VPCs of other stacks). */
    readonly unplaced: { attachment: StackResource; reason: string }[];
}

/** Groups the stack's attached VPCs by CEN; a VPC attached twice to one CEN counts once. */
export function groupVpcsByCen(graph: StackGraph): CenGrouping {
    const byCen = new Map<string, Set<StackResource>>();
    const unplaced: CenGrouping["unplaced"] = [];
    for (const attachment of graph.ofType(TYPES.vpcAttachment)) {
        const cenKey = cenKeyOf(graph, attachment);
        const vpc = vpcOfAttachment(graph, attachment);
        if (!cenKey) {
            unplaced.push({ attachment, reason: "its CEN instance is not known yet" });
        } else if (!vpc) {
            unplaced.push({
                attachment,
                reason: `its VPC ${String(attachment.props.vpcId)} is not a VPC of this stack`,
            });
        } else {
            const set = byCen.get(cenKey) ?? new Set<StackResource>();
            set.add(vpc);
            byCen.set(cenKey, set);
        }
    }
    return { groups: [...byCen].map(([cenKey, vpcs]) => ({ cenKey, vpcs: [...vpcs] })), unplaced };
}
