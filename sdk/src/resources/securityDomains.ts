// The security domains' children: a route table per domain and region, each
// member associated with its domain's table and propagated into the tables
// of the domains that may reach it, the static routes between regions, and
// the inspection point (an inspection VPC of the user's own, or Cloud
// Firewall) between the domains it inspects.
import * as pulumi from "@pulumi/pulumi";
import type { CenSecurityDomainsArgs } from "../args/cenSecurityDomainsArgs";
import { firewallCandidateOf } from "../core/attachmentKinds";
import { redirections } from "../core/inspection";
import { planVpcRoutes } from "../core/routePlan";
import { DomainPolicy, inspectedReach } from "../core/securityDomains";
import { ResolvedVpc } from "../validation/cenVpcResolution";
import { DomainMembers } from "../validation/domainMembers";
import { INSPECTION_VPC_PATH } from "../validation/inspectionVpcChecks";
import { CenComponentBase, connectAllOnPremises } from "./cenComponent";
import { ChildContext } from "./childOptions";
import { addCloudFirewall, FirewallOnRouter } from "./cloudFirewall";
import { ConnectedVpc, connectVpc } from "./connectVpc";
import { regionalRouteTable } from "./customRouteTable";
import { connectInspectionVpc } from "./inspectionVpc";
import { memberRoutes } from "./memberRoutes";
import { AttachedOnPremises, onPremisesDestinations } from "./onPremisesAttachment";
import { linkKey, RegionRouter, routeLinks } from "./regionRouters";

/** What the security domains built, for the component's outputs. */
export interface ConnectedDomains {
    /** Each region's tables. */
    readonly tables: ReadonlyMap<RegionRouter, RegionTables>;
    /** `cenProvider`'s region's router, where the inspection point is. */
    readonly home: RegionRouter;
    readonly connected: ReadonlyMap<string, ConnectedVpc>;
    readonly attached: ReadonlyMap<string, AttachedOnPremises>;
    /** The pairs of domains inspected. */
    readonly inspect: readonly (readonly [string, string])[];
    readonly firewall?: FirewallOnRouter;
}

/** Builds every domain's tables and connects every member, routed by its domain. */
export function connectDomains(
    base: CenComponentBase,
    args: CenSecurityDomainsArgs,
    placed: DomainMembers,
): ConnectedDomains {
    const { ctx } = base;
    const inspectionVpc = base.resolved.vpcs.find((v) => v.path === INSPECTION_VPC_PATH);
    const vpcs = base.resolved.vpcs.filter((v) => v !== inspectionVpc);
    // Every member: VPCs and on-premises connections are routed alike.
    const all: readonly DomainMember[] = [...vpcs, ...base.onPremises];
    const domainOfMember = (m: { path: string }) => placed.domainOf.get(m.path)!;
    // The pairs a firewall or the inspection VPC sees; with the inspection VPC, instead of directly.
    const inspect = args.firewall?.inspect ?? args.inspectionVpc?.inspect ?? [];
    const viaInspection = inspectedReach(
        placed.policy.domains.map((d) => d.name),
        inspectionVpc ? inspect : [],
    );
    const inspected = (m: { path: string }) => viaInspection.get(domainOfMember(m))!.size > 0;
    // A region has a table for each domain with members there: no other is ever associated.
    const tables = new Map(
        base.routers.map((r) => {
            const local = new Set(all.filter((m) => base.routerOf(m) === r).map(domainOfMember));
            const domains = placed.policy.domains.filter((d) => local.has(d.name));
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
                    .filter(([d]) => placed.reach.get(d)!.has(domain) && !viaInspection.get(d)!.has(domain))
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
        const reachable = placed.reach.get(domainOfMember(vpc))!;
        const peers = vpcs.filter((p) => p !== vpc && reachable.has(domainOfMember(p)));
        const onPremises = onPremisesDestinations(
            base.onPremises.filter((s) => reachable.has(domainOfMember(s))),
        );
        connected.set(
            vpc.key,
            connectVpc(ctx, base.routerOf(vpc).side, vpc, {
                ...routing(vpc),
                vpcRouteTableIds: vpc.routeTableIds,
                routes: planVpcRoutes(vpc, [...peers, ...onPremises], placed.vpcRoutes, vpc.ipv6),
            }),
        );
    }
    const attached = connectAllOnPremises(base, args.tags, (_, site) => routing(site));
    routeLinks(ctx, base.links, (side) => ({
        associateWith: tables.get(side)!.inbound!,
        propagateTo: [],
    }));
    remoteRoutes(ctx, base, all, tables, placed.reach, domainOfMember);
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
        routeThroughInspection(ctx, home, tables.get(home)!, all, viaInspection, domainOfMember, inspection);
    }
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
    return { tables, home, connected, attached, inspect, firewall };
}

/** Each inspected domain reaches the members of its partners through the inspection VPC, one route per block. */
function routeThroughInspection(
    ctx: ChildContext,
    home: RegionRouter,
    tables: RegionTables,
    members: readonly DomainMember[],
    viaInspection: ReadonlyMap<string, ReadonlySet<string>>,
    domainOf: (member: DomainMember) => string,
    inspection: ConnectedVpc,
): void {
    for (const [domain, routeTableId] of tables.byDomain) {
        const partners = viaInspection.get(domain)!;
        for (const member of members.filter((m) => partners.has(domainOf(m)))) {
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

/** A member as routing sees it: where it is in the arguments, its key, region and blocks. */
type DomainMember = Pick<ResolvedVpc, "path" | "key" | "region" | "cidrBlocks">;

export interface RegionTables {
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
