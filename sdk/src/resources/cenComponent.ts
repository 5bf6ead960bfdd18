// What every CEN component builds the same way, once its arguments are
// checked and resolved (validation/cenComponentChecks.ts): the child context,
// the CEN instance, the transit routers and the connections between regions,
// the on-premises attachments, and the outputs every CEN component has.
import * as pulumi from "@pulumi/pulumi";
import { CenComponentArgs } from "../validation/cenOwnerChecks";
import { CenComponentChecks, CenComponentVpcs, resolveCenComponent } from "../validation/cenComponentChecks";
import { ResolvedCenVpcs, ResolvedVpc } from "../validation/cenVpcResolution";
import { ResolvedOnPremises } from "../validation/onPremisesResolution";
import { byName } from "../validation/inputs";
import { connectRegions, linkKey, RegionLink, RegionRouter, regionRouters } from "./regionRouters";
import { ChildContext } from "./childOptions";
import { ConnectedVpc } from "./connectVpc";
import { PropagationTarget } from "./vpcAttachment";
import { CenTransitRouter, ensureCenTransitRouter } from "./transitRouter";
import { AttachedOnPremises, connectOnPremises, transitRouterCidrs } from "./onPremisesAttachment";

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
 * Checks the arguments (throwing a ValidationError with every problem and
 * creating nothing), resolves the VPCs `vpcs` returns, and creates or adopts
 * the CEN instance, the transit router of every region and the connections
 * between regions.
 */
export function startCenComponent(
    parent: pulumi.ComponentResource,
    name: string,
    args: CenComponentArgs | undefined,
    checks: CenComponentChecks,
    vpcs: (args: CenComponentArgs) => CenComponentVpcs,
): CenComponentBase {
    const { owner, resolved, onPremises, gate, homeRegion, listed } = resolveCenComponent(
        parent,
        name,
        args,
        checks,
        vpcs,
    );
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
    return { resolved, ctx, cen, routers, links, onPremises, routerOf, regionOfRouter };
}

/** Per VPC key, the IPv4 blocks the component was given: what its routes and checks follow, for the policy pack to compare. */
export function cidrBlocksByVpc(vpcs: readonly ResolvedVpc[]): pulumi.Output<Record<string, string[]>> {
    return pulumi.output(Object.fromEntries(vpcs.map((v) => [v.key, v.cidrBlocks]))) as pulumi.Output<
        Record<string, string[]>
    >;
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
