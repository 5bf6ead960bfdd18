import * as pulumi from "@pulumi/pulumi";
import { booleanProblem, found, nonEmptyListProblem, plainValueProblem } from "../core/argTypes";
import { ISOLATED_SPOKES_TYPE } from "../core/typeTokens";
import { checkRouteDestinations, planVpcRoutes } from "../core/routePlan";
import { RouteDestinations } from "../args/values";
import { RouteTableNeed, vpcLabel } from "../core/vpcValidation";
import {
    byRegion,
    cenComponentOutputs,
    connectAllOnPremises,
    startCenComponent,
} from "../resources/cenComponent";
import { RegionRouter, routeLinks } from "../resources/regionRouters";
import { ResolvedVpc, summaryRoutesFor, VPC_LIST } from "../resources/cenVpcs";
import { ChildContext } from "../resources/childOptions";
import { ConnectedVpc, connectVpc } from "../resources/connectVpc";
import { customRouteTable, regionalRouteTable } from "../resources/customRouteTable";
import { memberRoutes } from "../resources/memberRoutes";
import { IsolatedSpokesWithSharedHubArgs, IsolationOutput } from "../args/isolatedSpokesWithSharedHubArgs";
import { onPremisesDestinations } from "../resources/onPremisesInstances";
import { placedOnPremises } from "../validation/onPremisesChecks";
import { Redirection } from "../core/inspection";
import { addCloudFirewall } from "../resources/cloudFirewall";
import { firewallNames, firewallProblems, firewallZones } from "../validation/firewallChecks";

/**
 * Spoke VPCs in many accounts that reach a shared hub VPC and never each
 * other: the FAQ "How can I isolate VPCs while allowing shared access?" of
 * Alibaba Cloud's guide to connecting VPCs across accounts, and the
 * coarse-grained access control through CEN routing that the ECS guide
 * "Use VPCs for network isolation" recommends.
 *
 * @see {@link https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions | Connect VPCs across accounts}
 *
 * The transit router gets two custom route tables. Spoke attachments are
 * associated with the spoke table, which learns only the hub's routes; the
 * hub attachment is associated with the hub table, which learns every
 * spoke's routes. Grants, payer, two-zone attachments, ordering, validation,
 * timeouts and providers are exactly those of {@link CrossAccountCenPeering}.
 */
export class IsolatedSpokesWithSharedHub extends pulumi.ComponentResource {
    /** The CEN instance id. */
    public readonly cenId: pulumi.Output<string>;
    /** The id of the account that owns the CEN instance. */
    public readonly cenAccountId: pulumi.Output<string>;
    /** The transit router id (`tr-...`). */
    public readonly transitRouterId: pulumi.Output<string>;
    /** The route table spokes are associated with; it learns only the hub's routes. */
    public readonly spokeRouteTableId: pulumi.Output<string>;
    /** The route table the hub is associated with; it learns every spoke's routes. */
    public readonly hubRouteTableId: pulumi.Output<string>;
    /** Per VPC name (hub and spokes), the transit router attachment id. */
    public readonly attachmentIds: pulumi.Output<Record<string, string>>;
    /** Per VPC name, the grant id, for the VPCs of accounts other than the CEN owner's. */
    public readonly grantIds: pulumi.Output<Record<string, string>>;
    /** Per VPC name, the IPv4 blocks given in its `cidrBlocks`; the policy pack checks them against the VPC. */
    public readonly vpcCidrBlocks: pulumi.Output<Record<string, string[]>>;
    /** Per VPC name, the URN of its transit router attachment resource: how the policy pack finds the VPC. */
    public readonly attachmentUrns: pulumi.Output<Record<string, string>>;
    /** The hub's name, the spokes' names and whether a firewall inspects them: the isolation the policy pack proves. */
    public readonly isolation: pulumi.Output<IsolationOutput>;
    /** The Cloud Firewall's id (`vfw-tr-...`), with `firewall`; else undefined. */
    public readonly firewallId: pulumi.Output<string | undefined>;
    /** The traffic-redirection policy's id (spokes to hub), with `firewall`; else undefined. */
    public readonly firewallRoutePolicyId: pulumi.Output<string | undefined>;
    /** Per region, its transit router id; in a one-region network, keyed by `cenProvider`'s region. */
    public readonly transitRouterIds: pulumi.Output<Record<string, string>>;
    /** Per region, the table its spokes are associated with (it learns only the hub's routes). */
    public readonly spokeRouteTableIds: pulumi.Output<Record<string, string>>;
    /** Per region, the table that learns its spokes' routes (the hub's, or the connection's from the hub). */
    public readonly hubRouteTableIds: pulumi.Output<Record<string, string>>;
    /** Per pair of regions joined (`<region>/<region>`, one of them the hub's), the connection's attachment id. */
    public readonly peerAttachmentIds: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name (VBR, IPsec-VPN connection, ECR), its transit router attachment id. */
    public readonly onPremisesAttachmentIds: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name, its attachment resource's URN: how the policy pack finds it. */
    public readonly onPremisesAttachmentUrns: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name, its `onPremisesCidrBlocks`: what the plan and the pack reach through it. */
    public readonly onPremisesCidrBlocks: pulumi.Output<Record<string, string[]>>;
    /** The table on-premises connections are associated with (it learns the hub and every spoke); undefined without them. */
    public readonly onPremisesRouteTableId: pulumi.Output<string | undefined>;

