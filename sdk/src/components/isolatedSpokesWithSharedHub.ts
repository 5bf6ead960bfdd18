import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { booleanProblem, found, nonEmptyListProblem, plainValueProblem } from "../core/argTypes";
import { childName, valueKey } from "../core/naming";
import { ISOLATED_SPOKES_TYPE } from "../core/typeTokens";
import { checkRouteDestinations, planVpcRoutes, RouteDestinations } from "../core/routePlan";
import { RouteTableNeed } from "../core/vpcValidation";
import { cenComponentOutputs, startCenComponent } from "../resources/cenComponent";
import { ResolvedVpc, summaryRoutesFor, VPC_LIST } from "../resources/cenVpcs";
import { ChildContext, childOptions } from "../resources/childOptions";
import { ConnectedVpc, connectVpc } from "../resources/connectVpc";
import { customRouteTable } from "../resources/customRouteTable";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "../resources/timeouts";
import { CenVpcArgs } from "./cenVpcArgs";
import { CenOwnerArgs, MultiRegionArgs } from "./cenOwnerArgs";

/** Arguments of {@link IsolatedSpokesWithSharedHub}. */
export interface IsolatedSpokesWithSharedHubArgs extends CenOwnerArgs {
    /**
     * The hub VPC of shared services (DNS, CI, bastions), in any account. It
     * reaches every spoke and every spoke reaches it.
     */
    readonly hub: CenVpcArgs;
    /**
     * The spoke VPCs, each with its own account's provider. A spoke reaches
     * the hub and no other spoke. Adding or removing a spoke creates or
     * deletes only that spoke's resources (and, with `hubRouteDestinations`
     * `"peer-cidrs"`, the hub's routes to it).
     */
    readonly spokes: CenVpcArgs[];
    /**
     * What each spoke routes to its attachment: `"peer-cidrs"` (exactly the
     * hub's blocks, and its IPv6 blocks with `ipv6`), `"rfc1918"` (the
     * console's three private summaries), `"none"` (you manage the spokes'
     * routes), or summary blocks, for example one block that covers every
     * shared-services VPC. Summaries must cover the hub's blocks.
     * @default "peer-cidrs"
     */
    readonly spokeRouteDestinations?: RouteDestinations;
    /**
     * What the hub routes to its attachment. `"rfc1918"` (10.0.0.0/8,
     * 172.16.0.0/12 and 192.168.0.0/16, as the console adds them, the CEN cross-account guide)
     * gives the hub three entries however many spokes there are; the hub's
     * table on the transit router knows only the spokes, so private traffic
     * to anything else is dropped there, and a more specific route in the hub
     * (a VPN or VBR route to on-premises) still wins. Every spoke block must
     * lie inside the summaries. `"peer-cidrs"` gives one entry per spoke
     * block instead; entries in one VPC route table are written one after
     * another, so the deployment then lengthens with every spoke. Also
     * `"none"` or a list of summary blocks (for example the supernet the
     * spokes are carved from). With `ipv6`, every mode but a list adds the
     * spokes' exact IPv6 blocks.
     * @default "rfc1918"
     */
    readonly hubRouteDestinations?: RouteDestinations;
    /**
     * Adds BlackHole static routes for every spoke's CIDR blocks to the spoke
     * route table, as Alibaba's landing zone does: defence in depth against a
     * summary route that would cover another spoke. A propagated route more
     * specific than a spoke's block (a vSwitch block) still wins over it, so
     * this does not replace keeping spoke propagations out of the spoke table.
     * @default false
     */
    readonly blackHoleSpokeCidrs?: boolean;
}

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
    /** The hub's name and the spokes' names: the isolation the policy pack proves. */
    public readonly isolation: pulumi.Output<{ hub: string; spokes: string[] }>;

    constructor(name: string, args: IsolatedSpokesWithSharedHubArgs, opts?: pulumi.ComponentResourceOptions) {
        super(ISOLATED_SPOKES_TYPE, name, {}, opts);
        const hubRoutes = args?.hubRouteDestinations ?? "rfc1918";
        const spokeRoutes = args?.spokeRouteDestinations ?? "peer-cidrs";
        const spokeList = Array.isArray(args?.spokes) ? args.spokes : [];
        const base = startCenComponent(
            this,
            name,
            args,
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
                    ...oneRegionOnly(args),
                ],
                vpcs: [
                    { path: "hub", args: args?.hub },
                    ...spokeList.map((s, i) => ({ path: `spokes[${i}]`, args: s })),
                ],
                otherNames: [{ argument: "name", suffix: "spoke-table" }],
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
            }),
        );
        const { resolved, ctx, cen, tr } = base;
        const [hub, ...spokes] = resolved.vpcs;
        const spokeTable = customRouteTable(
            ctx,
            args.cenProvider,
            cen.transitRouterId,
            "spoke-table",
            "Spokes: learns only the hub's routes.",
            args.tags,
        );
        const hubTable = customRouteTable(
            ctx,
            args.cenProvider,
            cen.transitRouterId,
            "hub-table",
            "Hub: learns every spoke's routes.",
            args.tags,
        );
        const spokeTableId = spokeTable.transitRouterRouteTableId;
        const hubTableId = hubTable.transitRouterRouteTableId;

        const connected = new Map<string, ConnectedVpc>();
        connected.set(
            hub.key,
            connectVpc(ctx, tr, hub, {
                associateWith: hubTableId,
                propagateTo: [{ routeTableId: spokeTableId }],
                vpcRouteTableIds: hub.routeTableIds,
                routes: planVpcRoutes(hub, spokes, hubRoutes, hub.ipv6),
            }),
        );
        for (const spoke of spokes) {
            connected.set(
                spoke.key,
                connectVpc(ctx, tr, spoke, {
                    associateWith: spokeTableId,
                    propagateTo: [{ routeTableId: hubTableId }],
                    vpcRouteTableIds: spoke.routeTableIds,
                    routes: planVpcRoutes(spoke, [hub], spokeRoutes, spoke.ipv6),
                }),
            );
        }
        if (args.blackHoleSpokeCidrs) {
            blackHoleSpokes(ctx, args.cenProvider, spokeTableId, spokes);
        }
        const outputs = cenComponentOutputs(base, connected);

        this.cenId = outputs.cenId;
        this.cenAccountId = outputs.cenAccountId;
        this.transitRouterId = outputs.transitRouterId;
        this.spokeRouteTableId = spokeTableId;
        this.hubRouteTableId = hubTableId;
        this.attachmentIds = outputs.attachmentIds;
        this.grantIds = outputs.grantIds;
        this.vpcCidrBlocks = outputs.vpcCidrBlocks;
        this.attachmentUrns = outputs.attachmentUrns;
        this.isolation = pulumi.output({ hub: hub.key, spokes: spokes.map((s) => s.key) });
        this.registerOutputs({
            ...outputs,
            spokeRouteTableId: this.spokeRouteTableId,
            hubRouteTableId: this.hubRouteTableId,
            isolation: this.isolation,
        });
    }
}

