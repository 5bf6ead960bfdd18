// Follows a packet hop by hop, by longest-prefix match: from the source VPC's
// route table, through the transit router table its attachment is associated
// with, into the destination VPC; then the reply back. A pair pings only when
// both directions are delivered and the destination's security groups allow
// ICMP from the source (the CEN cross-account guide's prerequisite).
import { Address, addressOf, blockContains, CidrBlock, firstHost, parseCidr } from "../core/cidr";
import { Endpoint } from "./endpoints";
import { longestPrefixMatch, matchable } from "./lpm";
import { NetworkModel } from "./networkModel";
import { conflicting, Route, ROUTE_PREFERENCE, RouteTable } from "./routeTables";
import { StackResource, TYPES, UNKNOWN_VALUE, isKnown, knownString } from "./stackGraph";

/** One step of the walk: where the packet was and which route it took. */
export interface Hop {
    readonly at: string;
    readonly route?: Route;
}

export type Outcome =
    | { readonly kind: "delivered" }
    | { readonly kind: "denied"; readonly at: string; readonly reason: string }
    | { readonly kind: "undecided"; readonly at: string; readonly reason: string };

export interface Walk {
    readonly hops: readonly Hop[];
    readonly outcome: Outcome;
}

export interface PingResult {
    readonly from: Endpoint;
    readonly to: Endpoint;
    readonly forward: Walk;
    readonly reply?: Walk;
    /** "pings", or why not: the first direction that failed, where and why. */
    readonly outcome: Outcome;
}

const MAX_HOPS = 8;

interface Lookup {
    readonly route?: Route;
    /** Some route's destination is known only after deployment. */
    readonly unknown: boolean;
    /** Why the route is not known to be the one used: it ties with another to a different next hop. */
    readonly conflict?: string;
}

function lookup(table: RouteTable, address: Address): Lookup {
    const { routes, unparsed } = matchable(table.routes);
    const preference = (r: Route) => ROUTE_PREFERENCE[r.type];
    const route = longestPrefixMatch(routes, address, preference);
    const unknown = unparsed.some((r) => r.destination === UNKNOWN_VALUE);
    const rivals = route ? routes.filter((m) => m.route !== route && conflicting(m.route, route)) : [];
    const conflict =
        rivals.length > 0
            ? `${rivals.length + 1} ${route!.type} routes for ${route!.destination} lead to different next hops (overlapping blocks), and which one is used depends on the order they were learned`
            : undefined;
    return { route, unknown, conflict };
}

export const routeText = (r: Route) => `${r.destination} -> ${r.nextHop} (${r.type})`;

/** Walks a packet from `source`'s VPC to `destination`. */
export function walk(
    model: NetworkModel,
    sourceVpc: StackResource,
    destination: Address,
    destinationVpc: StackResource,
): Walk {
    const hops: Hop[] = [];
    const denied = (at: string, reason: string): Walk => ({ hops, outcome: { kind: "denied", at, reason } });
    const undecided = (at: string, reason: string): Walk => ({
        hops,
        outcome: { kind: "undecided", at, reason },
    });

    let vpc = sourceVpc;
    for (let step = 0; step < MAX_HOPS; step++) {
        const vpcTable = model.vpcTables.get(vpc.urn)!;
        const at = `VPC ${vpc.name} route table`;
        const { route, unknown, conflict } = lookup(vpcTable, destination);
        if (!route || (unknown && route.type !== "System")) {
            return unknown
                ? undecided(at, "some of its routes are known only after deployment")
                : denied(at, `no route to ${destination.text}`);
        }
        if (conflict) return undecided(at, conflict);
        hops.push({ at, route });
        if (route.nextHop === "Local") {
            return vpc === destinationVpc
                ? { hops, outcome: { kind: "delivered" } }
                : denied(
                      at,
                      `${destination.text} is local to ${vpc.name} (overlapping CIDR blocks), not in ${destinationVpc.name}`,
                  );
        }
        const outside = leavesModel(route);
        if (outside) return undecided(at, outside);
        if (route.nextHop === UNKNOWN_VALUE)
            return undecided(at, "the next hop is known only after deployment");
        const foreign = model.foreignNextHop(vpc, route.nextHop);
        if (foreign) return denied(at, `the route to ${route.destination} goes nowhere: ${foreign}`);
        const next = crossTransitRouter(model, route.nextHop, destination, hops);
        if (next.kind !== "vpc") return next.walk;
        vpc = next.vpc;
    }
    return denied(`VPC ${vpc.name}`, "routing loop");
}

