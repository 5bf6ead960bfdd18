import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { Payer } from "./values";

/** A vSwitch of the VPC that the transit router attachment places an elastic network interface in. */
export interface CenZoneMapping {
    /** The zone of the vSwitch, e.g. `ap-southeast-1a`. It must be a zone the transit router supports. */
    readonly zoneId: pulumi.Input<string>;
    /** The vSwitch id. For another account's VPC, the vSwitch must belong to that VPC (ListGrantVSwitchesToCen lists them). */
    readonly vswitchId: pulumi.Input<string>;
}

/**
 * A VPC to attach to the transit router of its region, owned by any account.
 * VPCs without `region` are in the CEN provider's region, so programs
 * written for one region keep working.
 */
export interface CenVpcArgs {
    /**
     * The VPC's key in this component. It names the VPC's child resources
     * (`<component>-attachment-<name>`, ...) and its entries in the outputs, so
     * it must be unique, and renaming it replaces those children.
     * Letters, digits, `.`, `_` and `-`.
     */
    readonly name: string;
    /**
     * The provider of the account that owns the VPC (one `alicloud.Provider`
     * per account and region, e.g. with `assumeRole`). The grant and the VPC
     * route entries are created with it. Pass the CEN owner's provider for a
     * VPC of the CEN owner's account: such a VPC gets no grant.
     */
    readonly provider: alicloud.Provider;
    /**
     * The id of the account that owns the VPC.
     * @default - looked up with `alicloud.getAccount` through `provider`.
     */
    readonly accountId?: pulumi.Input<string>;
    /**
     * The VPC's region, one of the component's `regions` (required when it
     * gives more than one). The VPC is attached to that region's transit
     * router; `provider` must be in it.
     * @default - the only region: `cenProvider`'s.
     */
    readonly region?: string;
    /** The VPC id, e.g. `vpc.id` of an `alicloud.vpc.Network`. */
    readonly vpcId: pulumi.Input<string>;
    /**
     * The VPC's IPv4 blocks, primary first, then secondary blocks. They are
     * checked for validity and overlap with the other VPCs' blocks, and are
     * the route destinations of the other VPCs when `vpcRoutes` is `"peer-cidrs"`.
     */
    readonly cidrBlocks: pulumi.Input<string>[];
    /**
     * The VPC's IPv6 blocks. With `ipv6: true` on the component, the attachment
     * enables IPv6 and the other VPCs with IPv6 get routes to these blocks.
     * @default []
     */
    readonly ipv6CidrBlocks?: pulumi.Input<string>[];
    /**
     * The vSwitches the attachment uses, in at least two distinct zones
     * (zone-level disaster recovery; an attachment in one zone is refused).
     */
    readonly zoneMappings: CenZoneMapping[];
    /**
     * The VPC route tables that get routes to the transit router (the CEN cross-account guide
     * adds them to all route tables of the VPC), typically `[vpc.routeTableId]`.
     * Required unless the component adds no routes to this VPC (`vpcRoutes`,
     * `hubRouteDestinations` or `spokeRouteDestinations` set to `"none"`).
     * @default []
     */
    readonly routeTableIds?: pulumi.Input<string>[];
    /**
     * Who pays the attachment's network attachment and data processing fees,
     * for a VPC of another account than the CEN owner's. Changing it updates
     * the grant (ModifyGrantInstanceToTransitRouter) and then the attachment,
     * in that order, as the cross-account authorization guide prescribes; it takes effect at the next hour.
     * Ignored for a VPC of the CEN owner's account.
     * @default "cen-owner"
     */
    readonly payer?: Payer;
}
