// The stack's CEN route maps (`cen.RouteMap`), read as the rules of each
// transit router table and direction, and what they do to the routes that
// enter a table (RegionIn: propagated from an attachment, or learned over an
// inter-region connection) and leave it (RegionOut: advertised to another
// region). The evaluation itself is core/routeMaps.ts, shared with the checks.
import { attachmentKindOf } from "../core/attachmentKinds";
import {
    applyRouteMaps,
    ConditionValues,
    MapVerdict,
    RouteFacts,
    reference,
    RouteMapRule,
    TransmitDirection,
} from "../core/routeMaps";
import { cenKey, isKnown, knownString, StackGraph, StackResource, TYPES } from "./stackGraph";

/** What the route maps did to a route, when one matched it (or could). */
export interface RouteMapMark {
    readonly direction: TransmitDirection;
    readonly verdict: MapVerdict;
}

/**
 * The route map arguments the model reads, and those that change nothing it
 * follows (AS path prepending, communities set on permitted routes). Any
 * other argument given is a condition the model does not evaluate (AS paths,
 * communities; one a later provider adds): the routes it could match are
 * then undecided, never silently kept or dropped.
 */
const READ = new Set([
    "cenId",
    "cenRegionId",
    "description",
    "transmitDirection",
    "transitRouterRouteTableId",
    "priority",
    "mapResult",
    "nextPriority",
    "preference",
    "sourceInstanceIds",
    "sourceInstanceIdsReverseMatch",
    "destinationInstanceIds",
    "destinationInstanceIdsReverseMatch",
    "sourceRouteTableIds",
    "destinationRouteTableIds",
    "sourceRegionIds",
    "sourceChildInstanceTypes",
    "destinationChildInstanceTypes",
    "destinationCidrBlocks",
    "cidrMatchMode",
    "routeTypes",
    "prependAsPaths",
    "operateCommunitySets",
    "communityOperateMode",
    "asPathMatchMode",
    "communityMatchMode",
    "routeMapId",
    "status",
    "id",
    "urn",
]);

/** The conditions given that the model does not evaluate, by argument name. */
function unevaluatedConditions(resource: StackResource): string[] {
    return Object.entries(resource.props)
        .filter(([prop, value]) => !READ.has(prop) && value !== undefined && value !== null && value !== "")
        .filter(([, value]) => !(Array.isArray(value) && value.length === 0))
        .map(([prop]) => prop);
}

/** The route map rules of each table, by direction. */
export interface TableRouteMaps {
    readonly RegionIn: RouteMapRule[];
    readonly RegionOut: RouteMapRule[];
}

/**
 * A list prop's values, each undefined while not known; undefined when the
 * prop is absent or empty. A list of ids none of which is known yet, each
 * from a resource of its own (VPC ids in a preview), is those resources'
 * references, so that it can be matched with the routes of those VPCs.
 */
function listProp(resource: StackResource, prop: string): ConditionValues | undefined {
    const value = resource.props[prop];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) return isKnown(value) ? undefined : [undefined];
    if (value.length === 0) return undefined;
    const values = value.map((v) => knownString(v));
    const sources = [...new Set(resource.propertyDependencies?.[prop] ?? [])];
    return values.every((v) => v === undefined) && sources.length === values.length
        ? sources.map(reference)
        : values;
}

function numberProp(resource: StackResource, prop: string): number | undefined {
    const value = resource.props[prop];
    const number = typeof value === "string" && isKnown(value) ? Number(value) : value;
    return typeof number === "number" && Number.isFinite(number) ? number : undefined;
}

function boolProp(resource: StackResource, prop: string): boolean | undefined {
    const value = resource.props[prop];
    return value === true || value === "true"
        ? true
        : value === false || value === "false"
          ? false
          : undefined;
}

/** One route map resource as the rule the evaluation reads. */
export function routeMapRule(resource: StackResource): RouteMapRule {
    const list = (prop: string) => listProp(resource, prop);
    return {
        name: resource.name,
        priority: numberProp(resource, "priority"),
        mapResult: knownString(resource.props.mapResult),
        nextPriority: numberProp(resource, "nextPriority"),
        preference: numberProp(resource, "preference"),
        sourceInstanceIds: list("sourceInstanceIds"),
        sourceInstanceIdsReverseMatch: boolProp(resource, "sourceInstanceIdsReverseMatch"),
        destinationInstanceIds: list("destinationInstanceIds"),
        destinationInstanceIdsReverseMatch: boolProp(resource, "destinationInstanceIdsReverseMatch"),
        sourceRouteTableIds: list("sourceRouteTableIds"),
        destinationRouteTableIds: list("destinationRouteTableIds"),
        sourceRegionIds: list("sourceRegionIds"),
        sourceChildInstanceTypes: list("sourceChildInstanceTypes"),
        destinationChildInstanceTypes: list("destinationChildInstanceTypes"),
        destinationCidrBlocks: list("destinationCidrBlocks"),
        cidrMatchMode: knownString(resource.props.cidrMatchMode),
        routeTypes: list("routeTypes"),
        unevaluated: unevaluatedConditions(resource),
    };
}

