import * as pulumi from "@pulumi/pulumi";
import { CEN_SECURITY_DOMAINS_TYPE } from "../core/typeTokens";
import { byRegion, cenComponentOutputs, startCenComponent } from "../resources/cenComponent";
import { connectDomains } from "../resources/securityDomains";
import { RegionRouter } from "../resources/regionRouters";
import { CenSecurityDomainsArgs, DomainPolicyOutput } from "../args/cenSecurityDomainsArgs";
import { domainsChecks, domainsVpcs, placeDomainMembers } from "../validation/domainMembers";

/**
 * Security domains (segments, in AWS Cloud WAN's words) on Enterprise
 * Edition transit routers: each domain gets one transit router route table
 * per region; each member VPC is associated with its domain's table and
 * propagates into the tables of the domains allowed to reach it (its own
 * domain's too, unless `isolateMembers`). Two domains that are not allowed
 * to talk have no route to each other, so not a single packet crosses; VPCs
 * of domains that never talk may even overlap, as long as no table learns
 * both (a third domain reaching both, one region's inbound table, the
 * inspection point).
 *
 * Across regions, each inter-region connection is associated on each side
 * with an `inbound` table that knows every local member, and each domain's
 * table gets static routes to the remote members it may reach, next hop the
 * connection: the source region's domain table is what filters, so a
 * connection shared by all domains carries no traffic between domains that
 * must not talk. Regions are therefore joined in a full mesh.
 *
 * @see {@link https://www.alibabacloud.com/help/en/ecs/use-cases/use-vpcs-for-network-isolation | Use VPCs for network isolation}
 * @see {@link https://www.alibabacloud.com/help/en/cen/user-guide/route-table | Transit router route tables}
 */
export class CenSecurityDomains extends pulumi.ComponentResource {
    /** The CEN instance id (the given one, or the one created). */
    public readonly cenId: pulumi.Output<string>;
    /** The id of the account that owns the CEN instance. */
    public readonly cenAccountId: pulumi.Output<string>;
    /** The transit router id (`tr-...`) in `cenProvider`'s region. */
    public readonly transitRouterId: pulumi.Output<string>;
    /** Per domain name, its route table in `cenProvider`'s region. */
    public readonly routeTableIds: pulumi.Output<Record<string, string>>;
    /** Per region, per domain name, the domain's route table there. */
    public readonly routeTableIdsByRegion: pulumi.Output<Record<string, Record<string, string>>>;
    /** Per VPC name, its transit router attachment id. */
    public readonly attachmentIds: pulumi.Output<Record<string, string>>;
    /** Per VPC name, the grant id, for VPCs of accounts other than the CEN owner's. */
    public readonly grantIds: pulumi.Output<Record<string, string>>;
    /** Per VPC name, the IPv4 blocks given in its `cidrBlocks`. */
    public readonly vpcCidrBlocks: pulumi.Output<Record<string, string[]>>;
    /** Per VPC name, the URN of its attachment resource: how the policy pack finds the VPC. */
    public readonly attachmentUrns: pulumi.Output<Record<string, string>>;
    /** Per region, its transit router id. */
    public readonly transitRouterIds: pulumi.Output<Record<string, string>>;
    /** Per pair of regions joined (`ap-southeast-1/ap-southeast-5`), the inter-region connection's attachment id. */
    public readonly peerAttachmentIds: pulumi.Output<Record<string, string>>;
    /**
     * The domains by name with their members' names (VPCs, then on-premises
     * connections), and the allowed pairs: what the policy pack proves (every allowed pair pings both
     * ways, no other pair delivers a packet).
     */
    public readonly domains: pulumi.Output<DomainPolicyOutput>;
    /** The Cloud Firewall's id (`vfw-tr-...`), with `firewall`; else undefined. */
    public readonly firewallId: pulumi.Output<string | undefined>;
    /** Per inspected pair (`office-production`, or a domain's name for its own members), the traffic-redirection policy's id. */
    public readonly firewallRoutePolicyIds: pulumi.Output<Record<string, string>>;

