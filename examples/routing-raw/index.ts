// A transit router network written by hand with raw @pulumi/alicloud
// resources, the way Alibaba Cloud's landing zone builds one, using the
// routing features the offline plan follows:
//   - route synchronisation: each VPC learns its routes from the transit
//     router (autoPublishRouteEnabled) instead of route entries;
//   - an aggregate route (cen.TransitRouteTableAggregation, scope VPC): each
//     VPC learns 10.0.0.0/8 in place of the specific routes; the transit
//     router still forwards by the specific ones;
//   - a prefix list associated with the table (a VPC prefix list and
//     cen.TransitRouterPrefixListAssociation): BlackHole routes for the data
//     VPC's quarantine vSwitch, more specific than its propagated route;
//   - a route map (cen.RouteMap, RegionIn): the ops VPC's lab vSwitch never
//     enters the table.
// `npx alicloud-network-plan examples/routing-raw/index.ts` shows the route
// tables (PrefixList, Dynamic and denied routes) and who reaches whom.
//
// Stack config (optional): region (ap-southeast-1), roleArn (a role to assume).
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

const config = new pulumi.Config();
const region = config.get("region") ?? "ap-southeast-1";
const roleArn = config.get("roleArn");
const provider = new alicloud.Provider("network", {
    region,
    assumeRole: roleArn ? { roleArn, sessionName: "routing-raw" } : undefined,
});
const opts = { provider };

const cen = new alicloud.cen.Instance("cen", { cenInstanceName: "routing-raw" }, opts);
const tr = new alicloud.cen.TransitRouter("tr", { cenId: cen.id }, opts);
const core = new alicloud.cen.TransitRouterRouteTable("core", { transitRouterId: tr.transitRouterId }, opts);

/** A VPC with a vSwitch per block (zones a and b, then a again), attached, associated with and propagating into core. */
function attachedVpc(name: string, cidr: string, blocks: string[]) {
    const vpc = new alicloud.vpc.Network(name, { vpcName: name, cidrBlock: cidr }, opts);
    const switches = blocks.map(
        (block, i) =>
            new alicloud.vpc.Switch(
                `${name}-vsw${i}`,
                { vpcId: vpc.id, cidrBlock: block, zoneId: `${region}${"ab"[i % 2]}` },
                opts,
            ),
    );
    const attachment = new alicloud.cen.TransitRouterVpcAttachment(
        `${name}-attachment`,
        {
            cenId: cen.id,
            transitRouterId: tr.transitRouterId,
            vpcId: vpc.id,
            autoPublishRouteEnabled: true,
            zoneMappings: switches
                .slice(0, 2)
                .map((s, i) => ({ zoneId: `${region}${"ab"[i]}`, vswitchId: s.id })),
        },
        opts,
    );
    const ids = {
        transitRouterAttachmentId: attachment.transitRouterAttachmentId,
        transitRouterRouteTableId: core.transitRouterRouteTableId,
    };
    new alicloud.cen.TransitRouterRouteTableAssociation(`${name}-association`, ids, opts);
    new alicloud.cen.TransitRouterRouteTablePropagation(`${name}-propagation`, ids, opts);
    return vpc;
}

attachedVpc("apps", "10.10.0.0/16", ["10.10.0.0/24", "10.10.1.0/24"]);
attachedVpc("data", "10.20.0.0/16", ["10.20.0.0/24", "10.20.1.0/24", "10.20.9.0/24"]);
const ops = attachedVpc("ops", "10.30.0.0/16", ["10.30.0.0/24", "10.30.1.0/24", "10.30.9.0/24"]);

// Every VPC learns one route for the whole estate.
new alicloud.cen.TransitRouteTableAggregation(
    "estate",
    {
        transitRouteTableId: core.transitRouterRouteTableId,
        transitRouteTableAggregationCidr: "10.0.0.0/8",
        transitRouteTableAggregationScope: "VPC",
    },
    opts,
);

// The data VPC's quarantine vSwitch: BlackHole routes more specific than its propagated /24.
const quarantine = new alicloud.vpc.PrefixList(
    "quarantine",
    { entrys: [{ cidr: "10.20.9.0/25" }, { cidr: "10.20.9.128/25" }] },
    opts,
);
new alicloud.cen.TransitRouterPrefixListAssociation(
    "quarantine",
    {
        prefixListId: quarantine.id,
        transitRouterId: tr.transitRouterId,
        transitRouterTableId: core.transitRouterRouteTableId,
        nextHop: "BlackHole",
        nextHopType: "BlackHole",
    },
    opts,
);

// The ops VPC's lab vSwitch never enters the table.
new alicloud.cen.RouteMap(
    "no-ops-lab",
    {
        cenId: cen.id,
        cenRegionId: region,
        transitRouterRouteTableId: core.transitRouterRouteTableId,
        transmitDirection: "RegionIn",
        priority: 10,
        mapResult: "Deny",
        sourceInstanceIds: [ops.id],
        destinationCidrBlocks: ["10.30.9.0/24"],
        cidrMatchMode: "Complete",
    },
    opts,
);

export const cenId = cen.id;
export const coreTableId = core.transitRouterRouteTableId;
