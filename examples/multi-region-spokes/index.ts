// Isolated spokes across regions: a shared-services hub VPC in Singapore
// (account A, which owns the CEN) and spoke VPCs of accounts B and C in
// Singapore and Jakarta. Every spoke reaches the hub, across the
// inter-region connection too, and no spoke reaches another: the FAQ "How
// can I isolate VPCs while allowing shared access?" of Alibaba Cloud's
// "Connect VPCs across accounts" guide, in two regions
// (https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions).
//
// Stack config (all optional; without it the program runs with providers
// that differ by name only, which is how tests and the offline plan run it):
//   accountARoleArn, accountBRoleArn, accountCRoleArn  RAM roles to assume per account
//   bandwidth        Mbps of the inter-region connection (default 10), billed by data transfer
//   imageId, instanceType   for the ECS instances
//
import * as pulumi from "@pulumi/pulumi";
import { IsolatedSpokesWithSharedHub } from "alicloud-multi-account-network";
import { accountRegionProviders, regionalSampleVpc } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const SINGAPORE = "ap-southeast-1";
const JAKARTA = "ap-southeast-5";

/** One provider per account and region. */
const provider = accountRegionProviders(config, { [SINGAPORE]: "sg", [JAKARTA]: "jk" });

const vpc = (name: string, account: "a" | "b" | "c", region: string, second: number) =>
    regionalSampleVpc(config, name, provider(account, region), region, second);

const spokes = new IsolatedSpokesWithSharedHub("spokes", {
    cenProvider: provider("a", SINGAPORE),
    regions: [
        { region: SINGAPORE, provider: provider("a", SINGAPORE) },
        { region: JAKARTA, provider: provider("a", JAKARTA) },
    ],
    interRegion: { bandwidth: config.getNumber("bandwidth") ?? 10 },
    hub: vpc("hub", "a", SINGAPORE, 0),
    spokes: [vpc("sg-b", "b", SINGAPORE, 1), vpc("jk-b", "b", JAKARTA, 2), vpc("jk-c", "c", JAKARTA, 3)],
});

export const cenId = spokes.cenId;
export const transitRouterIds = spokes.transitRouterIds;
export const peerAttachmentIds = spokes.peerAttachmentIds;
export const isolation = spokes.isolation;
