// Branch offices on a Cloud Connect Network (CCN) reach the VPCs of two
// other accounts through a CEN's Basic Edition transit router: a CCN joins a
// CEN only that way (Alibaba Cloud's cross-account authorization guide,
// "CCN authorization"). Account A owns the CEN and VPC1, account B owns
// VPC2, account C owns the CCN; all in Singapore, a region of a CCN area.
// The VPC firewall of the Basic Edition transit router ("Use VPCs for
// network isolation") protects VPC2: its access control policy keeps the
// branches out of VPC2, while VPC1 reaches it.
//
// Stack config (all optional; without it the program still runs, with
// providers that differ by name only, which is how tests and the offline plan
// run it):
//   region                                          ap-southeast-1 (Singapore)
//   zoneA, zoneB                                    ap-southeast-1a, ap-southeast-1b
//   accountARoleArn, accountBRoleArn, accountCRoleArn  roles to assume in each account
//   ccnId                                           the branches' CCN instance (ccn-...)
//   imageId, instanceType                           for the two ECS instances
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenBasicEdition } from "alicloud-multi-account-network";
import { singleRegion } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const sample = singleRegion(config, ["a", "b", "c"]);
const { region } = sample;
const [accountA, accountB, accountC] = sample.providers;
const [vpc1, vpc2] = [sample.vpc("vpc1", accountA, 1), sample.vpc("vpc2", accountB, 2)];

const branches = new CrossAccountCenBasicEdition("branches", {
    cenProvider: accountA,
    region,
    vpcs: [vpc1, vpc2],
    ccns: [
        {
            name: "offices",
            provider: accountC,
            ccnId: config.get("ccnId") ?? "ccn-offices",
            onPremisesCidrBlocks: ["192.168.0.0/16"],
        },
    ],
    vpcFirewall: { vpcs: ["vpc2"] },
});

// The firewall's access control policies belong to the CEN's group: the branches stay out of VPC2.
new alicloud.cloudfirewall.FirewallVpcFirewallControlPolicy(
    "no-branches-in-vpc2",
    {
        vpcFirewallId: branches.cenId,
        order: 1,
        aclAction: "drop",
        proto: "ANY",
        source: "192.168.0.0/16",
        sourceType: "net",
        destination: "10.2.0.0/16",
        destinationType: "net",
        applicationName: "ANY",
        description: "The branches do not reach VPC2.",
    },
    { provider: accountA, dependsOn: [branches] },
);

export const cenId = branches.cenId;
export const grantIds = branches.grantIds;
export const vpcFirewallIds = branches.vpcFirewallIds;
