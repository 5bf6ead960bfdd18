import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { Payer } from "./values";

/**
 * A network instance that leads to an on-premises network, owned by any
 * account, attached to the transit router of its region.
 */
export interface CenOnPremisesArgs {
    /**
     * Its key in the component, unique among the VPCs and network instances:
     * it names the child resources (`<component>-attachment-<name>`, ...) and
     * its entries in the outputs; renaming it replaces them.
     */
    readonly name: string;
    /**
     * The provider of the account that owns the instance, in its region. The
     * cross-account grant (and, for an Express Connect Router, its association
     * with the transit router) is created with it. Pass the CEN owner's
     * provider for an instance of the CEN owner's account: it gets no grant.
     */
    readonly provider: alicloud.Provider;
    /**
     * The id of the account that owns the instance.
     * @default - looked up with `alicloud.getAccount` through `provider`.
     */
    readonly accountId?: pulumi.Input<string>;
    /**
     * The instance's region, one of the component's `regions` (required when
     * it gives more than one).
     * @default - the only region: `cenProvider`'s.
     */
    readonly region?: string;
    /**
     * Who pays the attachment's network attachment and data processing fees,
     * for an instance of another account than the CEN owner's. For a VBR or an
     * IPsec-VPN connection, changing it updates the grant and then the
     * attachment in place, as the cross-account authorization guide prescribes
     * (it takes effect at the next hour). Ignored for an instance of the CEN
     * owner's account.
     * @default "cen-owner"
     */
    readonly payer?: Payer;
    /**
     * The IPv4 blocks of the on-premises network behind the instance (what it
     * advertises to the transit router). The VPCs get routes to them when
     * their route mode is `"peer-cidrs"`, and the offline plan and policy
     * pack show who reaches them. A summary that covers VPC blocks (a
     * default route to the data centre) is allowed; a block inside a VPC's
     * block is not.
     * @default []
     */
    readonly onPremisesCidrBlocks?: pulumi.Input<string>[];
}

/**
 * A virtual border router (VBR) of Express Connect. Attaching another
 * account's VBR needs the cross-account VBR permission, which the account
 * manager grants on application.
 * @see {@link https://www.alibabacloud.com/help/en/cen/user-guide/grant-permissions-on-a-network-instance-that-belongs-to-another-account | Cross-account network instance authorization}
 */
export interface CenVbrArgs extends CenOnPremisesArgs {
    /** The VBR id (`vbr-...`). */
    readonly vbrId: pulumi.Input<string>;
}

/**
 * An IPsec-VPN connection not bound to a VPN gateway or to another transit
 * router (`vpn.GatewayVpnAttachment`). A private-network connection gets its
 * gateway address from a transit router CIDR block (`transitRouterCidrs`).
 * The owner of the connection still pays its own instance and data transfer
 * fees.
 */
export interface CenVpnConnectionArgs extends CenOnPremisesArgs {
    /** The IPsec-VPN connection id (`vco-...`). */
    readonly vpnConnectionId: pulumi.Input<string>;
    /**
     * For a single-tunnel connection, the zone the transit router places it
     * in; leave it out for a dual-tunnel connection.
     * @default - dual tunnel: no zone.
     */
    readonly zoneId?: pulumi.Input<string>;
}

/**
 * An Express Connect Router (ECR). The ECR owner associates it with the
 * transit router (`expressconnect.RouterTrAssociation`) before the transit
 * router owner attaches it. Its payer is chosen at authorization and cannot
 * be changed afterwards (the cross-account authorization guide): a change of
 * `payer` is refused.
 */
export interface CenEcrArgs extends CenOnPremisesArgs {
    /** The Express Connect Router id (`ecr-...`). */
    readonly ecrId: pulumi.Input<string>;
}

/**
 * The on-premises connections of a CEN component, next to its VPCs: each is
 * granted (another account's), attached to its region's transit router, and
 * routed like the component's VPCs.
 *
 * Cloud Connect Network (CCN) instances are refused here (a `ccns` field is
 * refused with a message): a CCN joins a CEN at CEN level, through a Basic
 * Edition transit router, while these components build Enterprise Edition
 * transit routers, whose route tables carry their routing and isolation.
 * Attach a CCN with `CrossAccountCenBasicEdition`, or bring the site in
 * through `vpnConnections`, `vbrs` or `ecrs`.
 * @see {@link https://www.alibabacloud.com/help/en/cen/product-overview/how-transit-routers-work | How transit routers work}
 */
export interface CenOnPremisesConnectionsArgs {
    /** VBRs of Express Connect. @default [] */
    readonly vbrs?: CenVbrArgs[];
    /** IPsec-VPN connections. @default [] */
    readonly vpnConnections?: CenVpnConnectionArgs[];
    /**
     * Express Connect Routers. From a program in another language, this needs the package installed with npm in the program's directory: the payer lock of an attachment of another account's ECR is a Node.js dynamic resource, which Pulumi runs from there.
     * @default []
     */
    readonly ecrs?: CenEcrArgs[];
    /**
     * CIDR blocks of `cenProvider`'s transit router, from which private
     * IPsec-VPN connections get their gateway addresses (a mask of 16 to 24
     * bits, at most five, overlapping no block of the network). Give them for
     * other regions in `regions[i].transitRouterCidrs`.
     * @default []
     */
    readonly transitRouterCidrs?: string[];
}
