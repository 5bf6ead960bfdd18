// Effective route tables, the way the CEN cross-account guide prints them
// (Destination CIDR Block | Next Hop | Route Type), computed from a stack's
// resources: VPC tables from vSwitches and route entries, transit router
// tables from propagations, static entries and inter-region peers.
import { ALL_ATTACHMENT_KINDS, attachmentKindOf } from "../core/attachmentKinds";
import { onPremisesSites } from "./onPremises";
import { StackGraph, StackResource, TYPES, UNKNOWN_VALUE, knownString } from "./stackGraph";

export type RouteType = "System" | "Custom" | "Propagated" | "Static";

/** Alibaba Cloud prefers, for the same destination, system routes, then static and custom ones, then propagated ones. */
export const ROUTE_PREFERENCE: Readonly<Record<RouteType, number>> = {
    System: 0,
    Custom: 1,
    Static: 1,
    Propagated: 2,
};

/**
 * Two routes for one destination that neither outranks, leading to different
 * next hops: which one a transit router uses depends on the order it learned
 * them (overlapping blocks).
 */
export function conflicting(a: Route, b: Route): boolean {
    return (
        a.destination === b.destination &&
        ROUTE_PREFERENCE[a.type] === ROUTE_PREFERENCE[b.type] &&
        a.nextHop !== b.nextHop
    );
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
 * (static over propagated, system over custom); routes of equal preference
 * with different next hops conflict, and which one a transit router uses
 * depends on which it learned first, so neither is known to be used.
 * Destinations not known yet are each taken as used. Across destinations the
 * longest matching prefix is used, address by address.
 */
export function routeChoices(routes: readonly Route[]): RouteChoice[] {
    const byDestination = new Map<string, number[]>();
    routes.forEach((r, i) => {
        if (r.destination === UNKNOWN_VALUE) return;
        byDestination.set(r.destination, [...(byDestination.get(r.destination) ?? []), i]);
    });
    const choices: RouteChoice[] = routes.map(() => ({ used: true }));
    for (const indexes of byDestination.values()) {
        if (indexes.length < 2) continue;
        const best = Math.min(...indexes.map((i) => ROUTE_PREFERENCE[routes[i].type]));
        const winners = indexes.filter((i) => ROUTE_PREFERENCE[routes[i].type] === best);
        const conflict = winners.some((i) => winners.some((j) => conflicting(routes[i], routes[j])));
        for (const i of indexes) {
            const r = routes[i];
            if (!winners.includes(i)) {
                const w = routes[winners[0]];
                choices[i] = {
                    used: false,
                    why: `a ${w.type} route for the same destination wins (${w.type} over ${r.type})`,
                };
            } else if (conflict) {
                choices[i] = {
                    used: undefined,
                    why: `${winners.length} ${r.type} routes for this destination conflict (overlapping blocks): the transit router uses the one it learned first`,
                };
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
}

/** A VPC's place (its route table, vSwitches and what enters or leaves it) or a transit router table's, by key. */
export const placeOf = {
    vpc: (vpc: StackResource) => `vpc:${vpc.urn}`,
    trTable: (key: string) => `tr:${key}`,
};

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
 * then the custom route entries written to the VPC's route table.
 */
export function vpcRouteTables(graph: StackGraph): Map<string, VpcRouteTable> {
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
            routes: [...system, ...custom],
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
    if (attachment.type === TYPES.vpcAttachment) {
        const vpc = graph.referenced(attachment, "vpcId", TYPES.vpc);
        return vpc
            ? vswitchesOf(graph, vpc).map((s) => ({
                  destination: valueOr(s, "cidrBlock"),
                  nextHop,
                  type: "Propagated",
                  origin: propagation,
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
    // A peer attachment propagates into a table the routes of the transit
    // router on its other side: those its own attachments propagate into the
    // table the peer is associated with there.
    const learned = peerPropagations.map(({ key, peer, propagation }) => {
        const here = tables.get(key)?.transitRouter;
        const there = otherEnd(graph, peer, here);
        const source = [...tables.values()].find(
            (t) => there !== undefined && t.transitRouter === there && t.associated.includes(peer),
        );
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
        const routes = (source?.routes ?? [])
            .filter((r) => r.type === "Propagated")
            .map((r): Route => ({ ...r, nextHop, origin: propagation }));
        return { key, routes };
    });
    for (const { key, routes } of learned) table(key).routes.push(...routes);
    return new Map([...tables].map(([key, t]) => [key, { key, label: trTableLabel(graph, key), ...t }]));
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
