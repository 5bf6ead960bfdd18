import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import {
    entriesOf,
    found,
    listProblem,
    nonEmptyListProblem,
    plainValueProblem,
    positiveIntegerProblem,
    requiredIdProblem,
} from "../core/argTypes";
import { throwIfProblems } from "../resources/validationError";
import { childName, isValidKey } from "../core/naming";
import { checkSharingRegion, DEFAULT_SHARING_QUOTAS, quotaProblem, SharingQuotas } from "../core/sharing";
import { SHARED_VSWITCH_SHARE_TYPE } from "../core/typeTokens";
import { ChildContext, childOptions, invokeOptions } from "../resources/childOptions";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "../resources/timeouts";
import { lateValidationGate } from "../resources/validationGate";
import { shareRegionProblem } from "../core/regions";
import { accountIdResolver } from "../resources/accountIds";
import { regionResolver } from "../resources/providerRegions";
import { optionalProviderProblem } from "../resources/inputs";
import {
    SHARING_MODES,
    SharedVSwitchShareInfo,
    SharedVSwitchTenantArgs,
    SharingMode,
} from "./sharedVSwitchArgs";
import { checkTenant, tenantLateProblems } from "./sharedVSwitchChecks";
import { SharedVSwitchTenant } from "./sharedVSwitchTenant";

/** A vSwitch of the shared VPC to share. */
export interface SharedVSwitchArgs {
    /** Its key in this component: names its SharedResource child and its entry in the outputs. */
    readonly name: string;
    /** The vSwitch id. */
    readonly vswitchId: pulumi.Input<string>;
}

