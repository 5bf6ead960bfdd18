// The routes a transit router table gets from the VPC prefix lists
// associated with it (cen.TransitRouterPrefixListAssociation): one route per
// entry of the list, to the attachment the association names, or BlackHole.
// https://www.alibabacloud.com/help/en/cen/user-guide/prefix-lists
import { isKnown, knownString, StackGraph, StackResource, TYPES, UNKNOWN_VALUE } from "./stackGraph";

/** A prefix-list association the model follows: its table, next hop and the blocks it adds. */
export interface FollowedPrefixList {
    readonly association: StackResource;
    /** The blocks of the list's entries; UNKNOWN_VALUE for one not known yet (preview). */
    readonly blocks: readonly string[];
}

/**
 * The prefix list an association adds: followed when the list is a resource
 * of the stack (its entries are then known, or known after deployment), and
 * not when the list is only named by an id the stack does not hold: its
 * entries are not known, and the plan names the association as unevaluated.
 */
export function followedPrefixList(
    graph: StackGraph,
    association: StackResource,
): FollowedPrefixList | undefined {
    const list =
        graph.referenced(association, "prefixListId", TYPES.prefixList) ??
        graph.referenced(association, "prefixListId", TYPES.prefixList, "prefixListId");
    return list && { association, blocks: prefixListBlocks(list) };
}

/** The stack's prefix list of this id (`pl-...`: the resource id, or its `prefixListId` output). */
export function prefixListNamed(graph: StackGraph, id: string): StackResource | undefined {
    return graph.find(TYPES.prefixList, id) ?? graph.find(TYPES.prefixList, id, "prefixListId");
}

/** The blocks of a VPC prefix list's entries; UNKNOWN_VALUE for one not known yet (preview). */
export function prefixListBlocks(list: StackResource): string[] {
    const entries = list.props.entrys;
    if (!isKnown(entries)) return [UNKNOWN_VALUE];
    return (Array.isArray(entries) ? entries : []).map(
        (e) => knownString((e as { cidr?: unknown } | null)?.cidr) ?? UNKNOWN_VALUE,
    );
}

/** The next hop prefix-list routes lead to: BlackHole, else the attachment named. */
export function prefixListBlackHole(association: StackResource): boolean {
    return association.props.nextHopType === "BlackHole" || association.props.nextHop === "BlackHole";
}
