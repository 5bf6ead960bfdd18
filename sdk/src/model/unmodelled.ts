// Resources that change how packets are forwarded or filtered, which the
// network model does not follow. The plan names them rather than pretend its
// pings account for them.
import { trTableKey } from "./routeTables";
import { basicCens } from "./basicCen";
import { closedVpcFirewalls, followedVpcFirewalls } from "./firewall";
import { networkAclsOf } from "./networkAcls";
import { followedPrefixList } from "./prefixLists";
import { routeMapsOf } from "./routeMaps";
import { followedAggregates } from "./routeSync";
import { sameValue, StackGraph, StackResource, TYPES, typeLabel } from "./stackGraph";

/** What each unfollowed resource type does to traffic. */
export const UNMODELLED: Readonly<Record<string, string>> = {
    "alicloud:cen/routeMap:RouteMap":
        "route maps filter or change the routes transit router tables learn and advertise; the plan follows those whose table and direction it knows",
    "alicloud:cen/transitRouterPrefixListAssociation:TransitRouterPrefixListAssociation":
        "prefix lists add routes to transit router tables; the plan follows those whose prefix list and table the stack holds",
    "alicloud:cen/transitRouteTableAggregation:TransitRouteTableAggregation":
        "aggregate routes are advertised from transit router tables to the networks attached to them; the plan follows those advertised only to VPCs",
    "alicloud:cloudfirewall/firewallVpcFirewall:FirewallVpcFirewall":
        "VPC firewalls inspect and may drop traffic between VPCs",
    "alicloud:cloudfirewall/firewallVpcFirewallCen:FirewallVpcFirewallCen":
        "VPC firewalls inspect and may drop traffic that CEN forwards; the plan follows those whose VPC and status the stack tells",
    "alicloud:cloudfirewall/firewallVpcFirewallControlPolicy:FirewallVpcFirewallControlPolicy":
        "firewall control policies allow or drop traffic between VPCs (the plan applies them only for a transit router firewall of this stack)",
    "alicloud:cloudfirewall/controlPolicy:ControlPolicy": "firewall control policies allow or drop traffic",
    "alicloud:vpc/networkAcl:NetworkAcl":
        "network ACLs filter traffic in and out of vSwitches; the plan follows those whose vSwitches and rules the stack tells",
    "alicloud:vpc/networkAclAttachment:NetworkAclAttachment":
        "network ACLs filter traffic in and out of vSwitches",
    "alicloud:vpc/vpcNetworkAclAttachment:VpcNetworkAclAttachment":
        "network ACLs filter traffic in and out of vSwitches",
    "alicloud:vpc/networkAclEntries:NetworkAclEntries":
        "network ACL entries written apart from their ACL filter traffic in and out of vSwitches",
    "alicloud:vpc/natGateway:NatGateway": "NAT gateways translate addresses",
    "alicloud:vpc/snatEntry:SnatEntry": "SNAT entries translate source addresses",
    "alicloud:vpc/routeTable:RouteTable":
        "custom VPC route tables replace the system route table for the vSwitches bound to them; the plan reads each VPC's system route table",
    "alicloud:vpc/routeTableAttachment:RouteTableAttachment":
        "vSwitches bound to a custom route table forward by it, not by the system route table the plan reads",
    "alicloud:vpc/gatewayRouteTableAttachment:GatewayRouteTableAttachment":
        "gateway route tables steer traffic entering the VPC",
    "alicloud:vpc/ipv4Gateway:Ipv4Gateway": "IPv4 gateways route traffic to and from the internet",
    "alicloud:cen/instanceAttachment:InstanceAttachment":
        "networks attached to a CEN instance (Basic Edition) exchange routes; the plan follows a CEN whose instances are all in one region and that has no Enterprise Edition transit router",
    "alicloud:cen/routeEntry:RouteEntry":
        "VPC routes published to CEN reach networks the plan does not evaluate",
    "alicloud:vpc/peerConnection:PeerConnection": "VPC peering connects two VPCs directly",
};

/**
 * The stack's resources the model does not follow, by type, with what they
 * do. The access control policies of a transit router firewall in the stack
 * are followed (the walk applies them where the firewall inspects).
 */
export function unmodelledResources(
    graph: StackGraph,
): { type: string; description: string; resources: string[] }[] {
    const followed = followedAnyway(graph);
    return Object.entries(UNMODELLED)
        .map(([type, description]) => ({
            type,
            description,
            resources: graph
                .ofType(type)
                .filter((r) => !followed(r))
                .map((r) => r.name),
        }))
        .filter((u) => u.resources.length > 0);
}

/**
 * What the walk follows among the types it does not in general: the access
 * control policies of a transit router firewall in the stack, the route maps
 * and prefix lists whose table the stack tells, the aggregate routes
 * advertised only to VPCs, and the network ACLs whose vSwitches it tells.
 */
