import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { childName } from "../core/naming";
import { ChildContext, childOptions } from "./childOptions";
import type { RegionRouter } from "./regionRouters";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "./timeouts";

/** A custom route table on the transit router, named after the component and its role. */
export function customRouteTable(
    ctx: ChildContext,
    provider: alicloud.Provider,
    transitRouterId: pulumi.Input<string>,
    role: string,
    description: string,
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>,
): alicloud.cen.TransitRouterRouteTable {
    return new alicloud.cen.TransitRouterRouteTable(
        childName(ctx.component, role),
        {
            transitRouterId,
            transitRouterRouteTableName: childName(ctx.component, role),
            transitRouterRouteTableDescription: description,
            tags,
        },
        childOptions(ctx, provider, [], { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS }),
    );
}

/**
 * A custom table of one region's transit router, its role suffixed with the
 * region outside the home region, so a one-region network keeps its names.
 */
export function regionalRouteTable(
    ctx: ChildContext,
    router: RegionRouter,
    role: string,
    description: string,
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>,
): pulumi.Output<string> {
    const suffix = router.home ? "" : `-${router.region}`;
    return customRouteTable(
        ctx,
        router.side.provider,
        router.side.transitRouterId,
        `${role}${suffix}`,
        description,
        tags,
    ).transitRouterRouteTableId;
}
