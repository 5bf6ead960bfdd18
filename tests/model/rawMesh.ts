// VPCs of two accounts written with raw resources, every one associated with
// and propagating into one transit router table, each routing 10.0.0.0/8 to
// its own attachment: a full mesh, as a user writes it without components.
// VPC blocks and their vSwitch blocks are the caller's, so overlaps can be
// written on purpose; `blackHole` adds a static BlackHole route to the table;
// `sync` turns route synchronisation on, and then no VPC routes are written
// unless `ownRoutes` says so (false writes none either way);
// `extras` adds resources that act on the table.
import * as alicloud from "@pulumi/alicloud";
import { routeToOwnAttachment } from "./rawRoutes";

export interface MeshVpc {
    readonly name: string;
    readonly cidr: string;
    readonly vswitches: readonly string[];
}

/** What a case's extras act on: the table, the CEN owner's provider and each VPC's attachment by name. */
export interface MeshParts {
    readonly table: alicloud.cen.TransitRouterRouteTable;
    readonly tr: alicloud.cen.TransitRouter;
    readonly provider: alicloud.Provider;
    readonly attachments: Readonly<Record<string, alicloud.cen.TransitRouterVpcAttachment>>;
    /** Each VPC's vSwitches, by VPC name. */
    readonly vswitches: Readonly<Record<string, readonly alicloud.vpc.Switch[]>>;
}

export function rawMesh(
    vpcs: readonly MeshVpc[],
    options: {
        blackHole?: string;
        sync?: boolean;
        ownRoutes?: boolean;
        extras?: (parts: MeshParts) => void;
    } = {},
): () => void {
    return () => {
        const region = "ap-southeast-1";
        const providers = [
            new alicloud.Provider("account-a", { region, accountId: "1111111111111111" }),
            new alicloud.Provider("account-b", { region, accountId: "2222222222222222" }),
        ];
        const a = providers[0];
        const cen = new alicloud.cen.Instance("cen", {}, { provider: a });
        const tr = new alicloud.cen.TransitRouter("tr", { cenId: cen.id }, { provider: a });
        const table = new alicloud.cen.TransitRouterRouteTable(
            "mesh",
            { transitRouterId: tr.transitRouterId },
            { provider: a },
        );
        const attachments: Record<string, alicloud.cen.TransitRouterVpcAttachment> = {};
        const vswitchesByVpc: Record<string, alicloud.vpc.Switch[]> = {};
        vpcs.forEach(({ name, cidr, vswitches }, i) => {
            const provider = providers[i % 2];
            const network = new alicloud.vpc.Network(name, { cidrBlock: cidr }, { provider });
            const switches = vswitches.map(
                (block, j) =>
                    new alicloud.vpc.Switch(
                        `${name}-vsw${j}`,
                        { vpcId: network.id, cidrBlock: block, zoneId: `${region}${"ab"[j % 2]}` },
                        { provider },
                    ),
            );
            const grant =
                provider === a
                    ? undefined
                    : new alicloud.cen.TransitRouterGrantAttachment(
                          `${name}-grant`,
                          {
                              cenId: cen.id,
                              cenOwnerId: "1111111111111111",
                              instanceId: network.id,
                              instanceType: "VPC",
                              orderType: "PayByCenOwner",
                          },
                          { provider },
                      );
            const attachment = new alicloud.cen.TransitRouterVpcAttachment(
                `${name}-attachment`,
                {
                    cenId: cen.id,
                    transitRouterId: tr.transitRouterId,
                    vpcId: network.id,
                    vpcOwnerId: provider === a ? undefined : "2222222222222222",
                    ...(options.sync ? { autoPublishRouteEnabled: true } : {}),
                    zoneMappings: switches.map((s, j) => ({
                        zoneId: `${region}${"ab"[j % 2]}`,
                        vswitchId: s.id,
                    })),
                },
                { provider: a, dependsOn: grant ? [grant] : [] },
            );
            const ids = {
                transitRouterAttachmentId: attachment.transitRouterAttachmentId,
                transitRouterRouteTableId: table.transitRouterRouteTableId,
            };
            new alicloud.cen.TransitRouterRouteTableAssociation(`${name}-association`, ids, { provider: a });
            new alicloud.cen.TransitRouterRouteTablePropagation(`${name}-propagation`, ids, { provider: a });
            attachments[name] = attachment;
            vswitchesByVpc[name] = switches;
            if (options.ownRoutes ?? !options.sync) routeToOwnAttachment(name, network, attachment, provider);
        });
        if (options.blackHole) {
            new alicloud.cen.TransitRouterRouteEntry(
                "blackhole",
                {
                    transitRouterRouteTableId: table.transitRouterRouteTableId,
                    transitRouterRouteEntryDestinationCidrBlock: options.blackHole,
                    transitRouterRouteEntryNextHopType: "BlackHole",
                },
                { provider: a },
            );
        }
        options.extras?.({ table, tr, provider: a, attachments, vswitches: vswitchesByVpc });
    };
}

/** A Deny route map on the mesh's table (priority 10), with the conditions a case gives. */
export function meshRouteMap(
    parts: MeshParts,
    name: string,
    args: Pick<
        alicloud.cen.RouteMapArgs,
        "transmitDirection" | "sourceInstanceIds" | "destinationInstanceIds"
    >,
): alicloud.cen.RouteMap {
    return new alicloud.cen.RouteMap(
        name,
        {
            cenId: "cen-cen",
            cenRegionId: "ap-southeast-1",
            transitRouterRouteTableId: parts.table.transitRouterRouteTableId,
            priority: 10,
            mapResult: "Deny",
            ...args,
        },
        { provider: parts.provider },
    );
}
