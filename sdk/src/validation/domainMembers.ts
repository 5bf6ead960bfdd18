// CenSecurityDomains' arguments as placed: each domain's VPCs and on-premises
// connections with their place in the arguments and their domain, the
// policy they give, and what the component checks of them before anything
// is created.
import type { CenSecurityDomainsArgs } from "../args/cenSecurityDomainsArgs";
import type { CenVpcArgs } from "../args/cenVpcArgs";
import type { RouteDestinations } from "../args/values";
import { entriesOf, found, nonEmptyListProblem, plainValueProblem } from "../core/argTypes";
import { checkRouteDestinations } from "../core/routePlan";
import { checkDomains, DomainPolicy, domainReach } from "../core/securityDomains";
import { CenComponentChecks, CenComponentVpcs } from "./cenComponentChecks";
import { VPC_LIST } from "./cenVpcShapes";
import { firewallNames, firewallProblems, firewallZones } from "./firewallChecks";
import { INSPECTION_VPC_PATH, inspectionVpcProblems } from "./inspectionVpcChecks";
import { OnPremisesSource, placedOnPremises } from "./onPremisesChecks";
import { PlacedOnPremises } from "./placed";
import {
    membersSharedTable,
    topLevelOnPremisesProblems,
    topologyProblem,
    uninspectableProblems,
} from "./cenSecurityDomainsChecks";

/** A domain's VPC as placed: `domains[1].vpcs[0]`. */
export interface DomainVpc {
    readonly path: string;
    readonly args: CenVpcArgs;
    readonly domain: string | undefined;
}

/** The domains' members as placed, and the policy the domains and `allow` give. */
export interface DomainMembers {
    /** `vpcRoutes`, defaulted. */
    readonly vpcRoutes: RouteDestinations;
    /** Per domain, its VPCs. */
    readonly vpcsIn: readonly (readonly DomainVpc[])[];
    /** Per domain, its on-premises connections. */
    readonly sitesIn: readonly (readonly (PlacedOnPremises & { readonly domain: string | undefined })[])[];
    /** Where each domain gives its on-premises lists. */
    readonly sources: readonly OnPremisesSource[];
    /** Every VPC the component connects: the members, then the inspection VPC in no domain. */
    readonly given: readonly DomainVpc[];
    readonly policy: DomainPolicy;
    /** Per domain, the domains it may reach. */
    readonly reach: ReadonlyMap<string, ReadonlySet<string>>;
    /** Each member's domain, by its place in the arguments. */
    readonly domainOf: ReadonlyMap<string, string>;
}

/** Places every member, however malformed the arguments (they are checked next). */
export function placeDomainMembers(args: CenSecurityDomainsArgs | undefined): DomainMembers {
    const domainList = entriesOf(args?.domains);
    const vpcsIn = domainList.map((d, i) =>
        entriesOf(d?.vpcs).map((v, j) => ({ path: `domains[${i}].vpcs[${j}]`, args: v, domain: d?.name })),
    );
    // Each domain gives its own on-premises connections.
    const sources = domainList.map((d, i) => ({ prefix: `domains[${i}].`, lists: d }));
    const sitesIn = sources.map((s, i) =>
        placedOnPremises(s.lists, s.prefix).map((p) => ({ ...p, domain: domainList[i]?.name })),
    );
    const inspection = args?.inspectionVpc;
    // The inspection VPC is connected like a member, in no domain.
    const given = [
        ...vpcsIn.flat(),
        ...(typeof inspection === "object" && inspection !== null
            ? [{ path: INSPECTION_VPC_PATH, args: inspection.vpc, domain: undefined }]
            : []),
    ];
    const policy: DomainPolicy = {
        domains: domainList.map((d) => ({ name: d?.name, isolateMembers: d?.isolateMembers ?? false })),
        allow: Array.isArray(args?.allow) ? args.allow : [],
    };
    const domainOf = new Map([...vpcsIn.flat(), ...sitesIn.flat()].map((g) => [g.path, String(g.domain)]));
    return {
        vpcRoutes: args?.vpcRoutes ?? "rfc1918",
        vpcsIn,
        sitesIn,
        sources,
        given,
        policy,
        reach: domainReach(policy),
        domainOf,
    };
}

/** What CenSecurityDomains checks of its own arguments, and the names its children take. */
export function domainsChecks(
    args: CenSecurityDomainsArgs | undefined,
    placed: DomainMembers,
): CenComponentChecks {
    const { vpcRoutes, vpcsIn, sitesIn, reach } = placed;
    const domainList = entriesOf(args?.domains);
    const deferredRoutes = plainValueProblem("vpcRoutes", vpcRoutes);
    return {
        usage: "{ cenProvider, domains: [{ name, vpcs }], allow }",
        problems: [
            ...(deferredRoutes ? [deferredRoutes] : checkRouteDestinations("vpcRoutes", vpcRoutes)),
            ...found(
                nonEmptyListProblem(
                    "domains",
                    args?.domains,
                    "domains: { name, vpcs }",
                    "give at least one domain.",
                ),
                ...domainList.map((d, i) =>
                    d?.vpcs === undefined || Array.isArray(d.vpcs)
                        ? undefined
                        : `domains[${i}].vpcs must be a list of ${VPC_LIST}.`,
                ),
                topologyProblem(args),
            ),
            ...topLevelOnPremisesProblems(args),
            ...firewallProblems(args?.firewall, args?.regions, vpcsIn.flat(), reach),
            ...uninspectableProblems(args?.firewall, sitesIn.flat()),
            ...inspectionVpcProblems(args?.inspectionVpc, args ?? {}, reach),
            ...checkDomains(
                domainList.map((d, i) => ({
                    path: `domains[${i}]`,
                    name: d?.name,
                    members: [...vpcsIn[i], ...sitesIn[i]].map((m) => ({ path: m.path, key: m.args?.name })),
                })),
                args?.allow,
            ),
        ],
        vpcs: placed.given,
        otherNames: [
            ...domainList.map((d, i) => ({ argument: `domains[${i}].name`, suffix: `table-${d?.name}` })),
            { argument: "name", suffix: "inbound" },
            { argument: "name", suffix: "table-inspection" },
            ...firewallNames(args?.firewall),
        ],
        onPremises: placed.sources,
    };
}

/**
 * The VPCs to resolve: every VPC needs route tables unless its routes are
 * left to the user, and no table may learn two members whose blocks overlap.
 */
export function domainsVpcs(args: CenSecurityDomainsArgs, placed: DomainMembers): CenComponentVpcs {
    const members = [...placed.vpcsIn.flat(), ...placed.sitesIn.flat()];
    return {
        vpcs: placed.given.map((g) => ({
            path: g.path,
            args: g.args,
            routeTables: { needed: placed.vpcRoutes !== "none", orElse: 'or set vpcRoutes to "none"' },
        })),
        sharedTable: membersSharedTable(args, members, placed.domainOf, placed.reach),
        zoneLists: firewallZones(args.firewall, args.cenProvider),
    };
}
