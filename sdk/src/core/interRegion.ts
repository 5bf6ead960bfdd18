// VPCs in several regions on one CEN: a transit router per region, joined by
// inter-region connections (Alibaba Cloud's guide to connecting VPCs across
// accounts and regions, FAQ). Which regions to connect, and the rules the
// API applies to a connection's bandwidth, checked before anything is created.
// https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions
import { wholeNumberProblem } from "./argTypes";
import { isRegionId } from "./regions";
import type { InterRegionTopology, LinkType } from "../args/cenOwnerArgs";

/** How the inter-region connections are billed and served. */
export interface InterRegionSettings {
    /** @default "full-mesh" */
    readonly topology?: InterRegionTopology;
    /** The bandwidth of each connection in Mbps, billed by data transfer. */
    readonly bandwidth?: number;
    /** An existing CEN bandwidth package the connections draw on, instead of `bandwidth`. */
    readonly bandwidthPackageId?: unknown;
    /** @default "Gold" */
    readonly defaultLinkType?: LinkType;
}

/** The pairs of regions to connect, each in the order the regions are given. */
export function regionPairs(
    regions: readonly string[],
    topology: InterRegionTopology = "full-mesh",
): [string, string][] {
    if (topology === "full-mesh") {
        return regions.flatMap((a, i) => regions.slice(i + 1).map((b): [string, string] => [a, b]));
    }
    const hub = topology.hubRegion;
    return regions
        .filter((r) => r !== hub)
        .map((r): [string, string] => (regions.indexOf(r) < regions.indexOf(hub) ? [r, hub] : [hub, r]));
}

/** Problems with the list of regions: ids, duplicates, and the CEN owner's own region among them. */
export function checkRegionList(regions: readonly { region: unknown; home: boolean }[]): string[] {
    const problems: string[] = [];
    const seen = new Set<string>();
    regions.forEach(({ region }, i) => {
        if (!isRegionId(region)) {
            problems.push(
                `regions[${i}].region ${JSON.stringify(region) ?? "is missing"}${region === undefined ? "" : " is not a region id"}; give the region id, for example "ap-southeast-1".`,
            );
        } else if (seen.has(region)) {
            problems.push(
                `regions[${i}].region "${region}" is given twice; a CEN has one transit router per region, so give each region once.`,
            );
        }
        if (typeof region === "string") seen.add(region);
    });
    if (regions.length > 0 && !regions.some((r) => r.home)) {
        problems.push(
            "regions does not include cenProvider; give cenProvider as the provider of its own region's entry: the CEN instance is created with it.",
        );
    }
    if (regions.filter((r) => r.home).length > 1) {
        problems.push(
            "regions gives cenProvider for more than one region; a provider is in one region only.",
        );
    }
    return problems;
}

/** Problems with the inter-region settings, for `regionCount` regions. */
export function checkInterRegion(
    settings: InterRegionSettings | undefined,
    regions: readonly string[],
): string[] {
    if (regions.length < 2) {
        return settings === undefined
            ? []
            : [
                  "interRegion is given but there is one region; add the other regions to regions, or remove interRegion.",
              ];
    }
    if (settings === undefined) {
        return [
            "interRegion is missing; with several regions, give the inter-region connections' bandwidth: interRegion: { bandwidth: <Mbps> } (billed by data transfer), or { bandwidthPackageId } of an existing bandwidth package. Without either, a connection gets 1 Kbps of test bandwidth.",
        ];
    }
    const problems: string[] = [];
    const { bandwidth, bandwidthPackageId, defaultLinkType, topology } = settings;
    if (bandwidth !== undefined && bandwidthPackageId !== undefined) {
        problems.push(
            "interRegion gives both bandwidth and bandwidthPackageId; give bandwidth (billed by data transfer) or bandwidthPackageId, not both.",
        );
    } else if (bandwidth === undefined && bandwidthPackageId === undefined) {
        problems.push(
            "interRegion.bandwidth is missing; give the Mbps of each inter-region connection, or bandwidthPackageId. Without either, a connection gets 1 Kbps of test bandwidth.",
        );
    }
    if (bandwidth !== undefined) {
        const problem = wholeNumberProblem("interRegion.bandwidth", bandwidth, 1);
        if (problem) problems.push(problem);
    }
    if (bandwidthPackageId === "") {
        problems.push(
            'interRegion.bandwidthPackageId is ""; give the id of an existing CEN bandwidth package (cenbwp-...).',
        );
    }
    if (defaultLinkType !== undefined && defaultLinkType !== "Gold" && defaultLinkType !== "Platinum") {
        problems.push(
            `interRegion.defaultLinkType ${JSON.stringify(defaultLinkType)} is not a link type; use "Gold" or "Platinum".`,
        );
    } else if (defaultLinkType === "Platinum" && bandwidthPackageId !== undefined) {
        problems.push(
            'interRegion.defaultLinkType "Platinum" needs billing by data transfer; give bandwidth instead of bandwidthPackageId, or use "Gold".',
        );
    }
    if (topology !== undefined && topology !== "full-mesh") {
        const hub = (topology as { hubRegion?: unknown })?.hubRegion;
        if (typeof hub !== "string" || !regions.includes(hub)) {
            problems.push(
                `interRegion.topology.hubRegion ${JSON.stringify(hub) ?? "is missing"} is not one of regions (${regions.join(", ")}); name the region the others connect to, or use "full-mesh".`,
            );
        }
    }
    return problems;
}

/**
 * Each VPC (or on-premises connection, whose `noun` says which) names one of
 * the regions; with one region (or none given), its region may be left out.
 */
export function checkVpcRegions(
    vpcs: readonly { readonly label: string; readonly region: unknown; readonly noun?: string }[],
    regions: readonly string[],
): string[] {
    return vpcs.flatMap(({ label, region, noun = "VPC" }) => {
        if (region === undefined) {
            return regions.length > 1
                ? [
                      `${label}: region is missing; with several regions, give the ${noun}'s region: one of ${regions.join(", ")}.`,
                  ]
                : [];
        }
        if (!isRegionId(region)) {
            return [
                `${label}: region ${JSON.stringify(region)} is not a region id; give one of ${regions.join(", ") || "the regions"}, for example "ap-southeast-1".`,
            ];
        }
        return regions.length > 0 && !regions.includes(region)
            ? [
                  `${label}: region ${region} is not one of regions (${regions.join(", ")}); add a regions entry for it with the CEN owner's provider there.`,
              ]
            : [];
    });
}
