// Resolution of the VPCs shared by the CEN components: shape checks,
// validation now and when values resolve, defaults, and account decisions.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { checkAccountDecision, isCrossAccount } from "../core/accounts";
import { found, requiredIdProblem } from "../core/argTypes";
import { throwIfProblems } from "../validation/validationError";
import { zoneProblems } from "../core/zones";
import { checkRouteCoverage, RFC1918_SUMMARIES, RouteCoverage } from "../core/routePlan";
import { RouteDestinations } from "../args/values";
import { checkVpcList, Known, SharedTable, vpcLabel, VpcFacts } from "../core/vpcValidation";
import { checkResourceNames, NamedChild } from "../core/naming";
import { declaredBlocksProblem } from "../core/declaredBlocks";
import { givenRegionProblem, regionProviderProblem, vpcRegionProblem } from "../core/regions";
import { accountIdResolver } from "./accountIds";
import { regionResolver, zoneResolver } from "./providerRegions";
import { allPlainNow, plainNow } from "../validation/inputs";
import { existingTransitRouterGate } from "./transitRouter";
import { detachedValidationGate, lateValidationGate } from "../validation/validationGate";
import { VpcToAttach } from "./vpcAttachment";
import type { CenVpcArgs } from "../args/cenVpcArgs";
import { GivenVpc, PlacedVpc, ZoneList } from "../validation/placed";

/** The component-level settings the VPC resolution depends on. */
export interface CenVpcSettings {
    readonly cenProvider: alicloud.Provider;
    readonly cenAccountId?: pulumi.Input<string>;
    /** The existing CEN, and transit router, when given. */
    readonly cenId?: pulumi.Input<string>;
    readonly transitRouterId?: pulumi.Input<string>;
    readonly vpcs: readonly PlacedVpc[];
    /** The regions of a multi-region network and the CEN owner's provider in each; absent for one region. */
    readonly regions?: readonly { readonly region: string; readonly provider: alicloud.Provider }[];
    readonly ipv6: boolean;
    /** Summary routes that must cover the IPv4 blocks of the VPCs at these indexes. */
    readonly summaryRoutes?: readonly SummaryRoutes[];
    readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
    /** The table that learns routes to both of two VPCs (by path), whose blocks then must not overlap. @default - every VPC's routes meet in one table */
    readonly sharedTable?: SharedTable;
    /** Other zone ids the component is given (a firewall's attachment zones), checked with the VPCs' against their provider's region. @default [] */
    readonly zoneLists?: readonly ZoneList[];
}

/** Summary route destinations, and the indexes (in `vpcs`) of the VPCs they must cover. */
export interface SummaryRoutes extends Omit<RouteCoverage, "targets"> {
    readonly targets: readonly number[];
}

