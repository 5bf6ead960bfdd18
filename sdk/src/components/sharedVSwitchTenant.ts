import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { isCrossAccount } from "../core/accounts";
import { throwIfProblems } from "../resources/validationError";
import { childName } from "../core/naming";
import { checkTenantNetworkArgs, DEFAULT_SHARING_QUOTAS, quotaProblem, SharingQuotas } from "../core/sharing";
import { SHARED_VSWITCH_TENANT_TYPE } from "../core/typeTokens";
import { accountIdResolver } from "../resources/accountIds";
import { ChildContext, childOptions, withGate } from "../resources/childOptions";
import { plainNow } from "../resources/inputs";
import { ResourceShareInvitationAccepter } from "../resources/shareInvitation/invitationAccepter";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "../resources/timeouts";
import { lateValidationGate } from "../resources/validationGate";

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
}

/** Problems with one tenant that can be seen before anything is created. */
export function checkTenant(label: string, args: SharedVSwitchTenantArgs | undefined): string[] {
    if (!args) return [`${label} is missing; pass { share, provider }.`];
    const problems = checkTenantNetworkArgs(label, args);
    if (!pulumi.ProviderResource.isInstance(args.provider)) {
        problems.push(
            `${label}: provider is missing or not an alicloud.Provider; pass the tenant account's provider.`,
        );
    } else if (args.provider === args.share?.ownerProvider) {
        problems.push(
            `${label}: provider is the owner's provider; a tenant is another account than the owner (the owner already has the VPC).`,
        );
    }
    const owner = plainNow(args.share?.ownerAccountId);
    const tenant = plainNow(args.accountId);
    if (owner !== undefined && tenant !== undefined && !isCrossAccount(false, tenant, owner)) {
        problems.push(
            `${label}: accountId ${tenant} is the owner's account; a tenant must be another account.`,
        );
    }
    const quotas = args.share?.quotas ?? DEFAULT_SHARING_QUOTAS;
    const accepted =
        Object.keys(args.share?.vswitchIds ?? {}).length + (args.vswitchesAcceptedElsewhere ?? 0);
    if (accepted > quotas.vswitchesPerTenant) {
        problems.push(
            quotaProblem(
                `${label}: the shared vSwitches this tenant would accept number`,
                accepted,
                "vswitchesPerTenant",
                quotas.vswitchesPerTenant,
            ),
        );
    }
    return problems;
}

/**
 * One tenant of a shared vSwitch (Alibaba Cloud's shared VPC guide): added as a target of the share
 * (with the owner's provider), accepting the invitation when the share is
 * open to any account (with the tenant's credentials), and owning a security
 * group in the shared VPC, ready for its ECS, RDS or SLB instances.
 *
 * When the tenant is removed, the owner's target is deleted and the vSwitch
 * is unshared from it: the tenant keeps using, viewing, modifying and deleting
 * the resources it already has there, but can create no new ones, no longer
 * sees the vSwitch, VPC, route table or network ACL, and loses the owner's
 * tags (the shared VPC guide, "After a vSwitch is unshared").
 */
export class SharedVSwitchTenant extends pulumi.ComponentResource {
    /** The tenant's account id. */
    public readonly accountId: pulumi.Output<string>;
    /** The tenant's security group in the shared VPC. */
    public readonly securityGroupId: pulumi.Output<string>;
    /** The shared VPC, where the tenant creates its resources. */
    public readonly vpcId: pulumi.Output<string>;
    /** The shared vSwitches by name, for the tenant's instances. */
    public readonly vswitchIds: pulumi.Output<Record<string, string>>;
    /** The share target's id, when this component added the tenant to the share. */
    public readonly sharedTargetId: pulumi.Output<string | undefined>;
    /** The accepted invitation's id, in the `"any-account"` mode. */
    public readonly invitationId: pulumi.Output<string | undefined>;

    constructor(name: string, args: SharedVSwitchTenantArgs, opts?: pulumi.ComponentResourceOptions) {
        super(SHARED_VSWITCH_TENANT_TYPE, name, {}, opts);
        throwIfProblems(this, name, checkTenant("args", args));
        const share = args.share;
        const accountOf = accountIdResolver(this);
        const accountId = accountOf(args.provider, args.accountId);
        const ownerAccountId = share.ownerProvider
            ? accountOf(share.ownerProvider, share.ownerAccountId)
            : pulumi.output(share.ownerAccountId);
        const tenantGate = lateValidationGate(this, name, { accountId, ownerAccountId }, (ids) =>
            ids.ownerAccountId !== undefined && ids.accountId === ids.ownerAccountId
                ? [
                      `args: provider resolves to account ${ids.accountId}, the owner's; a tenant must be another account: pass the tenant account's provider.`,
                  ]
                : [],
        );
        const gate = share.gate
            ? pulumi.all([share.gate, tenantGate]).apply(([a, b]) => [...a, ...b])
            : tenantGate;
        const ctx: ChildContext = { component: name, parent: this, gate };

        const target = share.ownerProvider
            ? new alicloud.resourcemanager.SharedTarget(
                  childName(name, "target"),
                  { resourceShareId: share.resourceShareId, targetId: accountId },
                  childOptions(ctx, share.ownerProvider, [], {
                      customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS,
                  }),
              )
            : undefined;
        const acceptance =
            share.mode === "any-account"
                ? new ResourceShareInvitationAccepter(
                      childName(name, "acceptance"),
                      { resourceShareId: share.resourceShareId, region: share.region, ...args.acceptance },
                      {
                          parent: this,
                          dependsOn: withGate(ctx, [
                              ...(share.sharedResources ?? []),
                              ...(target ? [target] : []),
                          ]),
                      },
                  )
                : undefined;
        const joined: pulumi.Resource[] = [
            ...(share.sharedResources ?? []),
            ...(acceptance ? [acceptance] : target ? [target] : []),
        ];
        const securityGroup = new alicloud.ecs.SecurityGroup(
            childName(name, "sg"),
            {
                vpcId: share.vpcId,
                securityGroupName: args.securityGroupName ?? childName(name, "sg"),
                description: "Tenant security group in a shared VPC",
            },
            childOptions(ctx, args.provider, joined),
        );

        this.accountId = accountId;
        this.securityGroupId = securityGroup.id;
        this.vpcId = pulumi.output(share.vpcId);
        this.vswitchIds = pulumi.output(share.vswitchIds);
        this.sharedTargetId = target ? target.id : pulumi.output(undefined);
        this.invitationId = acceptance ? acceptance.invitationId : pulumi.output(undefined);
        this.registerOutputs({
            accountId: this.accountId,
            securityGroupId: this.securityGroupId,
            vpcId: this.vpcId,
            vswitchIds: this.vswitchIds,
            sharedTargetId: this.sharedTargetId,
            invitationId: this.invitationId,
        });
    }
}
