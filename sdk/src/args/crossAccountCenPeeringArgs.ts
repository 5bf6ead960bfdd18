import * as pulumi from "@pulumi/pulumi";
import { RouteDestinations } from "./values";
import { CenOnPremisesConnectionsArgs } from "./cenOnPremisesArgs";
import { CenOwnerArgs, CenRegionArgs, MultiRegionArgs } from "./cenOwnerArgs";
import { CenVpcArgs } from "./cenVpcArgs";

/** A region of a {@link CrossAccountCenPeering} network. */
export interface CenPeeringRegionArgs extends CenRegionArgs {
    /**
     * The route table of the region's transit router that the region's
     * attachments and its side of each inter-region connection are
     * associated with and propagate into.
     * @default - the transit router's System route table, found by its type.
     */
    readonly transitRouterRouteTableId?: pulumi.Input<string>;
}

/**
 * Arguments of {@link CrossAccountCenPeering}: the VPCs, and next to them the
 * on-premises connections (`vbrs`, `vpnConnections`, `ecrs`), each
 * associated with and propagating into its region's table like a VPC.
 */
export interface CrossAccountCenPeeringArgs
    extends CenOwnerArgs, MultiRegionArgs, CenOnPremisesConnectionsArgs {
    /**
     * The transit router route table every attachment (in a multi-region
     * network, every attachment in `cenProvider`'s region) is associated with
     * and propagates its routes to.
     * @default - the transit router's System route table, found by its type.
     */
    readonly transitRouterRouteTableId?: pulumi.Input<string>;
    /**
     * Every region of the network, when its VPCs are in more than one (see
     * {@link MultiRegionArgs}); each region's transit router route table may
     * be chosen too. Every VPC reaches every other one, across regions over
     * the inter-region connections, which are associated with and propagate
     * into each side's table.
     * @default - one region, `cenProvider`'s.
     */
    readonly regions?: CenPeeringRegionArgs[];
    /** The VPCs to connect, from any number of accounts. Every VPC can reach every other one. */
    readonly vpcs: CenVpcArgs[];
    /**
     * Which routes each VPC route table gets towards its attachment:
     * `"rfc1918"` (10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16, as the console adds them;
     * every VPC block must then lie inside them), `"peer-cidrs"` (exactly the other VPCs'
     * blocks: one entry per peer block in every VPC, written one after another), `"none"`
     * (you manage VPC routes), or a list of summary blocks that cover every VPC.
     * @default "rfc1918"
     */
    readonly vpcRoutes?: RouteDestinations;
    /**
     * Pairs of VPCs, each two `name`s of `vpcs`, that must not reach each
     * other while every other pair does: the isolation guide's routing-policy
     * design, in one transit router table. Each VPC then learns its routes
     * from the transit router (route synchronisation) instead of route
     * entries, and a `RegionOut` CEN route map (`cen.RouteMap`) on its
     * region's table keeps the denied VPCs' routes from it, so neither side
     * has a route to the other. Leave `vpcRoutes` unset: static VPC routes
     * would send the denied traffic anyway. Use this for coarse isolation of
     * a few pairs; for groups of VPCs with rules between them, use
     * `CenSecurityDomains` (separate route tables).
     * @default - none: every VPC reaches every other one.
     * @see {@link https://www.alibabacloud.com/help/en/cen/user-guide/routing-policy-overview | CEN routing policies}
     */
    readonly deny?: string[][];
}
