// The FAQ of Alibaba Cloud's "Connect VPCs across accounts" guide
// (https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions), "How can I isolate VPCs while allowing shared access?":
// VPC1 and VPC2 (account A, which also owns the CEN) are spokes isolated from
// each other; VPC3 (account B) is the hub with the shared service. Extended
// with VPC4, a spoke in a third account (C). Every spoke pings the hub; no
// spoke reaches another.
//
// Stack config (all optional, as in examples/cross-account-cen):
//   region, zoneA, zoneB
//   accountARoleArn, accountBRoleArn, accountCRoleArn
//   blackHoleSpokeCidrs  true to add BlackHole routes for the spokes (default false)
import * as pulumi from "@pulumi/pulumi";
import { IsolatedSpokesWithSharedHub } from "alicloud-multi-account-network";
import { accountProvider, sampleVpc } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const region = config.get("region") ?? "ap-southeast-1";
const [zoneA, zoneB] = [config.get("zoneA") ?? `${region}a`, config.get("zoneB") ?? `${region}b`];

const accountA = accountProvider("account-a", region, config.get("accountARoleArn"));
const accountB = accountProvider("account-b", region, config.get("accountBRoleArn"));
const accountC = accountProvider("account-c", region, config.get("accountCRoleArn"));

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
const vpc4 = sampleVpc(
    config,
    "vpc4",
    accountC,
    "10.1.0.0/16",
    twoZones("10.1.0.0/24", "10.1.1.0/24"),
    "10.1.0.1",
);

const isolation = new IsolatedSpokesWithSharedHub("shared", {
    cenProvider: accountA,
    hub: vpc3,
    spokes: [vpc1, vpc2, { ...vpc4, payer: "resource-owner" }],
    blackHoleSpokeCidrs: config.getBoolean("blackHoleSpokeCidrs") ?? false,
});

export const spokeRouteTableId = isolation.spokeRouteTableId;
export const hubRouteTableId = isolation.hubRouteTableId;
export const attachmentIds = isolation.attachmentIds;
export const grantIds = isolation.grantIds;
