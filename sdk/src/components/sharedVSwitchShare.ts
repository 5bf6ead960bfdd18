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
import { throwIfProblems } from "../validation/validationError";
import { childName, isValidKey } from "../core/naming";
import { checkSharingRegion, DEFAULT_SHARING_QUOTAS, quotaProblem } from "../core/sharing";
import { SharingQuotas } from "../args/values";
import { SHARED_VSWITCH_SHARE_TYPE } from "../core/typeTokens";
import { ChildContext, childOptions, invokeOptions } from "../resources/childOptions";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "../resources/timeouts";
import { lateValidationGate } from "../validation/validationGate";
import { shareRegionProblem } from "../core/regions";
import { accountIdResolver } from "../resources/accountIds";
import { regionResolver } from "../resources/providerRegions";
import { optionalProviderProblem } from "../validation/inputs";
import { SharedVSwitchShareArgs, SharedVSwitchShareInfo } from "../args/sharedVSwitchArgs";
import { SHARING_MODES } from "../args/values";
import { checkTenant, tenantLateProblems } from "../validation/sharedVSwitchChecks";
import { GatedShareInfo, SharedVSwitchTenant, TenantOfShareArgs } from "./sharedVSwitchTenant";

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
        const info: GatedShareInfo = { ...joining, resourceShareId, gate, sharedResources: shared };
        this.info = info;
        this.tenants = Object.fromEntries(
            tenants.map(({ name: key, ...tenant }, i) => {
                const tenantArgs: TenantOfShareArgs = {
                    ...tenant,
                    accountId: tenantAccountIds[i],
                    share: info,
                    checkedByShare: true,
                };
                return [key, new SharedVSwitchTenant(childName(name, key), tenantArgs, { parent: this })];
            }),
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
