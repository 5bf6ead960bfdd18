// An independent forward of a ping through a random network spec, hop by hop,
// written from Alibaba Cloud's documented behaviour without the package's
// code: addresses as plain integers, every route of a table scanned, every
// address an instance may get enumerated. The property test holds the
// network model to it.
import { names, NetworkSpec, RouteMapSpec, RuleSpec, VpcSpec } from "./randomNetworks";

export type Kind = "delivered" | "denied" | "undecided";

interface Range {
    readonly first: number;
    readonly last: number;
    readonly prefix: number;
}

const toInt = (ip: string) => ip.split(".").reduce((v, o) => v * 256 + Number(o), 0);

function rangeOf(cidr: string): Range {
    const [ip, p] = cidr.split("/");
    const prefix = Number(p);
    const first = toInt(ip);
    return { first, last: first + 2 ** (32 - prefix) - 1, prefix };
}

/** A route: its next hop is `local`, `blackHole`, `instance`, `vpc:<i>` or `peer`. */
interface Route extends Range {
    readonly nextHop: string;
    /** 0 system, 1 custom, static and prefix list, 2 propagated and learned by a VPC: lower wins for the same destination. */
    readonly preference: number;
    readonly kind: "system" | "custom" | "static" | "prefixList" | "propagated" | "learned";
    /** The VPC a propagated route comes from; undefined for static, prefix-list and aggregate routes. */
    readonly from?: number;
    /** A route map may have kept it from the table (its source is not known to the map). */
    readonly maybe?: boolean;
}

/**
 * What the route maps of one table and direction do to a route from VPC
 * `from` (undefined: no VPC): the first map by priority whose every condition
 * holds decides (Permit or Deny); a route no map matches passes. A map whose
 * source condition cannot be told (the route has no source VPC) may match:
 * the answer is known only if both ways end alike.
 */
function passes(maps: readonly RouteMapSpec[], from: number | undefined, r: Range): boolean | undefined {
    const ordered = [...maps].sort((a, b) => a.priority - b.priority);
    const fromMap = (k: number): boolean | undefined => {
        if (k === ordered.length) return true;
        const m = ordered[k];
        const byBlock =
            m.blocks.length === 0 ||
            m.blocks.some((b) => {
                const block = rangeOf(b);
                return m.mode === "Complete"
                    ? block.first === r.first && block.prefix === r.prefix
                    : block.first <= r.first && r.last <= block.last;
            });
        if (!byBlock) return fromMap(k + 1);
        if (m.sources.length > 0 && from === undefined) {
            const onward = fromMap(k + 1);
            return onward === (m.result === "Permit") ? onward : undefined;
        }
        const listed = from !== undefined && m.sources.includes(from);
        const bySource = m.sources.length === 0 || (m.reverse ? !listed : listed);
        return bySource ? m.result === "Permit" : fromMap(k + 1);
    };
    return fromMap(0);
}

const PREFERENCE: Readonly<Record<Route["kind"], number>> = {
    system: 0,
    custom: 1,
    static: 1,
    prefixList: 1,
    propagated: 2,
    learned: 2,
};

const route = (destination: string, nextHop: string, kind: Route["kind"], from?: number): Route => ({
    ...rangeOf(destination),
    nextHop,
    preference: PREFERENCE[kind],
    kind,
    from,
});

type Lookup = { kind: "route"; route: Route } | { kind: "none" } | { kind: "conflict" };

/**
 * Longest prefix, then preference; several next hops left over is a
 * conflict, as is a prefix-list route against a static or propagated route
 * to another next hop (which wins is not documented); a route a map may have
 * kept out is not known to be there.
 */