    constructor(name: string, args: IsolatedSpokesWithSharedHubArgs, opts?: pulumi.ComponentResourceOptions) {
        super(ISOLATED_SPOKES_TYPE, name, {}, opts);
        const hubRoutes = args?.hubRouteDestinations ?? "rfc1918";
        const spokeRoutes = args?.spokeRouteDestinations ?? "peer-cidrs";
        const spokeList = Array.isArray(args?.spokes) ? args.spokes : [];
        const base = startCenComponent(
            this,
            name,
            withHubTopology(args),
            {
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
                    ...firewallProblems(args?.firewall, args?.regions, [
                        { path: "hub", args: args?.hub },
                        ...spokeList.map((s, i) => ({ path: `spokes[${i}]`, args: s })),
                    ]),
                ],
                vpcs: [
                    { path: "hub", args: args?.hub },
                    ...spokeList.map((s, i) => ({ path: `spokes[${i}]`, args: s })),
                ],
                otherNames: [
                    { argument: "name", suffix: "spoke-table" },
                    { argument: "name", suffix: "onprem-table" },
                    ...firewallNames(args?.firewall),
                ],
            },
            () => ({
                vpcs: [
                    {
                        path: "hub",
                        args: args.hub,
                        routeTables: routeTableNeed("hubRouteDestinations", hubRoutes),
                    },
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
            }),
        );
        const { resolved, ctx } = base;
        const [hub, ...spokes] = resolved.vpcs;
        // Per region: a spoke table (its spokes; learns the hub) and a hub table (learns its spokes).
        const tables = new Map(base.routers.map((router) => [router, regionTables(ctx, router, args.tags)]));
        const hubRouter = base.routerOf(hub);
        const hubTables = tables.get(hubRouter)!;
        // On-premises connections, in the hub's region, are associated with a
        // table of their own that learns the hub, every spoke and the other
        // on-premises networks (the CEN joins the sites); they propagate into
        // the hub's and the spokes' tables.
        const onPremisesTable =
            base.onPremises.length > 0
                ? customRouteTable(
                      ctx,
                      hubRouter.side.provider,
                      hubRouter.side.transitRouterId,
                      "onprem-table",
                      "On-premises: learns the hub, every spoke and the other sites.",
                      args.tags,
                  ).transitRouterRouteTableId
                : undefined;
        const alsoOnPremises = onPremisesTable
            ? [{ key: "onprem-table", routeTableId: onPremisesTable }]
            : [];
        const onPremises = onPremisesDestinations(base.onPremises);

        const connected = new Map<string, ConnectedVpc>();
        connected.set(
            hub.key,
            connectVpc(ctx, hubRouter.side, hub, {
                associateWith: hubTables.hub,
                propagateTo: [{ routeTableId: hubTables.spoke }, ...alsoOnPremises],
                vpcRouteTableIds: hub.routeTableIds,
                routes: planVpcRoutes(hub, [...spokes, ...onPremises], hubRoutes, hub.ipv6),
            }),
        );
        for (const spoke of spokes) {
            const router = base.routerOf(spoke);
            const own = tables.get(router)!;
            connected.set(
                spoke.key,
                connectVpc(ctx, router.side, spoke, {
                    associateWith: own.spoke,
                    propagateTo: [{ routeTableId: own.hub }, ...(router === hubRouter ? alsoOnPremises : [])],
                    vpcRouteTableIds: spoke.routeTableIds,
                    routes: planVpcRoutes(spoke, [hub, ...onPremises], spokeRoutes, spoke.ipv6),
                }),
            );
        }
        // Every on-premises connection is in the hub's region.
        const attached = connectAllOnPremises(base, args.tags, () => ({
            associateWith: onPremisesTable!,
            propagateTo: [
                { routeTableId: hubTables.hub },
                { key: "spoke-table", routeTableId: hubTables.spoke },
                ...alsoOnPremises,
            ],
        }));
        // A connection joins the hub's region and another: on the hub's side
        // it is associated with the spoke table (traffic from remote spokes
        // reaches the hub and on-premises only) and propagates the remote
        // spokes into the hub table (and the on-premises one); on the other
        // side it is associated with that region's hub table (traffic from
        // the hub and on-premises reaches its spokes) and propagates the hub
        // and on-premises into its spoke table.
        routeLinks(ctx, base.links, (side) => {
            const own = tables.get(side)!;
            return side === hubRouter
                ? { associateWith: own.spoke, propagateTo: [{ routeTableId: own.hub }, ...alsoOnPremises] }
                : { associateWith: own.hub, propagateTo: [{ routeTableId: own.spoke }] };
        });
        if (args.blackHoleSpokeCidrs ?? base.onPremises.length > 0) {
            for (const router of base.routers) {
                blackHoleSpokes(ctx, router, tables.get(router)!.spoke, spokes);
            }
        }
        const firewall =
            args.firewall &&
            addCloudFirewall(
                ctx,
                hubRouter.side,
                base.regionOfRouter(hubRouter),
                args.firewall,
                SPOKES_TO_HUB,
                resolved.vpcs.map((v, i) => ({
                    domain: i === 0 ? "hub" : "spokes",
                    candidate: { id: v.vpcId },
                    attachment: connected.get(v.key)!.attachment,
                })),
                resolved.accountOf,
            );
        const spokeTableId = hubTables.spoke;
        const hubTableId = hubTables.hub;
        const outputs = cenComponentOutputs(base, connected, attached);

        this.cenId = outputs.cenId;
        this.cenAccountId = outputs.cenAccountId;
        this.transitRouterId = outputs.transitRouterId;
        this.spokeRouteTableId = spokeTableId;
        this.hubRouteTableId = hubTableId;
        this.attachmentIds = outputs.attachmentIds;
        this.grantIds = outputs.grantIds;
        this.vpcCidrBlocks = outputs.vpcCidrBlocks;
        this.attachmentUrns = outputs.attachmentUrns;
        this.isolation = pulumi.output({
            hub: hub.key,
            spokes: spokes.map((s) => s.key),
            inspected: firewall !== undefined,
        });
        this.firewallId = pulumi.output(firewall?.firewall.id);
        this.firewallRoutePolicyId = pulumi.output(firewall?.routePolicies.get("spokes-hub")?.id);
        this.transitRouterIds = outputs.transitRouterIds;
        this.spokeRouteTableIds = byRegion(base, (r) => tables.get(r)!.spoke);
        this.hubRouteTableIds = byRegion(base, (r) => tables.get(r)!.hub);
        this.peerAttachmentIds = outputs.peerAttachmentIds;
        this.onPremisesAttachmentIds = outputs.onPremisesAttachmentIds;
        this.onPremisesAttachmentUrns = outputs.onPremisesAttachmentUrns;
        this.onPremisesCidrBlocks = outputs.onPremisesCidrBlocks;
        this.onPremisesRouteTableId = pulumi.output(onPremisesTable);
        this.registerOutputs({
            onPremisesRouteTableId: this.onPremisesRouteTableId,
            ...outputs,
            spokeRouteTableId: this.spokeRouteTableId,
            hubRouteTableId: this.hubRouteTableId,
            isolation: this.isolation,
            firewallId: this.firewallId,
            firewallRoutePolicyId: this.firewallRoutePolicyId,
            spokeRouteTableIds: this.spokeRouteTableIds,
            hubRouteTableIds: this.hubRouteTableIds,
        });
    }
}

