// Alibaba Cloud's isolation guide, "Use VPCs for network isolation"
// (https://www.alibabacloud.com/help/en/ecs/use-cases/use-vpcs-for-network-isolation):
// CEN routing policies let VPC1 reach VPC2 and VPC3 while VPC2 and VPC3 never
// reach each other, in one transit router table. VPC1 (account A, which owns
// the CEN), VPC2 (account B) and VPC3 (account C) in Singapore;
// CrossAccountCenPeering with `deny` turns route synchronisation on and adds
// one RegionOut route map per denied VPC.
//
// Stack config (all optional; without it the program still runs, with
// providers that differ by name only, which is how tests and the offline plan
// run it):
//   region                                          ap-southeast-1 (Singapore)
//   zoneA, zoneB                                    ap-southeast-1a, ap-southeast-1b
//   accountARoleArn, accountBRoleArn, accountCRoleArn  roles to assume in each account
//   imageId, instanceType                           for the three ECS instances
//
import * as pulumi from "@pulumi/pulumi";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { singleRegion } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const sample = singleRegion(config, ["a", "b", "c"]);
const [accountA, accountB, accountC] = sample.providers;
const [vpc1, vpc2, vpc3] = [
    sample.vpc("vpc1", accountA, 1),
    sample.vpc("vpc2", accountB, 2),
    sample.vpc("vpc3", accountC, 3),
];

const isolation = new CrossAccountCenPeering("isolation", {
    cenProvider: accountA,
    vpcs: [vpc1, vpc2, vpc3],
    deny: [["vpc2", "vpc3"]],
});

export const cenId = isolation.cenId;
export const deny = isolation.deny;
export const pingFromVpc2 = pulumi.interpolate`ping ${vpc1.ecs.privateIp} (answers); ping ${vpc3.ecs.privateIp} (no route)`;