/** How messages name the next hop types the model does not follow. */
const NEXT_HOP_KINDS: Readonly<Record<string, string>> = {
    Instance: "instance",
    HaVip: "HaVip",
    VpnGateway: "VPN gateway",
    RouterInterface: "router interface",
    NetworkInterface: "elastic network interface",
    NatGateway: "NAT gateway",
    IPv6Gateway: "IPv6 gateway",
    Ipv4Gateway: "IPv4 gateway",
    GatewayEndpoint: "gateway endpoint",
    Ecr: "Express Connect Router",
};

/**
 * Where a VPC route hands the packet to something the model does not
 * forward through (an instance, a HaVip, a VPN gateway): the walk cannot
 * say whether it arrives, and says where it left.
 */
function leavesModel(route: Route): string | undefined {
    const type = route.nextHopType;
    if (type === undefined || type === "Attachment") return undefined;
    const kind = NEXT_HOP_KINDS[type] ?? `next hop of type ${type}`;
    const id = route.nextHop === UNKNOWN_VALUE ? "(its id is known after deployment)" : route.nextHop;
    return `the route to ${route.destination} leaves the modelled network at ${kind} ${id}, which the plan does not follow`;
}

type Crossing = { kind: "vpc"; vpc: StackResource } | { kind: "done"; walk: Walk };

/** From a VPC's attachment through transit router tables to the VPC the packet leaves to. */
function crossTransitRouter(
    model: NetworkModel,
    attachmentId: string,
    destination: Address,
    hops: Hop[],
): Crossing {
    const done = (kind: "denied" | "undecided", at: string, reason: string): Crossing => ({
        kind: "done",
        walk: { hops, outcome: { kind, at, reason } },
    });
    let attachment = model.attachmentById(attachmentId);
    if (!attachment)
        return done(
            "denied",
            `next hop ${attachmentId}`,
            "no transit router attachment of this stack has that id",
        );
    const refused = model.refusedAttachment(attachment);
    if (refused) return done("denied", `attachment ${attachment.name}`, refused);
    // The transit router the packet arrives at: through a peer, the one at its other end.
    let arriving: string | undefined;
    for (let step = 0; step < MAX_HOPS; step++) {
        const table = model.associationOf(attachment, arriving);
        if (!table) {
            return model.hasUnknownAssociations
                ? done(
                      "undecided",
                      `attachment ${attachment.name}`,
                      "its route table association is known only after deployment",
                  )
                : done(
                      "denied",
                      `attachment ${attachment.name}`,
                      "it is not associated with any transit router route table",
                  );
        }
        const at = `transit router table ${table.label}`;
        const { route, unknown, conflict } = lookup(table, destination);
        if (!route)
            return unknown
                ? done("undecided", at, "some of its routes are known only after deployment")
                : done("denied", at, `no route to ${destination.text}`);
        if (conflict) return done("undecided", at, conflict);
        hops.push({ at, route });
        if (route.nextHop === "BlackHole")
            return done("denied", at, `${route.destination} is a BlackHole route`);
        if (route.nextHop === UNKNOWN_VALUE)
            return done("undecided", at, "the next hop is known only after deployment");
        const next = model.attachmentById(route.nextHop);
        if (!next) return done("denied", at, `next hop ${route.nextHop} is not an attachment of this stack`);
        if (next.type === TYPES.vpcAttachment) {
            const refusedNext = model.refusedAttachment(next);
            if (refusedNext) return done("denied", `attachment ${next.name}`, refusedNext);
            const vpc = model.vpcOfAttachment(next);
            return vpc
                ? { kind: "vpc", vpc }
                : done("denied", at, `attachment ${next.name}'s VPC is not in this stack`);
        }
        if (next.type !== TYPES.peerAttachment)
            return done("denied", at, `next hop ${next.name} leads out of the modelled network`);
        arriving = model.otherEnd(next, table.transitRouter);
        attachment = next;
    }
    return done("denied", "transit routers", "routing loop");
}

