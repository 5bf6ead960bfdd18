// Follows a packet hop by hop, by longest-prefix match: from the source VPC's
// route table, through the transit router table its attachment is associated
// with, into the destination VPC; then the reply back. A pair pings only when
// both directions are delivered, the source's security groups let ICMP out
// and the destination's let it in (the CEN cross-account guide's
// prerequisite).
import { attachmentKindOf } from "../core/attachmentKinds";
import { Address, addressOf, assignableRange, blockContains, CidrBlock } from "../core/cidr";
import { APPLIANCE_NEXT_HOP_TYPES, ApplianceNextHopType } from "../args/values";
import { firewallVerdict } from "./firewall";
import { onPremisesSites, siteLabel } from "./onPremises";
import { Endpoint } from "./endpoints";
import { longestPrefixMatch, Matchable, matchable } from "./lpm";
import { NetworkModel } from "./networkModel";
import {
    conflicting,
    conflictText,
    routeDoubt,
    deniedByMap,
    idOnly,
    placeOf,
    Route,
    routeRank,
    RouteTable,
    TransitRouterRouteTable,
} from "./routeTables";
import { applyRouteMaps } from "../core/routeMaps";
import { aclBlocks, aclsAdmit, attachmentAclDoubt } from "./aclPassage";
import { sourceFacts } from "./routeMaps";
import { ruleBlock, rulesOfInstance, securityGroupsAdmit } from "./securityGroups";
import { StackResource, TYPES, UNKNOWN_VALUE } from "./stackGraph";
import { unmodelledText } from "./unmodelled";

/** One step of the walk: where the packet was and which route it took. */
export interface Hop {
    readonly at: string;
    readonly route?: Route;
    /** The packet passes a firewall here. */
    readonly inspected?: boolean;
    /** The association that makes this transit router table forward the packet's attachment. */
    readonly via?: StackResource;
    /** Which table this is (see {@link placeOf}), for what acts on it unseen. */
    readonly place?: string;
}

/** What a walk knows of the packet besides its destination: the firewall judges by its source. */
export interface Packet {
    readonly source: Address;
    /** A reply of a flow the firewall let through: stateful, it passes without a new verdict. */
    readonly reply: boolean;
}

export type Outcome =
    | { readonly kind: "delivered" }
    | { readonly kind: "denied"; readonly at: string; readonly reason: string }
    | { readonly kind: "undecided"; readonly at: string; readonly reason: string };

