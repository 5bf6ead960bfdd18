// Effective route tables, the way the CEN cross-account guide prints them
// (Destination CIDR Block | Next Hop | Route Type), computed from a stack's
// resources: VPC tables from vSwitches and route entries, transit router
// tables from propagations, static entries and inter-region peers.
import { ALL_ATTACHMENT_KINDS, attachmentKindOf } from "../core/attachmentKinds";
import { RouteFacts } from "../core/routeMaps";
import { onPremisesSites } from "./onPremises";
import { followedPrefixList, prefixListBlackHole } from "./prefixLists";
import { markOf, RouteMapMark, routeMapRule, routeMapsOf, sourceFacts, TableRouteMaps } from "./routeMaps";
import { StackGraph, StackResource, TYPES, UNKNOWN_VALUE, knownString } from "./stackGraph";

export type RouteType = "System" | "Custom" | "Propagated" | "Static" | "PrefixList" | "Dynamic";

/**
 * Alibaba Cloud prefers, for the same destination, system routes, then static
 * and custom ones, then propagated ones (in a VPC: routes learned from a
 * transit router, Dynamic). Prefix-list routes rank with static ones; how
 * they rank against static and propagated routes is not documented, so a tie
 * of a prefix-list route with one of those is a conflict (see conflicting).
 */
export const ROUTE_PREFERENCE: Readonly<Record<RouteType, number>> = {
    System: 0,
    Custom: 1,
    Static: 1,
    PrefixList: 1,
    Propagated: 2,
    Dynamic: 2,
};

/**
 * Two routes for one destination to different next hops, neither known to
 * win: of equal preference (which one a transit router uses depends on the
 * order it learned them: overlapping blocks), or a prefix-list route and a
 * static or propagated one (Alibaba Cloud does not document which wins).
 */
export function conflicting(a: Route, b: Route): boolean {
    if (a.destination !== b.destination || a.nextHop === b.nextHop) return false;
    return (
        undocumentedOrder(a, b) ||
        (ROUTE_PREFERENCE[a.type] === ROUTE_PREFERENCE[b.type] && mapPreference(a) === mapPreference(b))
    );
}

/** A prefix-list route against a static or propagated one: the documentation does not say which is used. */
function undocumentedOrder(a: Route, b: Route): boolean {
    const rivals = new Set<RouteType>(["Static", "Propagated"]);
    return (a.type === "PrefixList" && rivals.has(b.type)) || (b.type === "PrefixList" && rivals.has(a.type));
}

/** Why routes for one destination conflict, as tables and walks say it. */
export function conflictText(routes: readonly Route[]): string {
    const undocumented = routes.find((a) => routes.some((b) => undocumentedOrder(a, b)));
    if (undocumented) {
        const other = routes.find((r) => r.type !== "PrefixList")!;
        return `a prefix-list route and a ${other.type} route for ${undocumented.destination} lead to different next hops, and Alibaba Cloud does not document which one a transit router uses`;
    }
    return `${routes.length} ${routes[0].type} routes for ${routes[0].destination} lead to different next hops (overlapping blocks), and which one is used depends on the order they were learned`;
}

/** Whether a route is used for its destination, and why, as a table prints it. */
export interface RouteChoice {
    /** Undefined when routes of equal preference but different next hops conflict. */
    readonly used: boolean | undefined;
    /** Why, when other routes for the same destination exist. */
    readonly why?: string;
}

/**
 * Which route of a table is used for each destination: the most preferred
 * (static over propagated, system over custom); routes that conflict (see
 * conflicting) are neither known to be used. Destinations not known yet are
 * each taken as used. Across destinations the longest matching prefix is
 * used, address by address.
 */
