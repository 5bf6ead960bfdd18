// What CenSecurityDomains checks of its own arguments, besides the domains
// themselves (core/securityDomains) and what every CEN component checks.
import type { CloudFirewallArgs } from "../args/cloudFirewallArgs";
import type { CenSecurityDomainsArgs } from "../args/cenSecurityDomainsArgs";
import { firewallCandidateOf } from "../core/attachmentKinds";
import { ON_PREMISES_LISTS } from "../core/onPremises";
import { SharedTable, vpcLabel } from "../core/vpcValidation";
import { DomainTables, inspectedReach, PlacedMember, tableLearningBoth } from "../core/securityDomains";
import type { PlacedOnPremises } from "./placed";

/** Regions are joined in a full mesh: a domain's static routes lead straight to the remote region. */
export function topologyProblem(args: CenSecurityDomainsArgs | undefined): string | undefined {
    const topology = args?.interRegion?.topology;
    return topology === undefined || topology === "full-mesh"
        ? undefined
        : `interRegion.topology ${JSON.stringify(topology)}: security domains route each region's members straight to the other regions, so every two regions are joined; leave topology out (full mesh).`;
}

/** Security domains take on-premises connections inside the domains; the CEN components' top-level lists are refused. */
export function topLevelOnPremisesProblems(args: CenSecurityDomainsArgs | undefined): string[] {
    const given = (args ?? {}) as Record<string, unknown>;
    return (["vbrs", "vpnConnections", "ecrs", "ccns"] as const)
        .filter((list) => given[list] !== undefined)
        .map(
            (list) =>
                `${list} is given at the top level; an on-premises connection is a member of a security domain: move it to the domain it belongs to (domains[i].${list}).`,
        );
}

/** Cloud Firewall redirects VPCs, VBRs and IPsec-VPN connections: an inspected domain's other members are refused. */
export function uninspectableProblems(
    firewall: Partial<CloudFirewallArgs> | undefined,
    sites: readonly (PlacedOnPremises & { domain: unknown })[],
): string[] {
    const inspected = new Set(Array.isArray(firewall?.inspect) ? firewall.inspect.flat() : []);
    return sites
        .filter((s) => inspected.has(s.domain as string))
        .filter((s) => firewallCandidateOf(ON_PREMISES_LISTS[s.list].kind) === undefined)
        .map(
            (s) =>
                `${vpcLabel(s.path, s.args.name)}: domain '${String(s.domain)}' is inspected by the firewall, but Cloud Firewall redirects the traffic of VPCs, VBRs and IPsec-VPN connections only, not of an ${ON_PREMISES_LISTS[s.list].noun}; put it in a domain the firewall does not inspect, or inspect with inspectionVpc instead.`,
        );
}

/**
 * Which of the component's tables would learn routes to two members (by
 * path), whose blocks then must not overlap. The inspection VPC, in no domain,
 * is routed with every inspected member: it must overlap no member.
 */
export function membersSharedTable(
    args: CenSecurityDomainsArgs | undefined,
    members: readonly { readonly path: string; readonly args?: unknown }[],
    domainOf: ReadonlyMap<string, string>,
    reach: ReadonlyMap<string, ReadonlySet<string>>,
): SharedTable {
    const regions = Array.isArray(args?.regions) ? args.regions : [];
    const tables: DomainTables = {
        reach,
        inspected: inspectedReach(
            [...reach.keys()],
            (args?.firewall?.inspect ?? args?.inspectionVpc?.inspect ?? []) as unknown[],
        ),
        multiRegion: regions.length > 1,
    };
    // A member without a region is in the home region: cenProvider's entry of regions.
    const home = regions.find((r) => r?.provider === args?.cenProvider)?.region;
    const regionOf = new Map(
        members.map((m) => {
            const region = (m.args as { region?: unknown } | undefined)?.region;
            return [m.path, typeof region === "string" ? region : home];
        }),
    );
    const placed = (path: string): PlacedMember => ({
        domain: domainOf.get(path)!,
        region: regionOf.get(path),
    });
    // The inspection VPC, in no domain, overlaps no member: the plain rule, no one table to name.
    return (a, b) =>
        !domainOf.has(a) || !domainOf.has(b) ? true : tableLearningBoth(tables, placed(a), placed(b));
}
