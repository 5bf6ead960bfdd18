// Seed 000's sample: account A owns VPC1, VPC2 and CEN1; account B owns VPC3;
// all in Singapore. CrossAccountCenPeering grants VPC3 to CEN1 in account B,
// attaches all three VPCs and routes between them, so ECS3 can ping ECS1.
//
// Stack config (all optional; without it the program still runs, with
// providers that differ by name only, which is how tests and the offline plan
// run it):
//   region           ap-southeast-1 (Singapore)
//   zoneA, zoneB     ap-southeast-1a, ap-southeast-1b
//   accountARoleArn  acs:ram::<account A id>:role/<role>  (assumed for account A)
//   accountBRoleArn  acs:ram::<account B id>:role/<role>  (assumed for account B)
//   cenId, transitRouterId  an existing CEN1 and its transit router to attach to
//   imageId, instanceType   for the three ECS instances
//
// In your own project, import from "alicloud-multi-account-network".
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenPeering } from "../../sdk/src";

const config = new pulumi.Config();
const region = config.get("region") ?? "ap-southeast-1";
const zones = [config.get("zoneA") ?? `${region}a`, config.get("zoneB") ?? `${region}b`];

function accountProvider(name: string, roleArn: string | undefined): alicloud.Provider {
    return new alicloud.Provider(name, {
        region,
        assumeRole: roleArn ? { roleArn, sessionName: "alicloud-multi-account-network" } : undefined,
    });
}

const accountA = accountProvider("account-a", config.get("accountARoleArn"));
const accountB = accountProvider("account-b", config.get("accountBRoleArn"));

/** The seed's table: one VPC with a vSwitch in each zone and an ECS instance that answers ping. */
function sampleVpc(
    name: string,
    provider: alicloud.Provider,
    cidr: string,
    vswitchCidrs: string[],
    ecsIp: string,
) {
    const opts = { provider };
    const vpc = new alicloud.vpc.Network(name, { vpcName: name, cidrBlock: cidr }, opts);
    const vswitches = vswitchCidrs.map(
        (cidrBlock, i) =>
            new alicloud.vpc.Switch(
                `${name}-vsw${i + 1}`,
                { vpcId: vpc.id, cidrBlock, zoneId: zones[i], vswitchName: `${name}-vsw${i + 1}` },
                opts,
            ),
    );
    const securityGroup = new alicloud.ecs.SecurityGroup(
        `${name}-sg`,
        { vpcId: vpc.id, securityGroupName: `${name}-sg` },
        opts,
    );
    // Seed 000's prerequisite: the security group must allow ICMP for the ping test.
    new alicloud.ecs.SecurityGroupRule(
        `${name}-sg-icmp`,
        {
            securityGroupId: securityGroup.id,
            type: "ingress",
            ipProtocol: "icmp",
            portRange: "-1/-1",
            cidrIp: "0.0.0.0/0",
            policy: "accept",
        },
        opts,
    );
    const ecs = new alicloud.ecs.Instance(
        `${name}-ecs`,
        {
            instanceName: `${name}-ecs`,
            vswitchId: vswitches[0].id,
            privateIp: ecsIp,
            securityGroups: [securityGroup.id],
            imageId: config.get("imageId") ?? "aliyun_3_x64_20G_alibase_20240819.vhd",
            instanceType: config.get("instanceType") ?? "ecs.t6-c1m1.large",
        },
        opts,
    );
    return {
        name,
        provider,
        vpcId: vpc.id,
        cidrBlocks: [cidr],
        zoneMappings: vswitches.map((v, i) => ({ zoneId: zones[i], vswitchId: v.id })),
        routeTableIds: [vpc.routeTableId],
        ecs,
    };
}

const vpc1 = sampleVpc("vpc1", accountA, "10.0.0.0/16", ["10.0.0.0/24", "10.0.1.0/24"], "10.0.0.1");
const vpc2 = sampleVpc("vpc2", accountA, "172.16.0.0/16", ["172.16.0.0/24", "172.16.1.0/24"], "172.16.0.1");
const vpc3 = sampleVpc(
    "vpc3",
    accountB,
    "192.168.0.0/16",
    ["192.168.0.0/24", "192.168.1.0/24"],
    "192.168.0.1",
);

const cen1 = new CrossAccountCenPeering("cen1", {
    cenProvider: accountA,
    cenId: config.get("cenId"),
    transitRouterId: config.get("transitRouterId"),
    vpcs: [vpc1, vpc2, { ...vpc3, payer: "cen-owner" }],
});

export const cenId = cen1.cenId;
export const transitRouterId = cen1.transitRouterId;
export const attachmentIds = cen1.attachmentIds;
export const grantIds = cen1.grantIds;
export const pingFromEcs3 = pulumi.interpolate`ping ${vpc1.ecs.privateIp}`;
