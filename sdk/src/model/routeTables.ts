// Effective route tables, printed the way seed 000 prints them:
// Destination CIDR Block | Next Hop | Route Type.
import { StackGraph, StackResource, TYPES } from "./stackGraph";

export type RouteType = "System" | "Custom" | "Propagated" | "Static";

export interface Route {
    readonly destination: string;
    /** `Local` for system routes, else the next hop's id (an attachment id) or `BlackHole`. */
    readonly nextHop: string;
    readonly type: RouteType;
}

export interface RouteTable {
    /** The table's id, or a description when it is not known yet. */
    readonly id: string;
    readonly routes: readonly Route[];
}

/** The vSwitches of a VPC, linked by their vpcId. */
export function vswitchesOf(graph: StackGraph, vpc: StackResource): StackResource[] {
    return graph.ofType(TYPES.vswitch).filter((s) => graph.referenced(s, "vpcId", TYPES.vpc) === vpc);
}

/**
 * Each VPC's route table: a system route per vSwitch CIDR, then the custom
 * route entries written to the table.
 */
export function vpcRouteTables(graph: StackGraph): Map<string, RouteTable> {
    const tables = new Map<string, RouteTable>();
    for (const vpc of graph.ofType(TYPES.vpc)) {
        const tableId = String(vpc.props.routeTableId ?? `${vpc.name} system route table`);
        const system: Route[] = vswitchesOf(graph, vpc).map((s) => ({
            destination: String(s.props.cidrBlock),
            nextHop: "Local",
            type: "System",
        }));
        const custom: Route[] = graph
            .ofType(TYPES.vpcRouteEntry)
            .filter(
                (e) => graph.referenced(e, "routeTableId", TYPES.vpc, (v) => v.props.routeTableId) === vpc,
            )
            .map((e) => ({
                destination: String(e.props.destinationCidrblock),
                nextHop: String(e.props.nexthopId),
                type: "Custom",
            }));
        tables.set(vpc.name, { id: tableId, routes: [...system, ...custom] });
    }
    return tables;
}

/**
 * Each transit router route table's propagated routes, keyed by table id:
 * an attachment that propagates to a table contributes its VPC's vSwitch
 * CIDRs, with the attachment as next hop (seed 000's TR table).
 */
export function transitRouterPropagatedRoutes(graph: StackGraph): Map<string, Route[]> {
    const tables = new Map<string, Route[]>();
    for (const propagation of graph.ofType(TYPES.propagation)) {
        const tableId = String(propagation.props.transitRouterRouteTableId);
        const attachment = graph.referenced(
            propagation,
            "transitRouterAttachmentId",
            TYPES.vpcAttachment,
            (a) => a.props.transitRouterAttachmentId,
        );
        const vpc = attachment ? graph.referenced(attachment, "vpcId", TYPES.vpc) : undefined;
        if (!attachment || !vpc) {
            continue;
        }
        const routes = tables.get(tableId) ?? [];
        for (const vswitch of vswitchesOf(graph, vpc)) {
            routes.push({
                destination: String(vswitch.props.cidrBlock),
                nextHop: String(attachment.props.transitRouterAttachmentId),
                type: "Propagated",
            });
        }
        tables.set(tableId, routes);
    }
    return tables;
}