export function routeChoices(routes: readonly Route[]): RouteChoice[] {
    const byDestination = new Map<string, number[]>();
    const choices: RouteChoice[] = routes.map((r) => mapChoice(r) ?? { used: true });
    routes.forEach((r, i) => {
        if (r.destination === UNKNOWN_VALUE || deniedByMap(r)) return;
        byDestination.set(r.destination, [...(byDestination.get(r.destination) ?? []), i]);
    });
    for (const indexes of byDestination.values()) {
        if (indexes.length < 2) continue;
        const best = Math.min(...indexes.map((i) => routeRank(routes[i])));
        const winners = indexes.filter((i) => routeRank(routes[i]) === best);
        const rivals = indexes.filter((i) =>
            winners.some((w) => w !== i && conflicting(routes[i], routes[w])),
        );
        const undecided = rivals.length > 0 ? new Set([...winners, ...rivals]) : new Set<number>();
        for (const i of indexes) {
            const r = routes[i];
            if (undecided.has(i)) {
                choices[i] = { used: undefined, why: conflictText([...undecided].map((j) => routes[j])) };
            } else if (!winners.includes(i)) {
                const w = routes[winners[0]];
                choices[i] = {
                    used: false,
                    why:
                        w.type === r.type
                            ? `a route with preference ${mapPreference(w)} (set by route map ${mapName(w)}) wins over its ${mapPreference(r)}`
                            : `a ${w.type} route for the same destination wins (${w.type} over ${r.type})`,
                };
            } else if (mapChoice(r)) {
                continue;
            } else if (indexes.length > winners.length) {
                choices[i] = {
                    used: true,
                    why: `${r.type} over ${[...new Set(indexes.filter((j) => !winners.includes(j)).map((j) => routes[j].type))].join(", ")} for the same destination`,
                };
            }
        }
    }
    return choices;
}

/** The route map that set a route's preference, for messages. */
function mapName(route: Route): string {
    return route.routeMap?.verdict.by ?? "none";
}

/** What a route map did to a route, as its table prints it; undefined when none acted on it. */
function mapChoice(route: Route): RouteChoice | undefined {
    const mark = route.routeMap;
    if (route.doubt && mark?.verdict.kind !== "deny") return { used: undefined, why: route.doubt };
    if (!mark) return undefined;
    const { verdict, direction } = mark;
    if (verdict.kind === "deny")
        return { used: false, why: `route map ${verdict.by} (${direction}) denied it` };
    if (verdict.kind === "undecided") {
        return { used: undefined, why: `route map ${verdict.by} (${direction}) may deny it: ${verdict.why}` };
    }
    return {
        used: true,
        why: `route map ${verdict.by} (${direction}) set its preference to ${verdict.preference}`,
    };
}

export interface Route {
    /** A CIDR block, or UNKNOWN_VALUE while it is not known (preview). */
    readonly destination: string;
    /** `Local` for system routes, `BlackHole`, else the next hop's attachment id (or UNKNOWN_VALUE). */
    readonly nextHop: string;
    readonly type: RouteType;
    /** A VPC route's `nexthopType` (`Attachment`, `Instance`, `HaVip`, ...), when known. */
    readonly nextHopType?: string;
    /**
     * The resource that puts the route in the table: a vSwitch (system
     * route), a route entry, or the propagation that brings it in.
     */
    readonly origin?: StackResource;
    /** Where a propagated route comes from, as route maps match it. */
    readonly source?: Omit<RouteFacts, "destination">;
    /** What a route map did to it (denied, changed its preference), or may have done. */
    readonly routeMap?: RouteMapMark;
    /** Why the route may not be in the table at all, when that is not known. */
    readonly doubt?: string;
}

/** Why a route may not be there: a route map may deny it, or the table may refuse it; undefined when it surely is. */
export function routeDoubt(route: Route): string | undefined {
    const mark = route.routeMap;
    if (mark?.verdict.kind === "undecided") {
        return `route map ${mark.verdict.by} (${mark.direction}) may deny the route to ${route.destination}: ${mark.verdict.why}`;
    }
    return route.doubt;
}

/** A route a route map denied: it is shown in its table, and never used. */
export function deniedByMap(route: Route): boolean {
    return route.routeMap?.verdict.kind === "deny";
}

/** The preference a route map gave a route (smaller is preferred; 50 by default). */
export function mapPreference(route: Route): number {
    const verdict = route.routeMap?.verdict;
    return (verdict?.kind === "permit" ? verdict.preference : undefined) ?? DEFAULT_MAP_PREFERENCE;
}

/** The preference of a route no route map changed. */
const DEFAULT_MAP_PREFERENCE = 50;

/** How routes for one destination rank, the smallest first: by type, then by the preference a route map set. */
export function routeRank(route: Route): number {
    return ROUTE_PREFERENCE[route.type] * 1000 + mapPreference(route);
}

/** A VPC's place (its route table, vSwitches and what enters or leaves it) or a transit router table's, by key. */
export const placeOf = {
    vpc: (vpc: StackResource) => `vpc:${vpc.urn}`,
    trTable: (key: string) => `tr:${key}`,
};

