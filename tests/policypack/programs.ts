// Pulumi programs written with raw @pulumi/alicloud resources, as a user
// without this package's components would write them: a compliant two-account
// network, and the same with one flaw at a time for the policy pack to catch.
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";

export type Flaw =
    | "overlap"
    | "vswitch-outside"
    | "single-zone"
    | "missing-grant"
    | "default-provider"
    | "reserved-block"
    | "vswitch-mask"
    | "foreign-next-hop"
    | "remote-vpc"
    | "peer-without-bandwidth"
    | "two-associations";

export function handWrittenNetwork(flaw?: Flaw): () => void {
    return () => {
        const region = "ap-southeast-1";
        const a = new alicloud.Provider("account-a", {
            region,
            assumeRole: { roleArn: "acs:ram::1111111111111111:role/net" },
        });
        // With the remote-vpc flaw, account B's VPC is in Jakarta, attached to the Singapore transit router.
        const b = new alicloud.Provider("account-b", {
            region: flaw === "remote-vpc" ? "ap-southeast-5" : region,
            assumeRole: { roleArn: "acs:ram::2222222222222222:role/net" },
        });
        const cen = new alicloud.cen.Instance("cen", {}, { provider: a });
        const tr = new alicloud.cen.TransitRouter("tr", { cenId: cen.id }, { provider: a });

        const vpc = (name: string, provider: alicloud.Provider, cidr: string, vswitchCidrs: string[]) => {
            const network = new alicloud.vpc.Network(name, { cidrBlock: cidr }, { provider });
            // The zones of the VPC's own region: a remote VPC's are Jakarta's.
            const at = provider === b && flaw === "remote-vpc" ? "ap-southeast-5" : region;
            const zones = (flaw === "single-zone" && name === "vpc2" ? ["a", "a"] : ["a", "b"]).map(
                (z) => `${at}${z}`,
            );
            const vswitches = vswitchCidrs.map(
                (cidrBlock, i) =>
                    new alicloud.vpc.Switch(
                        `${name}-vsw${i}`,
                        { vpcId: network.id, cidrBlock, zoneId: zones[i] },
                        flaw === "default-provider" && name === "vpc1" && i === 1 ? {} : { provider },
                    ),
            );
            return { network, vswitches, zones };
        };
        const vpc1 = vpc("vpc1", a, "10.0.0.0/16", [
            "10.0.0.0/24",
            flaw === "vswitch-outside"
                ? "10.9.0.0/24"
                : flaw === "vswitch-mask"
                  ? "10.0.1.0/30"
                  : "10.0.1.0/24",
        ]);
        const vpc2Blocks: Partial<Record<Flaw, [string, string[]]>> = {
            overlap: ["10.0.0.0/8", ["10.8.0.0/24", "10.8.1.0/24"]],
            "reserved-block": ["100.64.0.0/16", ["100.64.0.0/24", "100.64.1.0/24"]],
        };
        const [vpc2Cidr, vpc2Vswitches] = (flaw && vpc2Blocks[flaw]) ?? [
            "192.168.0.0/16",
            ["192.168.0.0/24", "192.168.1.0/24"],
        ];
        const vpc2 = vpc("vpc2", b, vpc2Cidr, vpc2Vswitches);

        const attach = (
            name: string,
            v: ReturnType<typeof vpc>,
            owner?: pulumi.Input<string>,
            grant?: pulumi.Resource,
        ) =>
            new alicloud.cen.TransitRouterVpcAttachment(
                name,
                {
                    cenId: cen.id,
                    transitRouterId: tr.transitRouterId,
                    vpcId: v.network.id,
                    vpcOwnerId: owner,
                    zoneMappings: v.vswitches.map((s, i) => ({
                        zoneId: v.zones[i],
                        vswitchId: s.id,
                    })),
                },
                { provider: a, dependsOn: grant ? [grant] : [] },
            );
        const att1 = attach("att1", vpc1);
        if (flaw === "two-associations") {
            // att1 associated with two tables of one transit router: the API refuses the second.
            for (const table of ["t1", "t2"]) {
                const t = new alicloud.cen.TransitRouterRouteTable(
                    table,
                    { transitRouterId: tr.transitRouterId },
                    { provider: a },
                );
                new alicloud.cen.TransitRouterRouteTableAssociation(
                    `att1-${table}`,
                    {
                        transitRouterAttachmentId: att1.transitRouterAttachmentId,
                        transitRouterRouteTableId: t.transitRouterRouteTableId,
                    },
                    { provider: a },
                );
            }
        }
        if (flaw === "peer-without-bandwidth") {
            // A Jakarta transit router joined by a connection with neither bandwidth nor package.
            const jakarta = new alicloud.Provider("account-a-jk", {
                region: "ap-southeast-5",
                assumeRole: { roleArn: "acs:ram::1111111111111111:role/net" },
            });
            const trJk = new alicloud.cen.TransitRouter("tr-jk", { cenId: cen.id }, { provider: jakarta });
            new alicloud.cen.TransitRouterPeerAttachment(
                "peer",
                {
                    cenId: cen.id,
                    transitRouterId: tr.transitRouterId,
                    peerTransitRouterId: trJk.transitRouterId,
                    peerTransitRouterRegionId: "ap-southeast-5",
                },
                { provider: a },
            );
        }
        const grant =
            flaw === "missing-grant"
                ? undefined
                : new alicloud.cen.TransitRouterGrantAttachment(
                      "grant2",
                      {
                          cenId: cen.id,
                          cenOwnerId: "1111111111111111",
                          instanceId: vpc2.network.id,
                          instanceType: "VPC",
                          orderType: "PayByCenOwner",
                      },
                      { provider: b },
                  );
        const att2 = attach("att2", vpc2, "2222222222222222", grant);
        if (flaw === "remote-vpc") {
            // VPC2 routes towards its attachment, which the API never creates.
            new alicloud.vpc.RouteEntry(
                "vpc2-route",
                {
                    routeTableId: vpc2.network.routeTableId,
                    destinationCidrblock: "10.0.0.0/8",
                    nexthopType: "Attachment",
                    nexthopId: att2.transitRouterAttachmentId,
                },
                { provider: b },
            );
        }
        if (flaw === "foreign-next-hop") {
            // VPC1 routes VPC2's block to VPC2's attachment instead of its own.
            new alicloud.vpc.RouteEntry(
                "vpc1-route",
                {
                    routeTableId: vpc1.network.routeTableId,
                    destinationCidrblock: "192.168.0.0/16",
                    nexthopType: "Attachment",
                    nexthopId: att2.transitRouterAttachmentId,
                },
                { provider: a },
            );
        }
    };
}