/** A tenant of the share: a SharedVSwitchTenant, created as a child of the share. */
export interface ShareTenantArgs extends Omit<SharedVSwitchTenantArgs, "share"> {
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
    readonly quotas?: Partial<SharingQuotas>;
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

function checkShare(args: SharedVSwitchShareArgs | undefined, quotas: SharingQuotas): string[] {
    if (!args) return ["args is missing; pass { ownerProvider, region, vpcId, vswitches, tenants }."];
    const problems = [
        ...checkSharingRegion(args.region, args.additionalSharingRegions),
        ...found(
            requiredIdProblem("vpcId", args.vpcId, "the id of the VPC whose vSwitches are shared"),
            plainValueProblem("mode", args.mode),
            ...Object.entries(args.quotas ?? {}).map(([key, value]) =>
                positiveIntegerProblem(`quotas.${key}`, value),
            ),
        ),
    ];
    problems.push(
        ...found(
            optionalProviderProblem(
                "resourceDirectoryProvider",
                args.resourceDirectoryProvider,
                "the resource directory management account's provider",
            ),
        ),
    );
    if (!pulumi.ProviderResource.isInstance(args.ownerProvider)) {
        problems.push(
            "ownerProvider is missing or not an alicloud.Provider; pass the provider of the account that owns the VPC.",
        );
    }
    if (!SHARING_MODES.includes(args.mode ?? "resource-directory")) {
        problems.push(
            `mode ${JSON.stringify(args.mode)} is not a sharing mode; use one of ${SHARING_MODES.map((m) => `"${m}"`).join(", ")}.`,
        );
    }
    problems.push(
        ...found(
            nonEmptyListProblem(
                "vswitches",
                args.vswitches,
                "{ name, vswitchId }",
                "give at least one vSwitch to share.",
            ),
        ),
    );
    problems.push(...found(listProblem("tenants", args.tenants, "{ name, provider }")));
    const seen = new Set<string>();
    entriesOf(args.vswitches).forEach((v, i) => {
        if (!isValidKey(v?.name) || seen.has(v.name))
            problems.push(
                `vswitches[${i}].name ${JSON.stringify(v?.name)} must be a unique name of letters, digits, '_' or '-'.`,
            );
        problems.push(
            ...found(requiredIdProblem(`vswitches[${i}].vswitchId`, v?.vswitchId, "the vSwitch's id")),
        );
        seen.add(v?.name);
    });
    const tenants = entriesOf(args.tenants);
    const names = new Set<string>();
    tenants.forEach((t, i) => {
        if (!isValidKey(t?.name) || names.has(t.name))
            problems.push(
                `tenants[${i}].name ${JSON.stringify(t?.name)} must be a unique name of letters, digits, '_' or '-'.`,
            );
        names.add(t?.name);
    });
    if (tenants.length > quotas.tenantsPerVswitch) {
        problems.push(
            quotaProblem(
                "tenants: the accounts each vSwitch would be shared with number",
                tenants.length,
                "tenantsPerVswitch",
                quotas.tenantsPerVswitch,
            ),
        );
    }
    if (tenants.length > quotas.tenantsPerVpc) {
        problems.push(
            quotaProblem(
                "tenants: the accounts the VPC would be shared with number",
                tenants.length,
                "tenantsPerVpc",
                quotas.tenantsPerVpc,
            ),
        );
    }
    return problems;
}

/**
 * Shares vSwitches of a non-default VPC with other accounts: one resource share, a SharedResource per vSwitch, and a
 * SharedVSwitchTenant child per tenant (its target, its acceptance of the
 * invitation, its security group). Account A sharing one vSwitch with B, C
 * and D reads as one share with three tenants.
 *
 * Removing a vSwitch from `vswitches` unshares it; removing a tenant deletes
 * its target. Either way the tenant keeps using, viewing, modifying and
 * deleting its existing resources in the vSwitch but can create no new ones,
 * no longer sees the vSwitch, VPC, route table, CIDR blocks or network ACL,
 * and the owner's tags are removed from its view.
 *
 * @see {@link https://www.alibabacloud.com/help/en/vpc/vpc-sharing | Shared VPC}
 */
export class SharedVSwitchShare extends pulumi.ComponentResource {
    /** The resource share id. */
    public readonly resourceShareId: pulumi.Output<string>;
    /** Per vSwitch name, the SharedResource id. */
    public readonly sharedResourceIds: pulumi.Output<Record<string, string>>;
    /** Per tenant name, its security group in the shared VPC. */
    public readonly tenantSecurityGroupIds: pulumi.Output<Record<string, string>>;
    /** The tenants, as child components. */
    public readonly tenants: Record<string, SharedVSwitchTenant>;
    /** What a tenant needs to join this share, for a SharedVSwitchTenant created elsewhere in the program. */
    public readonly info: SharedVSwitchShareInfo;

