import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/**
 * Cloud Firewall on the transit router, in automatic (managed) traffic
 * redirection mode: the firewall (`cloudfirewall.VpcCenTrFirewall`) in the
 * CEN owner's account, the member accounts it protects, your access control
 * policies, and one traffic-redirection policy per inspected pair of domains.
 *
 * Prerequisites: Cloud Firewall (Enterprise or Ultimate Edition) is bought
 * in the CEN owner's account, and each other account whose VPCs are
 * inspected is a member (`memberAccounts`, or added elsewhere). Creating the
 * firewall takes about 40 minutes; its timeouts allow 60.
 *
 * @see {@link https://www.alibabacloud.com/help/en/cloud-firewall/cloudfirewall/user-guide/configure-a-vpc-firewall-for-an-enterprise-edition-transit-router | Configure a VPC firewall for an Enterprise Edition transit router}
 */
export interface CloudFirewallArgs {
    /**
     * The pairs of domains whose traffic passes the firewall, e.g.
     * `[["office", "production"]]`. Each must be a pair `allow` lets talk;
     * `["shared", "shared"]` inspects traffic among one domain's members.
     */
    readonly inspect: [string, string][];
    /** The firewall's own network, which Cloud Firewall creates and attaches to the transit router. */
    readonly network: CloudFirewallNetworkArgs;
    /**
     * The firewall's name in Cloud Firewall.
     * @default the component's name
     */
    readonly firewallName?: pulumi.Input<string>;
    /**
     * Accounts made Cloud Firewall members (`cloudfirewall.InstanceMember`,
     * created in the CEN owner's account), so their VPCs can be protected.
     * Leave out the accounts that are members already.
     * @default []
     */
    readonly memberAccounts?: CloudFirewallMemberArgs[];
    /**
     * Access control policies, highest priority first (the list position is
     * the policy's `order`). Traffic no policy matches is allowed.
     * @default []
     */
    readonly controlPolicies?: FirewallControlPolicyArgs[];
    /**
     * A RAM role in the CEN owner's account that the traffic-redirection
     * policies are made with (see {@link TrFirewallRoutePolicy}).
     * @default - the machine's credential chain, which must be the CEN owner's
     */
    readonly roleArn?: pulumi.Input<string>;
    /**
     * Cloud Firewall's API endpoint for the traffic-redirection policies.
     * @default - the endpoint of the transit router's region
     */
    readonly endpoint?: pulumi.Input<string>;
}

/** The firewall VPC's blocks (automatic mode): none may overlap a member VPC. */
export interface CloudFirewallNetworkArgs {
    /** The firewall VPC's block, e.g. `10.255.0.0/24`. */
    readonly vpcCidr: string;
    /** The vSwitch of the firewall's network interface, inside `vpcCidr`. */
    readonly subnetCidr: string;
    /** The two vSwitches of the firewall VPC's transit router attachment (primary, secondary), inside `vpcCidr`. */
    readonly attachmentCidrs: [string, string];
    /**
     * The zones of those two vSwitches (primary, secondary).
     * @default - chosen by Cloud Firewall
     */
    readonly attachmentZones?: [pulumi.Input<string>, pulumi.Input<string>];
}

/** An account Cloud Firewall protects. */
export interface CloudFirewallMemberArgs {
    /** Names the member child (`<component>-fw-member-<name>`); renaming it replaces it. */
    readonly name: string;
    /** The account's provider, through which its id is looked up (unless `accountId`). */
    readonly provider?: alicloud.Provider;
    /** The account's id. */
    readonly accountId?: pulumi.Input<string>;
    /** @default "Member of <component>'s firewall" */
    readonly description?: pulumi.Input<string>;
}

/**
 * An access control policy of the firewall (`cloudfirewall.FirewallVpcFirewallControlPolicy`,
 * on the CEN instance's policy group), e.g.
 * `{ name: "office-https", description: "office to web", source: "10.1.0.0/16", sourceType: "net",
 * destination: "10.3.0.0/16", destinationType: "net", proto: "TCP", destPort: "443", destPortType: "port",
 * aclAction: "accept", applicationNameLists: ["ANY"] }`.
 */
export interface FirewallControlPolicyArgs extends Omit<
    alicloud.cloudfirewall.FirewallVpcFirewallControlPolicyArgs,
    "vpcFirewallId" | "order"
> {
    /** Names the policy's child (`<component>-fw-policy-<name>`); renaming it replaces it. */
    readonly name: string;
}

/**
 * Cloud Firewall between the spokes and the hub of an
 * {@link IsolatedSpokesWithSharedHub}: every spoke's traffic to and from the
 * hub passes it (one traffic-redirection policy, spokes to hub). The same
 * settings and prerequisites as {@link CloudFirewallArgs}, without `inspect`.
 */
export type HubFirewallArgs = Omit<CloudFirewallArgs, "inspect">;