function lookup(routes: readonly Route[], address: number): Lookup {
    const matching = routes.filter((r) => r.first <= address && address <= r.last);
    if (matching.length === 0) return { kind: "none" };
    const longest = Math.max(...matching.map((r) => r.prefix));
    const specific = matching.filter((r) => r.prefix === longest);
    const best = Math.min(...specific.map((r) => r.preference));
    const winners = specific.filter((r) => r.preference === best);
    const undocumented = specific.some(
        (p) =>
            p.kind === "prefixList" &&
            specific.some(
                (q) =>
                    (q.kind === "static" || q.kind === "propagated") &&
                    q.nextHop !== p.nextHop &&
                    (winners.includes(p) || winners.includes(q)),
            ),
    );
    if (new Set(winners.map((r) => r.nextHop)).size > 1 || undocumented) return { kind: "conflict" };
    const sure = winners.find((r) => !r.maybe);
    return sure ? { kind: "route", route: sure } : { kind: "conflict" };
}

class Network {
    private readonly vpcTables: Route[][] = [];
    private readonly trTables = new Map<string, Route[]>();

    constructor(readonly spec: NetworkSpec) {
        spec.customTable.forEach((custom, router) => {
            for (let t = 0; t < (custom ? 2 : 1); t++)
                this.trTables.set(`${router}:${t}`, this.trTable(router, t));
        });
        this.vpcTables = spec.vpcs.map((v, i) => [
            ...v.vswitches.map((s) => route(s.cidr, "local", "system")),
            ...v.routes.map((r) =>
                route(
                    r.destination,
                    r.nextHop.kind === "instance"
                        ? "instance"
                        : `vpc:${r.nextHop.kind === "own" ? i : r.nextHop.vpc}`,
                    "custom",
                ),
            ),
            ...this.learnedBy(v, i),
        ]);
    }

    /**
     * What a VPC with route synchronisation learns: the routes of its
     * attachment's table but its own, with the table's aggregates instead of
     * the routes they cover, as the table's RegionOut maps let them out; each
     * leads to the VPC's attachment.
     */
    private learnedBy(v: VpcSpec, i: number): Route[] {
        if (!v.sync || v.association === undefined) return [];
        const table = this.trTables.get(`${v.router}:${v.association}`)!;
        const aggregates = (this.spec.aggregates ?? [])
            .filter((a) => a.router === v.router && a.table === v.association)
            .map((a) => rangeOf(a.cidr));
        const outbound = this.maps(v.router, v.association, "RegionOut");
        const advertised = [
            ...table.filter(
                (r) =>
                    r.nextHop !== `vpc:${i}` &&
                    !aggregates.some((a) => a.first <= r.first && r.last <= a.last),
            ),
            ...aggregates.map((a) => ({ ...a, from: undefined })),
        ];
        // A learned route within one of the VPC's own vSwitch blocks conflicts with it: not known to be kept.
        const own = v.vswitches.map((s) => rangeOf(s.cidr));
        return advertised.flatMap((r) => {
            const verdict = passes(outbound, r.from, r);
            if (verdict === false) return [];
            const clash = own.some((s) => s.first <= r.first && r.last <= s.last);
            return [
                {
                    ...r,
                    nextHop: `vpc:${i}`,
                    preference: 2,
                    kind: "learned" as const,
                    maybe: verdict === undefined || clash,
                },
            ];
        });
    }

    /** The routes VPC attachments propagate into a table. */
    private propagatedByVpcs(router: number, table: number): Route[] {
        return this.spec.vpcs.flatMap((v, i) =>
            v.router === router && v.propagations.includes(table)
                ? v.vswitches.map((s) => route(s.cidr, `vpc:${i}`, "propagated", i))
                : [],
        );
    }

    private maps(router: number, table: number, direction: RouteMapSpec["direction"]): RouteMapSpec[] {
        return (this.spec.routeMaps ?? []).filter(
            (m) => m.router === router && m.table === table && m.direction === direction,
        );
    }

    /** What VPC attachments propagate into a table, as its RegionIn maps let in. */
    private entered(router: number, table: number): Route[] {
        const inbound = this.maps(router, table, "RegionIn");
        return this.propagatedByVpcs(router, table).filter((r) => passes(inbound, r.from, r));
    }