/** The URN of the VPC a place (see placeOf) is; undefined for a transit router table's. */
export function vpcUrnOfPlace(place: string): string | undefined {
    return place.startsWith("vpc:") ? place.slice("vpc:".length) : undefined;
}

export interface RouteTable {
    /** How the table is told apart: its id when known, else the URN of what defines it. */
    readonly key: string;
    /** How to show it: the table id or a description. */
    readonly label: string;
    readonly routes: readonly Route[];
}

/** The transit router a resource's property names: its id when known, else the router's URN (preview). */
export function transitRouterOf(
    graph: StackGraph,
    resource: StackResource,
    prop: string,
): string | undefined {
    return (
        knownString(resource.props[prop]) ??
        graph.referenced(resource, prop, TYPES.transitRouter, "transitRouterId")?.urn
    );
}

/** The transit router at the other end of an inter-region peer attachment from `transitRouter`. */
export function otherEnd(
    graph: StackGraph,
    peer: StackResource,
    transitRouter: string | undefined,
): string | undefined {
    const one = transitRouterOf(graph, peer, "transitRouterId");
    const two = transitRouterOf(graph, peer, "peerTransitRouterId");
    if (transitRouter === undefined) return undefined;
    return transitRouter === one ? two : transitRouter === two ? one : undefined;
}

export interface VpcRouteTable extends RouteTable {
    readonly vpc: StackResource;
}

export interface TransitRouterRouteTable extends RouteTable {
    /** The attachments associated with this table: it forwards their traffic. */
    readonly associated: readonly StackResource[];
    /** The association resource of each associated attachment, by the attachment's URN. */
    readonly associations: ReadonlyMap<string, StackResource>;
    /** The attachments that propagate routes into it. */
    readonly propagating: readonly StackResource[];
    /** The transit router the table belongs to (its id, or its URN in a preview), when the stack tells. */
    readonly transitRouter?: string;
    /** The route maps acting on the table, by direction; absent when none do. */
    readonly routeMaps?: TableRouteMaps;
}

/** The vSwitches of a VPC, linked by their vpcId. */
export function vswitchesOf(graph: StackGraph, vpc: StackResource): StackResource[] {
    return graph.groupedBy(TYPES.vswitch, "vpcId", TYPES.vpc).get(vpc.urn) ?? [];
}

/** The value of a string prop, or the unknown marker. */
function valueOr(resource: StackResource, prop: string): string {
    return knownString(resource.props[prop]) ?? UNKNOWN_VALUE;
}

/**
 * Each VPC's route table (keyed by VPC URN): a system route per vSwitch CIDR,
 * the custom route entries written to the VPC's route table, then the routes
 * it learns from transit routers (`learned`, by VPC URN; see routeSync.ts).
 */
export function vpcRouteTables(
    graph: StackGraph,
    learned: ReadonlyMap<string, readonly Route[]> = new Map(),
): Map<string, VpcRouteTable> {
    const tables = new Map<string, VpcRouteTable>();
    for (const vpc of graph.ofType(TYPES.vpc)) {
        const id = knownString(vpc.props.routeTableId);
        const system: Route[] = vswitchesOf(graph, vpc).map((s) => ({
            destination: valueOr(s, "cidrBlock"),
            nextHop: "Local",
            type: "System",
            origin: s,
        }));
        const custom: Route[] = (
            graph.groupedBy(TYPES.vpcRouteEntry, "routeTableId", TYPES.vpc, "routeTableId").get(vpc.urn) ?? []
        ).map((e) => ({
            destination: valueOr(e, "destinationCidrblock"),
            nextHop: nextHopOf(graph, e, "nexthopId"),
            type: "Custom",
            nextHopType: knownString(e.props.nexthopType),
            origin: e,
        }));
        tables.set(vpc.urn, {
            key: id ?? vpc.urn,
            label: `${vpc.name} (${id ?? "route table known after deploy"})`,
            vpc,
            routes: [...system, ...custom, ...(learned.get(vpc.urn) ?? [])],
        });
    }
    return tables;
}

/** The transit router attachment id of an attachment resource, when known: an output, or the resource id for some kinds. */
export function attachmentIdOf(attachment: StackResource): string | undefined {
    return attachmentKindOf(attachment.type)?.attachmentId === "id"
        ? knownString(attachment.id)
        : knownString(attachment.props.transitRouterAttachmentId);
}

