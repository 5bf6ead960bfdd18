import * as pulumi from "@pulumi/pulumi";
import { ISOLATED_SPOKES_TYPE } from "../core/typeTokens";
import { byRegion, cenComponentOutputs, startCenComponent } from "../resources/cenComponent";
import { connectHubAndSpokes } from "../resources/hubAndSpokes";
import { IsolatedSpokesWithSharedHubArgs, IsolationOutput } from "../args/isolatedSpokesWithSharedHubArgs";
import { spokesChecks, spokesVpcs, withHubTopology } from "../validation/isolatedSpokesChecks";

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
        const base = startCenComponent(this, name, withHubTopology(args), spokesChecks(args), () =>
            spokesVpcs(args),
        );
        const { hub, spokes, tables, hubTables, onPremisesTable, connected, attached, firewall } =
            connectHubAndSpokes(base, args);
        const outputs = cenComponentOutputs(base, connected, attached);

        this.cenId = outputs.cenId;
        this.cenAccountId = outputs.cenAccountId;
        this.transitRouterId = outputs.transitRouterId;
        this.spokeRouteTableId = hubTables.spoke;
        this.hubRouteTableId = hubTables.hub;
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
