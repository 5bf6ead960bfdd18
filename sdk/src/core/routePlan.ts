// Which destinations a VPC routes to its transit router attachment. Pure:
// the components turn the plan into vpc.RouteEntry resources and the network
// model reads the same plan, so the two never disagree.
import { cidrSlug } from "./cidr";

/**
 * How VPC route tables learn the way to the transit router:
 * - `"rfc1918"`: the three private summaries 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16,
 *   as the console's "automatically create route" option does (seed 000);
 * - `"peer-cidrs"`: exactly the CIDR blocks of the VPCs this VPC should reach;
 * - `"none"`: no route entries; the user manages VPC routes.
 */
export type VpcRouteMode = "rfc1918" | "peer-cidrs" | "none";

export const VPC_ROUTE_MODES: readonly VpcRouteMode[] = ["rfc1918", "peer-cidrs", "none"];

/** The private IPv4 summaries the console adds to every VPC route table (seed 000). */
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
    /** Stable key of the entry within its route table; part of the child resource name. */
    readonly key: string;
    readonly destination: C | string;
}

/**
 * The route entries one VPC needs to reach `peers` through its attachment.
 * IPv6 entries (the peers' exact IPv6 blocks) are planned only when `ipv6` is
 * set and the VPC itself has an IPv6 block: seed 000 requires them to be added
 * by hand because the console adds IPv4 routes only.
 */
export function planVpcRoutes<C>(
    vpc: RoutedVpc<C>,
    peers: readonly RoutedVpc<C>[],
    mode: VpcRouteMode,
    ipv6: boolean,
): PlannedRoute<C>[] {
    if (mode === "none") {
        return [];
    }
    const routes: PlannedRoute<C>[] =
        mode === "rfc1918"
            ? RFC1918_SUMMARIES.map((cidr) => ({ key: cidrSlug(cidr), destination: cidr }))
            : peers.flatMap((peer) =>
                  peer.cidrBlocks.map((cidr, i) => ({ key: `${peer.key}-${i}`, destination: cidr })),
              );
    if (ipv6 && vpc.ipv6CidrBlocks.length > 0) {
        for (const peer of peers) {
            peer.ipv6CidrBlocks.forEach((cidr, i) =>
                routes.push({ key: `${peer.key}-ipv6-${i}`, destination: cidr }),
            );
        }
    }
    return routes;
}
