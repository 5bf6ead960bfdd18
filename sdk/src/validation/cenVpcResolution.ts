// The VPCs of a CEN component resolved: checked, defaults applied, accounts
// decided and looked up, and the late gate that checks them again once
// Outputs resolve (accounts, regions, zones, declared blocks).
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { checkAccountDecision } from "../core/accounts";
import { found } from "../core/argTypes";
import { zoneProblems } from "../core/zones";
import { vpcLabel } from "../core/vpcValidation";
import { declaredBlocksProblem } from "../core/declaredBlocks";
import { givenRegionProblem, regionProviderProblem, vpcRegionProblem } from "../core/regions";
import { Payer } from "../args/values";
import { throwIfProblems } from "./validationError";
import { accountIdResolver } from "./accountIds";
import { regionResolver, zoneResolver } from "./providerRegions";
import { allPlainNow, plainNow } from "./inputs";
import { existingTransitRouterGate } from "./transitRouterGate";
import { detachedValidationGate, lateValidationGate } from "./validationGate";
import { PlacedVpc } from "./placed";
import {
    CenVpcSettings,
    checkCenVpcsNow,
    checkVpcValues,
    crossAccountNow,
    factsOf,
    ownerProvidersOf,
} from "./cenVpcChecks";

/** A VPC with defaults applied and its account resolved. */
export interface ResolvedVpc {
    /** Where the VPC is in the arguments: `vpcs[2]`, `hub`. */
    readonly path: string;
    /** The VPC's name: the key of its children and outputs. */
    readonly key: string;
    readonly provider: alicloud.Provider;
    readonly accountId: pulumi.Output<string>;
    /** Whether the VPC is in another account than the CEN owner's: it is then granted to the CEN. */
    readonly crossAccount: boolean;
    readonly vpcId: pulumi.Input<string>;
    readonly zoneMappings: readonly { zoneId: pulumi.Input<string>; vswitchId: pulumi.Input<string> }[];
    readonly payer: Payer;
    /** Whether the attachment carries IPv6: the component's `ipv6`, for a VPC with IPv6 blocks. */
    readonly ipv6: boolean;
    readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** The region given; undefined for the only region. */
    readonly region?: string;
    readonly cidrBlocks: readonly pulumi.Input<string>[];
    readonly ipv6CidrBlocks: readonly pulumi.Input<string>[];
    readonly routeTableIds: readonly pulumi.Input<string>[];
}

export interface ResolvedCenVpcs {
    readonly cenAccountId: pulumi.Output<string>;
    readonly vpcs: readonly ResolvedVpc[];
    /** The checks of values known only once they resolve: account ids, regions, Outputs given. */
    readonly gate: pulumi.Output<pulumi.Resource[]>;
    /** Each provider's region, looked up once per provider and shared with the gate. */
    readonly regionOf: (provider: alicloud.Provider) => pulumi.Output<string | undefined>;
    /** Each provider's account, looked up once per provider. */
    readonly accountOf: (provider: alicloud.Provider, given?: pulumi.Input<string>) => pulumi.Output<string>;
    /** The CEN owner's providers: cenProvider and its provider in each other region. */
    readonly ownerProviders: ReadonlySet<alicloud.Provider>;
}

/**
 * Validates the VPCs (throwing a ValidationError with every problem), decides
 * which are cross-account, resolves account ids, and builds the gate that
 * re-validates everything once Outputs resolve.
 */
export function resolveCenVpcs(
    component: string,
    parent: pulumi.Resource,
    settings: CenVpcSettings,
): ResolvedCenVpcs {
    throwIfProblems(parent, component, checkCenVpcsNow(settings));
    const ownerProviders = ownerProvidersOf(settings);
    const crossAccount = crossAccountNow(settings, ownerProviders);

    const accountOf = accountIdResolver(parent);
    const cenAccountId = accountOf(settings.cenProvider, settings.cenAccountId);
    const vpcs: ResolvedVpc[] = settings.vpcs.map(({ path, args }, i) => ({
        path,
        region: args.region,
        key: args.name,
        provider: args.provider,
        accountId: accountOf(args.provider, args.accountId),
        crossAccount: crossAccount[i],
        vpcId: args.vpcId,
        zoneMappings: args.zoneMappings,
        payer: args.payer ?? "cen-owner",
        ipv6: settings.ipv6 && (args.ipv6CidrBlocks ?? []).length > 0,
        tags: settings.tags,
        cidrBlocks: args.cidrBlocks,
        ipv6CidrBlocks: args.ipv6CidrBlocks ?? [],
        routeTableIds: args.routeTableIds ?? [],
    }));
    const regionOf = regionResolver(parent);
    return {
        cenAccountId,
        vpcs,
        gate: lateGate(parent, component, settings, vpcs, cenAccountId, regionOf),
        regionOf,
        accountOf,
        ownerProviders,
    };
}

/** True when every value validation reads is plain now (already checked before anything was created). */
function valuesPlainNow({ args }: PlacedVpc): boolean {
    return (
        allPlainNow(args.cidrBlocks) &&
        allPlainNow(args.ipv6CidrBlocks ?? []) &&
        allPlainNow(args.zoneMappings.map((z) => z.zoneId))
    );
}