/** A VPC with defaults applied and its account resolved. */
export interface ResolvedVpc extends VpcToAttach {
    readonly path: string;
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

/** Per VPC key, the IPv4 blocks the component was given: what its routes and checks follow, for the policy pack to compare. */
export function cidrBlocksByVpc(vpcs: readonly ResolvedVpc[]): pulumi.Output<Record<string, string[]>> {
    return pulumi.output(Object.fromEntries(vpcs.map((v) => [v.key, v.cidrBlocks]))) as pulumi.Output<
        Record<string, string[]>
    >;
}

/** Summary routes must cover the blocks of the VPCs they lead to (the VPCs at `targets`). */
export function summaryRoutesFor(
    argument: string,
    destinations: RouteDestinations,
    routedBy: string,
    targets: number[],
): SummaryRoutes[] {
    if (destinations === "none" || destinations === "peer-cidrs") return [];
    const rfc1918 = destinations === "rfc1918";
    return [
        {
            argument: rfc1918 ? `${argument} "rfc1918"` : argument,
            summaries: rfc1918 ? RFC1918_SUMMARIES : (destinations as readonly string[]),
            routedBy,
            orElse: `add a block that covers it, or set ${argument} to "peer-cidrs"`,
            targets,
        },
    ];
}

/**
 * What can be seen of the VPC arguments before anything resolves: their
 * shapes, and the names the component and they give resources in Alibaba
 * Cloud (the attachments are `<component>-<vpc>`; `otherNames` are the
 * component's other children named after it).
 */
export function checkGivenVpcs(
    component: string,
    vpcs: readonly GivenVpc[],
    otherNames: NamedChild[] = [],
): string[] {
    const attachments = vpcs.flatMap(({ path, args }) =>
        typeof args?.name === "string" ? [{ argument: `${path}.name`, suffix: args.name }] : [],
    );
    return [...checkResourceNames(component, [...otherNames, ...attachments]), ...checkVpcShapes(vpcs)];
}

/** What a list of VPC arguments holds, for messages. */
export const VPC_LIST = "VPCs: { name, provider, vpcId, cidrBlocks, zoneMappings }";

/** The CEN owner's provider must be a provider. */
export function checkCenProvider(cenProvider: unknown): string[] {
    return pulumi.ProviderResource.isInstance(cenProvider)
        ? []
        : [
              "cenProvider is missing or not an alicloud.Provider; pass the provider of the account that owns the CEN instance.",
          ];
}

/** Problems with the shape of each VPC argument, the kind a JavaScript caller or a typo produces. */
export function checkVpcShapes(vpcs: readonly GivenVpc[]): string[] {
    const problems: string[] = [];
    for (const { path, args } of vpcs) {
        const label = vpcLabel(path, args?.name);
        if (args === undefined || args === null || Array.isArray(args) || typeof args !== "object") {
            problems.push(
                `${path} ${args === undefined || args === null ? "is missing" : `is ${Array.isArray(args) ? "a list" : `a ${typeof args}`}`}; pass one VPC's { name, provider, vpcId, cidrBlocks, zoneMappings }.`,
            );
            continue;
        }
        if (!pulumi.ProviderResource.isInstance(args.provider)) {
            problems.push(
                `${label}: provider is missing or not an alicloud.Provider; pass the provider of the account that owns the VPC.`,
            );
        }
        problems.push(
            ...found(requiredIdProblem(`${label}: vpcId`, args.vpcId, "the VPC's id")),
            ...checkLists(label, args),
        );
    }
    return problems;
}

const LISTS = {
    cidrBlocks: { required: true, entry: "a CIDR block" },
    ipv6CidrBlocks: { required: false, entry: "an IPv6 CIDR block" },
    routeTableIds: { required: false, entry: "a route table id (vtb-...)" },
    zoneMappings: { required: true, entry: "{ zoneId, vswitchId }" },
} as const;

/** Each list is a list, and none of its entries is empty; a zone mapping names its zone and its vSwitch. */
function checkLists(label: string, args: CenVpcArgs): string[] {
    const problems: string[] = [];
    for (const [field, { required, entry }] of Object.entries(LISTS)) {
        const list = (args as unknown as Record<string, unknown>)[field];
        if (list === undefined && !required) continue;
        if (!Array.isArray(list)) {
            problems.push(`${label}: ${field} must be a list.`);
            continue;
        }
        list.forEach((value: unknown, i) => {
            if (value === undefined || value === null || value === "") {
                problems.push(
                    `${label}: ${field}[${i}] is ${JSON.stringify(value) ?? "undefined"}; give ${entry}, or remove the entry.`,
                );
            } else if (field === "zoneMappings") {
                const { zoneId, vswitchId } = value as { zoneId?: unknown; vswitchId?: unknown };
                for (const [key, id, what] of [
                    ["zoneId", zoneId, "its zone id"],
                    ["vswitchId", vswitchId, "its vSwitch's id"],
                ] as const) {
                    if (id === undefined || id === null || id === "") {
                        problems.push(
                            `${label}: zoneMappings[${i}].${key} is ${JSON.stringify(id) ?? "missing"}; give ${what}.`,
                        );
                    }
                }
            }
        });
    }
    return problems;
}

function factsOf(
    { path, args, routeTables }: PlacedVpc,
    known: (input: pulumi.Input<string>) => Known<string>,
): VpcFacts {
    return {
        path,
        name: args.name,
        cidrBlocks: args.cidrBlocks.map(known),
        ipv6CidrBlocks: (args.ipv6CidrBlocks ?? []).map(known),
        zoneIds: args.zoneMappings.map((z) => known(z.zoneId)),
        payer: args.payer,
        routeTableCount: (args.routeTableIds ?? []).length,
        routeTables,
    };
}

/** Every rule on the VPCs' values, run on what is known now and again once Outputs resolve. */
function checkVpcValues(settings: CenVpcSettings, facts: readonly VpcFacts[]): string[] {
    const problems = checkVpcList(facts, settings.sharedTable);
    if (settings.ipv6 && facts.every((f) => f.ipv6CidrBlocks.length === 0)) {
        problems.push(
            "ipv6 is true but no VPC has ipv6CidrBlocks; add the VPCs' IPv6 blocks or leave ipv6 off.",
        );
    }
    for (const summary of settings.summaryRoutes ?? []) {
        problems.push(...checkRouteCoverage({ ...summary, targets: summary.targets.map((i) => facts[i]) }));
    }
    return problems;
}

/** The CEN owner's providers: cenProvider, and its provider in each other region. */
function ownerProvidersOf(settings: CenVpcSettings) {
    return new Set([settings.cenProvider, ...(settings.regions ?? []).map((r) => r.provider)]);
}

/** Which VPCs are in another account than the CEN owner's, as far as plain values tell now. */
function crossAccountNow(settings: CenVpcSettings, ownerProviders: ReturnType<typeof ownerProvidersOf>) {
    const cenAccountNow = plainNow(settings.cenAccountId);
    return settings.vpcs.map(({ args }) =>
        isCrossAccount(ownerProviders.has(args.provider), plainNow(args.accountId), cenAccountNow),
    );
}

/**
 * Every problem with the VPCs that can be seen before anything is created:
 * their shapes, or once the shapes are right, their values and accounts.
 */
export function checkCenVpcsNow(settings: CenVpcSettings): string[] {
    const shapes = [...checkCenProvider(settings.cenProvider), ...checkVpcShapes(settings.vpcs)];
    if (shapes.length > 0) return shapes;
    const nowFacts = settings.vpcs.map((v) => factsOf(v, (i) => plainNow(i)));
    const cenAccountNow = plainNow(settings.cenAccountId);
    const crossAccount = crossAccountNow(settings, ownerProvidersOf(settings));
    const problems = checkVpcValues(settings, nowFacts);
    settings.vpcs.forEach(({ path, args }, i) => {
        const vpcAccountNow = plainNow(args.accountId);
        if (vpcAccountNow !== undefined && cenAccountNow !== undefined) {
            const problem = checkAccountDecision(
                vpcLabel(path, args.name),
                crossAccount[i],
                { id: vpcAccountNow, given: true },
                { id: cenAccountNow, given: true },
            );
            if (problem) problems.push(problem);
        }
    });
    return problems;
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