/** How routes name an attachment as next hop: its id, or its URN while the id is unknown (preview). */
export function attachmentKeyOf(attachment: StackResource): string {
    return attachmentIdOf(attachment) ?? attachment.urn;
}

/** A route's next hop: the id when known, else the attachment the value came from, else unknown. */
function nextHopOf(graph: StackGraph, resource: StackResource, prop: string): string {
    const id = knownString(resource.props[prop]);
    if (id) return id;
    const attachment = attachmentReferenced(graph, resource, prop);
    return attachment ? attachmentKeyOf(attachment) : UNKNOWN_VALUE;
}

/** The attachment a resource's `transitRouterAttachmentId` (or another prop) refers to. */
export function attachmentReferenced(
    graph: StackGraph,
    resource: StackResource,
    prop: string,
): StackResource | undefined {
    for (const kind of ALL_ATTACHMENT_KINDS) {
        const found = graph.referenced(resource, prop, kind.type, kind.attachmentId);
        if (found) return found;
    }
    return undefined;
}

const SYSTEM_TABLE = "system:";

/**
 * The key of the transit router route table a resource names in
 * `transitRouterRouteTableId`: the id, or while it is unknown, the custom
 * table resource it came from, or the transit router whose System table was
 * looked up.
 */
export function trTableKey(
    graph: StackGraph,
    resource: StackResource,
    prop = "transitRouterRouteTableId",
): string | undefined {
    const id = knownString(resource.props[prop]);
    if (id) return id;
    const custom = graph.referenced(resource, prop, TYPES.trRouteTable, "transitRouterRouteTableId");
    if (custom) return custom.urn;
    const tr = graph.referenced(resource, prop, TYPES.transitRouter, "transitRouterId");
    return tr ? `${SYSTEM_TABLE}${tr.urn}` : undefined;
}

function trTableLabel(graph: StackGraph, key: string): string {
    const custom = graph
        .ofType(TYPES.trRouteTable)
        .find((t) => t.urn === key || knownString(t.props.transitRouterRouteTableId) === key);
    if (custom) {
        return `${custom.name} (${knownString(custom.props.transitRouterRouteTableId) ?? "id known after deploy"})`;
    }
    if (key.startsWith(SYSTEM_TABLE)) {
        const tr = graph.resources.find((r) => r.urn === key.slice(SYSTEM_TABLE.length));
        return `System table of ${tr?.name ?? "the transit router"} (id known after deploy)`;
    }
    return key;
}

/** Routes an attachment contributes to a table it propagates to, through `propagation`. */
function propagatedRoutes(graph: StackGraph, attachment: StackResource, propagation: StackResource): Route[] {
    const nextHop = attachmentKeyOf(attachment);
    const source = sourceFacts(graph, attachment);
    if (attachment.type === TYPES.vpcAttachment) {
        const vpc = graph.referenced(attachment, "vpcId", TYPES.vpc);
        return vpc
            ? vswitchesOf(graph, vpc).map((s) => ({
                  destination: valueOr(s, "cidrBlock"),
                  nextHop,
                  type: "Propagated",
                  origin: propagation,
                  source,
              }))
            : [];
    }
    // An on-premises connection: the blocks its component declared behind it.
    const site = onPremisesSites(graph).get(attachment.urn);
    return (site?.blocks ?? []).map((b) => ({
        destination: b.cidr,
        nextHop,
        type: "Propagated",
        origin: propagation,
        source,
    }));
}

