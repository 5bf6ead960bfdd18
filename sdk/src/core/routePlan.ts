// Which destinations a VPC routes to its transit router attachment. Pure:
// the components turn the plan into vpc.RouteEntry resources and the network
// model reads the same plan, so the two never disagree.
import { cidrContains, cidrSlug, parseCidr } from "./cidr";
import { vpcBlockProblem } from "./blockRules";
import { valueKey } from "./naming";
import { Known, vpcLabel } from "./vpcValidation";
import { RouteDestinations, VPC_ROUTE_MODES } from "../args/values";

/** The private IPv4 summaries the console adds to every VPC route table (Alibaba Cloud's CEN cross-account guide). */
export const RFC1918_SUMMARIES: readonly string[] = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

/** A VPC as the route plan sees it; `C` is a CIDR (a string, or a Pulumi input of one). */
export interface RoutedVpc<C> {
    /** The VPC's key in its component: route keys name the peer by it. */
    readonly key: string;
    readonly cidrBlocks: readonly C[];
    readonly ipv6CidrBlocks: readonly C[];
}

/** One route entry to create in each route table of the VPC, pointing at its attachment. */
export interface PlannedRoute<C> {
    /** Stable key of the entry within its route table, part of the child resource name: the destination when known now. */
    readonly key: string;
    readonly destination: C | string;
}

const summaryRoutes = (cidrs: readonly string[]) =>
    cidrs.map((cidr) => ({ key: cidrSlug(cidr), destination: cidr }));

/**
 * The route entries one VPC needs to reach `peers` through its attachment.
 * IPv6 entries (the peers' exact IPv6 blocks) are planned only when `ipv6` is
 * set and the VPC itself has an IPv6 block: the CEN cross-account guide requires them to be added
 * by hand because the console adds IPv4 routes only. A list of summary blocks
 * is taken as given.
 */
export function planVpcRoutes<C>(
    vpc: RoutedVpc<C>,
    peers: readonly RoutedVpc<C>[],
    destinations: RouteDestinations,
    ipv6: boolean,
): PlannedRoute<C>[] {
    if (typeof destinations !== "string") {
        return summaryRoutes(destinations);
    }
    if (destinations === "none") {
        return [];
    }
    const routes: PlannedRoute<C>[] =
        destinations === "rfc1918"
            ? summaryRoutes(RFC1918_SUMMARIES)
            : peers.flatMap((peer) =>
                  peer.cidrBlocks.map((cidr, i) => ({
                      key: valueKey(cidr, `${peer.key}-${i}`),
                      destination: cidr,
                  })),
              );
    if (ipv6 && vpc.ipv6CidrBlocks.length > 0) {
        for (const peer of peers) {
            peer.ipv6CidrBlocks.forEach((cidr, i) =>
                routes.push({ key: valueKey(cidr, `${peer.key}-ipv6-${i}`), destination: cidr }),
            );
        }
    }
    return routes;
}

/** Problems with a route-destinations argument: an unknown mode, or an empty, invalid or repeated block. */
export function checkRouteDestinations(argument: string, value: unknown): string[] {
    if (typeof value === "string" && (VPC_ROUTE_MODES as readonly string[]).includes(value)) {
        return [];
    }
    if (!Array.isArray(value)) {
        return [
            `${argument} ${JSON.stringify(value)} is neither a route mode nor a list of CIDR blocks; use one of ${VPC_ROUTE_MODES.map((m) => `"${m}"`).join(", ")}, or summary blocks such as ["10.0.0.0/8"].`,
        ];
    }
    if (value.length === 0) {
        return [
            `${argument} is an empty list; give the summary blocks to route, or use "none" to add no routes.`,
        ];
    }
    const problems: string[] = [];
    const seen = new Set<string>();
    value.forEach((cidr: unknown, i) => {
        const parsed = parseCidr(cidr as string);
        if (!parsed.ok) {
            problems.push(`${argument}[${i}] ${JSON.stringify(cidr)} ${parsed.reason}.`);
        } else if (seen.has(cidrSlug(cidr as string))) {
            problems.push(`${argument}[${i}] ${JSON.stringify(cidr)} is listed twice; remove the repeat.`);
        }
        seen.add(cidrSlug(String(cidr)));
    });
    return problems;
}

/** The IPv4 blocks some VPCs route by summary, which must cover the blocks of the VPCs they should reach. */
export interface RouteCoverage {
    /** The argument that chose the summaries, as messages name it: `hubRouteDestinations`. */
    readonly argument: string;
    readonly summaries: readonly string[];
    /** Who routes by them, for the message: "the hub". */
    readonly routedBy: string;
    /** The other way to fix it, for the message. */
    readonly orElse: string;
    /** The VPCs whose IPv4 blocks must be covered. */
    readonly targets: readonly { path: string; name: unknown; cidrBlocks: readonly Known<string>[] }[];
}

/**
 * Every known IPv4 block of a target VPC must lie inside one summary, or the
 * VPCs routing by the summaries have no route to it. Blocks not known yet are
 * checked once they resolve; invalid ones are reported by the CIDR checks.
 */
export function checkRouteCoverage(coverage: RouteCoverage): string[] {
    const summaries = coverage.summaries.flatMap((cidr) => {
        const parsed = parseCidr(cidr);
        return parsed.ok ? [parsed.block] : [];
    });
    const problems: string[] = [];
    for (const target of coverage.targets) {
        target.cidrBlocks.forEach((cidr, i) => {
            const parsed = cidr === undefined ? undefined : parseCidr(cidr);
            // Blocks a VPC cannot have are reported with their own fix, not this one.
            if (!parsed?.ok || parsed.block.family !== "ipv4" || vpcBlockProblem(parsed.block)) return;
            if (summaries.some((s) => cidrContains(s, parsed.block))) return;
            problems.push(
                `${vpcLabel(target.path, target.name)}: cidrBlocks[${i}] ${cidr} is outside ${coverage.argument} (${coverage.summaries.join(", ")}), so ${coverage.routedBy} would have no route to it; ${coverage.orElse}.`,
            );
        });
    }
    return problems;
}
