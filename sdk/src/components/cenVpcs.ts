// Resolution of the VPC list shared by the CEN components: shape checks,
// validation now and when values resolve, defaults, and account decisions.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { checkAccountDecision, isCrossAccount } from "../core/accounts";
import { throwIfProblems } from "../core/errors";
import { VPC_ROUTE_MODES, VpcRouteMode } from "../core/routePlan";
import { checkVpcList, Known, vpcLabel, VpcFacts } from "../core/vpcValidation";
import { accountIdResolver } from "../resources/accountIds";
import { allPlainNow, plainNow } from "../resources/inputs";
import { lateValidationGate } from "../resources/validationGate";
import { VpcToAttach } from "../resources/vpcAttachment";
import { CenVpcArgs } from "./cenVpcArgs";

/** The component-level settings the VPC resolution depends on. */
export interface CenVpcSettings {
    readonly cenProvider: alicloud.Provider;
    readonly cenAccountId?: pulumi.Input<string>;
    readonly vpcs: readonly CenVpcArgs[];
    readonly vpcRoutes: VpcRouteMode;
    readonly ipv6: boolean;
    readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/** A VPC with defaults applied and its account resolved. */
export interface ResolvedVpc extends VpcToAttach {
    readonly args: CenVpcArgs;
    readonly cidrBlocks: readonly pulumi.Input<string>[];
    readonly ipv6CidrBlocks: readonly pulumi.Input<string>[];
    readonly routeTableIds: readonly pulumi.Input<string>[];
}

export interface ResolvedCenVpcs {
    readonly cenAccountId: pulumi.Output<string>;
    readonly vpcs: readonly ResolvedVpc[];
    /** Present when some values are checked only once they resolve. */
    readonly gate?: pulumi.Output<pulumi.Resource[]>;
}

/** Problems with the shape of the arguments, the kind a JavaScript caller or a typo produces. */
export function checkArgShapes(args: Partial<CenVpcSettings> | undefined): string[] {
    if (args === undefined || args === null) {
        return ["args is missing; pass { cenProvider, vpcs: [...] }."];
    }
    const problems: string[] = [];
    if (!pulumi.ProviderResource.isInstance(args.cenProvider)) {
        problems.push(
            "cenProvider is missing or not an alicloud.Provider; pass the provider of the account that owns the CEN instance.",
        );
    }
    if (!VPC_ROUTE_MODES.includes(args.vpcRoutes as VpcRouteMode)) {
        problems.push(
            `vpcRoutes ${JSON.stringify(args.vpcRoutes)} is not a route mode; use one of ${VPC_ROUTE_MODES.map((m) => `"${m}"`).join(", ")}.`,
        );
    }
    if (!Array.isArray(args.vpcs) || args.vpcs.length === 0) {
        problems.push("vpcs is empty; give at least one VPC to attach.");
        return problems;
    }
    args.vpcs.forEach((vpc, i) => {
        const label = vpcLabel(i, vpc?.name);
        if (!pulumi.ProviderResource.isInstance(vpc?.provider)) {
            problems.push(
                `${label}: provider is missing or not an alicloud.Provider; pass the provider of the account that owns the VPC.`,
            );
        }
        if (vpc?.vpcId === undefined) {
            problems.push(`${label}: vpcId is missing; pass the VPC's id.`);
        }
        for (const field of ["cidrBlocks", "zoneMappings"] as const) {
            if (!Array.isArray(vpc?.[field])) {
                problems.push(`${label}: ${field} must be a list.`);
            }
        }
    });
    return problems;
}

function factsOf(vpc: CenVpcArgs, known: (input: pulumi.Input<string>) => Known<string>): VpcFacts {
    return {
        name: vpc.name,
        cidrBlocks: vpc.cidrBlocks.map(known),
        ipv6CidrBlocks: (vpc.ipv6CidrBlocks ?? []).map(known),
        zoneIds: vpc.zoneMappings.map((z) => known(z.zoneId)),
        payer: vpc.payer,
        routeTableCount: (vpc.routeTableIds ?? []).length,
    };
}

function checkIpv6(settings: CenVpcSettings, facts: readonly VpcFacts[]): string[] {
    if (settings.ipv6 && facts.every((f) => f.ipv6CidrBlocks.length === 0)) {
        return ["ipv6 is true but no VPC has ipv6CidrBlocks; add the VPCs' IPv6 blocks or leave ipv6 off."];
    }
    return [];
}

/**
 * Validates the VPC list (throwing a ValidationError with every problem),
 * decides which VPCs are cross-account, resolves account ids, and builds the
 * gate that re-validates everything once Outputs resolve.
 */
export function resolveCenVpcs(
    component: string,
    parent: pulumi.Resource,
    settings: CenVpcSettings,
): ResolvedCenVpcs {
    const needRoutes = settings.vpcRoutes !== "none";
    const nowFacts = settings.vpcs.map((v) => factsOf(v, (i) => plainNow(i)));
    const cenAccountNow = plainNow(settings.cenAccountId);
    const crossAccount = settings.vpcs.map((v) =>
        isCrossAccount(v.provider === settings.cenProvider, plainNow(v.accountId), cenAccountNow),
    );
    const problems = [...checkVpcList(nowFacts, needRoutes), ...checkIpv6(settings, nowFacts)];
    settings.vpcs.forEach((v, i) => {
        const vpcAccountNow = plainNow(v.accountId);
        if (vpcAccountNow !== undefined && cenAccountNow !== undefined) {
            const problem = checkAccountDecision(
                vpcLabel(i, v.name),
                crossAccount[i],
                vpcAccountNow,
                cenAccountNow,
            );
            if (problem) problems.push(problem);
        }
    });
    throwIfProblems(component, problems);

    const accountOf = accountIdResolver(parent);
    const cenAccountId = accountOf(settings.cenProvider, settings.cenAccountId);
    const vpcs: ResolvedVpc[] = settings.vpcs.map((v, i) => ({
        args: v,
        key: v.name,
        provider: v.provider,
        accountId: accountOf(v.provider, v.accountId),
        crossAccount: crossAccount[i],
        vpcId: v.vpcId,
        zoneMappings: v.zoneMappings,
        payer: v.payer ?? "cen-owner",
        ipv6: settings.ipv6 && (v.ipv6CidrBlocks ?? []).length > 0,
        tags: settings.tags,
        cidrBlocks: v.cidrBlocks,
        ipv6CidrBlocks: v.ipv6CidrBlocks ?? [],
        routeTableIds: v.routeTableIds ?? [],
    }));
    return { cenAccountId, vpcs, gate: lateGate(component, settings, vpcs, cenAccountId, needRoutes) };
}

function lateGate(
    component: string,
    settings: CenVpcSettings,
    vpcs: readonly ResolvedVpc[],
    cenAccountId: pulumi.Output<string>,
    needRoutes: boolean,
): pulumi.Output<pulumi.Resource[]> | undefined {
    const valuesPlain = settings.vpcs.every(
        (v) =>
            allPlainNow(v.cidrBlocks) &&
            allPlainNow(v.ipv6CidrBlocks ?? []) &&
            allPlainNow(v.zoneMappings.map((z) => z.zoneId)),
    );
    const accountsPlain =
        settings.vpcs.every((v) => plainNow(v.accountId) !== undefined) &&
        plainNow(settings.cenAccountId) !== undefined;
    if (valuesPlain && accountsPlain) {
        return undefined;
    }
    const late = {
        cenAccountId,
        vpcs: vpcs.map((v) => ({
            accountId: v.accountId,
            cidrBlocks: v.cidrBlocks,
            ipv6CidrBlocks: v.ipv6CidrBlocks,
            zoneIds: v.zoneMappings.map((z) => z.zoneId),
        })),
    };
    return lateValidationGate(component, late, (resolved) => {
        const facts = settings.vpcs.map((v, i) => ({
            ...factsOf(v, () => undefined),
            cidrBlocks: resolved.vpcs[i].cidrBlocks,
            ipv6CidrBlocks: resolved.vpcs[i].ipv6CidrBlocks,
            zoneIds: resolved.vpcs[i].zoneIds,
        }));
        const problems = checkVpcList(facts, needRoutes);
        vpcs.forEach((v, i) => {
            const problem = checkAccountDecision(
                vpcLabel(i, v.key),
                v.crossAccount,
                resolved.vpcs[i].accountId,
                resolved.cenAccountId,
            );
            if (problem) problems.push(problem);
        });
        return problems;
    });
}
