// The ping matrix of an estate, by group: beyond GROUPED_VPCS VPCs the plan
// walks each pair of endpoint groups once and reports the groups, their
// results and the exceptions, in text and JSON, so its size grows with the
// VPCs and not with their square. `--explain FROM TO` prints one pair's path.
import { GroupedPings } from "../model/groupedPings";
import { Endpoint } from "../model/endpoints";
import { PingResult, verdictOf, Walk } from "../model/reachability";
import { JsonEndpoint } from "./planJson";
import { pairKey } from "./planReport";
import { textTable } from "./textTable";

/** Beyond this many VPCs the plan reports the ping matrix by group. */
export const GROUPED_VPCS = 40;
/** Beyond this many groups the text lists the group pairs that do not ping, without the matrix. */
const MATRIX_GROUPS = 24;

const MARK = { pings: "yes", "one-way": "one-way", no: "no", undecided: "?" } as const;

const groupName = (i: number) => `G${i + 1}`;

/** The member VPC pairs of a group pair the stack declares isolated. */
function declaredIsolated(
    grouped: GroupedPings,
    from: number,
    to: number,
    isolated: ReadonlySet<string>,
): string[] {
    if (isolated.size === 0) return [];
    const vpcs = (i: number) => [...new Set(grouped.groups[i].members.map((e) => e.vpc.name))];
    const found: string[] = [];
    for (const a of vpcs(from))
        for (const b of vpcs(to)) if (a !== b && isolated.has(pairKey(a, b))) found.push(pairKey(a, b));
    return found;
}

/** What a group pair's result is, counting the stack's declared isolation: `isolated` when none of its packets arrive. */
function cell(result: PingResult, intendedApart: boolean): string {
    const verdict = verdictOf(result);
    return intendedApart && verdict === "no" ? "isolated" : MARK[verdict];
}

function stoppedText(r: PingResult): string {
    const reply = r.reply?.outcome;
    if (reply && reply.kind !== "delivered") return `reply stopped at ${reply.at}: ${reply.reason}`;
    return r.outcome.kind === "delivered" ? "" : `stopped at ${r.outcome.at}: ${r.outcome.reason}`;
}

/** The grouped matrix as text: the groups, the matrix between them, the group pairs that do not ping. */
export function groupedPingSection(grouped: GroupedPings, isolated: ReadonlySet<string>): string {
    const endpoints = grouped.groups.reduce((n, g) => n + g.members.length, 0);
    const vpcCount = new Set(grouped.groups.flatMap((g) => g.members.map((e) => e.vpc.urn))).size;
    const lines = [
        `Ping matrix by group: ${endpoints} endpoints in ${vpcCount} VPCs fall into ${grouped.groups.length} groups the network treats alike (the same routes as their own, association, security groups and address class); one walk per pair of groups stands for every pair of their members in different VPCs. --explain FROM TO prints one pair's path.`,
        ...grouped.groups.map((g, i) => {
            const shown = g.members.slice(0, 4).map((e) => `${e.vpc.name}/${e.name}`);
            const more = g.members.length > 4 ? ` and ${g.members.length - 4} more` : "";
            return `  ${groupName(i)}: ${g.members.length} endpoint(s) in ${new Set(g.members.map((e) => e.vpc.urn)).size} VPC(s): ${shown.join(", ")}${more}`;
        }),
    ];
    const results = grouped.results.map((r) => ({
        ...r,
        apart: declaredIsolated(grouped, r.from, r.to, isolated),
    }));
    if (grouped.groups.length <= MATRIX_GROUPS) {
        const byPair = new Map(results.map((r) => [`${r.from} ${r.to}`, r]));
        const rows = grouped.groups.map((_, i) => [
            groupName(i),
            ...grouped.groups.map((__, j) => {
                const r = byPair.get(`${i} ${j}`);
                return r ? cell(r.result, r.apart.length > 0) : "-";
            }),
        ]);
        lines.push("", textTable(["from \\ to", ...grouped.groups.map((_, i) => groupName(i))], rows));
    }
    const leaks = results.filter((r) => r.apart.length > 0 && r.result.forward.outcome.kind === "delivered");
    if (leaks.length > 0) {
        lines.push(
            "",
            `Leaks: group pairs whose packets arrive where the stack declares their VPCs isolated (${leaks.length}):`,
            ...leaks.map(
                (r) =>
                    `  ${MARK[verdictOf(r.result)]} ${groupName(r.from)} -> ${groupName(r.to)}, e.g. ${r.result.from.label} -> ${r.result.to.label}; declared isolated: ${r.apart.slice(0, 5).join(", ")}${r.apart.length > 5 ? ` and ${r.apart.length - 5} more` : ""}`,
            ),
        );
    }
    const failed = results.filter((r) => r.result.outcome.kind !== "delivered" && r.apart.length === 0);
    lines.push(
        "",
        failed.length === 0
            ? "Every other group pair pings."
            : `Group pairs that do not ping (${failed.length} of ${results.length}):`,
        ...failed.map(
            (r) =>
                `  ${MARK[verdictOf(r.result)]} ${groupName(r.from)} -> ${groupName(r.to)}, e.g. ${r.result.from.label} -> ${r.result.to.label}: ${stoppedText(r.result)}`,
        ),
    );
    return lines.join("\n");
}

/** The grouped matrix as the JSON's `pingGroups`. */
export function groupedPingsJson(grouped: GroupedPings, endpoint: (e: Endpoint) => JsonEndpoint) {
    return {
        groups: grouped.groups.map((g, i) => ({ id: groupName(i), members: g.members.map(endpoint) })),
        results: grouped.results.map(({ from, to, result }) => ({
            from: groupName(from),
            to: groupName(to),
            result: ({ pings: "yes", "one-way": "one-way", no: "no", undecided: "undecided" } as const)[
                verdictOf(result)
            ],
            ...(result.outcome.kind === "delivered"
                ? {}
                : { stoppedAt: result.outcome.at, reason: result.outcome.reason }),
            ...(result.reply && result.reply.outcome.kind !== "delivered" ? { reply: true as const } : {}),
            example: { from: endpoint(result.from), to: endpoint(result.to) },
        })),
    };
}

/** One walk's hops, as --explain prints them. */
function hopsText(walk: Walk): string[] {
    return walk.hops.map((h) => {
        const route = h.route ? ` by ${h.route.destination} -> ${h.route.nextHop} (${h.route.type})` : "";
        return `    ${h.at}${route}${h.via ? `, associated by ${h.via.name}` : ""}${h.inspected ? ", inspected" : ""}`;
    });
}

/** `--explain FROM TO`: one pair's whole path, the request and the reply, and its verdict. */
export function explainText(result: PingResult): string {
    const lines = [
        `Path of ${result.from.label} -> ${result.to.label}: ${MARK[verdictOf(result)]}`,
        "  request:",
        ...hopsText(result.forward),
    ];
    if (result.forward.outcome.kind !== "delivered")
        lines.push(`    stopped: ${result.forward.outcome.reason}`);
    if (result.reply) {
        lines.push("  reply:", ...hopsText(result.reply));
        if (result.reply.outcome.kind !== "delivered")
            lines.push(`    stopped: ${result.reply.outcome.reason}`);
    }
    if (result.outcome.kind !== "delivered" && result.forward.outcome.kind === "delivered" && !result.reply)
        lines.push(`  ${result.outcome.at}: ${result.outcome.reason}`);
    return lines.join("\n");
}
