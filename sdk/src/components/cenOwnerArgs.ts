import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/** The arguments every CEN component takes: who owns the CEN, and which CEN and transit router to use. */
export interface CenOwnerArgs {
    /**
     * The provider of the account that owns the CEN instance and the transit
     * router, in the transit router's region. The CEN, transit router, route
     * tables, attachments, associations and propagations are created with it.
     */
    readonly cenProvider: alicloud.Provider;
    /**
     * The id of the account that owns the CEN instance: the `cenOwnerId` of
     * every cross-account grant.
     * @default - looked up with `alicloud.getAccount` through `cenProvider`.
     */
    readonly cenAccountId?: pulumi.Input<string>;
    /**
     * An existing CEN instance to attach the VPCs to (the CEN cross-account guide starts from an existing CEN1).
     * Required when `transitRouterId` is given.
     * @default - a new CEN instance is created.
     */
    readonly cenId?: pulumi.Input<string>;
    /**
     * An existing Enterprise Edition transit router of `cenId` in the CEN
     * provider's region (its `transitRouterId`, `tr-...`, not the resource id
     * `cen-...:tr-...`).
     * @default - a new transit router is created in the CEN.
     */
    readonly transitRouterId?: pulumi.Input<string>;
    /**
     * Enables IPv6 on the attachments of VPCs that have `ipv6CidrBlocks` and
     * adds IPv6 route entries towards the IPv6 blocks the VPC should reach
     * (the console adds IPv4 routes only; the CEN cross-account guide's Important note).
     * @default false
     */
    readonly ipv6?: boolean;
    /**
     * Tags for the CEN instance, transit router, route tables and attachments the component creates.
     * @default - no tags.
     */
    readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}