/** BlackHole static routes for every spoke block in the spoke table, keyed by spoke so spokes come and go alone. */
function blackHoleSpokes(
    ctx: ChildContext,
    provider: alicloud.Provider,
    spokeTableId: pulumi.Output<string>,
    spokes: readonly ResolvedVpc[],
) {
    for (const spoke of spokes) {
        spoke.cidrBlocks.forEach((cidr, i) => {
            const name = childName(ctx.component, "blackhole", spoke.key, valueKey(cidr, String(i)));
            new alicloud.cen.TransitRouterRouteEntry(
                name,
                {
                    transitRouterRouteTableId: spokeTableId,
                    transitRouterRouteEntryDestinationCidrBlock: cidr,
                    transitRouterRouteEntryNextHopType: "BlackHole",
                    transitRouterRouteEntryName: name,
                    transitRouterRouteEntryDescription: `Spoke ${spoke.key} is isolated from the other spokes.`,
                },
                childOptions(ctx, provider, [], { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS }),
            );
        });
    }
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
 * Spokes across regions need their own tables and connections on each side
 * (not built yet): arguments for several regions are refused rather than
 * half-built.
 */
function oneRegionOnly(args: unknown): string[] {
    const given = args as MultiRegionArgs | undefined;
    return given?.regions !== undefined || given?.interRegion !== undefined
        ? [
              "regions and interRegion are not taken by IsolatedSpokesWithSharedHub yet: it connects a hub and spokes of one region (cenProvider's). Remove them, or connect VPCs of several regions with CrossAccountCenPeering.",
          ]
        : [];
}
