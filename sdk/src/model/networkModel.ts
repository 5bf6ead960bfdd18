// The network a stack describes, indexed for the reachability walk.
import {
    associationsOf,
    attachmentIdOf,
    transitRouterRouteTables,
    TransitRouterRouteTable,
    vpcRouteTables,
    VpcRouteTable,
} from "./routeTables";
import { StackGraph, StackResource, TYPES } from "./stackGraph";

export interface NetworkModel {
    readonly graph: StackGraph;
    readonly vpcTables: Map<string, VpcRouteTable>;
    readonly trTables: Map<string, TransitRouterRouteTable>;
    /** True when some association's table or attachment is not known yet (preview). */
    readonly hasUnknownAssociations: boolean;
    attachmentById(id: string): StackResource | undefined;
    associationOf(attachment: StackResource): TransitRouterRouteTable | undefined;
    vpcOfAttachment(attachment: StackResource): StackResource | undefined;
    securityGroupsOf(ecs: StackResource): StackResource[];
    rulesOf(securityGroup: StackResource): StackResource[];
}

/** Builds the model once; every lookup afterwards is an index read. */
export function buildNetworkModel(graph: StackGraph): NetworkModel {
    const vpcTables = vpcRouteTables(graph);
    const trTables = transitRouterRouteTables(graph);
    const associations = associationsOf(trTables);
    const associated = [...trTables.values()].reduce((n, t) => n + t.associated.length, 0);
    const byId = new Map<string, StackResource>();
    for (const type of [TYPES.vpcAttachment, TYPES.peerAttachment]) {
        for (const a of graph.ofType(type)) {
            byId.set(a.urn, a);
            const id = attachmentIdOf(a);
            if (id) byId.set(id, a);
        }
    }
    return {
        graph,
        vpcTables,
        trTables,
        hasUnknownAssociations: associated < graph.ofType(TYPES.association).length,
        attachmentById: (id) => byId.get(id),
        associationOf: (a) => associations.get(a.urn),
        vpcOfAttachment: (a) => graph.referenced(a, "vpcId", TYPES.vpc),
        securityGroupsOf: (ecs) =>
            graph
                .ofType(TYPES.securityGroup)
                .filter(
                    (g) =>
                        (ecs.propertyDependencies?.securityGroups ?? []).includes(g.urn) ||
                        (Array.isArray(ecs.props.securityGroups) && ecs.props.securityGroups.includes(g.id)),
                ),
        rulesOf: (g) =>
            graph.groupedBy(TYPES.securityGroupRule, "securityGroupId", TYPES.securityGroup).get(g.urn) ?? [],
    };
}
