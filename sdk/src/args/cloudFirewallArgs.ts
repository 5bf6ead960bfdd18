import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/**
 * Cloud Firewall on a transit router, in automatic (managed) traffic
 * redirection mode: the firewall (`cloudfirewall.VpcCenTrFirewall`) in the
 * CEN owner's account, the member accounts it protects and your access
 * control policies; between the spokes and the hub of an
 * {@link IsolatedSpokesWithSharedHub}, every spoke's traffic to and from the
 * hub passes it (one traffic-redirection policy, spokes to hub). The
 * prerequisites are those of {@link CloudFirewallArgs}.
 */
export interface HubFirewallArgs {
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
export interface CloudFirewallArgs extends HubFirewallArgs {
    /**
     * The pairs of domains whose traffic passes the firewall, e.g.
     * `[["office", "production"]]`. Each must be a pair `allow` lets talk;
     * `["shared", "shared"]` inspects traffic among one domain's members.
     */
    readonly inspect: [string, string][];
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
 * aclAction: "accept", applicationNameLists: ["ANY"] }`. The fields are the resource's own, without
 * `vpcFirewallId` (the CEN instance) and `order` (the policy's place in `controlPolicies`).
 *
 * @see {@link https://www.alibabacloud.com/help/en/cloud-firewall/cloudfirewall/user-guide/create-access-control-policies-for-vpc-firewalls | Access control policies for VPC firewalls}
 */
export interface FirewallControlPolicyArgs {
    /** Names the policy's child (`<component>-fw-policy-<name>`); renaming it replaces it. */
    readonly name: string;
    /** What the firewall does with matching traffic: `accept`, `drop` or `log`. */
    readonly aclAction: pulumi.Input<string>;
    /** The policy's description. */
    readonly description: pulumi.Input<string>;
    /** The source: a CIDR block (`sourceType` `net`) or an address book (`group`). */
    readonly source: pulumi.Input<string>;
    /** The type of `source`: `net` or `group`. */
    readonly sourceType: pulumi.Input<string>;
    /** The destination: a CIDR block (`net`), an address book (`group`) or a domain name (`domain`). */
    readonly destination: pulumi.Input<string>;
    /** The type of `destination`: `net`, `group` or `domain`. */
    readonly destinationType: pulumi.Input<string>;
    /** The protocol: `ANY`, `TCP`, `UDP` or `ICMP`. */
    readonly proto: pulumi.Input<string>;
    /**
     * The applications the policy matches, e.g. `["HTTPS"]`; `["ANY"]` unless `proto` is `TCP`.
     * One of `applicationNameLists` and `applicationName` is required; the list wins when both are given.
     * @default - `applicationName`
     */
    readonly applicationNameLists?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The application the policy matches (`FTP`, `HTTP`, `HTTPS`, `SSH`, ..., `ANY`); prefer `applicationNameLists`.
     * @default - `applicationNameLists`
     */
    readonly applicationName?: pulumi.Input<string>;
    /** The destination port, e.g. `443` or `80/88`; required when `destPortType` is `port`. @default - none */
    readonly destPort?: pulumi.Input<string>;
    /** The address book of destination ports; required when `destPortType` is `group`. @default - none */
    readonly destPortGroup?: pulumi.Input<string>;
    /** The type of the destination port: `port` or `group`. @default - none */
    readonly destPortType?: pulumi.Input<string>;
    /** How a domain `destination` is resolved: `FQDN`, `DNS` or `FQDN_AND_DNS`. @default - Cloud Firewall's */
    readonly domainResolveType?: pulumi.Input<string>;
    /** The language of the API's messages: `zh` or `en`. @default - Cloud Firewall's */
    readonly lang?: pulumi.Input<string>;
    /** The member account whose firewall the policy belongs to. @default - the CEN owner's */
    readonly memberUid?: pulumi.Input<string>;
    /** Whether the policy is enabled: `true` or `false`. @default "true" */
    readonly release?: pulumi.Input<string>;
    /** The start of the policy's validity period (a Unix time in seconds). @default - always valid */
    readonly startTime?: pulumi.Input<number>;
    /** The end of the policy's validity period (a Unix time in seconds). @default - always valid */
    readonly endTime?: pulumi.Input<number>;
    /** How the validity period recurs: `Permanent`, `None`, `Daily`, `Weekly` or `Monthly`. @default "Permanent" */
    readonly repeatType?: pulumi.Input<string>;
    /** The days it recurs on: 0 to 6 with `Weekly`, 1 to 31 with `Monthly`. @default - none */
    readonly repeatDays?: pulumi.Input<pulumi.Input<number>[]>;
    /** The daily start of a recurring period, e.g. `08:00`. @default - none */
    readonly repeatStartTime?: pulumi.Input<string>;
    /** The daily end of a recurring period, e.g. `18:00`. @default - none */
    readonly repeatEndTime?: pulumi.Input<string>;
}
