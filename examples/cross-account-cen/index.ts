// Alibaba Cloud's "Connect VPCs across accounts" sample
// (https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions):
// account A owns VPC1, VPC2 and CEN1; account B owns VPC3;
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
import * as pulumi from "@pulumi/pulumi";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { accountProvider, sampleVpc } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const region = config.get("region") ?? "ap-southeast-1";
const [zoneA, zoneB] = [config.get("zoneA") ?? `${region}a`, config.get("zoneB") ?? `${region}b`];

const accountA = accountProvider("account-a", region, config.get("accountARoleArn"));
const accountB = accountProvider("account-b", region, config.get("accountBRoleArn"));

const twoZones = (first: string, second: string) => [
    { cidr: first, zone: zoneA },
    { cidr: second, zone: zoneB },
];
const vpc1 = sampleVpc(
    config,
    "vpc1",
    accountA,
    "10.0.0.0/16",
    twoZones("10.0.0.0/24", "10.0.1.0/24"),
    "10.0.0.1",
);
const vpc2 = sampleVpc(
    config,
    "vpc2",
    accountA,
    "172.16.0.0/16",
    twoZones("172.16.0.0/24", "172.16.1.0/24"),
    "172.16.0.1",
);
const vpc3 = sampleVpc(
    config,
    "vpc3",
    accountB,
    "192.168.0.0/16",
    twoZones("192.168.0.0/24", "192.168.1.0/24"),
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
