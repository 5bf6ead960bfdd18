import * as pulumi from "@pulumi/pulumi";
import { entriesOf, found, nonEmptyListProblem, plainValueProblem } from "../core/argTypes";
import { checkRouteDestinations, planVpcRoutes } from "../core/routePlan";
import { redirections } from "../core/inspection";
import { checkDomains, DomainPolicy, domainReach, inspectedReach } from "../core/securityDomains";
import { CEN_SECURITY_DOMAINS_TYPE } from "../core/typeTokens";
import {
    byRegion,
    CenComponentBase,
    cenComponentOutputs,
    connectAllOnPremises,
    startCenComponent,
} from "../resources/cenComponent";
import { onPremisesDestinations } from "../resources/onPremisesInstances";
import { placedOnPremises } from "../validation/onPremisesChecks";
import { firewallCandidateOf } from "../core/attachmentKinds";
import { ResolvedVpc, VPC_LIST } from "../resources/cenVpcs";
import { ChildContext } from "../resources/childOptions";
import { addCloudFirewall } from "../resources/cloudFirewall";
import { firewallNames, firewallProblems, firewallZones } from "../validation/firewallChecks";
import { ConnectedVpc, connectVpc } from "../resources/connectVpc";
import { regionalRouteTable } from "../resources/customRouteTable";
import { linkKey, RegionRouter, routeLinks } from "../resources/regionRouters";
import { memberRoutes } from "../resources/memberRoutes";
import { connectInspectionVpc, INSPECTION_VPC_PATH, inspectionVpcProblems } from "../resources/inspectionVpc";
import { CenSecurityDomainsArgs, DomainPolicyOutput } from "../args/cenSecurityDomainsArgs";
import {
    topLevelOnPremisesProblems,
    topologyProblem,
    membersSharedTable,
    uninspectableProblems,
} from "../validation/cenSecurityDomainsChecks";

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
        const vpcRoutes = args?.vpcRoutes ?? "rfc1918";
        const deferredRoutes = plainValueProblem("vpcRoutes", vpcRoutes);
        const domainList = entriesOf(args?.domains);
        const vpcsIn = domainList.map((d, i) =>
            entriesOf(d?.vpcs).map((v, j) => ({
                path: `domains[${i}].vpcs[${j}]`,
                args: v,
                domain: d?.name,
            })),
        );
        const members = vpcsIn.flat();
        // Each domain gives its own on-premises connections.
        const sources = domainList.map((d, i) => ({ prefix: `domains[${i}].`, lists: d }));
        const sitesIn = sources.map((s, i) =>
            placedOnPremises(s.lists, s.prefix).map((p) => ({ ...p, domain: domainList[i]?.name })),
        );
        const sites = sitesIn.flat();
        const inspection = args?.inspectionVpc;
        // The inspection VPC is connected like a member, in no domain.
        const given = [
            ...members,
            ...(typeof inspection === "object" && inspection !== null
                ? [{ path: INSPECTION_VPC_PATH, args: inspection.vpc, domain: undefined }]
                : []),
        ];
        const policy: DomainPolicy = {
            domains: domainList.map((d) => ({ name: d?.name, isolateMembers: d?.isolateMembers ?? false })),
            allow: Array.isArray(args?.allow) ? args.allow : [],
        };
        const reach = domainReach(policy);
        // Each member's domain, by its place in the arguments.
        const domainOf = new Map([...members, ...sites].map((g) => [g.path, String(g.domain)]));
        const sharedTable = membersSharedTable(args, [...members, ...sites], domainOf, reach);
        const base = startCenComponent(
            this,
            name,
            args,
            {
                usage: "{ cenProvider, domains: [{ name, vpcs }], allow }",
                problems: [
                    ...(deferredRoutes ? [deferredRoutes] : checkRouteDestinations("vpcRoutes", vpcRoutes)),
                    ...found(
                        nonEmptyListProblem(
                            "domains",
                            args?.domains,
                            "domains: { name, vpcs }",
                            "give at least one domain.",
                        ),
                        ...domainList.map((d, i) =>
                            d?.vpcs === undefined || Array.isArray(d.vpcs)
                                ? undefined
                                : `domains[${i}].vpcs must be a list of ${VPC_LIST}.`,
                        ),
                        topologyProblem(args),
                    ),
                    ...topLevelOnPremisesProblems(args),
                    ...firewallProblems(args?.firewall, args?.regions, members, reach),
                    ...uninspectableProblems(args?.firewall, sites),
                    ...inspectionVpcProblems(inspection, args ?? {}, reach),
                    ...checkDomains(
                        domainList.map((d, i) => ({
                            path: `domains[${i}]`,
                            name: d?.name,
                            members: [...vpcsIn[i], ...sitesIn[i]].map((m) => ({
                                path: m.path,
                                key: m.args?.name,
                            })),
                        })),
                        args?.allow,
                    ),
                ],
                vpcs: given,
                otherNames: [
                    ...domainList.map((d, i) => ({
                        argument: `domains[${i}].name`,
                        suffix: `table-${d?.name}`,
                    })),
                    { argument: "name", suffix: "inbound" },
                    { argument: "name", suffix: "table-inspection" },
                    ...firewallNames(args?.firewall),
                ],
                onPremises: sources,
            },
            () => ({
                vpcs: given.map((g) => ({
                    path: g.path,
                    args: g.args,
                    routeTables: { needed: vpcRoutes !== "none", orElse: 'or set vpcRoutes to "none"' },
                })),
                sharedTable,
                zoneLists: firewallZones(args.firewall, args.cenProvider),
            }),
        );
        const { ctx } = base;
        const inspectionVpc = base.resolved.vpcs.find((v) => v.path === INSPECTION_VPC_PATH);
        const vpcs = base.resolved.vpcs.filter((v) => v !== inspectionVpc);
        // Every member: VPCs and on-premises connections are routed alike.
        const all: readonly DomainMember[] = [...vpcs, ...base.onPremises];
        const domainOfMember = (m: { path: string }) => domainOf.get(m.path)!;
        // The pairs a firewall or the inspection VPC sees; with the inspection VPC, instead of directly.
        const inspect = args.firewall?.inspect ?? args.inspectionVpc?.inspect ?? [];
        const viaInspection = inspectedReach(
            policy.domains.map((d) => d.name),
            inspectionVpc ? inspect : [],
        );
        const inspected = (m: { path: string }) => viaInspection.get(domainOfMember(m))!.size > 0;
        // A region has a table for each domain with members there: no other is ever associated.
        const tables = new Map(
            base.routers.map((r) => {
                const local = new Set(all.filter((m) => base.routerOf(m) === r).map(domainOfMember));
                const domains = policy.domains.filter((d) => local.has(d.name));
                return [r, domainTables(ctx, r, domains, base.links.length > 0, args.tags)];
            }),
        );

        const home = base.routers.find((r) => r.home)!;
        // The inspection VPC's return table: it learns every inspected member.
        const returnTable =
            inspectionVpc &&
            regionalRouteTable(
                ctx,
                home,
                "table-inspection",
                "Traffic the inspection VPC sends on: every inspected member.",
                args.tags,
            );
        // A member is associated with its domain's table and propagates into
        // every table of a domain that may reach it directly, the inbound
        // table of its region, and the inspection VPC's return table.
        const routing = (member: DomainMember) => {
            const domain = domainOfMember(member);
            const own = tables.get(base.routerOf(member))!;
            return {
                associateWith: own.byDomain.get(domain)!,
                propagateTo: [
                    ...[...own.byDomain]
                        .filter(([d]) => reach.get(d)!.has(domain) && !viaInspection.get(d)!.has(domain))
                        .map(([d, routeTableId]) => ({ key: d, routeTableId })),
                    ...(own.inbound ? [{ key: "inbound", routeTableId: own.inbound }] : []),
                    ...(returnTable && inspected(member)
                        ? [{ key: "inspection", routeTableId: returnTable }]
                        : []),
                ],
            };
        };
        const connected = new Map<string, ConnectedVpc>();
        for (const vpc of vpcs) {
            const reachable = reach.get(domainOfMember(vpc))!;
            const peers = vpcs.filter((p) => p !== vpc && reachable.has(domainOfMember(p)));
            const onPremises = onPremisesDestinations(
                base.onPremises.filter((s) => reachable.has(domainOfMember(s))),
            );
            connected.set(
                vpc.key,
                connectVpc(ctx, base.routerOf(vpc).side, vpc, {
                    ...routing(vpc),
                    vpcRouteTableIds: vpc.routeTableIds,
                    routes: planVpcRoutes(vpc, [...peers, ...onPremises], vpcRoutes, vpc.ipv6),
                }),
            );
        }
        const attached = connectAllOnPremises(base, args.tags, (_, site) => routing(site));
        routeLinks(ctx, base.links, (side) => ({
            associateWith: tables.get(side)!.inbound!,
            propagateTo: [],
        }));
        remoteRoutes(ctx, base, all, tables, reach, domainOfMember);
        if (inspectionVpc) {
            const inspection = connectInspectionVpc(
                ctx,
                home,
                inspectionVpc,
                returnTable!,
                all.filter(inspected),
                args.inspectionVpc!.appliance,
            );
            connected.set(inspectionVpc.key, inspection);
            // Each inspected domain reaches the members of its partners through it, one route per block.
            for (const [domain, routeTableId] of tables.get(home)!.byDomain) {
                const partners = viaInspection.get(domain)!;
                for (const member of all.filter((m) => partners.has(domainOfMember(m)))) {
                    memberRoutes(ctx, member, {
                        provider: home.side.provider,
                        routeTableId,
                        role: "inspect",
                        parts: [domain],
                        nextHop: inspection.attachment.transitRouterAttachmentId,
                        description: `Domain ${domain} reaches ${member.key} through the inspection VPC.`,
                    });
                }
            }
        }
        const outputs = cenComponentOutputs(base, connected, attached);
        const inspectedDomains = new Set(inspect.flat());
        const firewall =
            args.firewall &&
            addCloudFirewall(
                ctx,
                home.side,
                base.regionOfRouter(home),
                args.firewall,
                redirections(args.firewall.inspect),
                [
                    ...vpcs.map((v) => ({
                        domain: domainOfMember(v),
                        candidate: { id: v.vpcId },
                        attachment: connected.get(v.key)!.attachment,
                    })),
                    ...base.onPremises.map((s) => ({
                        domain: domainOfMember(s),
                        candidate: { id: s.instanceId, type: firewallCandidateOf(s.kind) },
                        attachment: attached.get(s.key)!.attachment,
                    })),
                ].filter((m) => inspectedDomains.has(m.domain)),
                base.resolved.accountOf,
            );

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
                members: [...vpcsIn[i], ...sitesIn[i]].map((m) => m.args.name),
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

