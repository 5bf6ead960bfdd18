// A transit router in each region of the network, and the inter-region
// connections between them, each created with the CEN owner's provider of
// its region (Alibaba Cloud's guide to connecting VPCs across accounts and
// regions, FAQ: a transit router per region, joined by inter-region
// connections).
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import type { CenRegionArgs, InterRegionArgs } from "../args/cenOwnerArgs";
import { regionPairs } from "../core/interRegion";
import { childName } from "../core/naming";
import { ChildContext, childOptions } from "./childOptions";
import { PEER_ATTACHMENT_TIMEOUTS, TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "./timeouts";
import { CenTransitRouter } from "./transitRouter";
import { PropagationTarget, routeAttachment, TransitRouterSide } from "./vpcAttachment";

/** A region's transit router, and the CEN owner's provider there. */
export interface RegionRouter {
    /** The region id given in `regions`; undefined in a one-region network. */
    readonly region?: string;
    /** `cenProvider`'s region, whose transit router keeps the name it has in a one-region network. */
    readonly home: boolean;
    readonly side: TransitRouterSide;
}

/**
 * The transit router of every region: the home one (created or adopted with
 * the CEN), and one per other region, created with that region's provider
 * unless its id is given.
 */
export function regionRouters(
    ctx: ChildContext,
    home: CenTransitRouter,
    owner: {
        readonly cenProvider: alicloud.Provider;
        readonly accountId: pulumi.Output<string>;
        readonly regions?: readonly CenRegionArgs[];
        readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    },
): RegionRouter[] {
    const homeSide: TransitRouterSide = { provider: owner.cenProvider, accountId: owner.accountId, ...home };
    if (!owner.regions || owner.regions.length === 0) return [{ home: true, side: homeSide }];
    return owner.regions.map(({ region, provider, transitRouterId }): RegionRouter => {
        if (provider === owner.cenProvider) return { region, home: true, side: homeSide };
        const id =
            transitRouterId !== undefined
                ? pulumi.output(transitRouterId)
                : new alicloud.cen.TransitRouter(
                      childName(ctx.component, "tr", region),
                      {
                          cenId: home.cenId,
                          transitRouterName: childName(ctx.component, region),
                          tags: owner.tags,
                      },
                      childOptions(ctx, provider, [], { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS }),
                  ).transitRouterId;
        return {
            region,
            home: false,
            side: { provider, accountId: owner.accountId, cenId: home.cenId, transitRouterId: id },
        };
    });
}

/** An inter-region connection between two regions' transit routers. */
export interface RegionLink {
    /** The region whose provider creates the connection (first in `regions`). */
    readonly from: RegionRouter;
    readonly to: RegionRouter;
    readonly attachment: alicloud.cen.TransitRouterPeerAttachment;
}

/** The key of a connection in names and outputs: `<from>-<to>` in names, `<from>/<to>` in outputs. */
export const linkKey = (link: { from: RegionRouter; to: RegionRouter }, separator = "-") =>
    `${link.from.region}${separator}${link.to.region}`;

/**
 * One `cen.TransitRouterPeerAttachment` per pair of regions the topology
 * joins, with explicit bandwidth: billed by data transfer with `bandwidth`
 * Mbps, or drawing on an existing bandwidth package. Its route publishing
 * flags stay off: the component associates and propagates it on each side.
 */
export function connectRegions(
    ctx: ChildContext,
    routers: readonly RegionRouter[],
    settings: InterRegionArgs | undefined,
): RegionLink[] {
    if (routers.length < 2 || !settings) return [];
    const byRegion = new Map(routers.map((r) => [r.region!, r]));
    return regionPairs([...byRegion.keys()], settings.topology).map(([a, b]) => {
        const from = byRegion.get(a)!;
        const to = byRegion.get(b)!;
        const name = childName(ctx.component, "peer", a, b);
        const attachment = new alicloud.cen.TransitRouterPeerAttachment(
            name,
            {
                cenId: from.side.cenId,
                transitRouterId: from.side.transitRouterId,
                peerTransitRouterId: to.side.transitRouterId,
                peerTransitRouterRegionId: b,
                ...(settings.bandwidth !== undefined
                    ? { bandwidthType: "DataTransfer", bandwidth: settings.bandwidth }
                    : {
                          bandwidthType: "BandwidthPackage",
                          cenBandwidthPackageId: settings.bandwidthPackageId,
                      }),
                defaultLinkType: settings.defaultLinkType ?? "Gold",
                autoPublishRouteEnabled: false,
                transitRouterPeerAttachmentName: childName(ctx.component, a, b),
            },
            childOptions(ctx, from.side.provider, [], { customTimeouts: PEER_ATTACHMENT_TIMEOUTS }),
        );
        return { from, to, attachment };
    });
}

/**
 * Associates each connection with one table and propagates it into another
 * or more on both of its sides, each with that side's provider. `tablesAt` says
 * which tables of a side's transit router.
 */
export function routeLinks(
    ctx: ChildContext,
    links: readonly RegionLink[],
    tablesAt: (side: RegionRouter) => {
        associateWith: pulumi.Output<string>;
        propagateTo: readonly PropagationTarget[];
    },
): void {
    for (const link of links) {
        for (const side of [link.from, link.to]) {
            const { associateWith, propagateTo } = tablesAt(side);
            routeAttachment(
                ctx,
                side.side,
                `peer-${linkKey(link)}-in-${side.region}`,
                link.attachment,
                associateWith,
                propagateTo,
            );
        }
    }
}
