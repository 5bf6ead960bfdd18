// Security domains with an inspection VPC of your own in the path, the
// alternative to Cloud Firewall (Alibaba Cloud's "Use VPCs for network
// isolation", with the transit router's associated forwarding steering the
// inspected traffic to an appliance): shared services (account A, the CEN owner) talk to office (B)
// and production (C) directly; office and production talk only through the
// appliance in the inspection VPC (account A), whose attachment is in
// appliance mode.
// https://www.alibabacloud.com/help/en/ecs/use-cases/use-vpcs-for-network-isolation
// https://www.alibabacloud.com/help/en/cen/user-guide/associated-forwarding
//
// Your part, besides this program: the appliance itself (here a sample ECS
// instance stands in for it) forwarding what it accepts, and the route table
// of its vSwitch sending the inspected blocks back to the attachment.
//
// Stack config (all optional):
//   region, zoneA, zoneB
//   accountARoleArn, accountBRoleArn, accountCRoleArn
import * as pulumi from "@pulumi/pulumi";
import { CenSecurityDomains } from "alicloud-multi-account-network";
import { singleRegion } from "../lib/sampleNetwork";

const sample = singleRegion(new pulumi.Config(), ["a", "b", "c"]);
const [accountA, accountB, accountC] = sample.providers;
const shared = sample.vpc("shared", accountA, 1);
const office = sample.vpc("office", accountB, 2);
const production = sample.vpc("production", accountC, 3);
const inspection = sample.vpc("inspection", accountA, 9);

const network = new CenSecurityDomains("domains", {
    cenProvider: accountA,
    domains: [
        { name: "shared", vpcs: [shared] },
        { name: "office", vpcs: [office] },
        { name: "production", vpcs: [production] },
    ],
    allow: [
        ["office", "shared"],
        ["production", "shared"],
        ["office", "production"],
    ],
    inspectionVpc: {
        inspect: [["office", "production"]],
        vpc: inspection,
        appliance: { nextHopType: "Instance", nextHopId: inspection.ecs.id },
    },
});

export const routeTableIds = network.routeTableIds;
export const attachmentIds = network.attachmentIds;
