// The network a stack describes, indexed for the reachability walk.
import {
    associationsOf,
    otherEnd,
    placeOf,
    attachmentIdOf,
    transitRouterRouteTables,
    TransitRouterRouteTable,
    vpcRouteTables,
    VpcRouteTable,
} from "./routeTables";
import { ATTACHMENT_TYPES } from "../core/attachmentKinds";
import { FirewallPassage, firewallPassages } from "./firewall";
import { regionMismatches, regionMismatchText } from "./regions";
import { InstanceGroups, instanceGroups } from "./securityGroups";
import { attachmentVswitches, BoundAcl, NetworkAcls, networkAclsOf } from "./networkAcls";
import { syncedRoutes } from "./routeSync";
import {
    attachedVpc,
    basicCens,
    basicCenTables,
    basicLearnedRoutes,
    instanceAttachmentKey,
} from "./basicCen";
import { StackGraph, StackResource, TYPES } from "./stackGraph";
import { UnmodelledPlace, unmodelledPlaces } from "./unmodelled";

export interface NetworkModel {
    readonly graph: StackGraph;
    readonly vpcTables: Map<string, VpcRouteTable>;
    readonly trTables: Map<string, TransitRouterRouteTable>;
    /** True when some association's table or attachment is not known yet (preview). */
    readonly hasUnknownAssociations: boolean;
    attachmentById(id: string): StackResource | undefined;
    /**
     * The table the attachment is associated with; for a peer attachment, the
     * one on `transitRouter`, the router the packet arrives at through it.
     */
    associationOf(attachment: StackResource, transitRouter?: string): TransitRouterRouteTable | undefined;
    /** The transit router at the other end of a peer attachment from `transitRouter`. */
    otherEnd(peer: StackResource, transitRouter: string | undefined): string | undefined;
    vpcOfAttachment(attachment: StackResource): StackResource | undefined;
    /** Why the API refuses to create the attachment (its regions disagree); undefined when it does not. */
    refusedAttachment(attachment: StackResource): string | undefined;
    /**
     * Why a route in `vpc` cannot use `nextHop` as its next hop: the next hop
     * is another VPC's attachment, which a VPC route cannot lead to. Undefined
     * when it can, or while either side is not known.
     */
    foreignNextHop(vpc: StackResource, nextHop: string): string | undefined;
    /** The security groups of an ECS instance or a PrivateLink endpoint. */
    /** The security groups of an ECS instance or PrivateLink endpoint, and what of them the stack does not tell. */
    securityGroupsOf(ecs: StackResource): InstanceGroups;
    rulesOf(securityGroup: StackResource): StackResource[];
    /**
     * The VPC's transit router attachment when it is in appliance mode: a
     * route of the VPC to an instance, ENI or HaVip then hands the packet to
     * an inspection appliance, which sends it back over this attachment.
     */
    applianceAttachmentOf(vpc: StackResource): StackResource | undefined;
    /** The network ACL bound to a vSwitch, when the model follows one. */
    aclOf(vswitch: StackResource): BoundAcl | undefined;
    /**
     * The network ACLs on the vSwitches where a VPC's transit router
     * attachments have their network interfaces, with the vSwitch.
     */
    attachmentAcls(
        vpc: StackResource,
    ): readonly { readonly vswitch: StackResource; readonly bound: BoundAcl }[];
    /** The Cloud Firewall traffic from `from` to `to` (VPCs or on-premises attachments) passes, when a redirection policy covers them. */
    firewallBetween(from: StackResource, to: StackResource): FirewallPassage | undefined;
    /**
     * The first resource the model does not follow that acts on one of these
     * places (see placeOf), with how to name the place; undefined when none.
     * Absent when the stack has nothing unfollowed, so walks skip the question.
     */
    readonly unmodelledOn?: (
        places: Iterable<string>,
    ) => { place: UnmodelledPlace; where: string } | undefined;
}

/**
 * Why a route in `vpc` cannot lead to `attachment`: it is another VPC's
 * attachment, which a VPC route cannot reach. Undefined when it can, or while
 * the attachment's VPC is not known.
 */
export function foreignAttachment(
    graph: StackGraph,
    vpc: StackResource,
    attachment: StackResource,
): string | undefined {
    if (attachment.type !== TYPES.vpcAttachment) return undefined;
    const owner = graph.referenced(attachment, "vpcId", TYPES.vpc);
    return owner && owner !== vpc
        ? `its next hop is ${attachment.name}, the attachment of VPC ${owner.name}; a VPC route can only lead to its own VPC's attachment`
        : undefined;
}

