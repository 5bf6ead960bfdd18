// What every CEN component does the same way, in the same order: check its
// arguments before anything is created (all problems at once), resolve the
// VPCs (accounts, and the gate that checks again once values resolve), set
// up the child context, the CEN instance and the transit router, and give
// the outputs every CEN component has.
import * as pulumi from "@pulumi/pulumi";
import { NamedChild } from "../core/naming";
import { CenComponentArgs, checkCenOwnerArgs, checkRegions } from "../validation/cenOwnerChecks";
import {
    CenVpcSettings,
    checkCenProvider,
    checkCenVpcsNow,
    checkGivenVpcs,
    cidrBlocksByVpc,
    resolveCenVpcs,
    ResolvedCenVpcs,
} from "./cenVpcs";
import { GivenVpc, vpcBlocksNow } from "../validation/placed";
import { connectRegions, linkKey, RegionLink, RegionRouter, regionRouters } from "./regionRouters";
import { ChildContext } from "./childOptions";
import { ConnectedVpc } from "./connectVpc";
import { PropagationTarget } from "./vpcAttachment";
import { CenTransitRouter, ensureCenTransitRouter } from "./transitRouter";
import { throwIfProblems } from "../validation/validationError";
import { resolveOnPremises, ResolvedOnPremises } from "./onPremisesInstances";
import { checkOnPremisesArgs, OnPremisesSource, placedOnPremises } from "../validation/onPremisesChecks";
import { AttachedOnPremises, connectOnPremises, transitRouterCidrs } from "./onPremisesAttachment";
import { byName, plainNow } from "../validation/inputs";

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

