// Random networks for the forwarding property test: one or two transit
// routers (a region each) with their System table and maybe a custom one,
// maybe an inter-region peer, VPCs with overlapping blocks, random
// associations, propagations, VPC routes (own attachment, another VPC's
// attachment, an instance), static routes and BlackHoles, and ECS instances
// with random security groups. A spec is plain data, so the brute-force
// forward reads it without the package's code, and `networkProgram` writes it
// as a raw @pulumi/alicloud program.
import fc from "fast-check";

export const REGIONS = ["ap-southeast-1", "ap-southeast-5"] as const;

export interface RuleSpec {
    readonly direction: "ingress" | "egress";
    readonly protocol: "icmp" | "all" | "tcp";
    readonly policy: "accept" | "drop";
    /** Undefined: the provider's default, 1. */
    readonly priority?: number;
    /** The source (ingress) or destination (egress) block. */
    readonly cidr: string;
}

export interface EcsSpec {
    /** The address within the vSwitch's block; undefined: the instance gets some address of it. */
    readonly privateIp?: string;
    /** An enterprise security group denies what no rule allows, outbound too. */
    readonly enterprise: boolean;
    readonly rules: readonly RuleSpec[];
}

/** A network ACL rule: the peer block is the source (inbound) or destination (outbound). */
export interface AclRuleSpec {
    readonly policy: "accept" | "drop";
    readonly protocol: "icmp" | "all" | "tcp";
    readonly cidr: string;
}

export interface VswitchSpec {
    readonly cidr: string;
    readonly ecs?: EcsSpec;
    /** A network ACL bound to the vSwitch: rules in order, per direction. */
    readonly acl?: { readonly ingress: readonly AclRuleSpec[]; readonly egress: readonly AclRuleSpec[] };
}

export type VpcNextHop =
    { readonly kind: "own" } | { readonly kind: "vpc"; readonly vpc: number } | { readonly kind: "instance" };

export interface VpcSpec {
    readonly router: number;
    readonly vswitches: readonly VswitchSpec[];
    readonly routes: readonly { readonly destination: string; readonly nextHop: VpcNextHop }[];
    /** The table (index on its router) its attachment is associated with, if any. */
    readonly association?: number;
    readonly propagations: readonly number[];
    /** Route synchronisation: the VPC learns the routes of its attachment's table (autoPublishRouteEnabled). */
    readonly sync?: boolean;
}

export type StaticNextHop =
    | { readonly kind: "blackHole" }
    | { readonly kind: "vpc"; readonly vpc: number }
    | { readonly kind: "peer" };

export interface StaticSpec {
    readonly router: number;
    readonly table: number;
    readonly destination: string;
    readonly nextHop: StaticNextHop;
}

/** A route map on a transit router table: the first by priority whose conditions all match decides. */
export interface RouteMapSpec {
    readonly router: number;
    readonly table: number;
    readonly direction: "RegionIn" | "RegionOut";
    readonly priority: number;
    readonly result: "Permit" | "Deny";
    /** The VPCs whose routes it matches (by index); empty: every source. */
    readonly sources: readonly number[];
    /** Match the routes of every VPC not in `sources` instead. */
    readonly reverse: boolean;
    /** Destination blocks it matches; empty: every destination. */
    readonly blocks: readonly string[];
    readonly mode: "Include" | "Complete";
}

/** A VPC prefix list associated with a transit router table: a route per block, to a VPC's attachment or BlackHole. */
export interface PrefixListSpec {
    readonly router: number;
    readonly table: number;
    readonly blocks: readonly string[];
    readonly nextHop: { readonly kind: "blackHole" } | { readonly kind: "vpc"; readonly vpc: number };
}

/** An aggregate route of a transit router table, advertised to the VPCs that learn the table's routes. */
export interface AggregateSpec {
    readonly router: number;
    readonly table: number;
    readonly cidr: string;
}

export interface NetworkSpec {
    /** Per router: whether it has a custom table besides its System table (table 0). */
    readonly customTable: readonly boolean[];
    /** Per router, when the routers are peered: the peer's association and propagations there. */
    readonly peer?: readonly { readonly association?: number; readonly propagations: readonly number[] }[];
    readonly vpcs: readonly VpcSpec[];
    readonly statics: readonly StaticSpec[];
    /** Route maps; absent in specs written before they were modelled. */
    readonly routeMaps?: readonly RouteMapSpec[];
    /** Prefix-list associations; absent in specs written before they were modelled. */
    readonly prefixLists?: readonly PrefixListSpec[];
    /** Aggregate routes (scope VPC); absent in specs written before they were modelled. */
    readonly aggregates?: readonly AggregateSpec[];
}