/** An ingress rule that applies to ICMP from the source, as Alibaba Cloud orders them. */
interface ApplicableRule {
    readonly rule: StackResource;
    /** 1 is the highest priority (the default); undefined while not known. */
    readonly priority: number | undefined;
    readonly drop: boolean;
    /** Whether its source block holds the address; undefined while the block is not known. */
    readonly matches: boolean | undefined;
}

/** The rule, when it is an ingress rule for ICMP (or all protocols); its match on the source address. */
function applicableRule(rule: StackResource, source: Address): ApplicableRule | undefined {
    const p = rule.props;
    if (p.type !== "ingress" || !["icmp", "all"].includes(String(p.ipProtocol))) return undefined;
    const priority = p.priority === undefined ? 1 : typeof p.priority === "number" ? p.priority : undefined;
    const drop = p.policy === "drop";
    const block = ruleSourceBlock(rule);
    if (block === undefined) {
        const unknown =
            (p.cidrIp !== undefined && !isKnown(p.cidrIp)) ||
            (p.ipv6CidrIp !== undefined && !isKnown(p.ipv6CidrIp));
        return unknown ? { rule, priority, drop, matches: undefined } : undefined;
    }
    return { rule, priority, drop, matches: block !== null && blockContains(block, source) };
}

/**
 * The source block of a rule (`cidrIp` or `ipv6CidrIp`; a bare address is a
 * /32 or /128): undefined when it has none known, null when it does not parse.
 */
function ruleSourceBlock(rule: StackResource): CidrBlock | null | undefined {
    const cidr = knownString(rule.props.cidrIp) ?? knownString(rule.props.ipv6CidrIp);
    if (!cidr) return undefined;
    const parsed = parseCidr(cidr.includes("/") ? cidr : `${cidr}/${cidr.includes(":") ? 128 : 32}`);
    return parsed.ok ? parsed.block : null;
}

const ruleText = (r: ApplicableRule) =>
    `${r.rule.name} (priority ${r.priority}, ${r.drop ? "drop" : "accept"})`;

/**
 * Whether the destination's security groups admit ICMP from the source, as
 * Alibaba Cloud evaluates them: the rules of all the instance's groups
 * together, the matching rule of highest priority (1 is highest) decides, a
 * drop rule wins over an accept rule of the same priority, and no matching
 * rule means no. Replies need no rule: security groups are stateful. A source
 * without a fixed address is some address of its vSwitch: the answer is yes
 * or no when it is the same for every address there, else undecided.
 */
function securityGroupsAdmit(model: NetworkModel, to: Endpoint, from: Endpoint): Outcome {
    const groups = to.ecs ? model.securityGroupsOf(to.ecs) : [];
    if (groups.length === 0) return { kind: "delivered" };
    const at = `security groups of ${to.label}`;
    const rules = groups.flatMap((g) => model.rulesOf(g));
    const samples = from.range ? rangeSamples(from.range, rules) : [from.address!];
    const outcomes = samples.map((address) => admitted(rules, address, at));
    const [first] = outcomes;
    const undecided = outcomes.find((o) => o.kind === "undecided");
    if (undecided) return undecided;
    if (outcomes.every((o) => o.kind === first.kind)) {
        return first.kind === "denied" && from.range
            ? {
                  kind: "denied",
                  at,
                  reason: `no address of ${from.range!.cidr} is admitted; for example, ${first.reason}`,
              }
            : first;
    }
    return {
        kind: "undecided",
        at,
        reason: `ICMP is admitted from some addresses of ${from.range!.cidr} and not from others, so it depends on the address ${from.name} gets; give it a privateIp`,
    };
}