    /** Per on-premises connection name, its transit router attachment id. */
    public readonly onPremisesAttachmentIds: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name, its attachment resource's URN: how the policy pack and the plan find it. */
    public readonly onPremisesAttachmentUrns: pulumi.Output<Record<string, string>>;
    /** Per on-premises connection name, its `onPremisesCidrBlocks`: what the plan and the pack reach through it. */
    public readonly onPremisesCidrBlocks: pulumi.Output<Record<string, string[]>>;

    constructor(name: string, args: CenSecurityDomainsArgs, opts?: pulumi.ComponentResourceOptions) {
        super(CEN_SECURITY_DOMAINS_TYPE, name, {}, opts);
        const placed = placeDomainMembers(args);
        const base = startCenComponent(this, name, args, domainsChecks(args, placed), () =>
            domainsVpcs(args, placed),
        );
        const { tables, home, connected, attached, inspect, firewall } = connectDomains(base, args, placed);
        const outputs = cenComponentOutputs(base, connected, attached);

        this.cenId = outputs.cenId;
        this.cenAccountId = outputs.cenAccountId;
        this.transitRouterId = outputs.transitRouterId;
        const idsOf = (r: RegionRouter) =>
            pulumi.output(Object.fromEntries(tables.get(r)!.byDomain)) as pulumi.Output<
                Record<string, string>
            >;
        this.routeTableIds = idsOf(home);
        this.routeTableIdsByRegion = byRegion(base, idsOf);
        this.attachmentIds = outputs.attachmentIds;
        this.grantIds = outputs.grantIds;
        this.vpcCidrBlocks = outputs.vpcCidrBlocks;
        this.attachmentUrns = outputs.attachmentUrns;
        this.transitRouterIds = outputs.transitRouterIds;
        this.peerAttachmentIds = outputs.peerAttachmentIds;
        this.onPremisesAttachmentIds = outputs.onPremisesAttachmentIds;
        this.onPremisesAttachmentUrns = outputs.onPremisesAttachmentUrns;
        this.onPremisesCidrBlocks = outputs.onPremisesCidrBlocks;
        this.domains = pulumi.output({
            domains: args.domains.map((d, i) => ({
                name: d.name,
                members: [...placed.vpcsIn[i], ...placed.sitesIn[i]].map((m) => m.args.name),
                isolateMembers: d.isolateMembers ?? false,
            })),
            allow: (args.allow ?? []).map(([a, b]) => [a, b]),
            inspected: inspect.map(([a, b]) => [a, b]),
        });
        this.firewallId = pulumi.output(firewall?.firewall.id);
        this.firewallRoutePolicyIds = pulumi.output(
            Object.fromEntries([...(firewall?.routePolicies ?? [])].map(([key, p]) => [key, p.id])),
        ) as pulumi.Output<Record<string, string>>;
        this.registerOutputs({
            cenId: this.cenId,
            cenAccountId: this.cenAccountId,
            transitRouterId: this.transitRouterId,
            routeTableIds: this.routeTableIds,
            routeTableIdsByRegion: this.routeTableIdsByRegion,
            attachmentIds: this.attachmentIds,
            grantIds: this.grantIds,
            vpcCidrBlocks: this.vpcCidrBlocks,
            attachmentUrns: this.attachmentUrns,
            transitRouterIds: this.transitRouterIds,
            peerAttachmentIds: this.peerAttachmentIds,
            onPremisesAttachmentIds: this.onPremisesAttachmentIds,
            onPremisesAttachmentUrns: this.onPremisesAttachmentUrns,
            onPremisesCidrBlocks: this.onPremisesCidrBlocks,
            domains: this.domains,
            firewallId: this.firewallId,
            firewallRoutePolicyIds: this.firewallRoutePolicyIds,
        });
    }
}
