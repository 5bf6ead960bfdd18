// The peering's routing-policy design (its `deny` pairs): on the table of
// each VPC's region, one RegionOut CEN route map that keeps the routes of the
// VPCs denied to it from being advertised to it. Each VPC learns the rest of
// the table by route synchronisation, so it has no route to a denied VPC.
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { childName } from "../core/naming";
import { ResolvedVpc } from "../validation/cenVpcResolution";
import { CenComponentBase } from "./cenComponent";
import { childOptions } from "./childOptions";
import { RegionRouter } from "./regionRouters";

/** The VPCs each VPC is kept from, by VPC key: both ways of every pair. */
export function deniedPeers(deny: readonly (readonly string[])[]): Map<string, string[]> {
    const peers = new Map<string, string[]>();
    for (const [a, b] of deny) {
        peers.set(a, [...(peers.get(a) ?? []), b]);
        peers.set(b, [...(peers.get(b) ?? []), a]);
    }
    return peers;
}

/**
 * One Deny map per VPC with denied peers, in the CEN owner's account on its
 * region's table: RegionOut, routes whose source is a denied VPC, towards
 * this VPC. Priorities count up from 1 per table in the order of `vpcs`.
 */
export function denyRouteMaps(
    base: CenComponentBase,
    deny: readonly (readonly string[])[],
    tables: ReadonlyMap<RegionRouter, pulumi.Output<string>>,
): Map<string, alicloud.cen.RouteMap> {
    const peers = deniedPeers(deny);
    const byKey = new Map<string, ResolvedVpc>(base.resolved.vpcs.map((v) => [v.key, v]));
    const used = new Map<RegionRouter, number>();
    const maps = new Map<string, alicloud.cen.RouteMap>();
    for (const vpc of base.resolved.vpcs) {
        const denied = peers.get(vpc.key);
        if (!denied) continue;
        const router = base.routerOf(vpc);
        const priority = (used.get(router) ?? 0) + 1;
        used.set(router, priority);
        maps.set(
            vpc.key,
            new alicloud.cen.RouteMap(
                childName(base.ctx.component, "deny", vpc.key),
                {
                    cenId: router.side.cenId,
                    cenRegionId: base.regionOfRouter(router).apply((r) => r ?? ""),
                    transitRouterRouteTableId: tables.get(router)!,
                    transmitDirection: "RegionOut",
                    mapResult: "Deny",
                    priority,
                    sourceInstanceIds: denied.map((key) => byKey.get(key)!.vpcId),
                    destinationInstanceIds: [vpc.vpcId],
                    description: `Keeps the routes of ${denied.join(", ")} from ${vpc.key}`,
                },
                childOptions(base.ctx, router.side.provider),
            ),
        );
    }
    return maps;
}