/**
 * One address of each stretch of `range` that the rules' blocks treat alike:
 * the range's first host, and the first address of each rule block and of
 * what follows it, where they fall inside the range.
 */
function rangeSamples(range: CidrBlock, rules: readonly StackResource[]): Address[] {
    const starts = new Set<bigint>([firstHost(range).value]);
    for (const rule of rules) {
        const block = ruleSourceBlock(rule);
        if (!block || block.family !== range.family) continue;
        for (const start of [block.first, block.last + 1n]) {
            if (start > range.first && start <= range.last) starts.add(start);
        }
    }
    return [...starts].sort((x, y) => (x < y ? -1 : 1)).map((v) => addressOf(range.family, v));
}

/** The verdict of the rules on ICMP from one address. */
function admitted(rules: readonly StackResource[], source: Address, at: string): Outcome {
    const applicable = rules
        .map((r) => applicableRule(r, source))
        .filter((r): r is ApplicableRule => r !== undefined);
    const winner = applicable
        .filter((r) => r.matches === true && r.priority !== undefined)
        .sort((x, y) => x.priority! - y.priority! || Number(y.drop) - Number(x.drop))[0];
    const couldOverride = applicable.find(
        (r) =>
            r !== winner &&
            (r.matches === undefined || r.priority === undefined) &&
            (winner === undefined || r.priority === undefined || r.priority <= winner.priority!),
    );
    if (couldOverride) {
        return {
            kind: "undecided",
            at,
            reason: `rule ${couldOverride.rule.name}'s source or priority is known only after deployment`,
        };
    }
    if (!winner) return { kind: "denied", at, reason: `no ingress rule allows ICMP from ${source.text}` };
    if (!winner.drop) return { kind: "delivered" };
    const outranked = applicable.find((r) => r.matches === true && !r.drop);
    const over = outranked
        ? outranked.priority === winner.priority
            ? `; at equal priority a drop rule wins over accept rule ${ruleText(outranked)}`
            : `, ahead of accept rule ${ruleText(outranked)}`
        : "";
    return { kind: "denied", at, reason: `rule ${ruleText(winner)} drops ICMP from ${source.text}${over}` };
}

/** Whether `from` can ping `to`: the request, the security groups, and the reply. */
export function ping(model: NetworkModel, from: Endpoint, to: Endpoint): PingResult {
    if (!from.address || !to.address) {
        const unknown = (!from.address ? from : to).label;
        const outcome: Outcome = {
            kind: "undecided",
            at: unknown,
            reason: "its address is known only after deployment",
        };
        return { from, to, forward: { hops: [], outcome }, outcome };
    }
    const forward = walk(model, from.vpc, to.address, to.vpc);
    if (forward.outcome.kind !== "delivered") return { from, to, forward, outcome: forward.outcome };
    const admission = securityGroupsAdmit(model, to, from);
    if (admission.kind !== "delivered") return { from, to, forward, outcome: admission };
    const reply = walk(model, to.vpc, from.address, from.vpc);
    const outcome: Outcome =
        reply.outcome.kind === "delivered"
            ? reply.outcome
            : { ...reply.outcome, reason: `reply: ${reply.outcome.reason}` };
    return { from, to, forward, reply, outcome };
}

/** Every ordered pair of endpoints in different VPCs. */
export function pingMatrix(model: NetworkModel, endpoints: readonly Endpoint[]): PingResult[] {
    return endpoints.flatMap((from) =>
        endpoints.filter((to) => to.vpc !== from.vpc).map((to) => ping(model, from, to)),
    );
}