    constructor(name: string, args: SharedVSwitchShareArgs, opts?: pulumi.ComponentResourceOptions) {
        super(SHARED_VSWITCH_SHARE_TYPE, name, {}, opts);
        // A quota that is not a whole number is reported as such, and not compared against.
        const quotas = {
            ...DEFAULT_SHARING_QUOTAS,
            ...Object.fromEntries(
                Object.entries(args?.quotas ?? {}).filter(
                    ([key, v]) => positiveIntegerProblem(key, v) === undefined,
                ),
            ),
        };
        const mode = args?.mode ?? "resource-directory";
        const joining: SharedVSwitchShareInfo = {
            resourceShareId: "",
            region: args?.region,
            vpcId: args?.vpcId,
            vswitchIds: Object.fromEntries(entriesOf(args?.vswitches).map((v) => [v?.name, v?.vswitchId])),
            mode,
            ownerProvider: args?.ownerProvider,
            ownerAccountId: args?.ownerAccountId,
            quotas,
            additionalSharingRegions: args?.additionalSharingRegions,
        };
        const tenants = entriesOf(args?.tenants);
        const tenantLabel = (i: number) => `tenants[${i}] '${tenants[i]?.name}'`;
        const tenantProblems = tenants.flatMap((t, i) => checkTenant(tenantLabel(i), t, joining));
        throwIfProblems(this, name, [...checkShare(args, quotas), ...tenantProblems]);

        // One gate for the share and all its tenants: when any tenant's
        // account or region is wrong, nothing of the share is created either.
        const accountOf = accountIdResolver(this);
        const regionOf = regionResolver(this);
        const tenantAccountIds = tenants.map((t) => accountOf(t.provider, t.accountId));
        const lookup = alicloud.vpc.getNetworksOutput(
            { ids: [args.vpcId] },
            invokeOptions({ component: name, parent: this }, args.ownerProvider),
        );
        const late = {
            vpcs: lookup.vpcs,
            vpcId: args.vpcId,
            ownerRegion: regionOf(args.ownerProvider),
            ownerAccountId:
                tenants.length > 0 ? accountOf(args.ownerProvider, args.ownerAccountId) : undefined,
            tenants: tenants.map((t, i) => ({
                accountId: tenantAccountIds[i],
                region: regionOf(t.provider),
            })),
        };
        const gate = lateValidationGate(this, name, late, (resolved) => [
            ...found(
                resolved.vpcs.some((v) => v.isDefault)
                    ? `vpcId ${resolved.vpcId} is the region's default VPC, and default VPCs cannot be shared (https://www.alibabacloud.com/help/en/vpc/vpc-sharing); create a custom VPC and share its vSwitches.`
                    : undefined,
                shareRegionProblem("region", args.region, "ownerProvider", resolved.ownerRegion),
            ),
            ...tenants.flatMap((t, i) =>
                tenantLateProblems(
                    {
                        label: tenantLabel(i),
                        accountId: resolved.tenants[i].accountId,
                        accountGiven: t.accountId !== undefined,
                        region: resolved.tenants[i].region,
                    },
                    resolved.ownerAccountId,
                    args.region,
                ),
            ),
        ]);
        const ctx: ChildContext = { component: name, parent: this, gate };
        const timeouts = { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS };

        const rdSharing = args.resourceDirectoryProvider
            ? [
                  new alicloud.resourcemanager.ResourceDirectorySharing(
                      childName(name, "rd-sharing"),
                      {},
                      childOptions(ctx, args.resourceDirectoryProvider),
                  ),
              ]
            : [];
        const resourceShareId =
            args.resourceShareId !== undefined
                ? pulumi.output(args.resourceShareId)
                : new alicloud.resourcemanager.ResourceShare(
                      childName(name, "share"),
                      {
                          resourceShareName: args.resourceShareName ?? name,
                          allowExternalTargets: mode === "any-account",
                          tags: args.tags,
                      },
                      childOptions(ctx, args.ownerProvider, rdSharing, timeouts),
                  ).id;
        const shared = args.vswitches.map(
            (v) =>
                new alicloud.resourcemanager.SharedResource(
                    childName(name, "vswitch", v.name),
                    {
                        resourceShareId,
                        resourceId: v.vswitchId,
                        resourceType: "VSwitch",
                        permissionName: "AliyunRSDefaultPermissionVSwitch",
                    },
                    childOptions(ctx, args.ownerProvider, [], timeouts),
                ),
        );

        // Tenants join once the vSwitches are in the share and the VPC passed its checks.
        this.info = { ...joining, resourceShareId, gate, sharedResources: shared };
        this.tenants = Object.fromEntries(
            tenants.map(({ name: key, ...tenant }, i) => [
                key,
                new SharedVSwitchTenant(
                    childName(name, key),
                    { ...tenant, accountId: tenantAccountIds[i], share: this.info, checkedByShare: true },
                    { parent: this },
                ),
            ]),
        );
        this.resourceShareId = resourceShareId;
        this.sharedResourceIds = pulumi.output(
            Object.fromEntries(args.vswitches.map((v, i) => [v.name, shared[i].id])),
        );
        this.tenantSecurityGroupIds = pulumi.output(
            Object.fromEntries(Object.entries(this.tenants).map(([k, t]) => [k, t.securityGroupId])),
        );
        this.registerOutputs({
            resourceShareId: this.resourceShareId,
            sharedResourceIds: this.sharedResourceIds,
            tenantSecurityGroupIds: this.tenantSecurityGroupIds,
        });
    }
}