    private trTable(router: number, table: number): Route[] {
        const statics = this.spec.statics
            .filter((s) => s.router === router && s.table === table)
            .map((s) =>
                route(
                    s.destination,
                    s.nextHop.kind === "vpc" ? `vpc:${s.nextHop.vpc}` : s.nextHop.kind,
                    "static",
                ),
            );
        const listed = (this.spec.prefixLists ?? [])
            .filter((l) => l.router === router && l.table === table)
            .flatMap((l) =>
                l.blocks.map((b) =>
                    route(b, l.nextHop.kind === "vpc" ? `vpc:${l.nextHop.vpc}` : "blackHole", "prefixList"),
                ),
            );
        // A peer propagates the routes the other side's VPCs propagate into the table the peer is
        // associated with there, as that table's RegionOut maps and this one's RegionIn maps let them.
        const there = this.spec.peer?.[1 - router]?.association;
        const inbound = this.maps(router, table, "RegionIn");
        const learned =
            this.spec.peer?.[router].propagations.includes(table) && there !== undefined
                ? this.entered(1 - router, there)
                      .filter((r) => passes(this.maps(1 - router, there, "RegionOut"), r.from, r))
                      .filter((r) => passes(inbound, r.from, r))
                      .map((r) => ({ ...r, nextHop: "peer" }))
                : [];
        return [...statics, ...listed, ...this.entered(router, table), ...learned];
    }

    /**
     * Where a packet from VPC `source` to `address` ends: delivered only in
     * VPC `destination`. `visited` gathers the VPCs whose tables it was
     * looked up in.
     */
    forward(source: number, address: number, destination: number, visited = new Set<number>()): Kind {
        const seen = new Set<string>();
        let at: { vpc: number } | { router: number; via: string } = { vpc: source };
        for (;;) {
            const state = JSON.stringify(at);
            if (seen.has(state)) return "denied";
            seen.add(state);
            if ("vpc" in at) {
                visited.add(at.vpc);
                const found = lookup(this.vpcTables[at.vpc], address);
                if (found.kind === "none") return "denied";
                if (found.kind === "conflict") return "undecided";
                const hop = found.route.nextHop;
                if (hop === "local") return at.vpc === destination ? "delivered" : "denied";
                if (hop === "instance") return "undecided";
                if (hop !== `vpc:${at.vpc}`) return "denied";
                at = { router: this.spec.vpcs[at.vpc].router, via: hop };
                continue;
            }
            const table = this.associationOf(at.via, at.router);
            if (table === undefined) return "denied";
            const found = lookup(this.trTables.get(`${at.router}:${table}`)!, address);
            if (found.kind === "none") return "denied";
            if (found.kind === "conflict") return "undecided";
            const hop = found.route.nextHop;
            if (hop === "blackHole") return "denied";
            at = hop === "peer" ? { router: 1 - at.router, via: "peer" } : { vpc: Number(hop.slice(4)) };
        }
    }

    private associationOf(attachment: string, router: number): number | undefined {
        if (attachment === "peer") return this.spec.peer?.[router].association;
        return this.spec.vpcs[Number(attachment.slice(4))].association;
    }
}

/** The verdict of one instance's rules in one direction on ICMP with `address`. */
function admits(
    rules: readonly Rule[],
    direction: RuleSpec["direction"],
    address: number,
    byDefault: boolean,
) {
    const matching = rules.filter(
        (r) => r.direction === direction && r.protocol !== "tcp" && r.first <= address && address <= r.last,
    );
    if (matching.length === 0) return byDefault;
    const top = Math.min(...matching.map((r) => r.priority ?? 1));
    return !matching.some((r) => (r.priority ?? 1) === top && r.policy === "drop");
}

type Rule = RuleSpec & Range;

interface Endpoint {
    readonly name: string;
    readonly vpc: number;
    /** Its vSwitch, by index in its VPC. */
    readonly vswitch: number;
    /** Every address it may have. */
    readonly addresses: readonly number[];
    readonly ecs?: { readonly enterprise: boolean; readonly rules: readonly Rule[] };
}

