// VPCs as isolation domains, connected by CEN routing (Alibaba Cloud's
// "Use VPCs for network isolation"): VPC1 may talk to VPC2 and to VPC3,
// VPC2 and VPC3 never talk. Each VPC is in its own account (A, B, C) and is
// a domain of its own on the CEN owner's (A) transit router.
// https://www.alibabacloud.com/help/en/ecs/use-cases/use-vpcs-for-network-isolation
//
// Stack config (all optional):
//   region, zoneA, zoneB
//   accountARoleArn, accountBRoleArn, accountCRoleArn
import * as pulumi from "@pulumi/pulumi";
import { CenSecurityDomains } from "alicloud-multi-account-network";
import { accountProvider, sampleVpc } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const region = config.get("region") ?? "ap-southeast-1";
const [zoneA, zoneB] = [config.get("zoneA") ?? `${region}a`, config.get("zoneB") ?? `${region}b`];
const [accountA, accountB, accountC] = ["a", "b", "c"].map((a) =>
    accountProvider(`account-${a}`, region, config.get(`account${a.toUpperCase()}RoleArn`)),
);

const twoZones = (second: number) => [
    { cidr: `10.${second}.0.0/24`, zone: zoneA },
    { cidr: `10.${second}.1.0/24`, zone: zoneB },
];
const vpc1 = sampleVpc(config, "vpc1", accountA, "10.1.0.0/16", twoZones(1), "10.1.0.10");
const vpc2 = sampleVpc(config, "vpc2", accountB, "10.2.0.0/16", twoZones(2), "10.2.0.10");
const vpc3 = sampleVpc(config, "vpc3", accountC, "10.3.0.0/16", twoZones(3), "10.3.0.10");

const network = new CenSecurityDomains("isolation", {
    cenProvider: accountA,
    domains: [
        { name: "vpc1", vpcs: [vpc1] },
        { name: "vpc2", vpcs: [vpc2] },
        { name: "vpc3", vpcs: [vpc3] },
    ],
    allow: [
        ["vpc1", "vpc2"],
        ["vpc1", "vpc3"],
    ],
});

export const routeTableIds = network.routeTableIds;
export const attachmentIds = network.attachmentIds;
