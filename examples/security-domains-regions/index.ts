// Office, testing and production networks kept apart, as Alibaba Cloud's
// "Use VPCs for network isolation" advises, with a shared-services domain
// (DNS, CI, bastions) every other domain reaches. Two regions, Singapore and
// Jakarta, joined by one inter-region connection; four accounts. Production
// and testing never talk; office reaches shared services only; the two
// testing VPCs (one per region) are isolated from each other too.
// https://www.alibabacloud.com/help/en/ecs/use-cases/use-vpcs-for-network-isolation
//
// Stack config (all optional):
//   accountARoleArn .. accountDRoleArn   roles to assume in each account
//   bandwidth                            Mbps of the inter-region connection (default 10)
import * as pulumi from "@pulumi/pulumi";
import { CenSecurityDomains } from "alicloud-multi-account-network";
import { accountRegionProviders, regionalSampleVpc } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const SINGAPORE = "ap-southeast-1";
const JAKARTA = "ap-southeast-5";
type Account = "a" | "b" | "c" | "d";

/** One provider per account and region. */
const provider = accountRegionProviders(config, { [SINGAPORE]: "sg", [JAKARTA]: "jk" });
const vpc = (name: string, account: Account, region: string, second: number) =>
    regionalSampleVpc(config, name, provider(account, region), region, second);

const network = new CenSecurityDomains("domains", {
    cenProvider: provider("a", SINGAPORE),
    regions: [
        { region: SINGAPORE, provider: provider("a", SINGAPORE) },
        { region: JAKARTA, provider: provider("a", JAKARTA) },
    ],
    interRegion: { bandwidth: config.getNumber("bandwidth") ?? 10 },
    domains: [
        { name: "shared", vpcs: [vpc("shared-sg", "a", SINGAPORE, 0)] },
        { name: "office", vpcs: [vpc("office-sg", "b", SINGAPORE, 1)] },
        {
            name: "testing",
            vpcs: [vpc("test-sg", "c", SINGAPORE, 2), vpc("test-jk", "c", JAKARTA, 3)],
            isolateMembers: true,
        },
        { name: "production", vpcs: [vpc("prod-sg", "d", SINGAPORE, 4), vpc("prod-jk", "d", JAKARTA, 5)] },
    ],
    allow: [
        ["office", "shared"],
        ["testing", "shared"],
        ["production", "shared"],
    ],
});

export const routeTableIdsByRegion = network.routeTableIdsByRegion;
export const peerAttachmentIds = network.peerAttachmentIds;
