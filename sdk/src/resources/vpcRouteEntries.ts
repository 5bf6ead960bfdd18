import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
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
            const logical = childName(
                ctx.component,
                role,
                vpcKey,
                valueKey(routeTableId, `rt${table}`),
                route.key,
            );
            const entry: alicloud.vpc.RouteEntry = new alicloud.vpc.RouteEntry(
                logical,
                {
                    name: routeEntryName(logical),
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

/** The provider takes route entry names of 2 to 128 characters. */
const MAX_ROUTE_ENTRY_NAME = 128;
/** The bridge names a resource without a name `<logical name>-<7 random characters>`. */
const AUTO_NAME_SUFFIX = 8;

/**
 * The `name` a route entry is given: none while the engine's automatic name
 * (`<logical name>-xxxxxxx`) fits the provider's 128 characters, as every
 * deployed entry was named (`name` is ForceNew: giving one now would replace
 * them); else the logical name's start and a hash of the whole, 128
 * characters, so that long component and VPC names still plan.
 */
export function routeEntryName(logical: string): string | undefined {
    if (logical.length + AUTO_NAME_SUFFIX <= MAX_ROUTE_ENTRY_NAME) return undefined;
    const hash = createHash("sha256").update(logical).digest("hex").slice(0, 12);
    return `${logical.slice(0, MAX_ROUTE_ENTRY_NAME - hash.length - 1)}-${hash}`;
}
