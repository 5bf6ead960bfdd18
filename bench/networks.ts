// The benchmark networks: N VPCs spread over ten accounts, built through the
// components or written out by hand with the same @pulumi/alicloud resources
// (grants, attachments, associations, propagations, route entries, the same
// invokes, options and dependencies).
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import type { RouteDestinations } from "../sdk/src";

// The compiled package, as a consumer loads it (no TypeScript compile in the measurement).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk = require("../sdk/bin") as typeof import("../sdk/src");

export const ACCOUNTS = 10;
export const RFC1918 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];
/** The regions of multi-region networks, the first being the CEN owner's. */
export const REGIONS = [
    "ap-southeast-1",
    "ap-southeast-5",
    "ap-northeast-1",
    "cn-hongkong",
    "ap-southeast-3",
    "eu-central-1",
];
const zonesOf = (region: string) => [`${region}a`, `${region}b`];

/** One provider per account in `region` (the first region's keep their one-region names). */
export function providers(region = REGIONS[0]): alicloud.Provider[] {
    const suffix = region === REGIONS[0] ? "" : `-${region}`;
    // The account id is configured, so one account's providers in several regions are one account.
    return Array.from(
        { length: ACCOUNTS },
        (_, i) =>
            new alicloud.Provider(`account-${i}${suffix}`, { region, accountId: `${1000000000000000 + i}` }),
    );
}

/** The region of VPC `i` in a network of `regions` regions: round robin. */
const regionOf = (i: number, regions: number) => REGIONS[i % regions];

const cidrOf = (i: number) =>
    `10.${Math.floor(i / 256)}.${i % 256}.0/24`.replace(
        /^10\.(\d+)\.(\d+)\.0\/24$/,
        (_m, a, b) => `10.${a}.${b}.0/24`,
    );

export function vpcArgs(i: number, provider: alicloud.Provider, region = REGIONS[0]) {
    return {
        name: `vpc${i}`,
        provider,
        vpcId: `vpc-${i}`,
        cidrBlocks: [cidrOf(i)],
        zoneMappings: zonesOf(region).map((zoneId, z) => ({ zoneId, vswitchId: `vsw-${i}-${z}` })),
        routeTableIds: [`vtb-${i}`],
    };
}

/** CrossAccountCenPeering over `n` VPCs, spread over `regions` regions joined in a full mesh. */
export function peeringComponent(n: number, regions = 1): () => void {
    return () => {
        const p = REGIONS.slice(0, regions).map((region) => providers(region));
        new sdk.CrossAccountCenPeering("mesh", {
            cenProvider: p[0][0],
            ...(regions > 1
                ? {
                      regions: REGIONS.slice(0, regions).map((region, r) => ({ region, provider: p[r][0] })),
                      interRegion: { bandwidth: 10 },
                  }
                : {}),
            vpcs: Array.from({ length: n }, (_, i) => {
                const region = regionOf(i, regions);
                const vpc = vpcArgs(i, p[REGIONS.indexOf(region)][i % ACCOUNTS], region);
                return regions > 1 ? { ...vpc, region } : vpc;
            }),
        });
    };
}

/** IsolatedSpokesWithSharedHub with a hub and `n - 1` spokes; `hubRoutes` as the hub's route destinations. */
export function isolatedComponent(n: number, hubRoutes?: RouteDestinations): () => void {
    return () => {
        const p = providers();
        new sdk.IsolatedSpokesWithSharedHub("iso", {
            cenProvider: p[0],
            hub: vpcArgs(0, p[0]),
            spokes: Array.from({ length: n - 1 }, (_, i) => vpcArgs(i + 1, p[(i + 1) % ACCOUNTS])),
            hubRouteDestinations: hubRoutes,
        });
    };
}

/**
 * The peering network written by hand: what a user without the package
 * writes, with the same resources, invokes, options and dependencies; over
 * `regions` regions, a transit router per region and a connection per pair.
 */