/** Every transit router route table the stack associates, propagates or writes to, keyed by table key. */
export function transitRouterRouteTables(graph: StackGraph): Map<string, TransitRouterRouteTable> {
    const tables = new Map<
        string,
        {
            routes: Route[];
            associated: StackResource[];
            associations: Map<string, StackResource>;
            propagating: StackResource[];
            transitRouter?: string;
        }
    >();
    const table = (key: string) => {
        let t = tables.get(key);
        if (!t) {
            t = { routes: [], associated: [], associations: new Map(), propagating: [] };
            tables.set(key, t);
        }
        return t;
    };
    const routerOfTable = (key: string, router: string | undefined) => {
        const t = table(key);
        if (router !== undefined && t.transitRouter === undefined) t.transitRouter = router;
    };
    for (const custom of graph.ofType(TYPES.trRouteTable)) {
        const key = knownString(custom.props.transitRouterRouteTableId) ?? custom.urn;
        routerOfTable(key, transitRouterOf(graph, custom, "transitRouterId"));
    }
    const peerPropagations: { key: string; peer: StackResource; propagation: StackResource }[] = [];
    for (const propagation of graph.ofType(TYPES.propagation)) {
        const key = trTableKey(graph, propagation);
        const attachment = attachmentReferenced(graph, propagation, "transitRouterAttachmentId");
        if (!key || !attachment) continue;
        table(key).propagating.push(attachment);
        if (attachment.type === TYPES.peerAttachment) {
            peerPropagations.push({ key, peer: attachment, propagation });
        } else {
            table(key).routes.push(...propagatedRoutes(graph, attachment, propagation));
            routerOfTable(key, memberRouter(graph, attachment, key));
        }
    }
    for (const entry of graph.ofType(TYPES.trRouteEntry)) {
        const key = trTableKey(graph, entry);
        if (!key) continue;
        const blackHole = entry.props.transitRouterRouteEntryNextHopType === "BlackHole";
        table(key).routes.push({
            destination: valueOr(entry, "transitRouterRouteEntryDestinationCidrBlock"),
            nextHop: blackHole ? "BlackHole" : nextHopOf(graph, entry, "transitRouterRouteEntryNextHopId"),
            type: "Static",
            origin: entry,
        });
    }
    for (const association of graph.ofType(TYPES.prefixListAssociation)) {
        const key = trTableKey(graph, association, "transitRouterTableId");
        const list = followedPrefixList(graph, association);
        if (!key || !list) continue;
        const nextHop = prefixListBlackHole(association)
            ? "BlackHole"
            : nextHopOf(graph, association, "nextHop");
        table(key).routes.push(
            ...list.blocks.map((destination): Route => ({
                destination,
                nextHop,
                type: "PrefixList",
                origin: association,
            })),
        );
    }
    let unresolvedAssociations = false;
    for (const association of graph.ofType(TYPES.association)) {
        const key = trTableKey(graph, association);
        const attachment = attachmentReferenced(graph, association, "transitRouterAttachmentId");
        if (!key || !attachment) {
            unresolvedAssociations = true;
            continue;
        }
        table(key).associated.push(attachment);
        table(key).associations.set(attachment.urn, association);
        if (attachment.type !== TYPES.peerAttachment)
            routerOfTable(key, memberRouter(graph, attachment, key));
    }
    const maps = tableRouteMaps(graph, tables);
    for (const [key, t] of tables) {
        const inbound = maps.get(key)?.RegionIn ?? [];
        if (inbound.length === 0) continue;
        t.routes = t.routes.map((r) =>
            r.type === "Propagated" && r.source
                ? marked(r, [markOf(inbound, "RegionIn", arriving(r, key, t.transitRouter))])
                : r,
        );
    }
    // A peer attachment propagates into a table the routes of the transit
    // router on its other side: those its own attachments propagate into the
    // table the peer is associated with there, as that table's RegionOut
    // route maps and this one's RegionIn maps let them through.
    const learned = peerPropagations.map(({ key, peer, propagation }) => {
        const here = tables.get(key)?.transitRouter;
        const there = otherEnd(graph, peer, here);
        const [sourceKey, source] =
            [...tables].find(
                ([, t]) => there !== undefined && t.transitRouter === there && t.associated.includes(peer),
            ) ?? [];
        const nextHop = attachmentKeyOf(peer);
        // Where the other side is not known yet (preview), what the peer brings is not either:
        // a route to an unknown destination keeps a lookup that finds nothing from saying "no route".
        if (!source && (there === undefined || unresolvedAssociations)) {
            return {
                key,
                routes: [
                    { destination: UNKNOWN_VALUE, nextHop, type: "Propagated" as const, origin: propagation },
                ],
            };
        }
        const outbound = (sourceKey !== undefined && maps.get(sourceKey)?.RegionOut) || [];
        const inbound = maps.get(key)?.RegionIn ?? [];
        const routes = (source?.routes ?? [])
            .filter((r) => r.type === "Propagated" && !deniedByMap(r))
            .map((r): Route => {
                // Leaving there and arriving here, a route is matched the same way: towards this table.
                const facts = arriving(r, key, here);
                const marks = r.source
                    ? [r.routeMap, markOf(outbound, "RegionOut", facts), markOf(inbound, "RegionIn", facts)]
                    : [r.routeMap];
                return marked({ ...r, nextHop, origin: propagation }, marks);
            });
        return { key, routes };
    });
    for (const { key, routes } of learned) table(key).routes.push(...routes);
    return new Map(
        [...tables].map(([key, t]) => [
            key,
            { key, label: trTableLabel(graph, key), ...t, routeMaps: maps.get(key) },
        ]),
    );
}

