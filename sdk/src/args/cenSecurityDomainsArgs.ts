import type { CenOwnerArgs, MultiRegionArgs } from "./cenOwnerArgs";
import type { CloudFirewallArgs } from "./cloudFirewallArgs";
import type { InspectionVpcArgs } from "./inspectionVpcArgs";
import type { RouteDestinations } from "./values";
import type { CenVpcArgs } from "./cenVpcArgs";
import type { CenEcrArgs, CenVbrArgs, CenVpnConnectionArgs } from "./cenOnPremisesArgs";

/**
 * A security domain: VPCs and on-premises connections (VBRs, IPsec-VPN
 * connections, Express Connect Routers) of any accounts and regions that
 * share one route table per region.
 */
export interface SecurityDomainArgs {
    /**
     * The domain's name: it names its route tables (`<component>-table-<name>`)
     * and is what `allow` refers to; renaming it replaces them.
     */
    readonly name: string;
    /**
     * The domain's VPCs, each with its own account's provider; a VPC belongs
     * to one domain.
     * @default [] (a domain of on-premises connections only)
     */
    readonly vpcs?: CenVpcArgs[];
    /**
     * VBRs of Express Connect whose data centres are members of the domain:
     * each is granted (another account's), attached to its region's transit
     * router, associated with the domain's table and propagated like a VPC.
     * Their `onPremisesCidrBlocks` are what the domain's partners route to.
     * @default []
     */
    readonly vbrs?: CenVbrArgs[];
    /** IPsec-VPN connections whose sites are members of the domain, like `vbrs`. @default [] */
    readonly vpnConnections?: CenVpnConnectionArgs[];
    /**
     * Express Connect Routers whose sites are members of the domain, like `vbrs`.
     * From a program in another language, this needs the package installed with npm in the program's directory: the payer lock of an attachment of another account's ECR is a Node.js dynamic resource, which Pulumi runs from there.
     * @default []
     */
    readonly ecrs?: CenEcrArgs[];
    /**
     * Members of the domain do not reach each other (each reaches only the
     * domains it is allowed to), as spokes of a hub do.
     * @default false
     */
    readonly isolateMembers?: boolean;
}

/**
 * Arguments of {@link CenSecurityDomains}: the domains, and the pairs of
 * domains allowed to talk: VPCs isolate network domains, and CEN routing
 * decides which of them talk, as Alibaba Cloud's isolation guide advises.
 */
export interface CenSecurityDomainsArgs extends CenOwnerArgs, MultiRegionArgs {
    /** The domains, each with its VPCs and on-premises connections. */
    readonly domains: SecurityDomainArgs[];
    /**
     * CIDR blocks of `cenProvider`'s transit router, from which private
     * IPsec-VPN connections of the domains get their gateway addresses (a
     * mask of 16 to 24 bits, at most five). Give them for other regions in
     * `regions[i].transitRouterCidrs`.
     * @default []
     */
    readonly transitRouterCidrs?: string[];
    /**
     * The pairs of domains whose VPCs reach each other, both ways, e.g.
     * `[["vpc1", "vpc2"], ["vpc1", "vpc3"]]`. Domains in no pair reach only
     * their own members.
     * @default []
     */
    readonly allow?: [string, string][];
    /**
     * Which routes each VPC route table gets towards its attachment:
     * `"rfc1918"` (the console's three private summaries: the transit router
     * decides who is reachable), `"peer-cidrs"` (exactly the blocks of the
     * VPCs it may reach), `"none"`, or a list of summary blocks.
     * @default "rfc1918"
     */
    readonly vpcRoutes?: RouteDestinations;
    /**
     * Cloud Firewall in the path of some allowed pairs of domains (one
     * region): the firewall, its members, your access control policies and
     * the traffic-redirection policies. See {@link CloudFirewallArgs} for the
     * prerequisites. From a program in another language, this needs the package installed with npm in the program's directory: each traffic-redirection policy is a Node.js dynamic resource, which Pulumi runs from there.
     * @default - no firewall: allowed domains talk directly
     */
    readonly firewall?: CloudFirewallArgs;
    /**
     * An inspection VPC of your own in the path of some allowed pairs of
     * domains (one region), the alternative to `firewall`. See
     * {@link InspectionVpcArgs} for your part.
     * @default - no inspection VPC
     */
    readonly inspectionVpc?: InspectionVpcArgs;
}

/** The `domains` output: what the policy pack reads. */
export interface DomainPolicyOutput {
    /** Each domain and its members. */
    readonly domains: DomainMembersOutput[];
    /** The pairs of domains allowed to talk. */
    readonly allow: string[][];
    /** The pairs of domains whose traffic must pass the component's firewall. */
    readonly inspected: string[][];
}

/** A security domain in the `domains` output. */
export interface DomainMembersOutput {
    /** The domain's name. */
    readonly name: string;
    /** The names of its VPCs, then of its on-premises connections (keys of `attachmentUrns` and `onPremisesAttachmentUrns`). */
    readonly members: string[];
    /** Whether its members are kept from reaching each other. */
    readonly isolateMembers: boolean;
}
