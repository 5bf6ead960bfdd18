// The peering's children: every VPC and on-premises connection in its
// region's one table (the System table, or the one given), associated with
// it and propagating into it, and the inter-region connections likewise.
import * as pulumi from "@pulumi/pulumi";
import type { CrossAccountCenPeeringArgs } from "../args/crossAccountCenPeeringArgs";
import { planVpcRoutes } from "../core/routePlan";
import { CenComponentBase, connectAllOnPremises } from "./cenComponent";
import { ConnectedVpc, connectVpc } from "./connectVpc";
import { AttachedOnPremises, onPremisesDestinations } from "./onPremisesAttachment";
import { RegionRouter, routeLinks } from "./regionRouters";
import { denyRouteMaps } from "./denyRouteMaps";
import { systemRouteTableId } from "./transitRouter";

/** What the peering built, for the component's outputs. */
export interface ConnectedPeering {
    /** Each region's table. */
    readonly tables: ReadonlyMap<RegionRouter, pulumi.Output<string>>;
    readonly connected: ReadonlyMap<string, ConnectedVpc>;
    readonly attached: ReadonlyMap<string, AttachedOnPremises>;
}

/** Connects every VPC and on-premises connection to its region's table. */
export function connectPeering(base: CenComponentBase, args: CrossAccountCenPeeringArgs): ConnectedPeering {
    const { resolved, ctx, routers, links } = base;
    const tables = new Map<RegionRouter, pulumi.Output<string>>(
        routers.map((router) => {
            const entry = args.regions?.find((r) => r.region === router.region);
            const given =
                entry?.transitRouterRouteTableId ??
                (router.home ? args.transitRouterRouteTableId : undefined);
            return [
                router,
                given !== undefined
                    ? pulumi.output(given)
                    : systemRouteTableId(ctx, router.side.provider, router.side.transitRouterId),
            ];
        }),
    );
    const onPremises = onPremisesDestinations(base.onPremises);
    // With deny pairs, each VPC learns its routes (route synchronisation) as its route map lets them.
    const maps = args.deny ? denyRouteMaps(base, args.deny, tables) : undefined;
    const connected = new Map<string, ConnectedVpc>();
    for (const vpc of resolved.vpcs) {
        const router = base.routerOf(vpc);
        const table = tables.get(router)!;
        const peers = [...resolved.vpcs.filter((p) => p !== vpc), ...onPremises];
        const map = maps?.get(vpc.key);
        connected.set(
            vpc.key,
            connectVpc(ctx, router.side, vpc, {
                associateWith: table,
                propagateTo: [{ routeTableId: table }],
                vpcRouteTableIds: maps ? [] : vpc.routeTableIds,
                routes: maps ? [] : planVpcRoutes(vpc, peers, args.vpcRoutes ?? "rfc1918", vpc.ipv6),
                sync: maps ? { after: map ? [map] : [] } : undefined,
            }),
        );
    }
    const attached = connectAllOnPremises(base, args.tags, (router) => ({
        associateWith: tables.get(router)!,
        propagateTo: [{ routeTableId: tables.get(router)! }],
    }));
    // Each connection is associated with and propagates into its table on both sides.
    routeLinks(ctx, links, (side) => ({
        associateWith: tables.get(side)!,
        propagateTo: [{ routeTableId: tables.get(side)! }],
    }));
    return { tables, connected, attached };
}
