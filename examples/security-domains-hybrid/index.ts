// Security domains that reach beyond the cloud: the data centre (over a VBR
// of Express Connect) and a branch office (over an IPsec-VPN connection),
// both owned by the network account D, form the "onprem" domain. It reaches
// shared services (account A, the CEN owner) and the office (B), and never
// production (C): production's table has no route on-premises and the
// on-premises table none to production, so not a single packet crosses.
// Use VPCs for network isolation:
// https://www.alibabacloud.com/help/en/ecs/use-cases/use-vpcs-for-network-isolation
// Cross-account network instance authorization:
// https://www.alibabacloud.com/help/en/cen/user-guide/grant-permissions-on-a-network-instance-that-belongs-to-another-account
//
// Stack config (all optional):
//   region, zoneA, zoneB
//   accountARoleArn .. accountDRoleArn   roles to assume in each account
//   vbrId              the data centre's VBR (account D); cross-account VBRs need the account manager's approval
//   branchGatewayIp    the branch office's public VPN gateway address
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CenSecurityDomains } from "alicloud-multi-account-network";
import { singleRegion } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const sample = singleRegion(config, ["a", "b", "c", "d"]);
const [accountA, accountB, accountC, accountD] = sample.providers;

// The branch office's IPsec-VPN connection, in account D, bound to no VPN
// gateway: the transit router terminates it.
const branchGateway = new alicloud.vpn.CustomerGateway(
    "branch",
    { customerGatewayName: "branch", ipAddress: config.get("branchGatewayIp") ?? "203.0.113.10" },
    { provider: accountD },
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
    { provider: accountD },
);

const network = new CenSecurityDomains("hybrid-domains", {
    cenProvider: accountA,
    // Exactly the blocks each VPC may reach: on-premises blocks included.
    vpcRoutes: "peer-cidrs",
    domains: [
        { name: "shared", vpcs: [sample.vpc("shared", accountA, 0)] },
        { name: "office", vpcs: [sample.vpc("office", accountB, 1)] },
        { name: "production", vpcs: [sample.vpc("production", accountC, 2)] },
        {
            name: "onprem",
            vbrs: [
                {
                    name: "dc",
                    provider: accountD,
                    vbrId: config.get("vbrId") ?? "vbr-t4n0dc1example",
                    onPremisesCidrBlocks: ["192.168.0.0/16"],
                },
            ],
            vpnConnections: [
                {
                    name: "branch",
                    provider: accountD,
                    vpnConnectionId: branchVpn.id,
                    onPremisesCidrBlocks: ["172.20.0.0/16"],
                },
            ],
        },
    ],
    allow: [
        ["shared", "office"],
        ["shared", "production"],
        ["shared", "onprem"],
        ["office", "onprem"],
    ],
});

export const routeTableIds = network.routeTableIds;
export const onPremisesAttachmentIds = network.onPremisesAttachmentIds;