function followedAnyway(graph: StackGraph): (r: StackResource) => boolean {
    const vpcFirewalls = [
        ...followedVpcFirewalls(graph).map((f) => f.firewall),
        ...closedVpcFirewalls(graph),
    ];
    const firewalls = [...graph.ofType(TYPES.trFirewall), ...vpcFirewalls];
    const followed = new Set([
        ...routeMapsOf(graph, (r) => trTableKey(graph, r)).placed.map((p) => p.resource),
        ...graph
            .ofType(TYPES.prefixListAssociation)
            .filter((a) => trTableKey(graph, a, "transitRouterTableId") && followedPrefixList(graph, a)),
        ...followedAggregates(graph).map((a) => a.resource),
        ...networkAclsOf(graph).followed,
        ...basicCens(graph).followed.flatMap((c) => c.attachments),
        ...vpcFirewalls,
    ]);
    return (r) =>
        followed.has(r) ||
        (r.type === TYPES.firewallControlPolicy &&
            firewalls.some((f) => sameValue(r, "vpcFirewallId", f, "cenId") === true));
}

/**
 * Where an unfollowed resource acts: the VPCs (their route tables, vSwitches
 * and what enters or leaves them) and transit router tables it changes, or
 * everywhere when the stack does not say where.
 */
export interface UnmodelledPlace {
    readonly resource: StackResource;
    readonly description: string;
    readonly vpcs: ReadonlySet<string>;
    readonly trTables: ReadonlySet<string>;
    readonly everywhere: boolean;
}

const NAT_GATEWAY = "alicloud:vpc/natGateway:NatGateway";
const VPC_ROUTE_TABLE = "alicloud:vpc/routeTable:RouteTable";
const NETWORK_ACL = "alicloud:vpc/networkAcl:NetworkAcl";

/** How each unfollowed type says where it acts: a transit router table property, or the VPC it belongs to. */
const ACTS_ON: Readonly<
    Record<string, { readonly trTable?: string; readonly vpc?: readonly [string, string, string] }>
> = {
    "alicloud:cen/routeMap:RouteMap": { trTable: "transitRouterRouteTableId" },
    "alicloud:cen/transitRouterPrefixListAssociation:TransitRouterPrefixListAssociation": {
        trTable: "transitRouterTableId",
    },
    "alicloud:cen/transitRouteTableAggregation:TransitRouteTableAggregation": {
        trTable: "transitRouteTableId",
    },
    [NETWORK_ACL]: { vpc: ["vpcId", TYPES.vpc, "id"] },
    "alicloud:vpc/networkAclAttachment:NetworkAclAttachment": { vpc: ["networkAclId", NETWORK_ACL, "id"] },
    "alicloud:vpc/vpcNetworkAclAttachment:VpcNetworkAclAttachment": {
        vpc: ["networkAclId", NETWORK_ACL, "id"],
    },
    "alicloud:vpc/networkAclEntries:NetworkAclEntries": { vpc: ["networkAclId", NETWORK_ACL, "id"] },
    [NAT_GATEWAY]: { vpc: ["vpcId", TYPES.vpc, "id"] },
    "alicloud:vpc/snatEntry:SnatEntry": { vpc: ["snatTableId", NAT_GATEWAY, "snatTableIds"] },
    [VPC_ROUTE_TABLE]: { vpc: ["vpcId", TYPES.vpc, "id"] },
    "alicloud:vpc/routeTableAttachment:RouteTableAttachment": {
        vpc: ["routeTableId", VPC_ROUTE_TABLE, "id"],
    },
    "alicloud:vpc/gatewayRouteTableAttachment:GatewayRouteTableAttachment": {
        vpc: ["routeTableId", VPC_ROUTE_TABLE, "id"],
    },
    "alicloud:vpc/ipv4Gateway:Ipv4Gateway": { vpc: ["vpcId", TYPES.vpc, "id"] },
    "alicloud:cen/instanceAttachment:InstanceAttachment": { vpc: ["childInstanceId", TYPES.vpc, "id"] },
    "alicloud:cen/routeEntry:RouteEntry": { vpc: ["routeTableId", TYPES.vpc, "routeTableId"] },
    "alicloud:vpc/peerConnection:PeerConnection": { vpc: ["vpcId", TYPES.vpc, "id"] },
};

/** The VPC a resource belongs to, following references (an ACL attachment to its ACL, then its VPC). */
function vpcOf(graph: StackGraph, resource: StackResource, depth = 0): StackResource | undefined {
    if (resource.type === TYPES.vpc) return resource;
    const rule = ACTS_ON[resource.type]?.vpc;
    if (!rule || depth > 3) return undefined;
    const [property, type, key] = rule;
    const next = graph.referenced(resource, property, type, key);
    return next && vpcOf(graph, next, depth + 1);
}

/** Where every unfollowed resource of the stack acts. */
export function unmodelledPlaces(graph: StackGraph): UnmodelledPlace[] {
    const followed = followedAnyway(graph);
    return Object.entries(UNMODELLED).flatMap(([type, description]) =>
        graph
            .ofType(type)
            .filter((r) => !followed(r))
            .map((resource): UnmodelledPlace => {
                const rule = ACTS_ON[type];
                const table = rule?.trTable ? trTableKey(graph, resource, rule.trTable) : undefined;
                const vpc = rule?.vpc ? vpcOf(graph, resource) : undefined;
                return {
                    resource,
                    description,
                    vpcs: new Set(vpc ? [vpc.urn] : []),
                    trTables: new Set(table ? [table] : []),
                    everywhere: !table && !vpc,
                };
            }),
    );
}

/** How a ping names what it crossed and the plan does not follow. */
export function unmodelledText(place: UnmodelledPlace, where: string): string {
    return `${typeLabel(place.resource.type)} ${place.resource.name} acts on ${where}, which the plan does not evaluate (${place.description})`;
}
