// CEN route maps the API refuses or that do nothing: a priority used twice
// in one table and direction, a nextPriority that is not later (or on a Deny
// map), a table of a transit router in another region or CEN, and a Deny map
// that matches no route its table learns in the stack or names instances the
// stack does not attach.
// https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-createcenroutemap
import { attachmentKindOf, ATTACHMENT_TYPES } from "../core/attachmentKinds";
import { reference, referenceIdentity } from "../core/routeMaps";
import { routeMapRule, routeMapsOf } from "../model/routeMaps";
import { transitRouterRouteTables, trTableKey } from "../model/routeTables";
import { knownString, StackGraph, StackResource, TYPES } from "../model/stackGraph";
import { advisory, Finding, violation } from "./finding";

/** Every finding on the stack's route maps. */
export function routeMapFindings(graph: StackGraph): Finding[] {
    const maps = graph.ofType(TYPES.routeMap);
    if (maps.length === 0) return [];
    return [
        ...priorityFindings(graph, maps),
        ...maps.flatMap((m) => chainFindings(m)),
        ...maps.flatMap((m) => placeFindings(graph, m)),
        ...idleDenyFindings(graph),
    ];
}

/** How a map's table is told apart for priorities: the table it names, else its CEN region's System table. */
function tableOf(graph: StackGraph, map: StackResource): string {
    return trTableKey(graph, map) ?? `system table of ${knownString(map.props.cenRegionId) ?? "its region"}`;
}

function priorityFindings(graph: StackGraph, maps: readonly StackResource[]): Finding[] {
    const seen = new Map<string, StackResource>();
    const findings: Finding[] = [];
    for (const map of maps) {
        const rule = routeMapRule(map);
        const direction = knownString(map.props.transmitDirection);
        if (rule.priority === undefined || direction === undefined) continue;
        const key = `${tableOf(graph, map)}|${direction}|${rule.priority}`;
        const first = seen.get(key);
        if (!first) {
            seen.set(key, map);
            continue;
        }
        findings.push(
            violation(
                map.urn,
                `route map ${map.name}: priority ${rule.priority} in ${direction} is also route map ${first.name}'s, on the same table; the API takes one route map per priority in a table and direction. Give it another priority.`,
            ),
        );
    }
    return findings;
}

function chainFindings(map: StackResource): Finding[] {
    const rule = routeMapRule(map);
    if (rule.nextPriority === undefined) return [];
    if (rule.mapResult === "Deny") {
        return [
            violation(
                map.urn,
                `route map ${map.name}: nextPriority ${rule.nextPriority} on a Deny map; only a Permit map hands the routes it permits on. Remove nextPriority, or make the map Permit.`,
            ),
        ];
    }
    return rule.priority !== undefined && rule.nextPriority <= rule.priority
        ? [
              violation(
                  map.urn,
                  `route map ${map.name}: nextPriority ${rule.nextPriority} is not later than its priority ${rule.priority}; the route map it hands routes on to must come after it (a larger number).`,
              ),
          ]
        : [];
}

/** A map acts on its own region's transit router of its own CEN. */
function placeFindings(graph: StackGraph, map: StackResource): Finding[] {
    const table = graph.referenced(
        map,
        "transitRouterRouteTableId",
        TYPES.trRouteTable,
        "transitRouterRouteTableId",
    );
    const router =
        table && graph.referenced(table, "transitRouterId", TYPES.transitRouter, "transitRouterId");
    const region = knownString(map.props.cenRegionId);
    const routerRegion = router?.provider?.region;
    if (!router || region === undefined || routerRegion === undefined || routerRegion === region) return [];
    return [
        violation(
            map.urn,
            `route map ${map.name}: transitRouterRouteTableId names table ${table!.name} of transit router ${router.name} in ${routerRegion}, but cenRegionId is ${region}; a route map acts on the tables of its region's transit router. Set cenRegionId to ${routerRegion}, or name a table of the ${region} transit router.`,
        ),
    ];
}

/**
 * A Deny map that denies no route its table learns, or that names instances
 * no attachment of the stack attaches: most often a typo or a stale id, and
 * the isolation it was written for is not there.
 */
function idleDenyFindings(graph: StackGraph): Finding[] {
    // Instances by id, or before they exist by reference to their resource, as the maps name them.
    const attached = new Set(
        [...ATTACHMENT_TYPES].flatMap((type) =>
            graph.ofType(type).flatMap((a) => {
                const prop = attachmentKindOf(a.type)?.instance;
                const id = prop ? knownString(a.props[prop]) : undefined;
                const instance = prop === "vpcId" ? graph.referenced(a, prop, TYPES.vpc) : undefined;
                return [...(id ? [id] : []), ...(instance ? [reference(instance.urn)] : [])];
            }),
        ),
    );
    const idText = (id: string | undefined) => {
        const identity = id === undefined ? undefined : referenceIdentity(id);
        return identity ? `the id of ${graph.resource(identity)?.name ?? identity}` : String(id);
    };
    const { placed } = routeMapsOf(graph, (r) => trTableKey(graph, r));
    // The tables alone say which routes a map acted on: no walk is needed.
    const tables = transitRouterRouteTables(graph);
    const acted = new Set(
        [...tables.values()].flatMap((t) =>
            t.routes.flatMap((r) => (r.routeMap ? [r.routeMap.verdict.by] : [])),
        ),
    );
    const findings: Finding[] = [];
    for (const { resource } of placed) {
        const rule = routeMapRule(resource);
        const unknownIds = (rule.sourceInstanceIds ?? []).filter(
            (id) => id !== undefined && !attached.has(id),
        );
        if (unknownIds.length > 0) {
            findings.push(
                advisory(
                    resource.urn,
                    `route map ${resource.name}: sourceInstanceIds ${unknownIds.map(idText).join(", ")} ${unknownIds.length > 1 ? "are" : "is"} attached to no transit router of this stack; check the id.`,
                ),
            );
        }
        const inbound = resource.props.transmitDirection === "RegionIn";
        if (inbound && rule.mapResult === "Deny" && !acted.has(resource.name)) {
            findings.push(
                advisory(
                    resource.urn,
                    `route map ${resource.name} (RegionIn, Deny) matches no route its table learns in this stack, so it denies nothing; check its conditions.`,
                ),
            );
        }
    }
    return findings;
}
