// Resources that change how packets are forwarded or filtered, which the
// network model does not follow. The plan names them rather than pretend its
// pings account for them.
import { sameValue, StackGraph, StackResource, TYPES } from "./stackGraph";

/** What each unfollowed resource type does to traffic. */
export const UNMODELLED: Readonly<Record<string, string>> = {
    "alicloud:cen/routeMap:RouteMap":
        "route maps filter or change the routes transit router tables learn and advertise",
    "alicloud:cen/transitRouterPrefixListAssociation:TransitRouterPrefixListAssociation":
        "prefix lists add routes to transit router tables",
    "alicloud:cloudfirewall/firewallVpcFirewall:FirewallVpcFirewall":
        "VPC firewalls inspect and may drop traffic between VPCs",
    "alicloud:cloudfirewall/firewallVpcFirewallCen:FirewallVpcFirewallCen":
        "VPC firewalls inspect and may drop traffic that CEN forwards",
    "alicloud:cloudfirewall/firewallVpcFirewallControlPolicy:FirewallVpcFirewallControlPolicy":
        "firewall control policies allow or drop traffic between VPCs (the plan applies them only for a transit router firewall of this stack)",
    "alicloud:cloudfirewall/controlPolicy:ControlPolicy": "firewall control policies allow or drop traffic",
    "alicloud:vpc/networkAcl:NetworkAcl": "network ACLs filter traffic in and out of vSwitches",
    "alicloud:vpc/networkAclAttachment:NetworkAclAttachment":
        "network ACLs filter traffic in and out of vSwitches",
    "alicloud:vpc/natGateway:NatGateway": "NAT gateways translate addresses",
    "alicloud:vpc/snatEntry:SnatEntry": "SNAT entries translate source addresses",
    "alicloud:vpc/routeTable:RouteTable":
        "custom VPC route tables replace the system route table for the vSwitches bound to them; the plan reads each VPC's system route table",
    "alicloud:vpc/routeTableAttachment:RouteTableAttachment":
        "vSwitches bound to a custom route table forward by it, not by the system route table the plan reads",
    "alicloud:vpc/gatewayRouteTableAttachment:GatewayRouteTableAttachment":
        "gateway route tables steer traffic entering the VPC",
    "alicloud:vpc/ipv4Gateway:Ipv4Gateway": "IPv4 gateways route traffic to and from the internet",
};

/**
 * The stack's resources the model does not follow, by type, with what they
 * do. The access control policies of a transit router firewall in the stack
 * are followed (the walk applies them where the firewall inspects).
 */
export function unmodelledResources(
    graph: StackGraph,
): { type: string; description: string; resources: string[] }[] {
    const firewalls = graph.ofType(TYPES.trFirewall);
    const followed = (r: StackResource) =>
        r.type === TYPES.firewallControlPolicy &&
        firewalls.some((f) => sameValue(r, "vpcFirewallId", f, "cenId") === true);
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