/** The one redirection: every spoke's traffic with the hub, both ways. */
const SPOKES_TO_HUB: readonly Redirection[] = [
    { key: "spokes-hub", policyType: "end_to_end", sourceDomain: "spokes", destinationDomain: "hub" },
];

/** BlackHole static routes for every spoke block in the spoke table, keyed by spoke so spokes come and go alone. */
function blackHoleSpokes(
    ctx: ChildContext,
    router: RegionRouter,
    spokeTableId: pulumi.Output<string>,
    spokes: readonly ResolvedVpc[],
) {
    for (const spoke of spokes) {
        memberRoutes(ctx, spoke, {
            provider: router.side.provider,
            routeTableId: spokeTableId,
            role: "blackhole",
            parts: router.home ? [] : [router.region!],
            description: `Spoke ${spoke.key} is isolated from the other spokes.`,
        });
    }
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
function withHubTopology(args: IsolatedSpokesWithSharedHubArgs): IsolatedSpokesWithSharedHubArgs {
    const hubRegion = args?.hub?.region;
    return args?.interRegion && hubRegion
        ? { ...args, interRegion: { ...args.interRegion, topology: { hubRegion } } }
        : args;
}

/**
 * A region's two tables: the spoke table its spokes are associated with, and
 * the hub table that learns its spokes. The hub region's keep the names of a
 * one-region network.
 */
function regionTables(
    ctx: ChildContext,
    router: RegionRouter,
    tags: IsolatedSpokesWithSharedHubArgs["tags"],
): { spoke: pulumi.Output<string>; hub: pulumi.Output<string> } {
    const table = (role: string, description: string) =>
        regionalRouteTable(ctx, router, role, description, tags);
    return {
        spoke: table("spoke-table", "Spokes: learns only the hub's routes."),
        hub: table("hub-table", "Hub: learns every spoke's routes."),
    };
}
