// The hub and spokes' children: per region a spoke table (its spokes; learns
// the hub) and a hub table (learns its spokes), the on-premises table, the
// BlackHole routes that keep spokes apart, the inter-region connections'
// routing, and Cloud Firewall between the spokes and the hub.
import * as pulumi from "@pulumi/pulumi";
import type { IsolatedSpokesWithSharedHubArgs } from "../args/isolatedSpokesWithSharedHubArgs";
import { Redirection } from "../core/inspection";
import { planVpcRoutes } from "../core/routePlan";
import { ResolvedVpc } from "../validation/cenVpcResolution";
import { spokeRouteModes } from "../validation/isolatedSpokesChecks";
import { CenComponentBase, connectAllOnPremises } from "./cenComponent";
import { ChildContext } from "./childOptions";
import { addCloudFirewall, FirewallOnRouter } from "./cloudFirewall";
import { ConnectedVpc, connectVpc } from "./connectVpc";
import { customRouteTable, regionalRouteTable } from "./customRouteTable";
import { memberRoutes } from "./memberRoutes";
import { AttachedOnPremises, onPremisesDestinations } from "./onPremisesAttachment";
import { RegionRouter, routeLinks } from "./regionRouters";

/** A region's two tables. */
export interface SpokeTables {
    readonly spoke: pulumi.Output<string>;
    readonly hub: pulumi.Output<string>;
}

/** What the hub and spokes built, for the component's outputs. */
export interface ConnectedHubAndSpokes {
    readonly hub: ResolvedVpc;
    readonly spokes: readonly ResolvedVpc[];
    /** Each region's tables. */
    readonly tables: ReadonlyMap<RegionRouter, SpokeTables>;
    /** The hub's region's tables. */
    readonly hubTables: SpokeTables;
    /** The on-premises connections' table, with on-premises connections. */
    readonly onPremisesTable?: pulumi.Output<string>;
    readonly connected: ReadonlyMap<string, ConnectedVpc>;
    readonly attached: ReadonlyMap<string, AttachedOnPremises>;
    readonly firewall?: FirewallOnRouter;
}

/** Builds every region's tables, connects the hub, the spokes and the on-premises connections, and the firewall. */
export function connectHubAndSpokes(
    base: CenComponentBase,
    args: IsolatedSpokesWithSharedHubArgs,
): ConnectedHubAndSpokes {
    const modes = spokeRouteModes(args);
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
    const alsoOnPremises = onPremisesTable ? [{ key: "onprem-table", routeTableId: onPremisesTable }] : [];
    const onPremises = onPremisesDestinations(base.onPremises);

    const connected = new Map<string, ConnectedVpc>();
    connected.set(
        hub.key,
        connectVpc(ctx, hubRouter.side, hub, {
            associateWith: hubTables.hub,
            propagateTo: [{ routeTableId: hubTables.spoke }, ...alsoOnPremises],
            vpcRouteTableIds: hub.routeTableIds,
            routes: planVpcRoutes(hub, [...spokes, ...onPremises], modes.hubRoutes, hub.ipv6),
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
                routes: planVpcRoutes(spoke, [hub, ...onPremises], modes.spokeRoutes, spoke.ipv6),
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
    return { hub, spokes, tables, hubTables, onPremisesTable, connected, attached, firewall };
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
 * A region's two tables: the spoke table its spokes are associated with, and
 * the hub table that learns its spokes. The hub region's keep the names of a
 * one-region network.
 */
function regionTables(
    ctx: ChildContext,
    router: RegionRouter,
    tags: IsolatedSpokesWithSharedHubArgs["tags"],
): SpokeTables {
    const table = (role: string, description: string) =>
        regionalRouteTable(ctx, router, role, description, tags);
    return {
        spoke: table("spoke-table", "Spokes: learns only the hub's routes."),
        hub: table("hub-table", "Hub: learns every spoke's routes."),
    };
}
