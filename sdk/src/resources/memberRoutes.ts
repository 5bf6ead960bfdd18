import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { childName, valueKey } from "../core/naming";
import { ChildContext, childOptions } from "./childOptions";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "./timeouts";

/** A static route to each block of a member VPC in one transit router table. */
export interface MemberRoutes {
    /** The table's provider: the CEN owner's in the table's region. */
    readonly provider: alicloud.Provider;
    readonly routeTableId: pulumi.Input<string>;
    /** `<component>-<role>-<...parts>-<member>-<block>`. */
    readonly role: string;
    readonly parts: readonly string[];
    /** The next hop attachment; none is a BlackHole route. */
    readonly nextHop?: pulumi.Input<string>;
    readonly description: string;
}

/**
 * One route per block of `member`, named after the member and block (the
 * block's position while it is an Output) so members and blocks come and go
 * alone.
 */
export function memberRoutes(
    ctx: ChildContext,
    member: { readonly key: string; readonly cidrBlocks: readonly pulumi.Input<string>[] },
    routes: MemberRoutes,
): void {
    member.cidrBlocks.forEach((cidr, i) => {
        const name = childName(
            ctx.component,
            routes.role,
            ...routes.parts,
            member.key,
            valueKey(cidr, String(i)),
        );
        new alicloud.cen.TransitRouterRouteEntry(
            name,
            {
                transitRouterRouteTableId: routes.routeTableId,
                transitRouterRouteEntryDestinationCidrBlock: cidr,
                transitRouterRouteEntryNextHopType: routes.nextHop === undefined ? "BlackHole" : "Attachment",
                transitRouterRouteEntryNextHopId: routes.nextHop,
                transitRouterRouteEntryName: name,
                transitRouterRouteEntryDescription: routes.description,
            },
            childOptions(ctx, routes.provider, [], { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS }),
        );
    });
}
