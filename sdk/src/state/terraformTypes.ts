// The Terraform resource types of the alicloud provider the planner reads,
// as the Pulumi types @pulumi/alicloud bridges them to: the network model
// speaks Pulumi's names. Attributes are the same arguments in snake_case.
// https://registry.terraform.io/providers/aliyun/alicloud/latest/docs
import { TYPES } from "../model/stackGraph";

/** Managed resource types, Terraform name to Pulumi type, for every type the model follows or names. */
export const TERRAFORM_TYPES: Readonly<Record<string, string>> = {
    alicloud_vpc: TYPES.vpc,
    alicloud_vswitch: TYPES.vswitch,
    alicloud_route_entry: TYPES.vpcRouteEntry,
    alicloud_vpc_ipv4_cidr_block: TYPES.vpcIpv4CidrBlock,
    alicloud_cen_instance: TYPES.cen,
    alicloud_cen_transit_router: TYPES.transitRouter,
    alicloud_cen_transit_router_vpc_attachment: TYPES.vpcAttachment,
    alicloud_cen_transit_router_peer_attachment: TYPES.peerAttachment,
    alicloud_cen_transit_router_vbr_attachment:
        "alicloud:cen/transitRouterVbrAttachment:TransitRouterVbrAttachment",
    alicloud_cen_transit_router_vpn_attachment:
        "alicloud:cen/transitRouterVpnAttachment:TransitRouterVpnAttachment",
    alicloud_cen_transit_router_ecr_attachment:
        "alicloud:cen/transitRouterEcrAttachment:TransitRouterEcrAttachment",
    alicloud_cen_transit_router_grant_attachment: TYPES.grant,
    alicloud_cen_transit_router_route_table: TYPES.trRouteTable,
    alicloud_cen_transit_router_route_table_association: TYPES.association,
    alicloud_cen_transit_router_route_table_propagation: TYPES.propagation,
    alicloud_cen_transit_router_route_entry: TYPES.trRouteEntry,
    alicloud_instance: TYPES.ecs,
    alicloud_security_group: TYPES.securityGroup,
    alicloud_security_group_rule: TYPES.securityGroupRule,
    alicloud_privatelink_vpc_endpoint: TYPES.endpoint,
    alicloud_privatelink_vpc_endpoint_service: TYPES.endpointService,
    alicloud_privatelink_vpc_endpoint_service_resource: TYPES.endpointServiceResource,
    alicloud_privatelink_vpc_endpoint_service_user: TYPES.endpointServiceUser,
    alicloud_privatelink_vpc_endpoint_connection: TYPES.endpointConnection,
    alicloud_privatelink_vpc_endpoint_zone: TYPES.endpointZone,
    alicloud_cloud_firewall_vpc_cen_tr_firewall: TYPES.trFirewall,
    alicloud_cloud_firewall_vpc_firewall_control_policy: TYPES.firewallControlPolicy,
    alicloud_resource_manager_resource_share: TYPES.resourceShare,
    alicloud_resource_manager_shared_resource: TYPES.sharedResource,
    alicloud_resource_manager_shared_target: TYPES.sharedTarget,
    alicloud_express_connect_router_express_connect_router:
        "alicloud:expressconnect/routerExpressConnectRouter:RouterExpressConnectRouter",
    alicloud_express_connect_router_grant_association: TYPES.ecrGrant,
    alicloud_express_connect_router_vpc_association: TYPES.ecrVpcAssociation,
    alicloud_express_connect_router_vbr_child_instance: TYPES.ecrVbrChildInstance,
    // What the model names as unfollowed (see model/unmodelled.ts).
    alicloud_cen_route_map: "alicloud:cen/routeMap:RouteMap",
    alicloud_cen_transit_router_prefix_list_association: TYPES.prefixListAssociation,
    alicloud_cen_transit_route_table_aggregation: TYPES.aggregation,
    alicloud_cloud_firewall_vpc_firewall: "alicloud:cloudfirewall/firewallVpcFirewall:FirewallVpcFirewall",
    alicloud_cloud_firewall_vpc_firewall_cen:
        "alicloud:cloudfirewall/firewallVpcFirewallCen:FirewallVpcFirewallCen",
    alicloud_cloud_firewall_control_policy: "alicloud:cloudfirewall/controlPolicy:ControlPolicy",
    alicloud_network_acl: TYPES.networkAcl,
    alicloud_network_acl_attachment: TYPES.networkAclAttachment,
    alicloud_vpc_network_acl_attachment: "alicloud:vpc/vpcNetworkAclAttachment:VpcNetworkAclAttachment",
    alicloud_network_acl_entries: "alicloud:vpc/networkAclEntries:NetworkAclEntries",
    alicloud_vpc_prefix_list: TYPES.prefixList,
    alicloud_nat_gateway: "alicloud:vpc/natGateway:NatGateway",
    alicloud_snat_entry: "alicloud:vpc/snatEntry:SnatEntry",
    alicloud_route_table: "alicloud:vpc/routeTable:RouteTable",
    alicloud_route_table_attachment: "alicloud:vpc/routeTableAttachment:RouteTableAttachment",
    alicloud_vpc_gateway_route_table_attachment:
        "alicloud:vpc/gatewayRouteTableAttachment:GatewayRouteTableAttachment",
    alicloud_vpc_ipv4_gateway: "alicloud:vpc/ipv4Gateway:Ipv4Gateway",
    alicloud_cen_instance_attachment: "alicloud:cen/instanceAttachment:InstanceAttachment",
    alicloud_cen_route_entry: "alicloud:cen/routeEntry:RouteEntry",
    alicloud_vpc_peer_connection: "alicloud:vpc/peerConnection:PeerConnection",
};

/** The deprecated grant of a VPC to a CEN instance, which Alibaba Cloud's own landing zone still uses. */
export const INSTANCE_GRANT = "alicloud_cen_instance_grant";

/** The data source that lists a transit router's route tables, its System table among them. */
export const ROUTE_TABLES_DATA = "alicloud_cen_transit_router_route_tables";
