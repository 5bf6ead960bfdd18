// Hybrid connectivity shared by many accounts: account A owns the CEN and the
// shared-services hub VPC; the data centre comes in over a VBR of account B
// (Express Connect), a branch office over an IPsec-VPN connection of account
// C, and a second site over an Express Connect Router of account D. Spokes
// in accounts B and C reach the hub and every on-premises network, and never
// each other, not even through on-premises routes.
// Cross-account network instance authorization:
// https://www.alibabacloud.com/help/en/cen/user-guide/grant-permissions-on-a-network-instance-that-belongs-to-another-account
//
// Stack config (all optional):
//   region, zoneA, zoneB
//   accountARoleArn .. accountDRoleArn   roles to assume in each account
//   vbrId              the data centre's VBR (account B); cross-account VBRs need the account manager's approval
//   branchGatewayIp    the branch office's public VPN gateway address
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { IsolatedSpokesWithSharedHub } from "alicloud-multi-account-network";
import { singleRegion } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const sample = singleRegion(config, ["a", "b", "c", "d"]);
const [accountA, accountB, accountC, accountD] = sample.providers;
const hub = sample.vpc("shared", accountA, 0);
const spokeB = sample.vpc("team-b", accountB, 1);
const spokeC = sample.vpc("team-c", accountC, 2);

// The branch office's IPsec-VPN connection, in account C, bound to no VPN
// gateway: the transit router terminates it.
const branchGateway = new alicloud.vpn.CustomerGateway(
    "branch",
    { customerGatewayName: "branch", ipAddress: config.get("branchGatewayIp") ?? "203.0.113.10" },
    { provider: accountC },
);
const branchVpn = new alicloud.vpn.GatewayVpnAttachment(
    "branch",
    {
        vpnAttachmentName: "branch",
        customerGatewayId: branchGateway.id,
        networkType: "public",
        localSubnet: "10.0.0.0/8",
        remoteSubnet: "172.20.0.0/16",
        effectImmediately: true,
    },
    { provider: accountC },
);
// The second site's Express Connect Router, in account D.
const siteRouter = new alicloud.expressconnect.RouterExpressConnectRouter(
    "site2",
    { ecrName: "site2", alibabaSideAsn: 45104 },
    { provider: accountD },
);

const network = new IsolatedSpokesWithSharedHub("hybrid", {
    cenProvider: accountA,
    hub,
    spokes: [spokeB, spokeC],
    vbrs: [
        {
            name: "dc",
            provider: accountB,
            vbrId: config.get("vbrId") ?? "vbr-t4n0dc1example",
            onPremisesCidrBlocks: ["192.168.0.0/16"],
        },
    ],
    vpnConnections: [
        {
            name: "branch",
            provider: accountC,
            vpnConnectionId: branchVpn.id,
            onPremisesCidrBlocks: ["172.20.0.0/16"],
            payer: "resource-owner",
        },
    ],
    ecrs: [
        { name: "site2", provider: accountD, ecrId: siteRouter.id, onPremisesCidrBlocks: ["172.24.0.0/16"] },
    ],
});

export const onPremisesAttachmentIds = network.onPremisesAttachmentIds;
export const onPremisesRouteTableId = network.onPremisesRouteTableId;
export const grantIds = network.grantIds;
