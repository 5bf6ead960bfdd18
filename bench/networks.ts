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

const ACCOUNTS = 10;
const ZONES = ["ap-southeast-1a", "ap-southeast-1b"];
const RFC1918 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

function providers(): alicloud.Provider[] {
    return Array.from(
        { length: ACCOUNTS },
        (_, i) => new alicloud.Provider(`account-${i}`, { region: "ap-southeast-1" }),
    );
}

const cidrOf = (i: number) =>
    `10.${Math.floor(i / 256)}.${i % 256}.0/24`.replace(
        /^10\.(\d+)\.(\d+)\.0\/24$/,
        (_m, a, b) => `10.${a}.${b}.0/24`,
    );

function vpcArgs(i: number, provider: alicloud.Provider) {
    return {
        name: `vpc${i}`,
        provider,
        vpcId: `vpc-${i}`,
        cidrBlocks: [cidrOf(i)],
        zoneMappings: ZONES.map((zoneId, z) => ({ zoneId, vswitchId: `vsw-${i}-${z}` })),
        routeTableIds: [`vtb-${i}`],
    };
}

/** CrossAccountCenPeering over `n` VPCs. */
export function peeringComponent(n: number): () => void {
    return () => {
        const p = providers();
        new sdk.CrossAccountCenPeering("mesh", {
            cenProvider: p[0],
            vpcs: Array.from({ length: n }, (_, i) => vpcArgs(i, p[i % ACCOUNTS])),
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

/** The peering network written by hand: what a user without the package writes. */
export function peeringByHand(n: number): () => void {
    return () => {
        const p = providers();
        const a = p[0];
        const accountIds = p.map((provider) => alicloud.getAccountOutput({ provider }).id);
        const cen = new alicloud.cen.Instance(
            "mesh-cen",
            { cenInstanceName: "mesh" },
            { provider: a, customTimeouts: { create: "10m", update: "10m", delete: "10m" } },
        );
        const tr = new alicloud.cen.TransitRouter(
            "mesh-tr",
            { cenId: cen.id, transitRouterName: "mesh" },
            { provider: a, customTimeouts: { create: "10m", update: "10m", delete: "10m" } },
        );
        const table = alicloud.cen
            .getTransitRouterRouteTablesOutput(
                { transitRouterId: tr.transitRouterId, transitRouterRouteTableType: "System" },
                { provider: a },
            )
            .tables.apply(
                (t) => t.find((x) => x.transitRouterRouteTableType === "System")!.transitRouterRouteTableId,
            );
        const timeouts = { create: "10m", update: "10m", delete: "10m" };
        for (let i = 0; i < n; i++) {
            const owner = p[i % ACCOUNTS];
            const foreign = owner !== a;
            const grant = foreign
                ? new alicloud.cen.TransitRouterGrantAttachment(
                      `mesh-grant-vpc${i}`,
                      {
                          cenId: cen.id,
                          cenOwnerId: accountIds[0],
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
                    transitRouterId: tr.transitRouterId,
                    vpcId: `vpc-${i}`,
                    vpcOwnerId: foreign ? accountIds[i % ACCOUNTS] : undefined,
                    orderType: foreign ? "PayByCenOwner" : undefined,
                    zoneMappings: ZONES.map((zoneId, z) => ({ zoneId, vswitchId: `vsw-${i}-${z}` })),
                    autoPublishRouteEnabled: false,
                    transitRouterVpcAttachmentName: `mesh-vpc${i}`,
                },
                {
                    provider: a,
                    dependsOn: grant ? [grant] : [],
                    customTimeouts: { create: "45m", update: "10m", delete: "25m" },
                },
            );
            const link = {
                transitRouterAttachmentId: attachment.transitRouterAttachmentId,
                transitRouterRouteTableId: table,
            };
            new alicloud.cen.TransitRouterRouteTableAssociation(`mesh-association-vpc${i}`, link, {
                provider: a,
                deleteBeforeReplace: true,
                customTimeouts: timeouts,
            });
            new alicloud.cen.TransitRouterRouteTablePropagation(`mesh-propagation-vpc${i}`, link, {
                provider: a,
                customTimeouts: timeouts,
            });
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
    };
}
