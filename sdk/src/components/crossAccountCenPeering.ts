import * as pulumi from "@pulumi/pulumi";
import { CROSS_ACCOUNT_CEN_PEERING_TYPE } from "../core/typeTokens";
import { byRegion, cenComponentOutputs, startCenComponent } from "../resources/cenComponent";
import { connectPeering } from "../resources/peering";
import { CrossAccountCenPeeringArgs } from "../args/crossAccountCenPeeringArgs";
import { peeringChecks, peeringVpcs } from "../validation/cenPeeringChecks";

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
 * On-premises connections (`vbrs`, `vpnConnections`, `ecrs`) are granted by
 * their owners (an ECR is also associated with the transit router by its
 * owner), attached by the CEN owner after that, and associated with and
 * propagated into their region's table like the VPCs.
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
    /** Per VPC or on-premises connection name, the grant id, for those of accounts other than the CEN owner's. */
    public readonly grantIds: pulumi.Output<Record<string, string>>;
    /** Per VPC name, the IPv4 blocks given in its `cidrBlocks`; the policy pack checks them against the VPC. */
    public readonly vpcCidrBlocks: pulumi.Output<Record<string, string[]>>;
    /** Per VPC name, the URN of its transit router attachment resource: how the policy pack finds the VPC. */
    public readonly attachmentUrns: pulumi.Output<Record<string, string>>;
    /** Per region, its transit router id (`tr-...`); in a one-region network, keyed by `cenProvider`'s region. */
    public readonly transitRouterIds: pulumi.Output<Record<string, string>>;
    /** Per region, the route table its attachments are associated with and propagate to. */
    public readonly transitRouterRouteTableIds: pulumi.Output<Record<string, string>>;
    /** Per pair of regions joined (`ap-southeast-1/ap-southeast-5`), the inter-region connection's attachment id. */
    public readonly peerAttachmentIds: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name (VBR, IPsec-VPN connection, ECR), its transit router attachment id. */
    public readonly onPremisesAttachmentIds: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name, its attachment resource's URN: how the policy pack finds it. */
    public readonly onPremisesAttachmentUrns: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name, its `onPremisesCidrBlocks`: what the plan and the pack reach through it. */
    public readonly onPremisesCidrBlocks: pulumi.Output<Record<string, string[]>>;
    /**
     * The pairs of VPC names kept from reaching each other (`deny`); empty
     * when every VPC reaches every other. The policy pack's
     * intended-connectivity policy proves both from it.
     */
    public readonly deny: pulumi.Output<string[][]>;

    constructor(name: string, args: CrossAccountCenPeeringArgs, opts?: pulumi.ComponentResourceOptions) {
        super(CROSS_ACCOUNT_CEN_PEERING_TYPE, name, {}, opts);
        const base = startCenComponent(this, name, args, peeringChecks(args), () => peeringVpcs(args));
        const { tables, connected, attached } = connectPeering(base, args);
        const routeTableId = tables.get(base.routers.find((r) => r.home)!)!;
        const outputs = cenComponentOutputs(base, connected, attached);

        this.cenId = outputs.cenId;
        this.cenAccountId = outputs.cenAccountId;
        this.transitRouterId = outputs.transitRouterId;
        this.transitRouterRouteTableId = routeTableId;
        this.attachmentIds = outputs.attachmentIds;
        this.grantIds = outputs.grantIds;
        this.vpcCidrBlocks = outputs.vpcCidrBlocks;
        this.attachmentUrns = outputs.attachmentUrns;
        this.transitRouterIds = outputs.transitRouterIds;
        this.transitRouterRouteTableIds = byRegion(base, (r) => tables.get(r)!);
        this.peerAttachmentIds = outputs.peerAttachmentIds;
        this.onPremisesAttachmentIds = outputs.onPremisesAttachmentIds;
        this.onPremisesAttachmentUrns = outputs.onPremisesAttachmentUrns;
        this.onPremisesCidrBlocks = outputs.onPremisesCidrBlocks;
        this.deny = pulumi.output((args.deny ?? []).map(([a, b]) => [a, b]));
        this.registerOutputs({
            ...outputs,
            deny: this.deny,
            transitRouterRouteTableId: routeTableId,
            transitRouterRouteTableIds: this.transitRouterRouteTableIds,
        });
    }
}
