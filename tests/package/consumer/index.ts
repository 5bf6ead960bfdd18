// Hub-and-spoke across three accounts, a peering of two more VPCs, a
// shared vSwitch, two security domains, a service offered to one of them
// through PrivateLink, a VPC of another account joining the data centre's
// Express Connect Router, and shops on a Cloud Connect Network joining a
// Basic Edition CEN: every component, as a platform team writes them.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import {
    CenSecurityDomains,
    CenVpcArgs,
    CrossAccountCenBasicEdition,
    CrossAccountCenPeering,
    CrossAccountExpressConnectRouter,
    CrossAccountPrivateLink,
    IsolatedSpokesWithSharedHub,
    SharedVSwitchShare,
} from "alicloud-multi-account-network";

const config = new pulumi.Config();
const region = config.require("region");
const zones = [`${region}a`, config.require("zoneB")];

const account = (name: string) => new alicloud.Provider(name, { region });
const network = account("network");
const shared = account("shared-services");
const teamA = account("team-a");
const teamB = account("team-b");

/** A VPC with a vSwitch in each zone and an ECS instance that answers ping. */
function vpc(name: string, provider: alicloud.Provider, cidr: string): CenVpcArgs {
    const opts = { provider };
    const network = new alicloud.vpc.Network(name, { vpcName: name, cidrBlock: cidr }, opts);
    const switches = zones.map(
        (zoneId, i) =>
            new alicloud.vpc.Switch(
                `${name}-vsw${i}`,
                { vpcId: network.id, zoneId, cidrBlock: cidr.replace(/\.0\.0\/16$/, `.${i}.0/24`) },
                opts,
            ),
    );
    const sg = new alicloud.ecs.SecurityGroup(`${name}-sg`, { vpcId: network.id }, opts);
    new alicloud.ecs.SecurityGroupRule(
        `${name}-icmp`,
        {
            securityGroupId: sg.id,
            type: "ingress",
            ipProtocol: "icmp",
            cidrIp: "0.0.0.0/0",
            portRange: "-1/-1",
        },
        opts,
    );
    new alicloud.ecs.Instance(
        `${name}-ecs`,
        {
            vswitchId: switches[0].id,
            securityGroups: [sg.id],
            imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
            instanceType: "ecs.t6-c1m1.large",
            privateIp: cidr.replace(/\.0\.0\/16$/, ".0.10"),
        },
        opts,
    );
    return {
        name,
        provider,
        vpcId: network.id,
        cidrBlocks: [cidr],
        routeTableIds: [network.routeTableId],
        zoneMappings: switches.map((s, i) => ({ zoneId: zones[i], vswitchId: s.id })),
    };
}

const hubAndSpokes = new IsolatedSpokesWithSharedHub("landing-zone", {
    cenProvider: network,
    hub: vpc("shared-services", shared, "10.0.0.0/16"),
    spokes: [
        vpc("team-a", teamA, "10.1.0.0/16"),
        { ...vpc("team-b", teamB, "10.2.0.0/16"), payer: "resource-owner" },
    ],
});

const peering = new CrossAccountCenPeering("data", {
    cenProvider: network,
    vpcs: [vpc("analytics", teamA, "172.16.0.0/16"), vpc("warehouse", teamB, "172.17.0.0/16")],
});

const sharedVpc = new alicloud.vpc.Network(
    "platform",
    { vpcName: "platform", cidrBlock: "192.168.0.0/16" },
    { provider: shared },
);
const sharedVsw = new alicloud.vpc.Switch(
    "platform-apps",
    { vpcId: sharedVpc.id, zoneId: zones[0], cidrBlock: "192.168.1.0/24" },
    { provider: shared },
);
const share = new SharedVSwitchShare("platform-share", {
    ownerProvider: shared,
    region,
    vpcId: sharedVpc.id,
    vswitches: [{ name: "apps", vswitchId: sharedVsw.id }],
    mode: "any-account",
    tenants: [{ name: "team-a", provider: teamA }],
});

// A lab kept apart from operations and their data centre: two security domains that never talk.
const lab = vpc("lab", teamA, "172.20.0.0/16");
new CenSecurityDomains("planes", {
    cenProvider: network,
    domains: [
        { name: "lab", vpcs: [lab] },
        {
            name: "ops",
            vpcs: [vpc("ops", teamB, "172.21.0.0/16")],
            vbrs: [
                {
                    name: "ops-dc",
                    provider: teamB,
                    vbrId: "vbr-ops-dc",
                    onPremisesCidrBlocks: ["172.30.0.0/16"],
                },
            ],
        },
    ],
});

// Yet the lab reaches one service of the shared-services account, on TCP 443 only.
const registry = new CrossAccountPrivateLink("registry", {
    serviceProvider: shared,
    service: { resourceType: "slb", backends: [{ id: "lb-registry", zoneIds: zones }], ports: [443] },
    consumers: [
        {
            name: "team-a",
            provider: teamA,
            vpcs: [
                {
                    name: "lab",
                    vpcId: lab.vpcId,
                    vswitches: lab.zoneMappings.map((m, i) => ({ zoneId: zones[i], vswitchId: m.vswitchId })),
                    clientCidrBlocks: ["172.20.0.0/16"],
                },
            ],
        },
    ],
});

const edge = new alicloud.vpc.Network(
    "edge",
    { vpcName: "edge", cidrBlock: "172.18.0.0/16" },
    { provider: teamB },
);
const dcRouter = new CrossAccountExpressConnectRouter("dc-router", {
    ecrProvider: network,
    vpcs: [
        {
            name: "edge",
            provider: teamB,
            vpcId: edge.id,
            cidrBlocks: ["172.18.0.0/16"],
            allowedPrefixes: ["172.18.0.0/16"],
        },
    ],
});

// The shops join through a Cloud Connect Network on a CEN's Basic Edition transit router.
const kiosk = new alicloud.vpc.Network(
    "kiosk",
    { vpcName: "kiosk", cidrBlock: "172.22.0.0/16" },
    { provider: teamB },
);
new alicloud.vpc.Switch(
    "kiosk-vsw",
    { vpcId: kiosk.id, cidrBlock: "172.22.0.0/24", zoneId: zones[0] },
    { provider: teamB },
);
const stores = new CrossAccountCenBasicEdition("stores", {
    cenProvider: network,
    region,
    vpcs: [{ name: "kiosk", provider: teamB, vpcId: kiosk.id }],
    ccns: [
        { name: "shops", provider: teamB, ccnId: "ccn-shops", onPremisesCidrBlocks: ["192.168.100.0/24"] },
    ],
});

export const storesCenId: pulumi.Output<string> = stores.cenId;
export const spokeRouteTableId: pulumi.Output<string> = hubAndSpokes.spokeRouteTableId;
export const dataTransitRouterId: pulumi.Output<string> = peering.transitRouterId;
export const resourceShareId: pulumi.Output<string> = share.resourceShareId;
export const ecrAssociationIds: pulumi.Output<Record<string, string>> = dcRouter.associationIds;
export const registryEndpoints: pulumi.Output<Record<string, string>> = registry.endpointDomains;