function lateGate(
    parent: pulumi.Resource,
    component: string,
    settings: CenVpcSettings,
    vpcs: readonly ResolvedVpc[],
    cenAccountId: pulumi.Output<string>,
    regionOf: (provider: alicloud.Provider) => pulumi.Output<string | undefined>,
): pulumi.Output<pulumi.Resource[]> {
    const plain = settings.vpcs.map(valuesPlainNow);
    // Only what is not known yet goes into the gate: one Output per account
    // and per provider's region (providers are shared by many VPCs) and the
    // values of VPCs given as Outputs. Wrapping every VPC's plain values
    // would cost an Output each.
    const accounts = [...new Set(vpcs.map((v) => v.accountId))];
    const regions = settings.regions ?? [];
    const providers = [
        ...new Set([settings.cenProvider, ...regions.map((r) => r.provider), ...vpcs.map((v) => v.provider)]),
    ];
    const zonesOf = zoneResolver(parent);
    const late = {
        cenAccountId,
        accounts,
        regions: providers.map(regionOf),
        zones: providers.map(zonesOf),
        values: vpcs.map((v, i) =>
            plain[i]
                ? undefined
                : {
                      cidrBlocks: v.cidrBlocks,
                      ipv6CidrBlocks: v.ipv6CidrBlocks,
                      zoneIds: v.zoneMappings.map((z) => z.zoneId),
                  },
        ),
    };
    const nowFacts = settings.vpcs.map((v) => factsOf(v, (input) => plainNow(input)));
    const checked = lateValidationGate(parent, component, late, (resolved) => {
        const facts = nowFacts.map((f, i) => ({ ...f, ...resolved.values[i] }));
        const problems = checkVpcValues(settings, facts);
        const regionOfProvider = (p: alicloud.Provider) => resolved.regions[providers.indexOf(p)];
        regions.forEach(({ region, provider }, i) => {
            problems.push(
                ...found(regionProviderProblem(`regions[${i}]`, region, regionOfProvider(provider))),
            );
        });
        const homeRegion = regionOfProvider(settings.cenProvider);
        const zonesOfProvider = (p: alicloud.Provider) => resolved.zones[providers.indexOf(p)];
        vpcs.forEach((v, i) => {
            const label = vpcLabel(v.path, v.key);
            const region = regionOfProvider(v.provider);
            const router = regions.find((r) => r.region === v.region);
            const trRegion = router ? router.region : homeRegion;
            const whose = router ? `the transit router of region ${router.region}` : "cenProvider's region";
            const misplaced = vpcRegionProblem(label, region, trRegion, whose);
            const accountId = resolved.accounts[accounts.indexOf(v.accountId)];
            problems.push(
                ...found(
                    checkAccountDecision(
                        label,
                        v.crossAccount,
                        { id: accountId, given: settings.vpcs[i].args.accountId !== undefined },
                        { id: resolved.cenAccountId, given: settings.cenAccountId !== undefined },
                    ),
                    v.region !== undefined && !router
                        ? givenRegionProblem(label, v.region, homeRegion)
                        : undefined,
                    misplaced,
                ),
                // A VPC whose provider is in the wrong region is told so once, not once per zone too.
                ...(region === undefined || misplaced
                    ? []
                    : zoneProblems(
                          (j) => `${label}: zoneMappings[${j}].zoneId`,
                          facts[i].zoneIds,
                          region,
                          zonesOfProvider(v.provider),
                      )),
            );
        });
        for (const list of settings.zoneLists ?? []) {
            const region = regionOfProvider(list.provider);
            if (region === undefined) continue;
            const known = list.zoneIds.map((z) => plainNow(z));
            problems.push(
                ...zoneProblems(
                    (j) => `${list.argument}[${j}]`,
                    known,
                    region,
                    zonesOfProvider(list.provider),
                ),
            );
        }
        return problems;
    });
    // Apart, so that a VPC created in the same preview (its id unknown) leaves
    // only this check undecided, not the account and region checks above.
    const blocks = declaredBlocksGate(parent, component, vpcs);
    const router =
        settings.cenId !== undefined && settings.transitRouterId === undefined
            ? [existingTransitRouterGate(parent, component, settings.cenProvider, settings.cenId)]
            : [];
    return pulumi.all([checked, blocks, ...router]).apply((gates) => gates.flat());
}

/**
 * The declared blocks of each VPC against the VPC itself, looked up through
 * its owner's provider (one lookup per provider), once the ids are known.
 */
function declaredBlocksGate(
    parent: pulumi.Resource,
    component: string,
    vpcs: readonly ResolvedVpc[],
): pulumi.Output<pulumi.Resource[]> {
    const providers = [...new Set(vpcs.map((v) => v.provider))];
    const networks = providers.map(
        (provider) =>
            alicloud.vpc.getNetworksOutput(
                { ids: vpcs.filter((v) => v.provider === provider).map((v) => v.vpcId) },
                { parent, provider },
            ).vpcs,
    );
    const late = { networks, vpcIds: vpcs.map((v) => v.vpcId), declared: vpcs.map((v) => v.cidrBlocks) };
    return detachedValidationGate(parent, component, late, (resolved) => {
        const byId = new Map(resolved.networks.flat().map((n) => [n.id, n]));
        return found(
            ...vpcs.map((v, i) => {
                const network = byId.get(resolved.vpcIds[i]);
                return network?.cidrBlock
                    ? declaredBlocksProblem(
                          `${vpcLabel(v.path, v.key)}: cidrBlocks`,
                          resolved.declared[i],
                          {
                              vpc: network.id,
                              primary: network.cidrBlock,
                              secondary: network.secondaryCidrBlocks ?? [],
                          },
                          true,
                      )
                    : undefined;
            }),
        );
    });
}
