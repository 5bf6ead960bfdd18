// Cloud Firewall on a component's transit router: the firewall in the CEN
// owner's account, its member accounts, the user's access control policies,
// and a traffic-redirection policy per inspected pair of domains.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import type { HubFirewallArgs } from "../args/cloudFirewallArgs";
import { Redirection } from "../core/inspection";
import { childName } from "../core/naming";
import { ChildContext, childOptions, withGate } from "./childOptions";
import { CLOUD_FIREWALL_TIMEOUTS } from "./timeouts";
import { RoutePolicyCandidate, TrFirewallRoutePolicy } from "./trFirewall/routePolicyResource";
import { TransitRouterSide } from "./vpcAttachment";

/** A member of an inspected domain (a VPC, VBR or IPsec-VPN connection), with its attachment: policies wait for it. */
export interface InspectedMember {
    readonly domain: string;
    /** How redirection policies name it: its id, and `VBR` or `VPN` (a VPC's type is the default). */
    readonly candidate: RoutePolicyCandidate;
    readonly attachment: pulumi.Resource;
}

export interface FirewallOnRouter {
    readonly firewall: alicloud.cloudfirewall.VpcCenTrFirewall;
    /** Per redirection key, its policy. */
    readonly routePolicies: ReadonlyMap<string, TrFirewallRoutePolicy>;
}

/**
 * Creates the firewall (after every attachment, as Cloud Firewall's managed
 * mode expects the network it protects), the members, the control policies
 * in list order, and the redirection policies last: without them the
 * firewall inspects nothing.
 */
export function addCloudFirewall(
    ctx: ChildContext,
    router: TransitRouterSide,
    routerRegion: pulumi.Output<string | undefined>,
    args: HubFirewallArgs,
    redirections: readonly Redirection[],
    inspected: readonly InspectedMember[],
    accountOf: (provider: alicloud.Provider, given?: pulumi.Input<string>) => pulumi.Output<string>,
): FirewallOnRouter {
    const owner = router.provider;
    // The router's region is looked up through its provider, so it is there once resolved.
    const region = routerRegion.apply((r) => r ?? "");
    const network = args.network;
    const members = (args.memberAccounts ?? []).map(
        (m) =>
            new alicloud.cloudfirewall.InstanceMember(
                childName(ctx.component, "fw-member", m.name),
                {
                    memberUid: m.provider ? accountOf(m.provider, m.accountId) : pulumi.output(m.accountId!),
                    memberDesc: m.description ?? `Member of ${ctx.component}'s firewall`,
                },
                childOptions(ctx, owner),
            ),
    );
    const firewall = new alicloud.cloudfirewall.VpcCenTrFirewall(
        childName(ctx.component, "firewall"),
        {
            cenId: router.cenId,
            transitRouterId: router.transitRouterId,
            regionNo: region,
            routeMode: "managed",
            firewallName: args.firewallName ?? ctx.component,
            firewallDescription: `Cloud Firewall of ${ctx.component}: inspects the domains it is asked to.`,
            firewallVpcCidr: network.vpcCidr,
            firewallSubnetCidr: network.subnetCidr,
            trAttachmentMasterCidr: network.attachmentCidrs[0],
            trAttachmentSlaveCidr: network.attachmentCidrs[1],
            trAttachmentMasterZone: network.attachmentZones?.[0],
            trAttachmentSlaveZone: network.attachmentZones?.[1],
        },
        childOptions(
            ctx,
            owner,
            inspected.map((v) => v.attachment),
            { customTimeouts: CLOUD_FIREWALL_TIMEOUTS },
        ),
    );
    (args.controlPolicies ?? []).forEach(({ name, ...policy }, i) => {
        new alicloud.cloudfirewall.FirewallVpcFirewallControlPolicy(
            childName(ctx.component, "fw-policy", name),
            // The policy group of a CEN's firewall is the CEN instance.
            { ...policy, vpcFirewallId: router.cenId, order: i + 1 },
            childOptions(ctx, owner, [firewall]),
        );
    });
    const routePolicies = new Map(
        redirections.map((r) => {
            const inDomain = (d: string) => inspected.filter((v) => v.domain === d);
            const sources = inDomain(r.sourceDomain);
            const destinations = r.policyType === "fullmesh" ? [] : inDomain(r.destinationDomain);
            const policyName = `${ctx.component}-${r.key}`;
            const policy = new TrFirewallRoutePolicy(
                childName(ctx.component, "fw-redirect", r.key),
                {
                    firewallId: firewall.id,
                    region,
                    policyType: r.policyType,
                    name: policyName,
                    description: `${ctx.component}: traffic between ${r.sourceDomain} and ${r.destinationDomain} passes the firewall.`,
                    sources: sources.map((v) => v.candidate),
                    destinations: destinations.map((v) => v.candidate),
                    roleArn: args.roleArn,
                    endpoint: args.endpoint,
                },
                // A dynamic resource has no alicloud provider: the credential chain or roleArn is the owner's.
                {
                    parent: ctx.parent,
                    dependsOn: withGate(ctx, [
                        ...members,
                        ...[...sources, ...destinations].map((v) => v.attachment),
                    ]),
                },
            );
            return [r.key, policy] as const;
        }),
    );
    return { firewall, routePolicies };
}
