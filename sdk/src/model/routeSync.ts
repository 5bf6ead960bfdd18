// What an Enterprise Edition transit router advertises to the VPCs whose
// attachments have route synchronisation on (`autoPublishRouteEnabled`): the
// routes of the table the attachment is associated with, as the table's
// RegionOut route maps let them through, with the table's aggregate routes
// (cen.TransitRouteTableAggregation, scope VPC) in place of the routes they
// cover. The transit router itself still forwards by its specific routes.
// https://www.alibabacloud.com/help/en/cen/user-guide/aggregate-routes
import { CidrBlock, cidrContains, parseCidr } from "../core/cidr";
import { reference, RouteFacts } from "../core/routeMaps";
import { markOf } from "./routeMaps";
import {
    associationsOf,
    attachmentKeyOf,
    deniedByMap,
    idOnly,
    Route,
    TransitRouterRouteTable,
    trTableKey,
    vswitchesOf,
} from "./routeTables";
import { isKnown, knownString, StackGraph, StackResource, TYPES, UNKNOWN_VALUE } from "./stackGraph";

/** The scopes an aggregate route is advertised to that the model follows. */
const FOLLOWED_SCOPES = new Set(["VPC"]);

/** An aggregate route the model follows: its table and block. */
interface Aggregate {
    readonly resource: StackResource;
    readonly table: string;
    readonly cidr: string;
}

/**
 * The aggregate routes advertised only to VPCs, which the model follows; one
 * advertised to other network instances too (VBR, VPN, ECR, another region)
 * or whose table is not known is not followed, and the plan names it.
 */
export function followedAggregates(graph: StackGraph): Aggregate[] {
    return graph.ofType(TYPES.aggregation).flatMap((resource) => {
        const table = trTableKey(graph, resource, "transitRouteTableId");
        // `...ScopeLists` in Pulumi, `...ScopeList` in a Terraform state.
        const lists = [
            resource.props.transitRouteTableAggregationScopeLists,
            resource.props.transitRouteTableAggregationScopeList,
        ];
        if (lists.some((l) => l !== undefined && !Array.isArray(l))) return [];
        const scopes = [
            resource.props.transitRouteTableAggregationScope,
            ...lists.flatMap((l) => (Array.isArray(l) ? (l as unknown[]) : [])),
        ].filter((s) => s !== undefined && s !== "");
        const followed = scopes.length > 0 && scopes.every((s) => FOLLOWED_SCOPES.has(String(s)));
        if (!table || !followed) return [];
        const cidr = knownString(resource.props.transitRouteTableAggregationCidr) ?? UNKNOWN_VALUE;
        return [{ resource, table, cidr }];
    });
}

/**
 * The routes each VPC learns from its transit router, keyed by VPC URN: for
 * each of its attachments with route synchronisation on, the routes of the
 * attachment's table other than the VPC's own. `associationsUnknown`: some
 * association is not known yet (preview), so what a VPC learns is not either.
 */
export function syncedRoutes(
    graph: StackGraph,
    trTables: Map<string, TransitRouterRouteTable>,
    associationsUnknown: boolean,
): Map<string, Route[]> {
    const associations = associationsOf(trTables);
    const aggregates = followedAggregates(graph);
    const byVpc = new Map<string, Route[]>();
    for (const attachment of graph.ofType(TYPES.vpcAttachment)) {
        const sync = attachment.props.autoPublishRouteEnabled;
        const vpc = graph.referenced(attachment, "vpcId", TYPES.vpc);
        if (!vpc || sync === false || sync === undefined || sync === null) continue;
        const nextHop = attachmentKeyOf(attachment);
        const table = associations.get(attachment.urn);
        const routes: Route[] =
            !isKnown(sync) || (!table && associationsUnknown)
                ? [{ destination: UNKNOWN_VALUE, nextHop, type: "Dynamic", origin: attachment }]
                : table
                  ? advertised(table, attachment, vpc, nextHop, aggregates, systemBlocks(graph, vpc))
                  : [];
        byVpc.set(vpc.urn, [...(byVpc.get(vpc.urn) ?? []), ...routes]);
    }
    return byVpc;
}

/** The blocks of a VPC's vSwitches (its system routes), where known. */
export function systemBlocks(graph: StackGraph, vpc: StackResource): { cidr: string; block: CidrBlock }[] {
    return vswitchesOf(graph, vpc).flatMap((s) => {
        const cidr = knownString(s.props.cidrBlock);
        const parsed = cidr === undefined ? undefined : parseCidr(cidr);
        return cidr !== undefined && parsed?.ok ? [{ cidr, block: parsed.block }] : [];
    });
}

/** The routes `table` advertises to the VPC of `attachment`, each leading to the attachment. */
export function advertised(
    table: TransitRouterRouteTable,
    attachment: StackResource,
    vpc: StackResource,
    nextHop: string,
    aggregates: readonly Aggregate[],
    system: readonly { readonly cidr: string; readonly block: CidrBlock }[],
): Route[] {
    const outbound = table.routeMaps?.RegionOut ?? [];
    const towards = (route: Route): RouteFacts => ({
        destination: route.destination === UNKNOWN_VALUE ? undefined : route.destination,
        ...route.source,
        destinationInstanceId: knownString(attachment.props.vpcId) ?? reference(vpc.urn),
        destinationChildInstanceType: "VPC",
        destinationRouteTableId: idOnly(table.key),
    });
    const learned = (route: Route, origin: StackResource): Route => {
        const mark = markOf(outbound, "RegionOut", towards(route));
        const parsed = parseCidr(route.destination);
        const within = parsed.ok ? system.find((s) => cidrContains(s.block, parsed.block)) : undefined;
        return {
            destination: route.destination,
            nextHop,
            type: "Dynamic",
            origin,
            ...(mark && { routeMap: mark }),
            ...(within && {
                doubt: `the learned route to ${route.destination} lies within the VPC's vSwitch block ${within.cidr}, a route conflict: which one the VPC keeps is not documented`,
            }),
        };
    };
    const own = table.routes.filter((r) => !deniedByMap(r) && r.nextHop !== nextHop);
    const mine = aggregates.filter((a) => a.table === table.key);
    const blocks = mine.map((a) => parseCidr(a.cidr)).flatMap((p) => (p.ok ? [p.block] : []));
    const covered = (route: Route) => {
        const parsed = parseCidr(route.destination);
        return parsed.ok && blocks.some((b) => cidrContains(b, parsed.block));
    };
    return [
        ...own.filter((r) => !covered(r)).map((r) => learned(r, r.origin ?? attachment)),
        ...mine.map((a) => learned({ destination: a.cidr, nextHop, type: "Dynamic" }, a.resource)),
    ];
}
