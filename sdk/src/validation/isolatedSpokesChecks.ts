// What IsolatedSpokesWithSharedHub checks of its own arguments before
// anything is created, and the VPCs it resolves: the hub, then the spokes.
import type { IsolatedSpokesWithSharedHubArgs } from "../args/isolatedSpokesWithSharedHubArgs";
import type { RouteDestinations } from "../args/values";
import { booleanProblem, found, nonEmptyListProblem, plainValueProblem } from "../core/argTypes";
import { checkRouteDestinations } from "../core/routePlan";
import { RouteTableNeed, vpcLabel } from "../core/vpcValidation";
import { CenComponentChecks, CenComponentVpcs } from "./cenComponentChecks";
import { summaryRoutesFor } from "./cenVpcChecks";
import { VPC_LIST } from "./cenVpcShapes";
import { firewallNames, firewallProblems, firewallZones } from "./firewallChecks";
import { placedOnPremises } from "./onPremisesChecks";

/** The route destinations of the hub and of the spokes, defaulted. */
export function spokeRouteModes(args: IsolatedSpokesWithSharedHubArgs | undefined): {
    readonly hubRoutes: RouteDestinations;
    readonly spokeRoutes: RouteDestinations;
} {
    return {
        hubRoutes: args?.hubRouteDestinations ?? "rfc1918",
        spokeRoutes: args?.spokeRouteDestinations ?? "peer-cidrs",
    };
}

/** The hub and the spokes as given, and where they sit. */
function givenVpcs(args: IsolatedSpokesWithSharedHubArgs | undefined) {
    const spokeList = Array.isArray(args?.spokes) ? args.spokes : [];
    return [
        { path: "hub", args: args?.hub },
        ...spokeList.map((s, i) => ({ path: `spokes[${i}]`, args: s })),
    ];
}

/** What IsolatedSpokesWithSharedHub checks of its own arguments, and the names its children take. */
export function spokesChecks(args: IsolatedSpokesWithSharedHubArgs | undefined): CenComponentChecks {
    const { hubRoutes, spokeRoutes } = spokeRouteModes(args);
    const vpcs = givenVpcs(args);
    return {
        usage: "{ cenProvider, hub, spokes: [...] }",
        problems: [
            ...found(
                nonEmptyListProblem(
                    "spokes",
                    args?.spokes,
                    VPC_LIST,
                    "give at least one spoke VPC (the hub alone needs no isolation).",
                ),
            ),
            ...routeDestinationProblems("hubRouteDestinations", hubRoutes),
            ...routeDestinationProblems("spokeRouteDestinations", spokeRoutes),
            ...found(booleanProblem("blackHoleSpokeCidrs", args?.blackHoleSpokeCidrs)),
            ...hubTopologyProblems(args),
            ...onPremisesPlacementProblems(args),
            ...firewallProblems(args?.firewall, args?.regions, vpcs),
        ],
        vpcs,
        otherNames: [
            { argument: "name", suffix: "spoke-table" },
            { argument: "name", suffix: "onprem-table" },
            ...firewallNames(args?.firewall),
        ],
    };
}

/** The hub and the spokes to resolve, and what the hub's and the spokes' summary routes must cover. */
export function spokesVpcs(args: IsolatedSpokesWithSharedHubArgs): CenComponentVpcs {
    const { hubRoutes, spokeRoutes } = spokeRouteModes(args);
    return {
        vpcs: [
            { path: "hub", args: args.hub, routeTables: routeTableNeed("hubRouteDestinations", hubRoutes) },
            ...args.spokes.map((spoke, i) => ({
                path: `spokes[${i}]`,
                args: spoke,
                routeTables: routeTableNeed("spokeRouteDestinations", spokeRoutes),
            })),
        ],
        summaryRoutes: [
            ...summaryRoutesFor(
                "hubRouteDestinations",
                hubRoutes,
                "the hub",
                args.spokes.map((_, i) => i + 1),
            ),
            ...summaryRoutesFor("spokeRouteDestinations", spokeRoutes, "the spokes", [0]),
        ],
        zoneLists: firewallZones(args.firewall, args.cenProvider),
    };
}

/**
 * On-premises connections are shared like the hub, from the hub's region;
 * without them spokes would not need BlackHoles, with them they must keep
 * them (an on-premises summary would carry spoke traffic to other spokes).
 */
function onPremisesPlacementProblems(args: IsolatedSpokesWithSharedHubArgs | undefined): string[] {
    const placed = placedOnPremises(args);
    const hubRegion = args?.hub?.region;
    const problems = placed
        .filter((p) => p.args.region !== undefined && p.args.region !== hubRegion)
        .map(
            (p) =>
                `${vpcLabel(p.path, p.args.name)}: region ${p.args.region} is not the hub's region (${hubRegion ?? "cenProvider's region"}); on-premises connections are shared like the hub, from its region: attach it there, or connect it with its own component.`,
        );
    if (placed.length > 0 && args?.blackHoleSpokeCidrs === false) {
        problems.push(
            "blackHoleSpokeCidrs is false, but on-premises connections are given: a route on-premises that covers the spokes would carry one spoke's traffic to another; leave blackHoleSpokeCidrs out.",
        );
    }
    return problems;
}

/** A route-destinations argument: a plain value first, then a valid one. */
function routeDestinationProblems(argument: string, value: unknown): string[] {
    const deferred = plainValueProblem(argument, value);
    return deferred ? [deferred] : checkRouteDestinations(argument, value);
}

/** A VPC's route tables are needed unless its routes are left to the user. */
function routeTableNeed(argument: string, destinations: RouteDestinations): RouteTableNeed {
    return { needed: destinations !== "none", orElse: `or set ${argument} to "none"` };
}

/**
 * Spokes reach only the hub, so regions are joined to the hub's region only:
 * a topology naming another hub, or a full mesh, is refused.
 */
function hubTopologyProblems(args: IsolatedSpokesWithSharedHubArgs | undefined): string[] {
    const topology = args?.interRegion?.topology;
    const hubRegion = args?.hub?.region;
    if (topology === undefined || (typeof topology === "object" && topology?.hubRegion === hubRegion))
        return [];
    return [
        `interRegion.topology ${JSON.stringify(topology)}: spokes reach only the hub, so each region is joined to the hub's region${hubRegion ? ` (${hubRegion})` : ""} alone; leave topology out.`,
    ];
}

/** The arguments with the inter-region topology a hub and spokes need: every region joined to the hub's. */
export function withHubTopology(args: IsolatedSpokesWithSharedHubArgs): IsolatedSpokesWithSharedHubArgs {
    const hubRegion = args?.hub?.region;
    return args?.interRegion && hubRegion
        ? { ...args, interRegion: { ...args.interRegion, topology: { hubRegion } } }
        : args;
}
