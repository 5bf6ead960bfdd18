// Security domains with Cloud Firewall in the path (Alibaba Cloud's "Use VPCs
// for network isolation": CEN routing decides which domains talk, a VPC
// firewall inspects the traffic CEN forwards between them). Shared services
// (account A, the CEN owner) talk to office (B) and production (C) directly;
// office and production talk only through Cloud Firewall, which lets office
// ping production and drops everything production starts towards office.
// https://www.alibabacloud.com/help/en/ecs/use-cases/use-vpcs-for-network-isolation
// https://www.alibabacloud.com/help/en/cloud-firewall/cloudfirewall/user-guide/configure-a-vpc-firewall-for-an-enterprise-edition-transit-router
//
// Prerequisite: Cloud Firewall bought in account A. The firewall takes about
// 40 minutes to create.
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
    firewall: {
        inspect: [["office", "production"]],
        network: {
            vpcCidr: "10.255.0.0/24",
            subnetCidr: "10.255.0.0/25",
            attachmentCidrs: ["10.255.0.128/26", "10.255.0.192/26"],
        },
        memberAccounts: [
            { name: "office", provider: accountB },
            { name: "production", provider: accountC },
        ],
        controlPolicies: [
            {
                name: "office-ping-production",
                description: "Office may ping production.",
                source: "10.2.0.0/16",
                sourceType: "net",
                destination: "10.3.0.0/16",
                destinationType: "net",
                proto: "ICMP",
                applicationNameLists: ["ANY"],
                aclAction: "accept",
            },
            {
                name: "office-https-production",
                description: "Office may call production's HTTPS services.",
                source: "10.2.0.0/16",
                sourceType: "net",
                destination: "10.3.0.0/16",
                destinationType: "net",
                proto: "TCP",
                destPort: "443",
                destPortType: "port",
                applicationNameLists: ["ANY"],
                aclAction: "accept",
            },
            {
                name: "production-to-office",
                description: "Production starts nothing towards office.",
                source: "10.3.0.0/16",
                sourceType: "net",
                destination: "10.2.0.0/16",
                destinationType: "net",
                proto: "ANY",
                applicationNameLists: ["ANY"],
                aclAction: "drop",
            },
        ],
    },
});

export const firewallId = network.firewallId;
export const firewallRoutePolicyIds = network.firewallRoutePolicyIds;
export const routeTableIds = network.routeTableIds;
