// VPCs of different accounts in different regions on one CEN, as the FAQ of
// Alibaba Cloud's "Connect VPCs across accounts" guide describes it
// (https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions):
// a transit router in each region, an inter-region connection between them,
// each VPC attached to its own region's transit router.
// Account A owns the CEN and VPC sg-a in Singapore; account B owns jk-b in
// Jakarta; account C owns sg-c in Singapore and jk-c in Jakarta. Every VPC
// reaches every other one.
//
// Stack config (all optional; without it the program runs with providers
// that differ by name only, which is how tests and the offline plan run it):
//   accountARoleArn, accountBRoleArn, accountCRoleArn  RAM roles to assume per account
//   bandwidth        Mbps of the inter-region connection (default 10), billed by data transfer
//   imageId, instanceType   for the ECS instances
//
import * as pulumi from "@pulumi/pulumi";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { accountProvider, regionalSampleVpc } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const SINGAPORE = "ap-southeast-1";
const JAKARTA = "ap-southeast-5";

/** One provider per account and region. */
const provider = (account: "a" | "b" | "c", region: string) =>
    accountProvider(
        `account-${account}-${region === SINGAPORE ? "sg" : "jk"}`,
        region,
        config.get(`account${account.toUpperCase()}RoleArn`),
    );
const aSingapore = provider("a", SINGAPORE);
const aJakarta = provider("a", JAKARTA);

const vpc = (name: string, account: "a" | "b" | "c", region: string, second: number) =>
    regionalSampleVpc(
        config,
        name,
        account === "a" && region === SINGAPORE ? aSingapore : provider(account, region),
        region,
        second,
    );

const network = new CrossAccountCenPeering("net", {
    cenProvider: aSingapore,
    regions: [
        { region: SINGAPORE, provider: aSingapore },
        { region: JAKARTA, provider: aJakarta },
    ],
    interRegion: { bandwidth: config.getNumber("bandwidth") ?? 10 },
    vpcs: [
        vpc("sg-a", "a", SINGAPORE, 0),
        vpc("jk-b", "b", JAKARTA, 1),
        vpc("sg-c", "c", SINGAPORE, 2),
        vpc("jk-c", "c", JAKARTA, 3),
    ],
});

export const cenId = network.cenId;
export const transitRouterIds = network.transitRouterIds;
export const peerAttachmentIds = network.peerAttachmentIds;
export const attachmentIds = network.attachmentIds;