/** Builds the model once; every lookup afterwards is an index read. */
export function buildNetworkModel(graph: StackGraph): NetworkModel {
    const enterprise = transitRouterRouteTables(graph);
    const basic = basicCenTables(graph, basicCens(graph).followed);
    const trTables = new Map([...enterprise, ...basic]);
    const associations = associationsOf(trTables);
    const associated = [...enterprise.values()].reduce((n, t) => n + t.associated.length, 0);
    const hasUnknownAssociations = associated < graph.ofType(TYPES.association).length;
    const learned = syncedRoutes(graph, enterprise, hasUnknownAssociations);
    for (const [vpc, routes] of basicLearnedRoutes(graph, basic)) {
        learned.set(vpc, [...(learned.get(vpc) ?? []), ...routes]);
    }
    const vpcTables = vpcRouteTables(graph, learned);
    const byId = new Map<string, StackResource>();
    for (const type of ATTACHMENT_TYPES) {
        for (const a of graph.ofType(type)) {
            byId.set(a.urn, a);
            const id = attachmentIdOf(a);
            if (id) byId.set(id, a);
        }
    }
    for (const a of graph.ofType(TYPES.instanceAttachment)) {
        byId.set(a.urn, a);
        byId.set(instanceAttachmentKey(a), a);
    }
    const groupsOfInstance = new Map<string, InstanceGroups>();
    const unmodelled = unmodelledIndex(graph, trTables);
    const acls = networkAclsOf(graph);
    const attachmentAcls = attachmentAclsByVpc(graph, acls);
    return {
        graph,
        vpcTables,
        trTables,
        hasUnknownAssociations,
        attachmentById: (id) => byId.get(id),
        associationOf: (a, transitRouter) =>
            associations.get(a.type === TYPES.peerAttachment ? `${a.urn}@${transitRouter}` : a.urn),
        otherEnd: (peer, transitRouter) => otherEnd(graph, peer, transitRouter),
        foreignNextHop: (vpc, nextHop) => {
            const attachment = byId.get(nextHop);
            return attachment && foreignAttachment(graph, vpc, attachment);
        },
        vpcOfAttachment: (a) =>
            a.type === TYPES.instanceAttachment
                ? attachedVpc(graph, a)
                : graph.referenced(a, "vpcId", TYPES.vpc),
        refusedAttachment: (a) => {
            const mismatch = regionMismatches(graph, a)[0];
            return mismatch && `it is never created: ${regionMismatchText(mismatch)}`;
        },
        securityGroupsOf: (ecs) => {
            // Asked for every ping the instance takes part in, in both directions.
            let groups = groupsOfInstance.get(ecs.urn);
            if (!groups) {
                // This network's own copy: a world pins the instance's groups (candidates.ts).
                groups = instanceGroups(graph, graph.resource(ecs.urn) ?? ecs);
                groupsOfInstance.set(ecs.urn, groups);
            }
            return groups;
        },
        firewallBetween: firewallPassages(graph),
        aclOf: (vswitch) => acls.byVswitch.get(vswitch.urn),
        attachmentAcls: (vpc) => attachmentAcls.get(vpc.urn) ?? [],
        applianceAttachmentOf: (vpc) =>
            graph
                .groupedBy(TYPES.vpcAttachment, "vpcId", TYPES.vpc)
                .get(vpc.urn)
                ?.find(
                    (a) =>
                        (a.props.options as { applianceModeSupport?: unknown } | undefined)
                            ?.applianceModeSupport === "enable",
                ),
        unmodelledOn: unmodelled,
        rulesOf: (g) =>
            graph.groupedBy(TYPES.securityGroupRule, "securityGroupId", TYPES.securityGroup).get(g.urn) ?? [],
    };
}

/**
 * The ACLs on the vSwitches where each VPC's attachments have their network
 * interfaces, by VPC URN, found once: walks ask for them on every ping.
 */
function attachmentAclsByVpc(
    graph: StackGraph,
    acls: NetworkAcls,
): Map<string, { vswitch: StackResource; bound: BoundAcl }[]> {
    const byVpc = new Map<string, { vswitch: StackResource; bound: BoundAcl }[]>();
    if (acls.byVswitch.size === 0) return byVpc;
    for (const [vpc, attachments] of graph.groupedBy(TYPES.vpcAttachment, "vpcId", TYPES.vpc)) {
        const found = attachments.flatMap((a) =>
            attachmentVswitches(graph, a).flatMap((vswitch) => {
                const bound = acls.byVswitch.get(vswitch.urn);
                return bound ? [{ vswitch, bound }] : [];
            }),
        );
        if (found.length > 0) byVpc.set(vpc, found);
    }
    return byVpc;
}

/** Answers which unfollowed resource acts on a walk's places, from an index built once. */
function unmodelledIndex(
    graph: StackGraph,
    trTables: Map<string, TransitRouterRouteTable>,
): NetworkModel["unmodelledOn"] {
    const places = unmodelledPlaces(graph);
    if (places.length === 0) return undefined;
    const everywhere = places.find((p) => p.everywhere);
    const byPlace = new Map<string, { place: UnmodelledPlace; where: string }>();
    for (const place of places) {
        for (const urn of place.vpcs) {
            const key = placeOf.vpc(graph.resource(urn)!);
            if (!byPlace.has(key))
                byPlace.set(key, { place, where: `VPC ${graph.resource(urn)?.name ?? urn}` });
        }
        for (const table of place.trTables) {
            const key = placeOf.trTable(table);
            if (!byPlace.has(key)) {
                byPlace.set(key, {
                    place,
                    where: `transit router table ${trTables.get(table)?.label ?? table}`,
                });
            }
        }
    }
    return (visited) => {
        if (everywhere)
            return { place: everywhere, where: "the network (the stack does not say which part)" };
        for (const key of visited) {
            const found = byPlace.get(key);
            if (found) return found;
        }
        return undefined;
    };
}
