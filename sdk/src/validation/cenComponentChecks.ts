// What every CEN component checks and resolves the same way, in the same
// order, before it creates anything: its arguments (all problems at once),
// then the VPCs and on-premises connections with their accounts, and the
// gate that checks them again once values resolve.
import * as pulumi from "@pulumi/pulumi";
import { NamedChild } from "../core/naming";
import { CenComponentArgs, checkCenOwnerArgs, checkRegions } from "./cenOwnerChecks";
import { CenVpcSettings, checkCenVpcsNow } from "./cenVpcChecks";
import { checkCenProvider, checkGivenVpcs } from "./cenVpcShapes";
import { resolveCenVpcs, ResolvedCenVpcs } from "./cenVpcResolution";
import { GivenVpc, vpcBlocksNow } from "./placed";
import { throwIfProblems } from "./validationError";
import { resolveOnPremises, ResolvedOnPremises } from "./onPremisesResolution";
import { checkOnPremisesArgs, OnPremisesSource, placedOnPremises } from "./onPremisesChecks";
import { plainNow } from "./inputs";

/** What a component checks of its own arguments, before anything is created. */
export interface CenComponentChecks {
    /** How a call looks, for a missing `args`: `{ cenProvider, vpcs: [...] }`. */
    readonly usage: string;
    /** Problems with the component's own arguments (its lists, route modes, flags). */
    readonly problems: readonly string[];
    /** The VPC arguments as given, and where they sit, for their shapes and the names they give. */
    readonly vpcs: readonly GivenVpc[];
    /** The component's other children named after it (`spoke-table`). */
    readonly otherNames?: NamedChild[];
    /**
     * Where the on-premises lists are given.
     * @default - the top level of the arguments
     */
    readonly onPremises?: readonly OnPremisesSource[];
}

/** The VPCs to resolve once the arguments passed the checks, and what their routes must cover. */
export type CenComponentVpcs = Pick<CenVpcSettings, "vpcs" | "summaryRoutes" | "sharedTable" | "zoneLists">;

/** A CEN component's members, checked and resolved, and the gate every child waits for. */
export interface ResolvedCenComponent {
    /** The arguments, once they passed the checks. */
    readonly owner: CenComponentArgs;
    readonly resolved: ResolvedCenVpcs;
    /** The on-premises connections (VBRs, IPsec-VPN connections, ECRs), resolved. */
    readonly onPremises: readonly ResolvedOnPremises[];
    /** The checks of values known only once they resolve, VPCs' and on-premises connections'. */
    readonly gate: pulumi.Output<pulumi.Resource[]>;
    /** The region of `cenProvider`, given or looked up. */
    readonly homeRegion: pulumi.Output<string | undefined>;
    /** The CEN owner's entry in `regions` for a region, if listed. */
    listed(region: string | undefined): NonNullable<CenComponentArgs["regions"]>[number] | undefined;
}

/**
 * Checks a CEN component's arguments (throwing a ValidationError with every
 * problem, so nothing is created), then resolves the VPCs `vpcs` returns and
 * the on-premises connections.
 */
export function resolveCenComponent(
    parent: pulumi.ComponentResource,
    name: string,
    args: CenComponentArgs | undefined,
    checks: CenComponentChecks,
    vpcs: (args: CenComponentArgs) => CenComponentVpcs,
): ResolvedCenComponent {
    const sources = checks.onPremises ?? [{ prefix: "", lists: args }];
    const placed = sources.flatMap((s) => placedOnPremises(s.lists, s.prefix));
    const vpcBlocks = vpcBlocksNow(checks.vpcs);
    const settings = (owner: CenComponentArgs): CenVpcSettings => ({
        cenProvider: owner.cenProvider,
        cenAccountId: owner.cenAccountId,
        cenId: owner.cenId,
        transitRouterId: owner.transitRouterId,
        ipv6: owner.ipv6 === true,
        tags: owner.tags,
        regions: owner.regions,
        ...vpcs(owner),
    });
    const onPremisesNames = placed.map((p) => ({ argument: `${p.path}.name`, suffix: String(p.args.name) }));
    const problems = [
        ...checkCenProvider(args?.cenProvider),
        ...(args ? [] : [`args is missing; pass ${checks.usage}.`]),
        ...checks.problems,
        ...checkCenOwnerArgs(args),
        ...checkRegions(args, [...checks.vpcs, ...placed]),
        ...checkGivenVpcs(name, checks.vpcs, [...(checks.otherNames ?? []), ...onPremisesNames]),
        ...checkOnPremisesArgs(args, sources, placed, checks.vpcs, vpcBlocks),
    ];
    if (problems.length > 0) {
        throwIfProblems(parent, name, [
            ...new Set([...problems, ...vpcProblemsDespite(args, settings, problems)]),
        ]);
    }
    const owner = args!;
    const resolved = resolveCenVpcs(name, parent, settings(owner));
    const homeRegion = resolved.regionOf(owner.cenProvider);
    const listed = (region: string | undefined) => owner.regions?.find((r) => r.region === region);
    const onPremises = resolveOnPremises(parent, name, placed, {
        cenAccountId: resolved.cenAccountId,
        cenAccountIdGiven: owner.cenAccountId !== undefined,
        cenAccountNow: plainNow(owner.cenAccountId),
        ownerProviders: resolved.ownerProviders,
        accountOf: resolved.accountOf,
        regionOf: resolved.regionOf,
        routerRegion: (region) =>
            listed(region) && listed(region)!.provider !== owner.cenProvider
                ? { region: pulumi.output(region), whose: `the transit router of region ${region}` }
                : { region: homeRegion, whose: "cenProvider's region" },
        vpcBlocks,
    });
    const gate =
        onPremises.instances.length > 0
            ? pulumi.all([resolved.gate, onPremises.gate]).apply((gates) => gates.flat())
            : resolved.gate;
    return { owner, resolved, onPremises: onPremises.instances, gate, homeRegion, listed };
}

/**
 * The VPCs' own value problems (payers, blocks, zones), so that one error
 * lists them with the argument problems found first. The component's other
 * arguments can be too malformed to place the VPCs at all (`spokes` a
 * string); those are already among the problems, and the VPCs' values are
 * then left for the next run.
 */
function vpcProblemsDespite(
    args: CenComponentArgs | undefined,
    settings: (owner: CenComponentArgs) => CenVpcSettings,
    problems: readonly string[],
): string[] {
    if (!args) return [];
    try {
        const given = settings(args);
        // Route destinations found wrong are not held against the VPCs' blocks as well.
        const wrong = (argument: string) => problems.some((p) => p.startsWith(argument.split(" ")[0]));
        const summaryRoutes = given.summaryRoutes?.filter((s) => !wrong(s.argument));
        return checkCenVpcsNow({ ...given, summaryRoutes });
    } catch {
        return [];
    }
}