/** A table key or transit router that is an id (not a URN or a System table's stand-in), for route maps to match. */
export function idOnly(key: string | undefined): string | undefined {
    return key === undefined || key.startsWith("urn:") || key.startsWith(SYSTEM_TABLE) ? undefined : key;
}

/** A route as a route map of the table `key` on `transitRouter` sees it arrive. */
function arriving(route: Route, key: string | undefined, transitRouter: string | undefined): RouteFacts {
    return {
        destination: route.destination === UNKNOWN_VALUE ? undefined : route.destination,
        ...route.source,
        destinationRouteTableId: idOnly(key),
        destinationInstanceId: idOnly(transitRouter),
    };
}

/**
 * A route with what every route map it passed did: the first deny, else the
 * first that may deny, else the last preference set.
 */
function marked(route: Route, marks: readonly (RouteMapMark | undefined)[]): Route {
    const given = marks.filter((m): m is RouteMapMark => m !== undefined);
    const mark =
        given.find((m) => m.verdict.kind === "deny") ??
        given.find((m) => m.verdict.kind === "undecided") ??
        given[given.length - 1];
    return mark ? { ...route, routeMap: mark } : route;
}

/**
 * The route map rules of each table the stack's maps act on: a map names its
 * table, or acts on the System table of its CEN's transit router in its
 * region (the one table of that router that is not a custom table).
 */
function tableRouteMaps(
    graph: StackGraph,
    tables: ReadonlyMap<string, { readonly transitRouter?: string }>,
): Map<string, TableRouteMaps> {
    const custom = new Set(
        graph
            .ofType(TYPES.trRouteTable)
            .flatMap((t) => [t.urn, knownString(t.props.transitRouterRouteTableId) ?? t.urn]),
    );
    const byTable = new Map<string, TableRouteMaps>();
    for (const { resource, place } of routeMapsOf(graph, (r) => trTableKey(graph, r)).placed) {
        const key =
            "table" in place
                ? place.table
                : [...tables].find(([k, t]) => t.transitRouter === place.systemOf && !custom.has(k))?.[0];
        if (key === undefined) continue;
        const rules = byTable.get(key) ?? { RegionIn: [], RegionOut: [] };
        rules[resource.props.transmitDirection as "RegionIn" | "RegionOut"].push(routeMapRule(resource));
        byTable.set(key, rules);
    }
    return byTable;
}

/** The transit router of a VPC attachment in a table, or of the system table the key names. */
function memberRouter(graph: StackGraph, attachment: StackResource, key: string): string | undefined {
    if (key.startsWith(SYSTEM_TABLE)) {
        const tr = graph.resource(key.slice(SYSTEM_TABLE.length));
        return tr && (knownString(tr.props.transitRouterId) ?? tr.urn);
    }
    return transitRouterOf(graph, attachment, "transitRouterId");
}

/**
 * The table each attachment is associated with, keyed by attachment URN; a
 * peer attachment has one on each transit router it joins, keyed by
 * `<URN>@<transit router>`. Unknown or missing associations are absent.
 */
export function associationsOf(
    tables: Map<string, TransitRouterRouteTable>,
): Map<string, TransitRouterRouteTable> {
    const byAttachment = new Map<string, TransitRouterRouteTable>();
    for (const t of tables.values()) {
        for (const a of t.associated) {
            byAttachment.set(a.type === TYPES.peerAttachment ? `${a.urn}@${t.transitRouter}` : a.urn, t);
        }
    }
    return byAttachment;
}

/** The propagated routes of each transit router table, keyed by table key (the CEN cross-account guide's TR table). */
export function transitRouterPropagatedRoutes(graph: StackGraph): Map<string, Route[]> {
    return new Map(
        [...transitRouterRouteTables(graph)]
            .map(([key, t]): [string, Route[]] => [key, t.routes.filter((r) => r.type === "Propagated")])
            .filter(([, routes]) => routes.length > 0),
    );
}