/**
 * Where a route map acts: the table it names, or the System table of the
 * CEN's transit router in its region. A map whose place the stack does not
 * tell is unplaced, and the plan names it as something it does not evaluate.
 */
export type RouteMapPlace = { readonly table: string } | { readonly systemOf: string };

/** The route maps of the stack with where each acts, and those whose place is not known. */
export function routeMapsOf(
    graph: StackGraph,
    tableOf: (resource: StackResource) => string | undefined,
): { placed: { resource: StackResource; place: RouteMapPlace }[]; unplaced: StackResource[] } {
    const placed: { resource: StackResource; place: RouteMapPlace }[] = [];
    const unplaced: StackResource[] = [];
    for (const resource of graph.ofType(TYPES.routeMap)) {
        const direction = knownString(resource.props.transmitDirection);
        if (direction !== "RegionIn" && direction !== "RegionOut") {
            unplaced.push(resource);
            continue;
        }
        const table = tableOf(resource);
        if (table !== undefined) {
            placed.push({ resource, place: { table } });
            continue;
        }
        if (
            resource.props.transitRouterRouteTableId !== undefined &&
            resource.props.transitRouterRouteTableId !== ""
        ) {
            unplaced.push(resource);
            continue;
        }
        const region = knownString(resource.props.cenRegionId);
        const routers = graph
            .ofType(TYPES.transitRouter)
            .filter((tr) => tr.provider?.region === region && sameCen(graph, resource, tr));
        if (routers.length === 1) {
            placed.push({
                resource,
                place: { systemOf: knownString(routers[0].props.transitRouterId) ?? routers[0].urn },
            });
        } else {
            unplaced.push(resource);
        }
    }
    return { placed, unplaced };
}

function sameCen(graph: StackGraph, a: StackResource, b: StackResource): boolean {
    const cenA = cenKey(graph, a);
    return cenA !== undefined && cenA === cenKey(graph, b);
}

/** The child instance type route maps name an attachment's instance by. */
const CHILD_TYPES: Readonly<Record<string, string>> = {
    vpcId: "VPC",
    vbrId: "VBR",
    vpnId: "VPN",
    ecrId: "ECR",
};

/**
 * What a route an attachment propagates carries for route maps: its source
 * instance, type, region and route table (a VPC's), and its route type
 * (vSwitch routes are System routes; routes learned from a VBR or ECR are BGP
 * routes; an IPsec-VPN connection's may be either, so it is not known).
 */
export function sourceFacts(graph: StackGraph, attachment: StackResource): Omit<RouteFacts, "destination"> {
    const instanceProp = attachmentKindOf(attachment.type)?.instance;
    const vpc =
        attachment.type === TYPES.vpcAttachment
            ? graph.referenced(attachment, "vpcId", TYPES.vpc)
            : undefined;
    const childType = instanceProp ? CHILD_TYPES[instanceProp] : undefined;
    return {
        sourceInstanceId:
            (instanceProp ? knownString(attachment.props[instanceProp]) : undefined) ??
            (vpc ? reference(vpc.urn) : undefined),
        sourceChildInstanceType: childType,
        sourceRegionId: attachment.provider?.region,
        sourceRouteTableId: vpc ? knownString(vpc.props.routeTableId) : undefined,
        routeType:
            childType === "VPC" ? "System" : childType === "VBR" || childType === "ECR" ? "BGP" : undefined,
    };
}

/** What the maps do to a route, kept only when a map matched it or could (a plain permit leaves no mark). */
export function markOf(
    maps: readonly RouteMapRule[],
    direction: TransmitDirection,
    route: RouteFacts,
): RouteMapMark | undefined {
    if (maps.length === 0) return undefined;
    const verdict = applyRouteMaps(maps, route);
    return verdict.kind === "permit" && verdict.preference === undefined ? undefined : { direction, verdict };
}