export interface Walk {
    readonly hops: readonly Hop[];
    readonly outcome: Outcome;
    /** The place (see placeOf) where it stopped, when it stopped at a route table. */
    readonly stoppedIn?: string;
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

/**
 * How every reason the model gives for a value not known before deployment
 * says so; a pair undecided for another reason (something the plan does not
 * evaluate, overlapping routes) is not decided by deploying either.
 */
export const AFTER_DEPLOYMENT = "known only after deployment";

/** True when what leaves the outcome open is a value known only after deployment. */
export function valuePending(outcome: Outcome): boolean {
    return outcome.kind !== "delivered" && outcome.reason.includes(AFTER_DEPLOYMENT);
}

interface Lookup {
    readonly route?: Route;
    /** Why no route was found, when a route map denied the route that would have led there. */
    readonly noRoute: string;
    /** Some route's destination is known only after deployment. */
    readonly unknown: boolean;
    /** Some route known only after deployment may be more specific than a system route (one learned from a transit router). */
    readonly unknownBeatsSystem: boolean;
    /** Why the route is not known to be the one used: it ties with another to a different next hop. */
    readonly conflict?: string;
}

const parsedTables = new WeakMap<RouteTable, { usable: Matchable<Route>; denied: Matchable<Route> }>();

/**
 * A table's routes with their destinations parsed, once per table: walks look
 * tables up many times. The routes a route map denied are apart: they are
 * never used, only named when nothing else leads to the address.
 */
function parsedRoutes(table: RouteTable): { usable: Matchable<Route>; denied: Matchable<Route> } {
    let parsed = parsedTables.get(table);
    if (!parsed) {
        parsed = {
            usable: matchable(table.routes.filter((r) => !deniedByMap(r))),
            denied: matchable(table.routes.filter(deniedByMap)),
        };
        parsedTables.set(table, parsed);
    }
    return parsed;
}

const lookups = new WeakMap<RouteTable, Map<string, Lookup>>();

/**
 * The route a table uses for an address. Walks ask the same table for the
 * same address again and again (every source towards one destination), so
 * each answer is kept with its table.
 */
function lookup(table: RouteTable, address: Address): Lookup {
    let answers = lookups.get(table);
    if (!answers) {
        answers = new Map();
        lookups.set(table, answers);
    }
    const key = `${address.family}:${address.value}`;
    let answer = answers.get(key);
    if (!answer) {
        answer = lookupOnce(table, address);
        answers.set(key, answer);
    }
    return answer;
}

/**
 * The route a table uses for an address: the longest prefix, then the best
 * rank. Several winners to different next hops, or a prefix-list route and a
 * static or propagated one that disagree (see conflicting), are a conflict;
 * so is a winner a route map may have denied, unless another winner to the
 * same next hop is surely there.
 */
function lookupOnce(table: RouteTable, address: Address): Lookup {
    const { usable, denied } = parsedRoutes(table);
    const { routes, unparsed } = usable;
    const unknown = unparsed.some((r) => r.destination === UNKNOWN_VALUE);
    const unknownBeatsSystem = unparsed.some((r) => r.destination === UNKNOWN_VALUE && r.type === "Dynamic");
    const longest = longestPrefixMatch(routes, address, routeRank);
    const same = longest
        ? routes.filter((m) => m.route.destination === longest.destination).map((m) => m.route)
        : [];
    const winners = same.filter((r) => longest && routeRank(r) === routeRank(longest));
    const rivals = same.filter((r) => winners.some((w) => w !== r && conflicting(r, w)));
    const route = winners.find((r) => routeDoubt(r) === undefined) ?? longest;
    const conflict =
        rivals.length > 0 ? conflictText([...new Set([...winners, ...rivals])]) : route && routeDoubt(route);
    const blocked = route ? undefined : longestPrefixMatch(denied.routes, address, routeRank);
    const noRoute = `no route to ${address.text}${blocked ? `: route map ${blocked.routeMap!.verdict.by} (${blocked.routeMap!.direction}) denied the route to ${blocked.destination}` : ""}`;
    return { route, unknown, unknownBeatsSystem, conflict, noRoute };
}

export const routeText = (r: Route) => `${r.destination} -> ${r.nextHop} (${r.type})`;

/**
 * Walks a packet from `source` (a VPC, or an on-premises connection's
 * attachment: the packet enters the transit router through it) to
 * `destination` in `destinationAt` (a VPC or an on-premises connection).
 */
export function walk(
    model: NetworkModel,
    source: StackResource,
    destination: Address,
    destinationAt: StackResource,
    packet: Packet,
): Walk {
    const hops: Hop[] = [];
    let place: string | undefined;
    const denied = (at: string, reason: string): Walk => ({
        hops,
        outcome: { kind: "denied", at, reason },
        stoppedIn: place,
    });
    const undecided = (at: string, reason: string): Walk => ({
        hops,
        outcome: { kind: "undecided", at, reason },
        stoppedIn: place,
    });
    let vpc = source;
    const site = onPremisesSites(model.graph).get(source.urn);
    if (site) {
        hops.push({ at: siteLabel(site) });
        const entered = crossTransitRouter(model, source, destination, destinationAt, hops, {
            from: source,
            packet,
        });
        if (entered.kind !== "vpc") return entered.walk;
        vpc = entered.vpc;
    }
    for (let step = 0; step < MAX_HOPS; step++) {
        const vpcTable = model.vpcTables.get(vpc.urn)!;
        const at = `VPC ${vpc.name} route table`;
        place = placeOf.vpc(vpc);
        const { route, unknown, unknownBeatsSystem, conflict, noRoute } = lookup(vpcTable, destination);
        // A custom route is never more specific than a vSwitch's system route; a learned one may be.
        if (!route || (unknown && (route.type !== "System" || unknownBeatsSystem))) {
            return unknown
                ? undecided(at, "some of its routes are known only after deployment")
                : denied(at, noRoute);
        }
        if (conflict) return undecided(at, conflict);
        hops.push({ at, route, place });
        if (route.nextHop === "Local") {
            return vpc === destinationAt
                ? { hops, outcome: { kind: "delivered" } }
                : denied(
                      at,
                      `${destination.text} is local to ${vpc.name} (overlapping CIDR blocks), not in ${destinationAt.name}`,
                  );
        }
        const appliance =
            APPLIANCE_NEXT_HOP_TYPES.includes(route.nextHopType as ApplianceNextHopType) &&
            model.applianceAttachmentOf(vpc);
        if (appliance) {
            // An inspection appliance: the plan cannot see its rules, and takes it to forward.
            hops.push({
                at: `inspection appliance ${route.nextHop} in VPC ${vpc.name} (taken to send what it accepts back over ${appliance.name}, in appliance mode)`,
                inspected: true,
            });
            const back = crossTransitRouter(model, appliance, destination, destinationAt, hops);
            if (back.kind !== "vpc") return back.walk;
            vpc = back.vpc;
            continue;
        }
        const outside = leavesModel(route);
        if (outside) return undecided(at, outside);
        if (route.nextHop === UNKNOWN_VALUE)
            return undecided(at, "the next hop is known only after deployment");
        const foreign = model.foreignNextHop(vpc, route.nextHop);
        if (foreign) return denied(at, `the route to ${route.destination} goes nowhere: ${foreign}`);
        const next = crossTransitRouter(model, route.nextHop, destination, destinationAt, hops, {
            from: vpc,
            packet,
        });
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

/**
 * From the attachment a packet enters by (a VPC's, given by id, or an
 * on-premises connection's) through transit router tables to the VPC it
 * leaves to, or on-premises.
 */
function crossTransitRouter(
    model: NetworkModel,
    entry: string | StackResource,
    destination: Address,
    destinationAt: StackResource,
    hops: Hop[],
    sender?: { readonly from: StackResource; readonly packet: Packet },
): Crossing {
    let place: string | undefined;
    const done = (kind: "denied" | "undecided", at: string, reason: string): Crossing => ({
        kind: "done",
        walk: { hops, outcome: { kind, at, reason }, stoppedIn: place },
    });
    const sites = onPremisesSites(model.graph);
    const attachmentId = typeof entry === "string" ? entry : entry.urn;
    let attachment = typeof entry === "string" ? model.attachmentById(entry) : entry;
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
        place = placeOf.trTable(table.key);
        const { route, unknown, conflict, noRoute } = lookup(table, destination);
        if (!route)
            return unknown
                ? done("undecided", at, "some of its routes are known only after deployment")
                : done("denied", at, noRoute);
        if (conflict) return done("undecided", at, conflict);
        // A data centre sends only what its connection's table advertises to it (first, or sending a packet back).
        const advertised = sites.has(attachment.urn)
            ? advertisedTo(model, table, route, attachment)
            : undefined;
        if (advertised) return done(advertised.kind, at, advertised.reason);
        hops.push({ at, route, via: table.associations.get(attachment.urn), place });
        if (route.nextHop === "BlackHole")
            return done(
                "denied",
                at,
                `${route.destination} is a BlackHole route${route.type === "PrefixList" && route.origin ? ` (prefix list association ${route.origin.name})` : ""}`,
            );
        if (route.nextHop === UNKNOWN_VALUE)
            return done("undecided", at, "the next hop is known only after deployment");
        const next = model.attachmentById(route.nextHop);
        if (!next) return done("denied", at, `next hop ${route.nextHop} is not an attachment of this stack`);
        if (next.type === TYPES.vpcAttachment || next.props.childInstanceType === "VPC") {
            const refusedNext = model.refusedAttachment(next);
            if (refusedNext) return done("denied", `attachment ${next.name}`, refusedNext);
            const vpc = model.vpcOfAttachment(next);
            if (!vpc) return done("denied", at, `attachment ${next.name}'s VPC is not in this stack`);
            return throughFirewall(model, sender, vpc, destination, hops) ?? { kind: "vpc", vpc };
        }
        if (next.type !== TYPES.peerAttachment) {
            const site = sites.get(next.urn);
            if (!site || site.blocks.length === 0) {
                const noun = attachmentKindOf(next.type)?.noun ?? "network instance";
                return done(
                    "undecided",
                    at,
                    `the route to ${route.destination} leaves the modelled network at ${noun} attachment ${next.name}, which the plan does not follow: no on-premises blocks are declared behind it (a CEN component's onPremisesCidrBlocks)`,
                );
            }
            const local = site.blocks.find((b) => blockContains(b, destination));
            if (local && sites.has(destinationAt.urn)) {
                const stopped = throughFirewall(model, sender, next, destination, hops);
                if (stopped) return stopped;
                hops.push({ at: `${siteLabel(site)} (${local.cidr})` });
                return { kind: "done", walk: { hops, outcome: { kind: "delivered" } } };
            }
            // The data centre does not have the address: it sends the packet
            // back over the connection it came by (its route to the cloud).
            hops.push({ at: `${siteLabel(site)}, which sends ${destination.text} back` });
            arriving = undefined;
            attachment = next;
            continue;
        }
        arriving = model.otherEnd(next, table.transitRouter);
        attachment = next;
    }
    return done("denied", "transit routers", "routing loop");
}

/**
 * Whether a transit router table advertises a route to the on-premises
 * connection associated with it (its RegionOut route maps): a data centre
 * that does not learn the route has no way to send there. Undefined when it
 * is advertised.
 */
function advertisedTo(
    model: NetworkModel,
    table: TransitRouterRouteTable,
    route: Route,
    attachment: StackResource,
): { kind: "denied" | "undecided"; reason: string } | undefined {
    const outbound = table.routeMaps?.RegionOut ?? [];
    if (outbound.length === 0) return undefined;
    const site = sourceFacts(model.graph, attachment);
    const verdict = applyRouteMaps(outbound, {
        destination: route.destination === UNKNOWN_VALUE ? undefined : route.destination,
        ...route.source,
        destinationInstanceId: site.sourceInstanceId,
        destinationChildInstanceType: site.sourceChildInstanceType,
        destinationRouteTableId: idOnly(table.key),
    });
    const to = `${attachmentKindOf(attachment.type)?.noun ?? "network instance"} attachment ${attachment.name}`;
    if (verdict.kind === "deny") {
        return {
            kind: "denied",
            reason: `route map ${verdict.by} (RegionOut) does not advertise the route to ${route.destination} to ${to}, so the data centre has no route to it`,
        };
    }
    if (verdict.kind === "undecided") {
        return {
            kind: "undecided",
            reason: `route map ${verdict.by} (RegionOut) may not advertise the route to ${route.destination} to ${to}: ${verdict.why}`,
        };
    }
    return undefined;
}

/**
 * The Cloud Firewall between the sender (a VPC or on-premises attachment)
 * and `to`, if a redirection policy covers them: its verdict is a hop, and a
 * drop ends the walk. Undefined when the packet goes on.
 */
function throughFirewall(
    model: NetworkModel,
    sender: { readonly from: StackResource; readonly packet: Packet } | undefined,
    to: StackResource,
    destination: Address,
    hops: Hop[],
): Crossing | undefined {
    const passage = sender && model.firewallBetween(sender.from, to);
    if (!sender || !passage) return undefined;
    const verdict = sender.packet.reply
        ? { kind: "accept", why: "the reply of a flow it let through" }
        : firewallVerdict(passage, sender.packet.source, destination);
    hops.push({ at: `${passage.label}: ${verdict.why}`, inspected: true });
    if (verdict.kind === "accept") return undefined;
    return {
        kind: "done",
        walk: {
            hops,
            outcome: {
                kind: verdict.kind === "drop" ? "denied" : "undecided",
                at: passage.label,
                reason: verdict.why,
            },
        },
    };
}

/** Whether `from` can ping `to` from and to these addresses: the request, both sides' security groups, the reply. */
function pingAt(
    model: NetworkModel,
    from: Endpoint,
    to: Endpoint,
    source: Address,
    destination: Address,
): PingResult {
    const forward = walk(model, from.vpc, destination, to.vpc, { source, reply: false });
    if (forward.outcome.kind !== "delivered") return { from, to, forward, outcome: forward.outcome };
    const outbound = securityGroupsAdmit(model, from.ecs, from.label, "egress", destination);
    if (outbound.kind !== "delivered") return { from, to, forward, outcome: outbound };
    const filtered = aclsAdmit(model, from, to, source, destination);
    if (filtered.kind !== "delivered") return { from, to, forward, outcome: filtered };
    const inbound = securityGroupsAdmit(model, to.ecs, to.label, "ingress", source);
    if (inbound.kind !== "delivered") return { from, to, forward, outcome: inbound };
    const reply = walk(model, to.vpc, source, from.vpc, { source: destination, reply: true });
    const back =
        reply.outcome.kind === "delivered" ? aclsAdmit(model, to, from, destination, source) : reply.outcome;
    const doubt =
        back.kind === "delivered" ? attachmentAclDoubt(model, from, to, [forward, reply]) : undefined;
    const outcome: Outcome =
        back.kind === "delivered" ? (doubt ?? back) : { ...back, reason: `reply: ${back.reason}` };
    return { from, to, forward, reply, outcome };
}

/** Every block a route or one of these rules names: where a ping's fate can change from one address to the next. */
function blocksDeciding(model: NetworkModel, rules: readonly StackResource[]): CidrBlock[] {
    let routes = routeBlocks.get(model);
    if (!routes) {
        const tables: RouteTable[] = [...model.vpcTables.values(), ...model.trTables.values()];
        routes = tables.flatMap((t) => {
            const { usable, denied } = parsedRoutes(t);
            return [...usable.routes, ...denied.routes].map((r) => r.block);
        });
        routeBlocks.set(model, routes);
    }
    const ruleBlocks = rules.map(ruleBlock).filter((b): b is CidrBlock => !!b);
    return [...routes, ...ruleBlocks];
}

const routeBlocks = new WeakMap<NetworkModel, CidrBlock[]>();

/**
 * The addresses an endpoint stands for: its own, or for an instance without
 * a fixed address one address of each stretch of its vSwitch's assignable
 * addresses that every route and rule treats alike.
 */
function addressSamples(endpoint: Endpoint, blocks: readonly CidrBlock[]): Address[] {
    const range = endpoint.range && assignableRange(endpoint.range);
    if (!range) return [endpoint.address!];
    const starts = new Set<bigint>([range.first]);
    for (const block of blocks) {
        if (block.family !== endpoint.range!.family) continue;
        for (const start of [block.first, block.last + 1n]) {
            if (start > range.first && start <= range.last) starts.add(start);
        }
    }
    return [...starts].sort((x, y) => (x < y ? -1 : 1)).map((v) => addressOf(endpoint.range!.family, v));
}

/**
 * Whether `from` can ping `to`. An instance without a fixed address gets some
 * address of its vSwitch: the answer is yes or no when it is the same for
 * every address it may get, else undecided, saying which addresses differ.
 */
export function ping(model: NetworkModel, from: Endpoint, to: Endpoint): PingResult {
    return unlessUnmodelled(model, pingOnce(model, from, to));
}

/**
 * A decided ping whose path (either way) or endpoints something the model
 * does not follow acts on (a route map, a network ACL, NAT...) is not
 * decided: the pair is undecided, naming that resource.
 */
function unlessUnmodelled(model: NetworkModel, result: PingResult): PingResult {
    if (result.outcome.kind === "undecided" || !model.unmodelledOn) return result;
    const places = new Set([placeOf.vpc(result.from.vpc), placeOf.vpc(result.to.vpc)]);
    for (const walked of [result.forward, result.reply]) {
        for (const hop of walked?.hops ?? []) if (hop.place) places.add(hop.place);
        if (walked?.stoppedIn) places.add(walked.stoppedIn);
    }
    const found = model.unmodelledOn(places);
    if (!found) return result;
    const outcome: Outcome = {
        kind: "undecided",
        at: found.place.resource.name,
        reason: unmodelledText(found.place, found.where),
    };
    return { ...result, outcome };
}

function pingOnce(model: NetworkModel, from: Endpoint, to: Endpoint): PingResult {
    if (!from.address || !to.address) {
        const unknown = (!from.address ? from : to).label;
        const outcome: Outcome = {
            kind: "undecided",
            at: unknown,
            reason: "its address is known only after deployment",
        };
        return { from, to, forward: { hops: [], outcome }, outcome };
    }
    if (!from.range && !to.range) return pingAt(model, from, to, from.address, to.address);
    const rules = [from.ecs, to.ecs].flatMap((ecs) => rulesOfInstance(model, ecs));
    const blocks = [...blocksDeciding(model, rules), ...aclBlocks(model, [from, to])];
    const results = addressSamples(from, blocks).flatMap((s) =>
        addressSamples(to, blocks).map((d) => ({ s, d, result: pingAt(model, from, to, s, d) })),
    );
    const kinds = new Set(results.map((r) => r.result.outcome.kind));
    const ranged = [from, to].filter((e) => e.range);
    const many = ranged.length > 1;
    // "address vpc3-ecs in 192.168.0.0/24 gets", or both instances' addresses.
    const whoseAddress = `address${many ? "es" : ""} ${ranged.map((e) => `${e.name} in ${e.range!.cidr}`).join(" and ")} get${many ? "" : "s"}`;
    const first = results[0].result;
    if (kinds.size === 1) {
        if (first.outcome.kind !== "denied") return first;
        const reason = `it fails whatever ${whoseAddress}; for example, ${first.outcome.reason}`;
        return { ...first, outcome: { ...first.outcome, reason } };
    }
    const undecided = results.find((r) => r.result.outcome.kind === "undecided");
    if (undecided) return undecided.result;
    const pinging = results.find((r) => r.result.outcome.kind === "delivered")!;
    const failing = results.find((r) => r.result.outcome.kind === "denied")!;
    const pair = (r: typeof pinging) => `${r.s.text} -> ${r.d.text}`;
    const failed = failing.result.outcome as Extract<Outcome, { kind: "denied" }>;
    return {
        ...failing.result,
        outcome: {
            kind: "undecided",
            at: failed.at,
            reason: `it depends on the ${whoseAddress}: ${pair(pinging)} pings, ${pair(failing)} does not (${failed.reason}); give ${many ? "them" : "it"} a privateIp`,
        },
    };
}
/**
 * The resources that open a walk's path: the routes it takes that someone
 * wrote (route entries, propagations; not a vSwitch's system route) and the
 * associations that make each transit router table forward it.
 */
export function pathResources(walk: Walk): StackResource[] {
    const found = new Set<StackResource>();
    for (const hop of walk.hops) {
        if (hop.via) found.add(hop.via);
        if (hop.route?.origin && hop.route.type !== "System") found.add(hop.route.origin);
    }
    return [...found];
}

/**
 * The layer that alone keeps a pair apart: when a request stops at its
 * source VPC's route table or at security groups, the path the transit
 * router tables would give it if the VPC sent it to its attachment; undefined
 * when they would not deliver it either (isolation in depth), or when the
 * request stopped elsewhere.
 */
export function isolationResting(
    model: NetworkModel,
    result: PingResult,
): { readonly layer: string; readonly path: Walk } | undefined {
    const stop = result.outcome;
    if (stop.kind !== "denied" || !result.to.address) return undefined;
    const forward = result.forward.outcome;
    const atSourceTable =
        forward.kind === "denied" && result.forward.stoppedIn === placeOf.vpc(result.from.vpc);
    const atGroups = forward.kind === "delivered" && stop.at.startsWith("security groups of ");
    if (!atSourceTable && !atGroups) return undefined;
    const attachment = model.graph
        .groupedBy(TYPES.vpcAttachment, "vpcId", TYPES.vpc)
        .get(result.from.vpc.urn)?.[0];
    if (!attachment) return undefined;
    const hops: Hop[] = [];
    const crossing = crossTransitRouter(model, attachment, result.to.address, result.to.vpc, hops);
    if (crossing.kind !== "vpc" || crossing.vpc !== result.to.vpc) return undefined;
    const layer = atSourceTable ? `the route table of VPC ${result.from.vpc.name}` : stop.at;
    return { layer, path: { hops, outcome: { kind: "delivered" } } };
}

/** The hop where a ping's request passed (or stopped at) a firewall, if it met one. */
export function firewallHop(result: PingResult): Hop | undefined {
    return result.forward.hops.find((h) => h.inspected);
}

/** What a ping comes to: it pings, only its requests arrive, nothing arrives, or not known. */
export type Verdict = "pings" | "one-way" | "no" | "undecided";

export function verdictOf(result: PingResult): Verdict {
    if (result.outcome.kind === "delivered") return "pings";
    if (result.outcome.kind === "undecided") return "undecided";
    // The request arrived (a reply was sent) and the reply did not.
    return result.reply ? "one-way" : "no";
}

/** Every ordered pair of endpoints in different VPCs. */
export function pingMatrix(model: NetworkModel, endpoints: readonly Endpoint[]): PingResult[] {
    return endpoints.flatMap((from) =>
        endpoints.filter((to) => to.vpc !== from.vpc).map((to) => ping(model, from, to)),
    );
}