/** Everything a CEN component builds its own children on. */
export interface CenComponentBase {
    readonly resolved: ResolvedCenVpcs;
    readonly ctx: ChildContext;
    readonly cen: CenTransitRouter;
    /** The transit router of every region, the home region's first in a one-region network. */
    readonly routers: readonly RegionRouter[];
    /** The inter-region connections. */
    readonly links: readonly RegionLink[];
    /** The on-premises connections (VBRs, IPsec-VPN connections, ECRs), resolved. */
    readonly onPremises: readonly ResolvedOnPremises[];
    /** The transit router a VPC or network instance is attached to: its region's. */
    routerOf(member: { readonly region?: string }): RegionRouter;
    /** The region of a router's transit router, given or looked up through its provider. */
    regionOfRouter(router: RegionRouter): pulumi.Output<string | undefined>;
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

/**
 * Checks the arguments (throwing a ValidationError with every problem and
 * creating nothing), resolves the VPCs `vpcs` returns, and creates or adopts
 * the CEN instance and transit router.
 */
export function startCenComponent(
    parent: pulumi.ComponentResource,
    name: string,
    args: CenComponentArgs | undefined,
    checks: CenComponentChecks,
    vpcs: (args: CenComponentArgs) => CenComponentVpcs,
): CenComponentBase {
    const sources = checks.onPremises ?? [{ prefix: "", lists: args }];
    const placed = sources.flatMap((s) => placedOnPremises(s.lists, s.prefix));
    const onPremisesNames = placed.map((p) => ({ argument: `${p.path}.name`, suffix: String(p.args.name) }));
    const vpcBlocks = vpcBlocksNow(checks.vpcs);
    const problems = [
        ...checkCenProvider(args?.cenProvider),
        ...(args ? [] : [`args is missing; pass ${checks.usage}.`]),
        ...checks.problems,
        ...checkCenOwnerArgs(args),
        ...checkRegions(args, [...checks.vpcs, ...placed]),
        ...checkGivenVpcs(name, checks.vpcs, [...(checks.otherNames ?? []), ...onPremisesNames]),
        ...checkOnPremisesArgs(args, sources, placed, checks.vpcs, vpcBlocks),
    ];
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
    const ctx: ChildContext = { component: name, parent, gate };
    const cen = ensureCenTransitRouter(ctx, {
        provider: owner.cenProvider,
        cenId: owner.cenId,
        transitRouterId: owner.transitRouterId,
        tags: owner.tags,
    });
    const routers = regionRouters(ctx, cen, { ...owner, accountId: resolved.cenAccountId });
    const links = connectRegions(ctx, routers, owner.interRegion);
    for (const router of routers) {
        const cidrs = router.home
            ? [...(owner.transitRouterCidrs ?? []), ...(listed(router.region)?.transitRouterCidrs ?? [])]
            : (listed(router.region)?.transitRouterCidrs ?? []);
        transitRouterCidrs(ctx, router.side, router.home ? undefined : router.region, cidrs);
    }
    const routerOf = (member: { readonly region?: string }) =>
        routers.find((r) => r.region === member.region) ?? routers.find((r) => r.home)!;
    const regionOfRouter = (router: RegionRouter) =>
        router.home ? homeRegion : pulumi.output<string | undefined>(router.region);
    return {
        resolved,
        ctx,
        cen,
        routers,
        links,
        onPremises: onPremises.instances,
        routerOf,
        regionOfRouter,
    };
}

/** The outputs every CEN component has. */
export interface CenComponentOutputs {
    readonly cenId: pulumi.Output<string>;
    readonly cenAccountId: pulumi.Output<string>;
    readonly transitRouterId: pulumi.Output<string>;
    readonly attachmentIds: pulumi.Output<Record<string, string>>;
    readonly grantIds: pulumi.Output<Record<string, string>>;
    readonly vpcCidrBlocks: pulumi.Output<Record<string, string[]>>;
    readonly attachmentUrns: pulumi.Output<Record<string, string>>;
    /** Per region, its transit router id. */
    readonly transitRouterIds: pulumi.Output<Record<string, string>>;
    /** Per pair of regions joined (`<region>/<region>`), the connection's attachment id. */
    readonly peerAttachmentIds: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name, its transit router attachment id. */
    readonly onPremisesAttachmentIds: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name, its attachment resource's URN: how the policy pack and the plan find it. */
    readonly onPremisesAttachmentUrns: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name, the on-premises blocks given: what the plan reaches through it. */
    readonly onPremisesCidrBlocks: pulumi.Output<Record<string, string[]>>;
}

/**
 * The common outputs, from the base, the VPCs connected and the on-premises
 * connections attached, by name. An attachment's URN is known even in a
 * preview: by it the policy pack and the plan find the component's members.
 */
export function cenComponentOutputs(
    base: CenComponentBase,
    connected: ReadonlyMap<string, ConnectedVpc>,
    onPremises: ReadonlyMap<string, AttachedOnPremises>,
): CenComponentOutputs {
    return {
        cenId: base.cen.cenId,
        cenAccountId: base.resolved.cenAccountId,
        transitRouterId: base.cen.transitRouterId,
        attachmentIds: byName(connected, (c) => c.attachment.transitRouterAttachmentId),
        attachmentUrns: byName(connected, (c) => c.attachment.urn),
        grantIds: byName(
            new Map<string, { grant?: pulumi.CustomResource }>([...connected, ...onPremises]),
            (c) => c.grant?.id,
        ),
        onPremisesAttachmentIds: byName(onPremises, (a) => a.transitRouterAttachmentId),
        onPremisesAttachmentUrns: byName(onPremises, (a) => a.attachment.urn),
        onPremisesCidrBlocks: pulumi.output(
            Object.fromEntries(base.onPremises.map((i) => [i.key, i.cidrBlocks])),
        ) as pulumi.Output<Record<string, string[]>>,
        vpcCidrBlocks: cidrBlocksByVpc(base.resolved.vpcs),
        transitRouterIds: byRegion(base, (r) => r.side.transitRouterId),
        peerAttachmentIds: pulumi.output(
            Object.fromEntries(
                base.links.map((l) => [linkKey(l, "/"), l.attachment.transitRouterAttachmentId]),
            ),
        ) as pulumi.Output<Record<string, string>>,
    };
}

/**
 * Attaches every on-premises connection to its region's transit router and
 * routes it in the tables `tablesAt` gives for that router (and connection), by name.
 */
export function connectAllOnPremises(
    base: CenComponentBase,
    tags: CenComponentArgs["tags"],
    tablesAt: (
        router: RegionRouter,
        instance: ResolvedOnPremises,
    ) => {
        readonly associateWith: pulumi.Input<string>;
        readonly propagateTo: readonly PropagationTarget[];
    },
): Map<string, AttachedOnPremises> {
    return new Map(
        base.onPremises.map((instance) => {
            const router = base.routerOf(instance);
            const side = { ...router.side, region: base.regionOfRouter(router) };
            return [
                instance.key,
                connectOnPremises(base.ctx, side, instance, tags, tablesAt(router, instance)),
            ];
        }),
    );
}

/** A value of each region's transit router, keyed by region; a one-region network by `cenProvider`'s region. */
export function byRegion<T>(
    base: CenComponentBase,
    value: (router: RegionRouter) => pulumi.Output<T>,
): pulumi.Output<Record<string, T>> {
    const regionOf = base.resolved.regionOf;
    return pulumi
        .all(base.routers.map((r) => pulumi.all([r.region ?? regionOf(r.side.provider), value(r)])))
        .apply((entries) =>
            Object.fromEntries(entries.map(([region, id]) => [region ?? "", id])),
        ) as pulumi.Output<Record<string, T>>;
}