const toInt = (ip: string) => ip.split(".").reduce((v, o) => v * 256 + Number(o), 0);
const toText = (v: number) => [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join(".");

/** `10.<a>.0.<offset>` masked to `prefix` bits, in canonical form. */
function block(a: number, offset: number, prefix: number): string {
    const size = 2 ** (32 - prefix);
    const start = Math.floor(toInt(`10.${a}.0.${offset}`) / size) * size;
    return `${toText(start)}/${prefix}`;
}

const second = fc.nat(4);
/** vSwitch blocks small enough to enumerate: /26 and /27 in 10.0-4.0.0/24. */
const vswitchBlock = fc
    .tuple(second, fc.nat(255), fc.constantFrom(26, 27))
    .map(([a, o, p]) => block(a, o, p));
/** Route and rule blocks of every size around them, so they split vSwitches and span VPCs. */
const anyBlock = fc.oneof(
    {
        weight: 8,
        arbitrary: fc
            .tuple(second, fc.nat(255), fc.constantFrom(8, 16, 24, 25, 26, 27, 28, 32))
            .map(([a, o, p]) => block(a, o, p)),
    },
    { weight: 1, arbitrary: fc.constant("0.0.0.0/0") },
);

const rule = fc.record(
    {
        direction: fc.constantFrom("ingress", "egress"),
        protocol: fc.constantFrom("icmp", "all", "tcp"),
        policy: fc.constantFrom("accept", "drop"),
        priority: fc.integer({ min: 1, max: 3 }),
        cidr: anyBlock,
    },
    { requiredKeys: ["direction", "protocol", "policy", "cidr"] },
) as fc.Arbitrary<RuleSpec>;

/** Mostly true: most generated networks are meant to work, so that pings get through and a few things break them. */
const mostly = fc.nat(3).map((n) => n > 0);

const aclRule = fc.record({
    policy: fc.constantFrom("accept" as const, "drop" as const),
    protocol: fc.constantFrom("icmp" as const, "all" as const, "tcp" as const),
    cidr: anyBlock,
});

/** Mostly an ACL that also accepts 10.0.0.0/8 last, as a working network's would. */
const rawAcl = fc.record({
    admitting: mostly,
    ingress: fc.array(aclRule, { maxLength: 2 }),
    egress: fc.array(aclRule, { maxLength: 2 }),
});

const ACCEPT_INTERNAL: AclRuleSpec = { policy: "accept", protocol: "all", cidr: "10.0.0.0/8" };

const rawEcs = fc.record({
    offset: fc.option(fc.nat(200), { nil: undefined }),
    enterprise: mostly.map((m) => !m),
    /** Whether it also has the rules a working network has: ICMP in and out for 10.0.0.0/8 at priority 2. */
    admitting: mostly,
    rules: fc.array(rule, { maxLength: 2 }),
});

const rawVpc = fc.record({
    /** Whether it is also wired as a working network is: associated with and propagating into one table, routing 10.0.0.0/8 to its attachment. */
    wired: mostly,
    router: fc.nat(1),
    vswitches: fc.array(
        fc.record({
            cidr: vswitchBlock,
            ecs: fc.option(rawEcs, { nil: undefined }),
            acl: fc.option(rawAcl, { nil: undefined, freq: 4 }),
        }),
        {
            minLength: 1,
            maxLength: 2,
        },
    ),
    routes: fc.array(
        fc.record({
            destination: anyBlock,
            nextHop: fc.oneof(
                { weight: 6, arbitrary: fc.constant({ kind: "own" as const }) },
                { weight: 1, arbitrary: fc.nat(3).map((vpc) => ({ kind: "vpc" as const, vpc })) },
                { weight: 1, arbitrary: fc.constant({ kind: "instance" as const }) },
            ),
        }),
        { maxLength: 2 },
    ),
    association: fc.option(fc.nat(1), { nil: undefined, freq: 6 }),
    propagations: fc.uniqueArray(fc.nat(1), { maxLength: 2 }),
    sync: fc.nat(2).map((n) => n === 0),
});

const rawStatic = fc.record({
    router: fc.nat(1),
    table: fc.nat(1),
    destination: anyBlock,
    nextHop: fc.oneof(
        fc.constant({ kind: "blackHole" as const }),
        fc.nat(3).map((vpc) => ({ kind: "vpc" as const, vpc })),
        fc.constant({ kind: "peer" as const }),
    ),
});

const rawPeerSide = fc.record({
    wired: mostly,
    association: fc.option(fc.nat(1), { nil: undefined, freq: 6 }),
    propagations: fc.uniqueArray(fc.nat(1), { maxLength: 2 }),
});

const rawRouteMap = fc.record({
    router: fc.nat(1),
    table: fc.nat(1),
    direction: fc.constantFrom("RegionIn" as const, "RegionOut" as const),
    priority: fc.integer({ min: 1, max: 4 }),
    result: fc.constantFrom("Permit" as const, "Deny" as const, "Deny" as const),
    sources: fc.uniqueArray(fc.nat(3), { maxLength: 2 }),
    reverse: fc.boolean(),
    blocks: fc.array(anyBlock, { maxLength: 2 }),
    mode: fc.constantFrom("Include" as const, "Complete" as const),
});

const rawPrefixList = fc.record({
    router: fc.nat(1),
    table: fc.nat(1),
    blocks: fc.uniqueArray(anyBlock, { minLength: 1, maxLength: 2 }),
    nextHop: fc.oneof(
        fc.constant({ kind: "blackHole" as const }),
        fc.nat(3).map((vpc) => ({ kind: "vpc" as const, vpc })),
    ),
});

const rawAggregate = fc.record({
    router: fc.nat(1),
    table: fc.nat(1),
    cidr: fc.tuple(second, fc.nat(255), fc.constantFrom(8, 16, 24, 25)).map(([a, o, p]) => block(a, o, p)),
});

const raw = fc.record({
    routers: fc.constantFrom(1, 2),
    customTable: fc.tuple(fc.boolean(), fc.boolean()),
    peered: mostly,
    peer: fc.tuple(rawPeerSide, rawPeerSide),
    vpcs: fc.array(rawVpc, { minLength: 2, maxLength: 4 }),
    statics: fc.array(rawStatic, { maxLength: 2 }),
    routeMaps: fc.array(rawRouteMap, { maxLength: 3 }),
    prefixLists: fc.array(rawPrefixList, { maxLength: 2 }),
    aggregates: fc.array(rawAggregate, { maxLength: 2 }),
});

const ADMITTING: readonly RuleSpec[] = (["ingress", "egress"] as const).map((direction) => ({
    direction,
    protocol: "icmp",
    policy: "accept",
    priority: 2,
    cidr: "10.0.0.0/8",
}));

const overlaps = (x: string, y: string) => {
    const range = (c: string) => {
        const [ip, p] = c.split("/");
        const start = toInt(ip);
        return [start, start + 2 ** (32 - Number(p)) - 1];
    };
    const [a0, a1] = range(x);
    const [b0, b1] = range(y);
    return a0 <= b1 && b0 <= a1;
};

/** An address inside a vSwitch block that an instance can get: not the first, nor the last three. */
function hostIn(cidr: string, offset: number): string {
    const [ip, p] = cidr.split("/");
    const usable = 2 ** (32 - Number(p)) - 4;
    return toText(toInt(ip) + 1 + (offset % usable));
}

/**
 * Valid networks only, as Alibaba Cloud accepts them: a VPC's vSwitches do not
 * overlap, a VPC route table holds one route per destination, as does a
 * transit router table for static routes; next hops are attachments of the
 * same transit router; the peer exists only between two routers.
 */
export const networkSpec: fc.Arbitrary<NetworkSpec> = raw.map((r) => {
    const routers = r.routers;
    const tablesOf = (router: number) => (r.customTable[router] ? 2 : 1);
    const table = (router: number, t: number) => t % tablesOf(router);
    /** An attachment's association and propagations; a wired one is associated with the System table and propagates there too. */
    const joined = (a: { wired: boolean; association?: number; propagations: number[] }, router: number) => {
        const association = a.wired
            ? 0
            : a.association === undefined
              ? undefined
              : table(router, a.association);
        const propagations = a.propagations.map((t) => table(router, t));
        if (a.wired) propagations.push(association!);
        return { association, propagations: [...new Set(propagations)] };
    };
    const vpcs = r.vpcs.map((v, i): VpcSpec => {
        const router = v.router % routers;
        const vswitches: VswitchSpec[] = [];
        for (const s of v.vswitches) {
            if (vswitches.some((o) => overlaps(o.cidr, s.cidr))) continue;
            const ecs = s.ecs && {
                privateIp: s.ecs.offset === undefined ? undefined : hostIn(s.cidr, s.ecs.offset),
                enterprise: s.ecs.enterprise,
                rules: s.ecs.admitting ? [...s.ecs.rules, ...ADMITTING] : s.ecs.rules,
            };
            const acl = s.acl && {
                ingress: s.acl.admitting ? [...s.acl.ingress, ACCEPT_INTERNAL] : s.acl.ingress,
                egress: s.acl.admitting ? [...s.acl.egress, ACCEPT_INTERNAL] : s.acl.egress,
            };
            vswitches.push({ cidr: s.cidr, ecs, acl });
        }
        const wiredRoute = { destination: "10.0.0.0/8", nextHop: { kind: "own" as const } };
        const routes = [...v.routes, ...(v.wired ? [wiredRoute] : [])]
            .filter((x, k, all) => all.findIndex((y) => y.destination === x.destination) === k)
            .map((x) =>
                x.nextHop.kind === "vpc"
                    ? {
                          ...x,
                          nextHop: { kind: "vpc" as const, vpc: (i + 1 + x.nextHop.vpc) % r.vpcs.length },
                      }
                    : x,
            )
            .map((x) =>
                x.nextHop.kind === "vpc" && x.nextHop.vpc === i
                    ? { ...x, nextHop: { kind: "own" as const } }
                    : x,
            );
        return { router, vswitches, routes, ...joined(v, router), sync: v.sync };
    });
    const peered = routers === 2 && r.peered;
    const statics: StaticSpec[] = [];
    for (const s of r.statics) {
        const router = s.router % routers;
        const t = table(router, s.table);
        if (statics.some((o) => o.router === router && o.table === t && o.destination === s.destination))
            continue;
        const sameRouter = vpcs.map((v, i) => (v.router === router ? i : -1)).filter((i) => i >= 0);
        const nextHop: StaticNextHop =
            s.nextHop.kind === "vpc" && sameRouter.length > 0
                ? { kind: "vpc", vpc: sameRouter[s.nextHop.vpc % sameRouter.length] }
                : s.nextHop.kind === "peer" && peered
                  ? s.nextHop
                  : { kind: "blackHole" };
        statics.push({ router, table: t, destination: s.destination, nextHop });
    }
    // One map per priority in a table and direction, as the API requires; sources that exist.
    const routeMaps: RouteMapSpec[] = [];
    for (const m of r.routeMaps) {
        const router = m.router % routers;
        const t = table(router, m.table);
        const clash = (o: RouteMapSpec) =>
            o.router === router && o.table === t && o.direction === m.direction && o.priority === m.priority;
        if (routeMaps.some(clash)) continue;
        const sources = [...new Set(m.sources.map((v) => v % vpcs.length))];
        routeMaps.push({ ...m, router, table: t, sources, reverse: sources.length > 0 && m.reverse });
    }
    const prefixLists = r.prefixLists.map((l): PrefixListSpec => {
        const router = l.router % routers;
        const sameRouter = vpcs.map((v, i) => (v.router === router ? i : -1)).filter((i) => i >= 0);
        return {
            router,
            table: table(router, l.table),
            blocks: l.blocks,
            nextHop:
                l.nextHop.kind === "vpc" && sameRouter.length > 0
                    ? { kind: "vpc", vpc: sameRouter[l.nextHop.vpc % sameRouter.length] }
                    : { kind: "blackHole" },
        };
    });
    // The API refuses an aggregate route for a block a route of its table already has, and a second one for a block.
    const aggregates: AggregateSpec[] = [];
    for (const a of r.aggregates) {
        const router = a.router % routers;
        const t = table(router, a.table);
        const taken = [
            ...vpcs.flatMap((v) => v.vswitches.map((s) => s.cidr)),
            ...statics.filter((s) => s.router === router && s.table === t).map((s) => s.destination),
            ...prefixLists.filter((l) => l.router === router && l.table === t).flatMap((l) => l.blocks),
            ...aggregates.filter((o) => o.router === router && o.table === t).map((o) => o.cidr),
        ];
        if (!taken.includes(a.cidr)) aggregates.push({ router, table: t, cidr: a.cidr });
    }
    return {
        prefixLists,
        aggregates,
        customTable: r.customTable.slice(0, routers),
        peer: peered ? r.peer.map((p, router) => joined(p, router)) : undefined,
        vpcs,
        statics,
        routeMaps,
    };
});

export const names = {
    vpc: (i: number) => `v${i}`,
    vswitch: (i: number, j: number) => `v${i}-s${j}`,
    ecs: (i: number, j: number) => `v${i}-s${j}-ecs`,
};
