import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { SharingQuotas } from "../core/sharing";

/**
 * How tenants join (Alibaba Cloud's shared VPC guide):
 * - `"resource-directory"`: sharing within a resource directory; tenants accept automatically;
 * - `"any-account"`: sharing with any account (`allowExternalTargets`); each tenant must accept the invitation.
 */
export type SharingMode = "resource-directory" | "any-account";

export const SHARING_MODES: readonly SharingMode[] = ["resource-directory", "any-account"];

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
    /** How tenants join. */
    readonly mode: SharingMode;
    /**
     * The owner's provider. When given, the tenant component adds the tenant
     * as a target of the share with it; otherwise the owner's stack must.
     * @default - the owner adds the target.
     */
    readonly ownerProvider?: alicloud.Provider;
    /** The owner's account id. @default - looked up through `ownerProvider`. */
    readonly ownerAccountId?: pulumi.Input<string>;
    /** The quotas to check against. @default DEFAULT_SHARING_QUOTAS (50, 50, 30) */
    readonly quotas?: SharingQuotas;
    /**
     * Region ids where Alibaba Cloud has made VPC sharing available since this
     * package's list (`SHARING_REGIONS`) was taken: `region` may be one of them.
     * @default []
     */
    readonly additionalSharingRegions?: readonly string[];
    /** @internal Validation of the share that must pass before a tenant's resources are created. */
    readonly gate?: pulumi.Output<pulumi.Resource[]>;
    /** @internal What a tenant joins after: the share's vSwitch resources. */
    readonly sharedResources?: readonly pulumi.Resource[];
}

/** How the tenant accepts the invitation in the `"any-account"` mode. */
export interface InvitationAcceptance {
    /**
     * A RAM role in the tenant's account, assumed with the credential chain of
     * the machine that runs Pulumi (environment, profile, ECS RAM role).
     * @default - the credential chain must be the tenant's own.
     */
    readonly roleArn?: pulumi.Input<string>;
    /** @default `https://resourcesharing.<region>.aliyuncs.com` */
    readonly endpoint?: pulumi.Input<string>;
    /** @default `https://sts.aliyuncs.com` */
    readonly stsEndpoint?: pulumi.Input<string>;
    /** How long to wait for the invitation to arrive. @default 300 */
    readonly timeoutSeconds?: pulumi.Input<number>;
}

/** Arguments of {@link SharedVSwitchTenant}. */
export interface SharedVSwitchTenantArgs {
    /** The share to join. */
    readonly share: SharedVSwitchShareInfo;
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
    /** Not allowed: tenants cannot create route entries in a shared VPC; the owner must. */
    readonly routeEntries?: never;
    /** Not allowed: tenants cannot create route tables in a shared VPC; the owner must. */
    readonly routeTables?: never;
    /** Not allowed: tenants cannot create network ACLs in a shared VPC; the owner must. */
    readonly networkAcls?: never;
    /** Not allowed: tenants cannot create vSwitches in a shared VPC; the owner shares them. */
    readonly vswitches?: never;
    /** Not allowed: tenants cannot add CIDR blocks to a shared VPC; the owner must. */
    readonly secondaryCidrBlocks?: never;
    /** @internal The share creating this tenant has checked its account and region in the share's gate. */
    readonly checkedByShare?: boolean;
}
