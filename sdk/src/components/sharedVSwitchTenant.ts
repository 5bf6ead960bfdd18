import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { found } from "../core/argTypes";
import { shareRegionProblem } from "../core/regions";
import { throwIfProblems } from "../validation/validationError";
import { childName } from "../core/naming";
import { SHARED_VSWITCH_TENANT_TYPE } from "../core/typeTokens";
import { accountIdResolver } from "../validation/accountIds";
import { ChildContext, childOptions, withGate } from "../resources/childOptions";
import { regionResolver } from "../validation/providerRegions";
import { ResourceShareInvitationAccepter } from "../resources/shareInvitation/invitationAccepter";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "../resources/timeouts";
import { lateValidationGate } from "../validation/validationGate";
import { SharedVSwitchShareInfo, SharedVSwitchTenantArgs } from "../args/sharedVSwitchArgs";
import { checkShareInfo, checkTenant, tenantLateProblems } from "../validation/sharedVSwitchChecks";

/**
 * @internal
 * The share information a {@link SharedVSwitchShare} hands its own tenants
 * (and `share.info` carries): besides what any program may write, the
 * share's late validation and vSwitch resources, which no other language
 * could pass and no user writes.
 */
export interface GatedShareInfo extends SharedVSwitchShareInfo {
    /** Validation of the share that must pass before a tenant's resources are created. */
    readonly gate?: pulumi.Output<pulumi.Resource[]>;
    /** What a tenant joins after: the share's vSwitch resources. */
    readonly sharedResources?: readonly pulumi.Resource[];
}

/** @internal A tenant's arguments as its share creates it. */
export interface TenantOfShareArgs extends SharedVSwitchTenantArgs {
    readonly share: GatedShareInfo;
    /** The share has checked the tenant's account and region in its gate. */
    readonly checkedByShare?: boolean;
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
 *
 * @see {@link https://www.alibabacloud.com/help/en/vpc/vpc-sharing | Shared VPC}
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
        throwIfProblems(this, name, [
            ...checkShareInfo(args?.share),
            ...checkTenant("args", args, args?.share),
        ]);
        const share: GatedShareInfo = args.share;
        const accountOf = accountIdResolver(this);
        const accountId = accountOf(args.provider, args.accountId);
        const gate = (args as TenantOfShareArgs).checkedByShare
            ? share.gate
            : tenantGate(this, name, args, accountId, accountOf);
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

/**
 * The checks of a tenant joining on its own, once ids and regions resolve:
 * its account is not the owner's, its provider (and the owner's, for a
 * share managed elsewhere) is in the share's region; after the share's
 * own gate when the share is in this program.
 */
function tenantGate(
    tenant: SharedVSwitchTenant,
    name: string,
    args: SharedVSwitchTenantArgs,
    accountId: pulumi.Output<string>,
    accountOf: ReturnType<typeof accountIdResolver>,
): pulumi.Output<pulumi.Resource[]> {
    const share: GatedShareInfo = args.share;
    const regionOf = regionResolver(tenant);
    const owner = share.ownerProvider;
    const late = {
        accountId,
        ownerAccountId: share.ownerAccountId ?? (owner ? accountOf(owner) : undefined),
        region: regionOf(args.provider),
        // A share of this program checked its owner's region already.
        ownerRegion: owner && !share.gate ? regionOf(owner) : undefined,
    };
    const own = lateValidationGate(tenant, name, late, (resolved) => [
        ...tenantLateProblems(
            {
                label: "args",
                accountId: resolved.accountId,
                accountGiven: args.accountId !== undefined,
                region: resolved.region,
            },
            resolved.ownerAccountId,
            share.region,
        ),
        ...found(
            shareRegionProblem("share.region", share.region, "share.ownerProvider", resolved.ownerRegion),
        ),
    ]);
    return share.gate ? pulumi.all([share.gate, own]).apply(([a, b]) => [...a, ...b]) : own;
}