function endpoints(spec: NetworkSpec): Endpoint[] {
    return spec.vpcs.flatMap((v: VpcSpec, i) =>
        v.vswitches.map((s, j): Endpoint => {
            const block = rangeOf(s.cidr);
            if (!s.ecs)
                return { name: names.vswitch(i, j), vpc: i, vswitch: j, addresses: [block.first + 1] };
            const addresses = s.ecs.privateIp
                ? [toInt(s.ecs.privateIp)]
                : Array.from({ length: block.last - 3 - block.first }, (_, k) => block.first + 1 + k);
            const rules = s.ecs.rules.map((r) => ({ ...r, ...rangeOf(r.cidr) }));
            return {
                name: names.ecs(i, j),
                vpc: i,
                vswitch: j,
                addresses,
                ecs: { enterprise: s.ecs.enterprise, rules },
            };
        }),
    );
}

/**
 * Every ping between endpoints of different VPCs, keyed `from->to`: the
 * request, the source's outbound rules, the destination's inbound rules, the
 * reply. An instance without a fixed address pings only when it does from
 * every address it may get, and not when it does from none.
 */
export function bruteForcePings(spec: NetworkSpec): Map<string, Kind> {
    const network = new Network(spec);
    const all = endpoints(spec);
    const results = new Map<string, Kind>();
    for (const from of all) {
        for (const to of all) {
            if (from.vpc === to.vpc) continue;
            const kinds = new Set<Kind>();
            for (const s of from.addresses) {
                for (const d of to.addresses) {
                    kinds.add(pingAt(network, from, to, s, d));
                }
            }
            results.set(`${from.name}->${to.name}`, kinds.size === 1 ? [...kinds][0] : "undecided");
        }
    }
    return results;
}

/**
 * Whether the network ACL of an endpoint's vSwitch lets ICMP with `peer`
 * through in `direction`: the first rule for ICMP (or all) whose block holds
 * the peer decides; none drops it.
 */
function aclAdmits(spec: NetworkSpec, e: Endpoint, direction: "ingress" | "egress", peer: number): boolean {
    const acl = spec.vpcs[e.vpc].vswitches[e.vswitch].acl;
    if (!acl) return true;
    const rule = acl[direction].find((r) => {
        const range = rangeOf(r.cidr);
        return r.protocol !== "tcp" && range.first <= peer && peer <= range.last;
    });
    return rule?.policy === "accept";
}

/**
 * A network ACL on a vSwitch of a VPC the walks crossed (where the VPC's
 * attachment has an interface: every vSwitch of it), other than the two
 * ends' own vSwitches: what it does to forwarded packets is not documented.
 */
function attachmentAclOnPath(spec: NetworkSpec, from: Endpoint, to: Endpoint, visited: ReadonlySet<number>) {
    return [...visited, from.vpc, to.vpc].some((v) =>
        spec.vpcs[v].vswitches.some(
            (s, k) =>
                s.acl !== undefined &&
                !(v === from.vpc && k === from.vswitch) &&
                !(v === to.vpc && k === to.vswitch),
        ),
    );
}

function pingAt(network: Network, from: Endpoint, to: Endpoint, s: number, d: number): Kind {
    const spec = network.spec;
    const visited = new Set<number>();
    const request = network.forward(from.vpc, d, to.vpc, visited);
    if (request !== "delivered") return request;
    if (from.ecs && !admits(from.ecs.rules, "egress", d, !from.ecs.enterprise)) return "denied";
    if (!aclAdmits(spec, from, "egress", d) || !aclAdmits(spec, to, "ingress", s)) return "denied";
    if (to.ecs && !admits(to.ecs.rules, "ingress", s, false)) return "denied";
    const reply = network.forward(to.vpc, s, from.vpc, visited);
    if (reply !== "delivered") return reply;
    if (!aclAdmits(spec, to, "egress", s) || !aclAdmits(spec, from, "ingress", d)) return "denied";
    return attachmentAclOnPath(spec, from, to, visited) ? "undecided" : "delivered";
}
