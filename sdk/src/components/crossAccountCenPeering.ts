import * as pulumi from "@pulumi/pulumi";
import { found, nonEmptyListProblem, plainValueProblem } from "../core/argTypes";
import { checkRouteDestinations, planVpcRoutes, RouteDestinations } from "../core/routePlan";
import { CROSS_ACCOUNT_CEN_PEERING_TYPE } from "../core/typeTokens";
import { cenComponentOutputs, startCenComponent } from "../resources/cenComponent";
import { summaryRoutesFor, VPC_LIST } from "../resources/cenVpcs";
import { ConnectedVpc, connectVpc } from "../resources/connectVpc";
import { systemRouteTableId } from "../resources/transitRouter";
import { CenVpcArgs } from "./cenVpcArgs";
import { CenOwnerArgs } from "./cenOwnerArgs";

/**
 * Arguments of {@link CrossAccountCenPeering}.
 *
 * Other network instance types (VBR, IPsec-VPN, ECR, CCN) will come as
 * sibling lists next to `vpcs`, and VPCs in other regions as a `region` on
 * each VPC; neither changes the fields below.
 */
export interface CrossAccountCenPeeringArgs extends CenOwnerArgs {
    /**
     * The transit router route table every attachment is associated with and
     * propagates its routes to.
     * @default - the transit router's System route table, found by its type.
     */
    readonly transitRouterRouteTableId?: pulumi.Input<string>;
    /** The VPCs to connect, from any number of accounts. Every VPC can reach every other one. */
    readonly vpcs: CenVpcArgs[];
    /**
     * Which routes each VPC route table gets towards its attachment:
     * `"rfc1918"` (10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16, as the console adds them;
     * every VPC block must then lie inside them), `"peer-cidrs"` (exactly the other VPCs'
     * blocks: one entry per peer block in every VPC, written one after another), `"none"`
     * (you manage VPC routes), or a list of summary blocks that cover every VPC.
     * @default "rfc1918"
     */
    readonly vpcRoutes?: RouteDestinations;
}

/**
 * Connects VPCs of different Alibaba Cloud accounts through a CEN instance
 * and an Enterprise Edition transit router, with cross-account authorization
 * and payer in each VPC owner's account.
 *
 * For each VPC it creates: a `cen.TransitRouterGrantAttachment` in the VPC
 * owner's account when that is not the CEN owner's; a
 * `cen.TransitRouterVpcAttachment` in the CEN owner's account, after the
 * grant; an association with and a propagation to the transit router route
 * table; and route entries towards the attachment in the VPC's route tables,
 * in the VPC owner's account. Every child uses an explicit provider.
 *
 * @see {@link https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions | Connect VPCs across accounts}
 * @see {@link https://www.alibabacloud.com/help/en/cen/user-guide/grant-permissions-on-a-network-instance-that-belongs-to-another-account | Cross-account network instance authorization}
 */
export class CrossAccountCenPeering extends pulumi.ComponentResource {
    /** The CEN instance id (the given one, or the one created). */
    public readonly cenId: pulumi.Output<string>;
    /** The id of the account that owns the CEN instance. */
    public readonly cenAccountId: pulumi.Output<string>;
    /** The transit router id (`tr-...`). */
    public readonly transitRouterId: pulumi.Output<string>;
    /** The transit router route table the attachments are associated with and propagate to. */
    public readonly transitRouterRouteTableId: pulumi.Output<string>;
    /** Per VPC name, the transit router attachment id (`tr-attach-...`), the next hop of its VPC routes. */
    public readonly attachmentIds: pulumi.Output<Record<string, string>>;
    /** Per VPC name, the grant id, for the VPCs of accounts other than the CEN owner's. */
    public readonly grantIds: pulumi.Output<Record<string, string>>;
    /** Per VPC name, the IPv4 blocks given in its `cidrBlocks`; the policy pack checks them against the VPC. */
    public readonly vpcCidrBlocks: pulumi.Output<Record<string, string[]>>;
    /** Per VPC name, the URN of its transit router attachment resource: how the policy pack finds the VPC. */
    public readonly attachmentUrns: pulumi.Output<Record<string, string>>;

    constructor(name: string, args: CrossAccountCenPeeringArgs, opts?: pulumi.ComponentResourceOptions) {
        super(CROSS_ACCOUNT_CEN_PEERING_TYPE, name, {}, opts);
        const vpcRoutes = args?.vpcRoutes ?? "rfc1918";
        const deferredRoutes = plainValueProblem("vpcRoutes", vpcRoutes);
        const vpcList = Array.isArray(args?.vpcs) ? args.vpcs : [];
        const base = startCenComponent(
            this,
            name,
            args,
            {
                usage: "{ cenProvider, vpcs: [...] }",
                problems: [
                    ...(deferredRoutes ? [deferredRoutes] : checkRouteDestinations("vpcRoutes", vpcRoutes)),
                    ...found(
                        nonEmptyListProblem("vpcs", args?.vpcs, VPC_LIST, "give at least one VPC to attach."),
                    ),
                ],
                vpcs: vpcList.map((v, i) => ({ path: `vpcs[${i}]`, args: v })),
            },
            () => ({
                vpcs: args.vpcs.map((vpc, i) => ({
                    path: `vpcs[${i}]`,
                    args: vpc,
                    routeTables: { needed: vpcRoutes !== "none", orElse: 'or set vpcRoutes to "none"' },
                })),
                summaryRoutes:
                    args.vpcs.length < 2
                        ? []
                        : summaryRoutesFor(
                              "vpcRoutes",
                              vpcRoutes,
                              "the other VPCs",
                              args.vpcs.map((_, i) => i),
                          ),
            }),
        );
        const { resolved, ctx, cen, tr } = base;
        const routeTableId =
            args.transitRouterRouteTableId !== undefined
                ? pulumi.output(args.transitRouterRouteTableId)
                : systemRouteTableId(ctx, args.cenProvider, cen.transitRouterId);

        const connected = new Map<string, ConnectedVpc>();
        for (const vpc of resolved.vpcs) {
            const peers = resolved.vpcs.filter((p) => p !== vpc);
            connected.set(
                vpc.key,
                connectVpc(ctx, tr, vpc, {
                    associateWith: routeTableId,
                    propagateTo: [{ routeTableId }],
                    vpcRouteTableIds: vpc.routeTableIds,
                    routes: planVpcRoutes(vpc, peers, vpcRoutes, vpc.ipv6),
                }),
            );
        }
        const outputs = cenComponentOutputs(base, connected);

        this.cenId = outputs.cenId;
        this.cenAccountId = outputs.cenAccountId;
        this.transitRouterId = outputs.transitRouterId;
        this.transitRouterRouteTableId = routeTableId;
        this.attachmentIds = outputs.attachmentIds;
        this.grantIds = outputs.grantIds;
        this.vpcCidrBlocks = outputs.vpcCidrBlocks;
        this.attachmentUrns = outputs.attachmentUrns;
        this.registerOutputs({ ...outputs, transitRouterRouteTableId: routeTableId });
    }
}
