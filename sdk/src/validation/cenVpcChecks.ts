// The rules on the values of the CEN components' VPCs (blocks, zones,
// payers, summary routes, accounts), run before anything is created on what
// is known then, and again by the late gate once Outputs resolve.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { checkAccountDecision, isCrossAccount } from "../core/accounts";
import { checkRouteCoverage, RFC1918_SUMMARIES, RouteCoverage } from "../core/routePlan";
import { RouteDestinations } from "../args/values";
import { checkVpcList, Known, SharedTable, vpcLabel, VpcFacts } from "../core/vpcValidation";
import { plainNow } from "./inputs";
import { PlacedVpc, ZoneList } from "./placed";
import { checkCenProvider, checkVpcShapes } from "./cenVpcShapes";

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

/** What the rules read of one VPC, each value as known through `known`. */
export function factsOf(
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
export function checkVpcValues(settings: CenVpcSettings, facts: readonly VpcFacts[]): string[] {
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
export function ownerProvidersOf(settings: CenVpcSettings) {
    return new Set([settings.cenProvider, ...(settings.regions ?? []).map((r) => r.provider)]);
}

/** Which VPCs are in another account than the CEN owner's, as far as plain values tell now. */
export function crossAccountNow(
    settings: CenVpcSettings,
    ownerProviders: ReturnType<typeof ownerProvidersOf>,
) {
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
