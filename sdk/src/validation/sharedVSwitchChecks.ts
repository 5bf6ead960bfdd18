// The checks of shared vSwitch tenants and of the share info a tenant joins:
// what can be seen before anything is created, and what only once account
// ids and provider regions resolve.
import * as pulumi from "@pulumi/pulumi";
import {
    emptyIdProblem,
    found,
    plainValueProblem,
    positiveIntegerProblem,
    requiredIdProblem,
    wholeNumberProblem,
} from "../core/argTypes";
import { isCrossAccount } from "../core/accounts";
import { tenantRegionProblem } from "../core/regions";
import {
    checkSharingRegion,
    checkTenantNetworkArgs,
    DEFAULT_SHARING_QUOTAS,
    quotaProblem,
} from "../core/sharing";
import { plainNow } from "./inputs";
import { SharedVSwitchShareInfo, SharedVSwitchTenantArgs } from "../args/sharedVSwitchArgs";
import { SHARING_MODES } from "../args/values";

const SHARE_INFO_SHAPE =
    "pass a SharedVSwitchShare's info, or { resourceShareId, region, vpcId, vswitchIds, mode } of a share managed elsewhere";

/**
 * The share info a tenant joins, as a caller writes it out for a share
 * managed elsewhere: every id present, a region where sharing is available,
 * a known mode (a typo would silently skip accepting the invitation).
 */
export function checkShareInfo(share: SharedVSwitchShareInfo | undefined): string[] {
    if (share === undefined || share === null || typeof share !== "object" || Array.isArray(share)) {
        return [
            `share ${share === undefined ? "is missing" : `${JSON.stringify(share)} is not a share`}; ${SHARE_INFO_SHAPE}.`,
        ];
    }
    const problems = found(
        requiredIdProblem("share.resourceShareId", share.resourceShareId, "the resource share's id (rs-...)"),
        requiredIdProblem("share.vpcId", share.vpcId, "the shared VPC's id"),
        emptyIdProblem("share.ownerAccountId", share.ownerAccountId, "the owner's account id"),
        ...checkSharingRegion(
            share.region,
            share.additionalSharingRegions,
            "share.region",
            "share.additionalSharingRegions",
        ),
        plainValueProblem("share.mode", share.mode),
        ...Object.entries(share.quotas ?? {}).map(([key, value]) =>
            positiveIntegerProblem(`share.quotas.${key}`, value),
        ),
    );
    if (!SHARING_MODES.includes(share.mode)) {
        problems.push(
            `share.mode ${JSON.stringify(share.mode) ?? "is missing; it"} must be one of ${SHARING_MODES.map((m) => `"${m}"`).join(", ")}: the mode the share was created with (an "any-account" share needs each tenant to accept its invitation).`,
        );
    }
    problems.push(...checkVswitchIds(share.vswitchIds));
    if (share.ownerProvider !== undefined && !pulumi.ProviderResource.isInstance(share.ownerProvider)) {
        problems.push(
            "share.ownerProvider is not an alicloud.Provider; pass the owner account's provider, or leave it out if the owner's stack adds the tenant.",
        );
    }
    return problems;
}

function checkVswitchIds(vswitchIds: unknown): string[] {
    if (vswitchIds === null || typeof vswitchIds !== "object" || Array.isArray(vswitchIds)) {
        return [
            `share.vswitchIds ${JSON.stringify(vswitchIds) ?? "is missing; it"} must map each shared vSwitch's name to its id, e.g. { app: "vsw-..." }.`,
        ];
    }
    const entries = Object.entries(vswitchIds);
    if (entries.length === 0) {
        return ['share.vswitchIds is empty; give the shared vSwitches by name, e.g. { app: "vsw-..." }.'];
    }
    return found(
        ...entries.map(([name, id]) => requiredIdProblem(`share.vswitchIds.${name}`, id, "the vSwitch's id")),
    );
}

/** Problems with one tenant that can be seen before anything is created. */
export function checkTenant(
    label: string,
    args: Omit<SharedVSwitchTenantArgs, "share"> | undefined,
    share: SharedVSwitchShareInfo | undefined,
): string[] {
    if (!args) return [`${label} is missing; pass { share, provider }.`];
    const problems = checkTenantNetworkArgs(label, args);
    if (!pulumi.ProviderResource.isInstance(args.provider)) {
        problems.push(
            `${label}: provider is missing or not an alicloud.Provider; pass the tenant account's provider.`,
        );
    } else if (args.provider === share?.ownerProvider) {
        problems.push(
            `${label}: provider is the owner's provider; a tenant is another account than the owner (the owner already has the VPC).`,
        );
    }
    problems.push(
        ...found(
            emptyIdProblem(`${label}: accountId`, args.accountId, "the tenant's account id"),
            wholeNumberProblem(`${label}: vswitchesAcceptedElsewhere`, args.vswitchesAcceptedElsewhere, 0),
        ),
    );
    const owner = plainNow(share?.ownerAccountId);
    const tenant = plainNow(args.accountId);
    if (owner !== undefined && tenant !== undefined && !isCrossAccount(false, tenant, owner)) {
        problems.push(
            `${label}: accountId ${tenant} is the owner's account; a tenant must be another account.`,
        );
    }
    const quotas = { ...DEFAULT_SHARING_QUOTAS, ...share?.quotas };
    const vswitches =
        share?.vswitchIds && typeof share.vswitchIds === "object" ? Object.keys(share.vswitchIds) : [];
    const elsewhere = Number.isInteger(args.vswitchesAcceptedElsewhere)
        ? (args.vswitchesAcceptedElsewhere as number)
        : 0;
    const accepted = vswitches.length + elsewhere;
    if (Number.isInteger(quotas.vswitchesPerTenant) && accepted > quotas.vswitchesPerTenant) {
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

/** What is known of a tenant once its account id and its provider's region resolve. */
export interface ResolvedTenant {
    readonly label: string;
    readonly accountId: string;
    /** Whether the caller gave `accountId`, rather than the provider resolving it. */
    readonly accountGiven: boolean;
    readonly region: string | undefined;
}

/** A tenant is another account than the owner, and its provider is in the share's region. */
export function tenantLateProblems(
    tenant: ResolvedTenant,
    ownerAccountId: string | undefined,
    shareRegion: string,
): string[] {
    const sameAccount =
        ownerAccountId !== undefined && tenant.accountId === ownerAccountId
            ? tenant.accountGiven
                ? `${tenant.label}: accountId ${tenant.accountId} is the owner's account; a tenant must be another account.`
                : `${tenant.label}: provider resolves to account ${tenant.accountId}, the owner's; a tenant must be another account: pass the tenant account's provider.`
            : undefined;
    return found(sameAccount, tenantRegionProblem(tenant.label, tenant.region, shareRegion));
}
