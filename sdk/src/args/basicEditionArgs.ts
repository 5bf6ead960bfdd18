import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/** A VPC of any account attached to the CEN at CEN level (Basic Edition). */
export interface BasicEditionVpcArgs {
    /**
     * Its key in the component, unique among the VPCs and CCN instances: it
     * names its child resources (`<component>-grant-<name>`,
     * `<component>-attachment-<name>`) and its entries in the outputs;
     * renaming it replaces them.
     */
    readonly name: string;
    /**
     * The provider of the account that owns the VPC, in the network's
     * region. Another account's VPC is granted to the CEN with it; pass
     * `cenProvider` for a VPC of the CEN owner's account.
     */
    readonly provider: alicloud.Provider;
    /** The VPC id (`vpc-...`). */
    readonly vpcId: pulumi.Input<string>;
}

/**
 * A Cloud Connect Network (CCN) instance of any account, attached to the CEN
 * in the network's region: the branch networks behind it (its
 * `onPremisesCidrBlocks`) reach the VPCs.
 */
export interface BasicEditionCcnArgs {
    /** Its key in the component, unique among the VPCs and CCN instances; renaming it replaces its children. */
    readonly name: string;
    /** The provider of the account that owns the CCN instance; it grants the CCN to the CEN (`cloudconnect.NetworkGrant`). */
    readonly provider: alicloud.Provider;
    /** The CCN instance id (`ccn-...`). */
    readonly ccnId: pulumi.Input<string>;
    /**
     * The blocks of the branch networks behind the CCN. The plan and the
     * policy pack reach them through the CCN; what the branches advertise is
     * not known offline.
     */
    readonly onPremisesCidrBlocks: string[];
}

/** The VPC firewall of the Basic Edition transit router, on some of the VPCs. */
export interface BasicEditionVpcFirewallArgs {
    /**
     * The names of the VPCs it protects: one `cloudfirewall.FirewallVpcFirewallCen`
     * each, which inspects what the CEN carries in and out of that VPC by the
     * access control policies of the CEN's group.
     */
    readonly vpcs: string[];
    /**
     * The provider of the account that bought Cloud Firewall, in the
     * network's region.
     * @default - `cenProvider`.
     */
    readonly provider?: alicloud.Provider;
}

/**
 * Arguments of {@link CrossAccountCenBasicEdition}: VPCs and CCN instances
 * of any accounts attached to one CEN at CEN level, in one region.
 */
export interface CrossAccountCenBasicEditionArgs {
    /** The provider of the account that owns (or creates) the CEN instance, in `region`. */
    readonly cenProvider: alicloud.Provider;
    /**
     * The network's region: where every VPC is, and where the CCN instances
     * are attached (then a region of a CCN area). Basic Edition across
     * regions needs a CEN bandwidth package, which the component does not build.
     */
    readonly region: string;
    /**
     * An existing CEN instance to attach to.
     * @default - a new CEN instance in `cenProvider`'s account.
     */
    readonly cenId?: pulumi.Input<string>;
    /** The VPCs to attach, from any number of accounts. Every VPC reaches every other one and every CCN's branches. */
    readonly vpcs: BasicEditionVpcArgs[];
    /**
     * CCN instances to attach, from any account.
     * @default - none.
     */
    readonly ccns?: BasicEditionCcnArgs[];
    /**
     * The VPC firewall of the Basic Edition transit router, on some VPCs.
     * @default - none.
     */
    readonly vpcFirewall?: BasicEditionVpcFirewallArgs;
    /**
     * Tags for the CEN instance the component creates.
     * @default - none.
     */
    readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}
