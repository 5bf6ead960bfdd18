import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { SharingMode } from "./values";

/** The share a tenant joins: `share.info` of a SharedVSwitchShare, or written out for a share managed elsewhere. */
export interface SharedVSwitchShareInfo {
    /** The resource share id. */
    readonly resourceShareId: pulumi.Input<string>;
    /** The share's region id; VPC sharing is available in the regions the shared VPC guide lists. */
    readonly region: string;
    /** The shared VPC. */
    readonly vpcId: pulumi.Input<string>;
    /** The shared vSwitches, by name. */
    readonly vswitchIds: Record<string, pulumi.Input<string>>;
    /**
     * How tenants join. With `"any-account"`, from a program in another language, this needs the package installed with npm in the program's directory: the acceptance of the invitation is a Node.js dynamic resource, which Pulumi runs from there.
     */
    readonly mode: SharingMode;
    /**
     * The owner's provider. When given, the tenant component adds the tenant
     * as a target of the share with it; otherwise the owner's stack must.
     * @default - the owner adds the target.
     */
    readonly ownerProvider?: alicloud.Provider;
    /** The owner's account id. @default - looked up through `ownerProvider`. */
    readonly ownerAccountId?: pulumi.Input<string>;
    /** The quotas to check against; those left out keep their defaults. @default DEFAULT_SHARING_QUOTAS (50, 50, 30) */
    readonly quotas?: SharingQuotasArgs;
    /**
     * Region ids where Alibaba Cloud has made VPC sharing available since this
     * package's list (`SHARING_REGIONS`) was taken: `region` may be one of them.
     * @default []
     */
    readonly additionalSharingRegions?: readonly string[];
}

/** How the tenant accepts the invitation in the `"any-account"` mode. */
export interface InvitationAcceptance {
    /**
     * A RAM role in the tenant's account, assumed with the credential chain of
     * the machine that runs Pulumi (environment, profile, ECS RAM role).
     * @default - the credential chain must be the tenant's own.
     */
    readonly roleArn?: pulumi.Input<string>;
    /**
     * The Resource Sharing API endpoint the invitation is accepted at.
     * @default `https://resourcesharing.<region>.aliyuncs.com`
     */
    readonly endpoint?: pulumi.Input<string>;
    /**
     * The STS endpoint `roleArn` is assumed at.
     * @default `https://sts.aliyuncs.com`
     */
    readonly stsEndpoint?: pulumi.Input<string>;
    /** How long to wait for the invitation to arrive. @default 300 */
    readonly timeoutSeconds?: pulumi.Input<number>;
}

/**
 * A tenant account and how it joins a share: the arguments a
 * {@link SharedVSwitchTenant} takes besides the share, and those of each of
 * a {@link SharedVSwitchShare}'s `tenants`.
 *
 * A tenant cannot create route entries, route tables, network ACLs or
 * vSwitches in a shared VPC, nor add CIDR blocks to it: the owner must
 * (tenants have view-only permissions on them).
 */
export interface TenantAccountArgs {
    /** The tenant account's provider. The tenant's security group is created with it. */
    readonly provider: alicloud.Provider;
    /** The tenant's account id, the share's target. @default - looked up through `provider`. */
    readonly accountId?: pulumi.Input<string>;
    /** How to accept the invitation (`"any-account"` mode only). @default - the credential chain, default endpoint, 300 s. */
    readonly acceptance?: InvitationAcceptance;
    /**
     * Shared vSwitches the tenant has already accepted from other shares, for
     * the quota of accepted vSwitches per tenant.
     * @default 0
     */
    readonly vswitchesAcceptedElsewhere?: number;
    /** The name of the tenant's security group in the shared VPC. @default `<component name>-sg` */
    readonly securityGroupName?: string;
}

/** Arguments of {@link SharedVSwitchTenant}: the share to join, and the tenant account. */
export interface SharedVSwitchTenantArgs extends TenantAccountArgs {
    /** The share to join. */
    readonly share: SharedVSwitchShareInfo;
}

/** A vSwitch of the shared VPC to share. */
export interface SharedVSwitchArgs {
    /** Its key in this component: names its SharedResource child and its entry in the outputs. */
    readonly name: string;
    /** The vSwitch id. */
    readonly vswitchId: pulumi.Input<string>;
}

/** A tenant of the share: a SharedVSwitchTenant, created as a child of the share. */
export interface ShareTenantArgs extends TenantAccountArgs {
    /** The tenant's key: names its child component (`<share>-<name>`) and its entry in the outputs. */
    readonly name: string;
}

/** Arguments of {@link SharedVSwitchShare}. */
export interface SharedVSwitchShareArgs {
    /** The provider of the account that owns the VPC; the share, its resources and its targets are created with it. */
    readonly ownerProvider: alicloud.Provider;
    /** The owner's account id. @default - looked up through `ownerProvider`. */
    readonly ownerAccountId?: pulumi.Input<string>;
    /** The region id of the VPC; it must be one where VPC sharing is available (Alibaba Cloud's shared VPC guide). */
    readonly region: string;
    /** The VPC to share from. It must not be the region's default VPC: default VPCs cannot be shared. */
    readonly vpcId: pulumi.Input<string>;
    /** The vSwitches to share. */
    readonly vswitches: SharedVSwitchArgs[];
    /**
     * `"resource-directory"`: tenants in the owner's resource directory, which accept automatically.
     * `"any-account"`: any Alibaba Cloud account (`allowExternalTargets`); each tenant accepts the invitation.
     * With tenants in the `"any-account"` mode, from a program in another language, this needs the package installed with npm in the program's directory: the acceptance of the invitation is a Node.js dynamic resource, which Pulumi runs from there.
     * @default "resource-directory"
     */
    readonly mode?: SharingMode;
    /**
     * The resource directory management account's provider: when given,
     * resource directory sharing is enabled with it (it cannot be disabled
     * again; destroying the resource only forgets it).
     * @default - resource directory sharing is assumed to be enabled already.
     */
    readonly resourceDirectoryProvider?: alicloud.Provider;
    /** An existing resource share to add the vSwitches to. @default - a new share is created. */
    readonly resourceShareId?: pulumi.Input<string>;
    /** The new share's name. @default the component's name */
    readonly resourceShareName?: string;
    /** The tenants, one SharedVSwitchTenant each. @default [] */
    readonly tenants?: ShareTenantArgs[];
    /** Raised quotas, after a quota increase. @default DEFAULT_SHARING_QUOTAS (50 tenants per vSwitch and per VPC, 30 vSwitches per tenant) */
    readonly quotas?: SharingQuotasArgs;
    /** Tags for the resource share. @default - no tags. */
    readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /**
     * Region ids where Alibaba Cloud has made VPC sharing available since this
     * package's list (`SHARING_REGIONS`, from the shared VPC guide) was taken:
     * `region` may be one of them.
     * @default []
     */
    readonly additionalSharingRegions?: readonly string[];
}

/** Raised VPC sharing quotas, after a quota increase; those left out keep their defaults. */
export interface SharingQuotasArgs {
    /** vpc_quota_sharedvpc_share_user_num_per_vswitch. @default 50 */
    readonly tenantsPerVswitch?: number;
    /** vpc_quota_sharedvpc_share_user_num_per_vpc. @default 50 */
    readonly tenantsPerVpc?: number;
    /** vpc_quota_sharedvpc_accept_shared_vswitch_num. @default 30 */
    readonly vswitchesPerTenant?: number;
}
