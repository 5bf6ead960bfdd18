import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { childName, valueKey } from "../core/naming";
import { PlannedRoute } from "../core/routePlan";
import { ChildContext, childOptions, downstream } from "./childOptions";
import { VPC_ROUTE_ENTRY_TIMEOUTS } from "./timeouts";

/** Where a VPC route sends packets: the VPC's attachment, or an appliance (an instance, ENI or HaVip). */
export interface VpcNextHop {
    readonly type: string;
    readonly id: pulumi.Input<string>;
}

/**
 * Adds the planned routes to each of the VPC's route tables (named by table
 * id and destination where known, so edits to the lists rename nothing), next hop the
 * VPC's transit router attachment (or `nextHop`), with the VPC owner's provider. Entries of
 * one route table are chained one after another because the VPC API rejects
 * concurrent writes to a table (TaskConflict); tables and VPCs proceed in
 * parallel.
 */
export function addVpcRouteEntries(
    ctx: ChildContext,
    vpcKey: string,
    provider: alicloud.Provider,
    routeTableIds: readonly pulumi.Input<string>[],
    routes: readonly PlannedRoute<pulumi.Input<string>>[],
    nextHop: VpcNextHop,
    role = "route",
): alicloud.vpc.RouteEntry[] {
    const entries: alicloud.vpc.RouteEntry[] = [];
    routeTableIds.forEach((routeTableId, table) => {
        let previous: alicloud.vpc.RouteEntry | undefined;
        for (const route of routes) {
            const entry: alicloud.vpc.RouteEntry = new alicloud.vpc.RouteEntry(
                childName(ctx.component, role, vpcKey, valueKey(routeTableId, `rt${table}`), route.key),
                {
                    routeTableId,
                    destinationCidrblock: route.destination,
                    nexthopType: nextHop.type,
                    nexthopId: nextHop.id,
                },
                childOptions(downstream(ctx), provider, previous ? [previous] : [], {
                    customTimeouts: VPC_ROUTE_ENTRY_TIMEOUTS,
                }),
            );
            entries.push(entry);
            previous = entry;
        }
    });
    return entries;
}