/**
 * Account A shares a vSwitch of its VPC with account B, written with raw
 * resources, in `region`: VPC sharing is available only in the regions the
 * shared VPC guide lists.
 */
export function handWrittenShare(region: string): () => void {
    return () => {
        const a = new alicloud.Provider("owner", {
            region,
            assumeRole: { roleArn: "acs:ram::1111111111111111:role/net" },
        });
        const vpc = new alicloud.vpc.Network("shared-vpc", { cidrBlock: "10.0.0.0/16" }, { provider: a });
        const vswitch = new alicloud.vpc.Switch(
            "shared-vsw",
            { vpcId: vpc.id, cidrBlock: "10.0.0.0/24", zoneId: `${region}a` },
            { provider: a },
        );
        const share = new alicloud.resourcemanager.ResourceShare(
            "share",
            { resourceShareName: "share", allowExternalTargets: true },
            { provider: a },
        );
        new alicloud.resourcemanager.SharedResource(
            "share-vsw",
            { resourceShareId: share.id, resourceId: vswitch.id, resourceType: "VSwitch" },
            { provider: a },
        );
        new alicloud.resourcemanager.SharedTarget(
            "share-b",
            { resourceShareId: share.id, targetId: "2222222222222222" },
            { provider: a },
        );
    };
}