/** A member as routing sees it: where it is in the arguments, its key, region and blocks. */
type DomainMember = Pick<ResolvedVpc, "path" | "key" | "region" | "cidrBlocks">;

interface RegionTables {
    readonly byDomain: Map<string, pulumi.Output<string>>;
    /** Where traffic from other regions arrives; only with inter-region connections. */
    readonly inbound?: pulumi.Output<string>;
}

/** A region's tables: one per domain, and (multi-region) the inbound table. The home region's carry no suffix. */
function domainTables(
    ctx: ChildContext,
    router: RegionRouter,
    domains: DomainPolicy["domains"],
    linked: boolean,
    tags: CenSecurityDomainsArgs["tags"],
): RegionTables {
    const table = (role: string, description: string) =>
        regionalRouteTable(ctx, router, role, description, tags);
    return {
        byDomain: new Map(
            domains.map((d) => [
                d.name,
                table(`table-${d.name}`, `Security domain ${d.name}: learns the domains it may reach.`),
            ]),
        ),
        inbound: linked
            ? table("inbound", "Traffic from other regions, already filtered there: every local member.")
            : undefined,
    };
}

/**
 * Static routes in each domain's table to the remote members it may reach
 * (VPCs and on-premises connections),
 * next hop the connection to their region, one per block, named after the
 * table, member and block so members come and go alone.
 */
function remoteRoutes(
    ctx: ChildContext,
    base: Pick<CenComponentBase, "links" | "routerOf">,
    members: readonly DomainMember[],
    tables: ReadonlyMap<RegionRouter, RegionTables>,
    reach: ReadonlyMap<string, ReadonlySet<string>>,
    domainOf: (member: DomainMember) => string,
): void {
    for (const link of base.links) {
        for (const [here, there] of [
            [link.from, link.to],
            [link.to, link.from],
        ] as const) {
            const remote = members.filter((v) => base.routerOf(v) === there);
            for (const [domain, routeTableId] of tables.get(here)!.byDomain) {
                const reachable = reach.get(domain)!;
                for (const member of remote.filter((m) => reachable.has(domainOf(m)))) {
                    memberRoutes(ctx, member, {
                        provider: here.side.provider,
                        routeTableId,
                        role: "route",
                        parts: [domain, here.region!],
                        nextHop: link.attachment.transitRouterAttachmentId,
                        description: `Domain ${domain} reaches ${member.key} in ${there.region} over ${linkKey(link, "/")}.`,
                    });
                }
            }
        }
    }
}