export function peeringByHand(n: number, regions = 1): () => void {
    return () => {
        const names = REGIONS.slice(0, regions);
        const p = names.map((region) => providers(region));
        const a = p[0][0];
        const accountIds = new Map(
            p.flat().map((provider) => [provider, alicloud.getAccountOutput({ provider }).id]),
        );
        const timeouts = { create: "10m", update: "10m", delete: "10m" };
        const cen = new alicloud.cen.Instance(
            "mesh-cen",
            { cenInstanceName: "mesh" },
            { provider: a, customTimeouts: timeouts },
        );
        const routers = names.map((region, r) => {
            const provider = p[r][0];
            const tr = new alicloud.cen.TransitRouter(
                r === 0 ? "mesh-tr" : `mesh-tr-${region}`,
                { cenId: cen.id, transitRouterName: r === 0 ? "mesh" : `mesh-${region}` },
                { provider, customTimeouts: timeouts },
            );
            const table = alicloud.cen
                .getTransitRouterRouteTablesOutput(
                    { transitRouterId: tr.transitRouterId, transitRouterRouteTableType: "System" },
                    { provider },
                )
                .tables.apply(
                    (t) =>
                        t.find((x) => x.transitRouterRouteTableType === "System")!.transitRouterRouteTableId,
                );
            return { region, provider, tr, table };
        });
        const route = (
            name: string,
            provider: alicloud.Provider,
            attachmentId: pulumi.Output<string>,
            table: pulumi.Output<string>,
        ) => {
            const link = { transitRouterAttachmentId: attachmentId, transitRouterRouteTableId: table };
            new alicloud.cen.TransitRouterRouteTableAssociation(`mesh-association-${name}`, link, {
                provider,
                deleteBeforeReplace: true,
                customTimeouts: timeouts,
            });
            new alicloud.cen.TransitRouterRouteTablePropagation(`mesh-propagation-${name}`, link, {
                provider,
                customTimeouts: timeouts,
            });
        };
        for (let i = 0; i < n; i++) {
            const router = routers[REGIONS.indexOf(regionOf(i, regions))];
            const owners = p[routers.indexOf(router)];
            const owner = owners[i % ACCOUNTS];
            const foreign = owner !== owners[0];
            const grant = foreign
                ? new alicloud.cen.TransitRouterGrantAttachment(
                      `mesh-grant-vpc${i}`,
                      {
                          cenId: cen.id,
                          cenOwnerId: accountIds.get(a)!,
                          instanceId: `vpc-${i}`,
                          instanceType: "VPC",
                          orderType: "PayByCenOwner",
                      },
                      { provider: owner, customTimeouts: timeouts },
                  )
                : undefined;
            const attachment = new alicloud.cen.TransitRouterVpcAttachment(
                `mesh-attachment-vpc${i}`,
                {
                    cenId: cen.id,
                    transitRouterId: router.tr.transitRouterId,
                    vpcId: `vpc-${i}`,
                    vpcOwnerId: foreign ? accountIds.get(owner)! : undefined,
                    orderType: foreign ? "PayByCenOwner" : undefined,
                    zoneMappings: zonesOf(router.region).map((zoneId, z) => ({
                        zoneId,
                        vswitchId: `vsw-${i}-${z}`,
                    })),
                    autoPublishRouteEnabled: false,
                    transitRouterVpcAttachmentName: `mesh-vpc${i}`,
                },
                {
                    provider: router.provider,
                    dependsOn: grant ? [grant] : [],
                    customTimeouts: { create: "45m", update: "10m", delete: "25m" },
                },
            );
            route(`vpc${i}`, router.provider, attachment.transitRouterAttachmentId, router.table);
            let previous: pulumi.Resource | undefined;
            for (const destination of RFC1918) {
                previous = new alicloud.vpc.RouteEntry(
                    `mesh-route-vpc${i}-rt0-${destination.replace(/[./]/g, "-")}`,
                    {
                        routeTableId: `vtb-${i}`,
                        destinationCidrblock: destination,
                        nexthopType: "Attachment",
                        nexthopId: attachment.transitRouterAttachmentId,
                    },
                    {
                        provider: owner,
                        dependsOn: previous ? [previous] : [],
                        customTimeouts: { create: "15m", delete: "15m" },
                    },
                );
            }
        }
        routers.forEach((from, x) =>
            routers.slice(x + 1).forEach((to) => {
                const key = `${from.region}-${to.region}`;
                const peer = new alicloud.cen.TransitRouterPeerAttachment(
                    `mesh-peer-${key}`,
                    {
                        cenId: cen.id,
                        transitRouterId: from.tr.transitRouterId,
                        peerTransitRouterId: to.tr.transitRouterId,
                        peerTransitRouterRegionId: to.region,
                        bandwidthType: "DataTransfer",
                        bandwidth: 10,
                        defaultLinkType: "Gold",
                        autoPublishRouteEnabled: false,
                        transitRouterPeerAttachmentName: `mesh-${key}`,
                    },
                    {
                        provider: from.provider,
                        customTimeouts: { create: "45m", update: "10m", delete: "25m" },
                    },
                );
                for (const side of [from, to]) {
                    route(
                        `peer-${key}-in-${side.region}`,
                        side.provider,
                        peer.transitRouterAttachmentId,
                        side.table,
                    );
                }
            }),
        );
    };
}
