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
import { singleRegion } from "../lib/sampleNetwork";

const sample = singleRegion(new pulumi.Config(), ["a", "b", "c"]);
const [accountA, accountB, accountC] = sample.providers;
const vpc1 = sample.vpc("vpc1", accountA, 1);
const vpc2 = sample.vpc("vpc2", accountB, 2);
const vpc3 = sample.vpc("vpc3", accountC, 3);

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
