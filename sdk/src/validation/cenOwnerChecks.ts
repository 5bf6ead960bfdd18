// The checks of the arguments every CEN component takes, before anything is
// created: the CEN owner's settings, the regions and inter-region
// connections, and each VPC's and on-premises connection's region.
import * as pulumi from "@pulumi/pulumi";
import type { CenOnPremisesConnectionsArgs } from "../args/cenOnPremisesArgs";
import type { CenOwnerArgs, MultiRegionArgs } from "../args/cenOwnerArgs";
import { booleanProblem, emptyIdProblem, found } from "../core/argTypes";
import { checkInterRegion, checkRegionList, checkVpcRegions } from "../core/interRegion";
import { ON_PREMISES_LISTS, OnPremisesListName } from "../core/onPremises";
import { vpcLabel } from "../core/vpcValidation";

/** The arguments every CEN component takes. */
export type CenComponentArgs = CenOwnerArgs & MultiRegionArgs & CenOnPremisesConnectionsArgs;

/** Problems with the CEN owner's arguments that every CEN component shares. */
export function checkCenOwnerArgs(
    args: (Partial<CenOwnerArgs> & { transitRouterRouteTableId?: unknown }) | undefined,
): string[] {
    const problems = found(
        booleanProblem("ipv6", args?.ipv6),
        emptyIdProblem("cenId", args?.cenId, "the id of an existing CEN instance (cen-...)"),
        emptyIdProblem(
            "transitRouterId",
            args?.transitRouterId,
            "the id of an existing transit router (tr-...)",
        ),
        emptyIdProblem(
            "transitRouterRouteTableId",
            args?.transitRouterRouteTableId,
            "the id of a route table of the transit router (vtb-...)",
        ),
        emptyIdProblem("cenAccountId", args?.cenAccountId, "the CEN owner's account id"),
    );
    if (args?.transitRouterId !== undefined && args.cenId === undefined) {
        problems.push(transitRouterWithoutCen("transitRouterId"));
    }
    return problems;
}

/** The regions, the inter-region settings and each VPC's and instance's region, as far as they can be told before anything is created. */
export function checkRegions(
    args: CenComponentArgs | undefined,
    vpcs: readonly {
        readonly path: string;
        readonly args?: { name?: unknown; region?: unknown };
        /** For an on-premises connection, the list it is in. */
        readonly list?: OnPremisesListName;
    }[],
): string[] {
    const given = args?.regions;
    if (given !== undefined && !Array.isArray(given)) {
        return ["regions must be a list of { region, provider, transitRouterId? }."];
    }
    const entries = given ?? [];
    const problems = checkRegionList(
        entries.map((r) => ({ region: r?.region, home: r?.provider === args?.cenProvider })),
    );
    entries.forEach((r, i) => {
        if (!pulumi.ProviderResource.isInstance(r?.provider)) {
            problems.push(
                `regions[${i}]: provider is missing or not an alicloud.Provider; pass the CEN owner's provider for ${r?.region ?? "the region"}.`,
            );
        } else if (r.provider === args?.cenProvider && r.transitRouterId !== undefined) {
            problems.push(
                `regions[${i}]: transitRouterId is given for cenProvider's region; give it as the component's transitRouterId.`,
            );
        }
        if (r?.transitRouterId !== undefined && args?.cenId === undefined) {
            problems.push(transitRouterWithoutCen(`regions[${i}]: transitRouterId`));
        }
    });
    const listed = entries.map((r) => r?.region).filter((r): r is string => typeof r === "string");
    const names = [...new Set(listed)];
    problems.push(...checkInterRegion(args?.interRegion, listed));
    problems.push(
        ...checkVpcRegions(
            vpcs
                .filter((v) => v.args && typeof v.args === "object")
                .map((v) => ({
                    label: vpcLabel(v.path, v.args!.name),
                    region: v.args!.region,
                    noun: v.list ? ON_PREMISES_LISTS[v.list].noun : "VPC",
                })),
            names,
        ),
    );
    return problems;
}

/** An existing transit router is found through its CEN. */
const transitRouterWithoutCen = (argument: string) =>
    `${argument} is given without cenId; pass the id of the CEN instance the transit router belongs to.`;
