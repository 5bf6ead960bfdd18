// The ping matrix of an estate: one walk per ordered pair of endpoint groups
// (endpointGroups.ts), which stands for every pair of their members in
// different VPCs. Where the stack can be several networks (a preview's
// ambiguous references), every endpoint is a group of its own.
import { Endpoint, endpointsOf } from "./endpoints";
import { EndpointGroup, endpointGroups } from "./endpointGroups";
import { PingResult } from "./reachability";
import { pingAcrossWorlds, Worlds } from "./worlds";

/** One ordered pair of groups, and the walk of the pair of members that stands for all of them. */
export interface GroupPing {
    readonly from: number;
    readonly to: number;
    /** The representative pair's result: its endpoints, path and verdict. */
    readonly result: PingResult;
}

export interface GroupedPings {
    readonly groups: readonly EndpointGroup[];
    readonly results: readonly GroupPing[];
}

/** Two members, one of each group, in different VPCs; undefined when every pair shares a VPC. */
function representatives(a: EndpointGroup, b: EndpointGroup): [Endpoint, Endpoint] | undefined {
    for (const from of a.members) {
        const to = b.members.find((e) => e.vpc.urn !== from.vpc.urn);
        if (to) return [from, to];
    }
    return undefined;
}

/** Pings every ordered pair of groups once. */
export function groupedPings(worlds: Worlds): GroupedPings {
    const endpoints = endpointsOf(worlds.base.graph);
    const groups =
        worlds.worlds.length === 1 && !worlds.overflow
            ? endpointGroups(worlds.base, endpoints)
            : endpoints.map((e) => ({ members: [e] }));
    const results: GroupPing[] = [];
    groups.forEach((a, i) =>
        groups.forEach((b, j) => {
            const pair = representatives(a, b);
            if (pair) results.push({ from: i, to: j, result: pingAcrossWorlds(worlds, pair[0], pair[1]) });
        }),
    );
    return { groups, results };
}

/** Every pair of endpoints in different VPCs with its group pair's result (its verdict; the path is the representative's). */
export function expandedPings(grouped: GroupedPings): PingResult[] {
    return grouped.results.flatMap(({ from, to, result }) =>
        grouped.groups[from].members.flatMap((a) =>
            grouped.groups[to].members
                .filter((b) => b.vpc.urn !== a.vpc.urn)
                .map((b) => ({ ...result, from: a, to: b })),
        ),
    );
}
