// The checks of a SharedVSwitchShare's arguments: those made before
// anything is created, and those of values known once they resolve (the
// VPC's default flag, the owner's region, each tenant's account and region).
import * as pulumi from "@pulumi/pulumi";
import {
    entriesOf,
    found,
    listProblem,
    nonEmptyListProblem,
    plainValueProblem,
    positiveIntegerProblem,
    requiredIdProblem,
} from "../core/argTypes";
import { isValidKey } from "../core/naming";
import { shareRegionProblem } from "../core/regions";
import { checkSharingRegion, DEFAULT_SHARING_QUOTAS, quotaProblem } from "../core/sharing";
import { ShareTenantArgs, SharedVSwitchShareArgs, SharedVSwitchShareInfo } from "../args/sharedVSwitchArgs";
import { SHARING_MODES, SharingQuotas } from "../args/values";
import { optionalProviderProblem } from "./inputs";
import { tenantLateProblems } from "./sharedVSwitchChecks";

/** A share's settings with its defaults: the quotas, what a tenant joins, the tenants. */
export function shareSettings(args: SharedVSwitchShareArgs | undefined): {
    quotas: SharingQuotas;
    joining: SharedVSwitchShareInfo;
    tenants: readonly ShareTenantArgs[];
} {
    // A quota that is not a whole number is reported as such, and not compared against.
    const quotas = {
        ...DEFAULT_SHARING_QUOTAS,
        ...Object.fromEntries(
            Object.entries(args?.quotas ?? {}).filter(
                ([key, v]) => positiveIntegerProblem(key, v) === undefined,
            ),
        ),
    };
    const joining: SharedVSwitchShareInfo = {
        resourceShareId: "",
        region: args?.region as string,
        vpcId: args?.vpcId as pulumi.Input<string>,
        vswitchIds: Object.fromEntries(entriesOf(args?.vswitches).map((v) => [v?.name, v?.vswitchId])),
        mode: args?.mode ?? "resource-directory",
        ownerProvider: args?.ownerProvider,
        ownerAccountId: args?.ownerAccountId,
        quotas,
        additionalSharingRegions: args?.additionalSharingRegions,
    };
    return { quotas, joining, tenants: entriesOf(args?.tenants) };
}

/** What resolves before a share's problems can be told: the VPC, the owner's region and account, each tenant's. */
export interface ShareFacts {
    readonly vpcs: readonly { readonly isDefault?: boolean }[];
    readonly vpcId: string;
    readonly ownerRegion: string | undefined;
    readonly ownerAccountId: string | undefined;
    readonly tenants: readonly { readonly accountId: string; readonly region: string | undefined }[];
}

/** The problems of a share's resolved values; `tenantLabel` names a tenant (`tenants[0] 'b'`). */
export function shareLateProblems(
    facts: ShareFacts,
    args: SharedVSwitchShareArgs,
    tenantLabel: (i: number) => string,
): string[] {
    return [
        ...found(
            facts.vpcs.some((v) => v.isDefault)
                ? `vpcId ${facts.vpcId} is the region's default VPC, and default VPCs cannot be shared (https://www.alibabacloud.com/help/en/vpc/vpc-sharing); create a custom VPC and share its vSwitches.`
                : undefined,
            shareRegionProblem("region", args.region, "ownerProvider", facts.ownerRegion),
        ),
        ...entriesOf(args.tenants).flatMap((t, i) =>
            tenantLateProblems(
                {
                    label: tenantLabel(i),
                    accountId: facts.tenants[i].accountId,
                    accountGiven: t.accountId !== undefined,
                    region: facts.tenants[i].region,
                },
                facts.ownerAccountId,
                args.region,
            ),
        ),
    ];
}

/** The problems of a share's arguments, every one of them, before anything is created. */
export function checkShare(args: SharedVSwitchShareArgs | undefined, quotas: SharingQuotas): string[] {
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
