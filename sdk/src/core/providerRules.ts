// The provider's own argument rules for every resource type the package creates:
// what the real provider checks before it calls Alibaba Cloud (required arguments,
// allowed values, lengths and ranges, conflicts, deprecations, automatic names),
// what it checks only when it creates, and which arguments replace a resource when
// they change (ForceNew). The mock engine accepts any input, the real provider does
// not: tests hold every child of every example to these facts, and the planner
// decides from the ForceNew facts which changes replace a deployed resource. Each type names its
// documentation page; each fact the line of the Terraform provider source
// (aliyun/terraform-provider-alicloud v1.289.0-8-g81c43b672, which @pulumi/alicloud 3.108.0
// bridges) that states it. Only the facts of arguments this package or its examples
// set, or that bound them, are kept.
import { TypeRules } from "./providerRuleTypes";

export const PROVIDER_RULES: Readonly<Record<string, TypeRules>> = {
    "pulumi:providers:alicloud": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/provider/",
        forceNew: [],
        rules: [
            {
                field: "otsInstanceName",
                kind: "deprecated",
                message:
                    "Field 'ots_instance_name' has been deprecated from provider version 1.10.0. New field 'instance_name' of resource 'alicloud_ots_table' instead.",
                line: "provider.go:65",
            },
            {
                field: "logEndpoint",
                kind: "deprecated",
                message:
                    "Field 'log_endpoint' has been deprecated from provider version 1.28.0. New field 'log' which in nested endpoints instead.",
                line: "provider.go:70",
            },
            {
                field: "mnsEndpoint",
                kind: "deprecated",
                message:
                    "Field 'mns_endpoint' has been deprecated from provider version 1.28.0. New field 'mns' which in nested endpoints instead.",
                line: "provider.go:75",
            },
            {
                field: "fc",
                kind: "deprecated",
                message:
                    "Field 'fc' has been deprecated from provider version 1.28.0. New field 'fc' which in nested endpoints instead.",
                line: "provider.go:95",
            },
        ],
    },
    "alicloud:vpc/network:Network": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/vpc/network/",
        forceNew: ["ipv6CidrBlock", "isDefault", "userCidrs"],
        rules: [
            {
                field: "classicLinkEnabled",
                kind: "deprecated",
                message:
                    "Field 'classic_link_enabled' has been deprecated from provider version 1.286.0. The underlying ClassicLink feature has been deprecated by Alibaba Cloud and this field will be removed in a future version.",
                line: "resource_alicloud_vpc.go:37",
            },
            {
                field: "ipv6CidrBlock",
                kind: "deprecated",
                message:
                    "Field 'ipv6_cidr_block' has been deprecated from provider version 1.280.0. Please use the new resource 'alicloud_vpc_ipv6_cidr_block'.",
                line: "resource_alicloud_vpc.go:79",
            },
            {
                field: "ipv6Isp",
                kind: "deprecated",
                message:
                    "Field 'ipv6_isp' has been deprecated from provider version 1.280.0. Please use the new resource 'alicloud_vpc_ipv6_cidr_block'.",
                line: "resource_alicloud_vpc.go:101",
            },
            {
                field: "secondaryCidrBlocks",
                kind: "deprecated",
                message:
                    "Field 'secondary_cidr_blocks' has been deprecated from provider version 1.185.0. Field 'secondary_cidr_blocks' has been deprecated from provider version 1.185.0 and it will be removed in the future version. Please use the new resource 'alicloud_vpc_ipv4_cidr_block'. `secondary_cidr_blocks` attributes and `alicloud_vpc_ipv4_cidr_block` resource cannot be used at the same time.",
                line: "resource_alicloud_vpc.go:124",
            },
            {
                field: "secondaryCidrMask",
                kind: "deprecated",
                message:
                    "Field 'secondary_cidr_mask' has been deprecated from provider version 1.248.0. Field 'secondary_cidr_blocks' has been deprecated from provider version 1.248.0 and it will be removed in the future version. Please use the new resource 'alicloud_vpc_ipv4_cidr_block'. `secondary_cidr_mask` attributes and `alicloud_vpc_ipv4_cidr_block` resource cannot be used at the same time.",
                line: "resource_alicloud_vpc.go:154",
            },
            { field: "vpcName", kind: "conflictsWith", with: ["name"], line: "resource_alicloud_vpc.go:190" },
            {
                field: "name",
                kind: "deprecated",
                message:
                    "Field 'name' has been deprecated since provider version 1.119.0. New field 'vpc_name' instead.",
                line: "resource_alicloud_vpc.go:197",
            },
        ],
    },
    "alicloud:ecs/securityGroup:SecurityGroup": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/ecs/securitygroup/",
        forceNew: ["securityGroupType", "vpcId"],
        rules: [
            {
                field: "name",
                kind: "deprecated",
                message:
                    "Field `name` has been deprecated from provider version 1.239.0. New field `security_group_name` instead.",
                line: "resource_alicloud_security_group.go:79",
            },
            {
                field: "innerAccess",
                kind: "deprecated",
                message:
                    "Field `inner_access` has been deprecated from provider version 1.55.3. New field `inner_access_policy` instead.",
                line: "resource_alicloud_security_group.go:85",
            },
        ],
    },
    "alicloud:vpc/prefixList:PrefixList": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/vpc/prefixlist/",
        forceNew: ["ipVersion"],
        rules: [],
    },
    "alicloud:vpc/switch:Switch": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/vpc/switch/",
        forceNew: ["availabilityZone", "cidrBlock", "isDefault", "vpcId", "zoneId"],
        rules: [
            {
                field: "vswitchName",
                kind: "conflictsWith",
                with: ["name"],
                line: "resource_alicloud_vswitch.go:75",
            },
            {
                field: "zoneId",
                kind: "exactlyOneOf",
                with: ["zoneId", "availabilityZone"],
                line: "resource_alicloud_vswitch.go:91",
            },
            {
                field: "name",
                kind: "deprecated",
                message:
                    "Field 'name' has been deprecated from provider version 1.119.0. New field 'vswitch_name' instead.",
                line: "resource_alicloud_vswitch.go:98",
            },
            {
                field: "availabilityZone",
                kind: "deprecated",
                message:
                    "Field 'availability_zone' has been deprecated from provider version 1.119.0. New field 'zone_id' instead.",
                line: "resource_alicloud_vswitch.go:104",
            },
        ],
    },
    "alicloud:ecs/securityGroupRule:SecurityGroupRule": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/ecs/securitygrouprule/",
        forceNew: [
            "cidrIp",
            "ipProtocol",
            "ipv6CidrIp",
            "nicType",
            "policy",
            "portRange",
            "prefixListId",
            "priority",
            "securityGroupId",
            "sourceGroupOwnerAccount",
            "sourceGroupOwnerId",
            "sourceSecurityGroupId",
            "type",
        ],
        rules: [
            {
                field: "securityGroupId",
                kind: "required",
                line: "resource_alicloud_security_group_rule.go:30",
            },
            { field: "type", kind: "required", line: "resource_alicloud_security_group_rule.go:35" },
            {
                field: "type",
                kind: "enum",
                values: ["ingress", "egress"],
                ignoreCase: false,
                line: "resource_alicloud_security_group_rule.go:37",
            },
            { field: "ipProtocol", kind: "required", line: "resource_alicloud_security_group_rule.go:42" },
            {
                field: "ipProtocol",
                kind: "enum",
                values: ["tcp", "udp", "icmp", "icmpv6", "gre", "all"],
                ignoreCase: false,
                line: "resource_alicloud_security_group_rule.go:44",
            },
            {
                field: "policy",
                kind: "enum",
                values: ["accept", "drop"],
                ignoreCase: false,
                line: "resource_alicloud_security_group_rule.go:51",
            },
            {
                field: "cidrIp",
                kind: "atLeastOneOf",
                with: ["cidrIp", "ipv6CidrIp", "sourceSecurityGroupId", "prefixListId"],
                line: "resource_alicloud_security_group_rule.go:64",
            },
            {
                field: "ipv6CidrIp",
                kind: "conflictsWith",
                with: ["cidrIp"],
                line: "resource_alicloud_security_group_rule.go:70",
            },
            {
                field: "sourceSecurityGroupId",
                kind: "conflictsWith",
                with: ["cidrIp"],
                line: "resource_alicloud_security_group_rule.go:80",
            },
            {
                field: "sourceGroupOwnerAccount",
                kind: "deprecated",
                message: "Use source_group_owner_id instead.",
                line: "resource_alicloud_security_group_rule.go:86",
            },
            {
                field: "nicType",
                kind: "enum",
                values: ["internet", "intranet"],
                ignoreCase: false,
                line: "resource_alicloud_security_group_rule.go:112",
            },
            {
                field: "portRange",
                kind: "createTime",
                default: "-1/-1",
                when: [{ field: "ipProtocol", in: ["tcp", "udp"] }],
                expect: { notEquals: "-1/-1" },
                message:
                    "'tcp' and 'udp' can support port range: [1, 65535] (port_range defaults to AllPortRange \"-1/-1\", alicloud/extension_ecs.go:73)",
                line: "resource_alicloud_security_group_rule.go:208-213",
            },
            {
                field: "portRange",
                kind: "createTime",
                default: "-1/-1",
                when: [{ field: "ipProtocol", notIn: ["tcp", "udp"] }],
                expect: { equals: "-1/-1" },
                message: "'icmp', 'gre' and 'all' only support port range '-1/-1'",
                line: "resource_alicloud_security_group_rule.go:215-216",
            },
            {
                field: "nicType",
                kind: "createTime",
                default: null,
                when: [{ field: "nicType", set: true }],
                expect: { equals: "intranet" },
                message:
                    "When security group in the vpc or authorizing permission for source/destination security group, the nic_type must be 'intranet'",
                line: "resource_alicloud_security_group_rule.go:225-228",
            },
        ],
    },
    "alicloud:cloudconnect/networkGrant:NetworkGrant": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cloudconnect/networkgrant/",
        forceNew: ["ccnId", "cenId", "cenUid"],
        rules: [
            { field: "ccnId", kind: "required", line: "resource_alicloud_cloud_connect_network_grant.go:25" },
            { field: "cenId", kind: "required", line: "resource_alicloud_cloud_connect_network_grant.go:30" },
            {
                field: "cenUid",
                kind: "required",
                line: "resource_alicloud_cloud_connect_network_grant.go:35",
            },
        ],
    },
    "alicloud:cloudfirewall/firewallVpcFirewallCen:FirewallVpcFirewallCen": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cloudfirewall/firewallvpcfirewallcen/",
        forceNew: ["cenId", "lang", "localVpc", "memberUid", "vpcRegion"],
        rules: [
            {
                field: "vpcFirewallName",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_cen.go:31",
            },
            {
                field: "cenId",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_cen.go:35",
            },
            {
                field: "vpcRegion",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_cen.go:40",
            },
            {
                field: "status",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_cen.go:45",
            },
            {
                field: "localVpc",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_cen.go:59",
            },
        ],
    },
    "alicloud:ecs/instance:Instance": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/ecs/instance/",
        forceNew: [
            "availabilityZone",
            "dataDisks[].autoSnapshotPolicyId",
            "dataDisks[].burstingEnabled",
            "dataDisks[].category",
            "dataDisks[].deleteWithInstance",
            "dataDisks[].description",
            "dataDisks[].device",
            "dataDisks[].encrypted",
            "dataDisks[].name",
            "dataDisks[].provisionedIops",
            "dataDisks[].size",
            "dataDisks[].snapshotId",
            "dedicatedHostId",
            "hpcClusterId",
            "httpPutResponseHopLimit",
            "imageOptions.loginAsNonRoot",
            "ipv6AddressCount",
            "launchTemplateId",
            "launchTemplateName",
            "launchTemplateVersion",
            "networkCardIndex",
            "networkInterfaceId",
            "networkInterfaceTrafficMode",
            "networkInterfaces[].networkCardIndex",
            "networkInterfaces[].networkInterfaceId",
            "networkInterfaces[].networkInterfaceTrafficMode",
            "networkInterfaces[].queuePairNumber",
            "networkInterfaces[].securityGroupIds",
            "networkInterfaces[].sourceDestCheck",
            "networkInterfaces[].vswitchId",
            "queuePairNumber",
            "securityEnhancementStrategy",
            "sourceDestCheck",
            "spotInterruptionBehavior",
            "spotPriceLimit",
            "spotStrategy",
            "systemDiskCategory",
            "systemDiskEncryptAlgorithm",
            "systemDiskEncrypted",
            "systemDiskKmsKeyId",
            "systemDiskStorageClusterId",
        ],
        rules: [
            {
                field: "imageId",
                kind: "atLeastOneOf",
                with: ["imageId", "launchTemplateId", "launchTemplateName"],
                line: "resource_alicloud_instance.go:44",
            },
            {
                field: "instanceType",
                kind: "atLeastOneOf",
                with: ["instanceType", "launchTemplateId", "launchTemplateName"],
                line: "resource_alicloud_instance.go:52",
            },
            {
                field: "instanceType",
                kind: "pattern",
                pattern: "^ecs\\..*",
                message: "prefix must be 'ecs.'",
                line: "resource_alicloud_instance.go:51",
            },
            {
                field: "instanceName",
                kind: "lenRange",
                min: 2,
                max: 128,
                line: "resource_alicloud_instance.go:79",
            },
            { field: "dataDisks[].size", kind: "required", line: "resource_alicloud_instance.go:246" },
            {
                field: "subnetId",
                kind: "removed",
                message: "Field 'subnet_id' has been removed from version 1.210.0",
                line: "resource_alicloud_instance.go:370",
            },
            {
                field: "allocatePublicIp",
                kind: "deprecated",
                message:
                    "Field `allocate_public_ip` has been deprecated from provider version 1.7.0. Setting  `internet_max_bandwidth_out` larger than 0 will allocate public ip for instance.",
                line: "resource_alicloud_instance.go:756",
            },
            {
                field: "internetMaxBandwidthIn",
                kind: "deprecated",
                message:
                    "The attribute is invalid and no any affect for the instance. So it has been deprecated since version v1.121.2.",
                line: "resource_alicloud_instance.go:763",
            },
            {
                field: "roleName",
                kind: "deprecated",
                message:
                    "Field `role_name` has been deprecated from provider version 1.275.0. New resource `alicloud_ecs_ram_role_attachment` instead.",
                line: "resource_alicloud_instance.go:769",
            },
            {
                field: "ioOptimized",
                kind: "removed",
                message: "Field `io_optimized` has been removed from provider version 1.213.1.",
                line: "resource_alicloud_instance.go:775",
            },
        ],
    },
    "alicloud:cen/instance:Instance": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/instance/",
        forceNew: [],
        rules: [
            {
                field: "cenInstanceName",
                kind: "conflictsWith",
                with: ["name"],
                line: "resource_alicloud_cen_instance.go:32",
            },
            {
                field: "name",
                kind: "deprecated",
                message:
                    "Field 'name' has been deprecated since provider version 1.98.0. New field 'cen_instance_name' instead.",
                line: "resource_alicloud_cen_instance.go:62",
            },
        ],
    },
    "alicloud:cen/transitRouter:TransitRouter": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitrouter/",
        forceNew: ["cenId", "supportMulticast"],
        rules: [{ field: "cenId", kind: "required", line: "resource_alicloud_cen_transit_router.go:30" }],
    },
    "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitroutergrantattachment/",
        forceNew: ["cenId", "cenOwnerId", "instanceId", "instanceType"],
        rules: [
            {
                field: "cenId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_grant_attachment.go:31",
            },
            {
                field: "cenOwnerId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_grant_attachment.go:36",
            },
            {
                field: "instanceId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_grant_attachment.go:41",
            },
            {
                field: "instanceType",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_grant_attachment.go:46",
            },
            {
                field: "orderType",
                kind: "enum",
                values: ["PayByResourceOwner", "PayByCenOwner"],
                ignoreCase: false,
                line: "resource_alicloud_cen_transit_router_grant_attachment.go:53",
            },
        ],
    },
    "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitroutervpcattachment/",
        forceNew: ["paymentType", "resourceType", "transitRouterId", "vpcId", "vpcOwnerId"],
        rules: [
            {
                field: "orderType",
                kind: "enum",
                values: ["PayByCenOwner", "PayByResourceOwner"],
                ignoreCase: false,
                line: "resource_alicloud_cen_transit_router_vpc_attachment.go:74",
            },
            {
                field: "transitRouterVpcAttachmentName",
                kind: "conflictsWith",
                with: ["transitRouterAttachmentName"],
                line: "resource_alicloud_cen_transit_router_vpc_attachment.go:109",
            },
            {
                field: "vpcId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_vpc_attachment.go:120",
            },
            {
                field: "zoneMappings",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_vpc_attachment.go:131",
            },
            {
                field: "zoneMappings[].zoneId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_vpc_attachment.go:136",
            },
            {
                field: "zoneMappings[].vswitchId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_vpc_attachment.go:140",
            },
            {
                field: "transitRouterAttachmentName",
                kind: "deprecated",
                message:
                    "Field 'transit_router_attachment_name' has been deprecated since provider version 1.230.1. New field 'transit_router_vpc_attachment_name' instead.",
                line: "resource_alicloud_cen_transit_router_vpc_attachment.go:156",
            },
            {
                field: "routeTableAssociationEnabled",
                kind: "deprecated",
                message:
                    "Field `route_table_association_enabled` has been deprecated from provider version 1.192.0. Please use the resource `alicloud_cen_transit_router_route_table_association` instead.",
                line: "resource_alicloud_cen_transit_router_vpc_attachment.go:161",
            },
            {
                field: "routeTablePropagationEnabled",
                kind: "deprecated",
                message:
                    "Field `route_table_propagation_enabled` has been deprecated from provider version 1.192.0. Please use the resource `alicloud_cen_transit_router_route_table_propagation` instead.",
                line: "resource_alicloud_cen_transit_router_vpc_attachment.go:166",
            },
        ],
    },
    "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitrouterroutetableassociation/",
        forceNew: ["transitRouterAttachmentId", "transitRouterRouteTableId"],
        rules: [
            {
                field: "transitRouterAttachmentId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_route_table_association.go:39",
            },
            {
                field: "transitRouterRouteTableId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_route_table_association.go:44",
            },
        ],
    },
    "alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitrouterroutetablepropagation/",
        forceNew: ["transitRouterAttachmentId", "transitRouterRouteTableId"],
        rules: [
            {
                field: "transitRouterAttachmentId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_route_table_propagation.go:37",
            },
            {
                field: "transitRouterRouteTableId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_route_table_propagation.go:42",
            },
        ],
    },
    "alicloud:vpc/routeEntry:RouteEntry": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/vpc/routeentry/",
        forceNew: ["description", "destinationCidrblock", "name", "nexthopId", "nexthopType", "routeTableId"],
        rules: [
            { field: "routeTableId", kind: "required", line: "resource_alicloud_route_entry.go:31" },
            {
                field: "name",
                kind: "autoname",
                suffix: 8,
                max: 128,
                line: "resource_alicloud_route_entry.go:53",
            },
        ],
    },
    "alicloud:expressconnect/routerExpressConnectRouter:RouterExpressConnectRouter": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/expressconnect/routerexpressconnectrouter/",
        forceNew: ["alibabaSideAsn"],
        rules: [
            {
                field: "alibabaSideAsn",
                kind: "required",
                line: "resource_alicloud_express_connect_router_express_connect_router.go:33",
            },
            {
                field: "description",
                kind: "pattern",
                pattern: "^.{0,256}$",
                message: "Represents the description of the leased line gateway.",
                line: "resource_alicloud_express_connect_router_express_connect_router.go:43",
            },
            {
                field: "ecrName",
                kind: "pattern",
                pattern: "^.{0,128}$",
                message: "Name of the Gateway representing the leased line",
                line: "resource_alicloud_express_connect_router_express_connect_router.go:48",
            },
        ],
    },
    "alicloud:expressconnect/routerGrantAssociation:RouterGrantAssociation": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/expressconnect/routergrantassociation/",
        forceNew: ["ecrId", "ecrOwnerAliUid", "instanceId", "instanceRegionId", "instanceType"],
        rules: [
            {
                field: "ecrId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_grant_association.go:31",
            },
            {
                field: "ecrOwnerAliUid",
                kind: "required",
                line: "resource_alicloud_express_connect_router_grant_association.go:36",
            },
            {
                field: "instanceId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_grant_association.go:41",
            },
            {
                field: "instanceRegionId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_grant_association.go:46",
            },
            {
                field: "instanceType",
                kind: "required",
                line: "resource_alicloud_express_connect_router_grant_association.go:51",
            },
        ],
    },
    "alicloud:expressconnect/routerVbrChildInstance:RouterVbrChildInstance": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/expressconnect/routervbrchildinstance/",
        forceNew: [
            "childInstanceId",
            "childInstanceOwnerId",
            "childInstanceRegionId",
            "childInstanceType",
            "ecrId",
        ],
        rules: [
            {
                field: "childInstanceId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_vbr_child_instance.go:34",
            },
            {
                field: "childInstanceId",
                kind: "pattern",
                pattern: "^[A-Za-z0-9_-]+$",
                message: "The ID of the leased line gateway subinstance.",
                line: "resource_alicloud_express_connect_router_vbr_child_instance.go:36",
            },
            {
                field: "childInstanceOwnerId",
                kind: "pattern",
                pattern: "^[0-9]*$",
                message:
                    "The ID of the Alibaba Cloud account (primary account) to which the VBR instance belongs.> This parameter is required if you want to load a cross-account network instance.",
                line: "resource_alicloud_express_connect_router_vbr_child_instance.go:43",
            },
            {
                field: "childInstanceRegionId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_vbr_child_instance.go:47",
            },
            {
                field: "childInstanceRegionId",
                kind: "pattern",
                pattern: "^[A-Za-z0-9_-]+$",
                message: "Region of the leased line gateway sub-instance",
                line: "resource_alicloud_express_connect_router_vbr_child_instance.go:49",
            },
            {
                field: "childInstanceType",
                kind: "required",
                line: "resource_alicloud_express_connect_router_vbr_child_instance.go:53",
            },
            {
                field: "childInstanceType",
                kind: "pattern",
                pattern: "^[A-Za-z0-9_-]+$",
                message: "The type of the network instance. Value: **VBR**: VBR instance.",
                line: "resource_alicloud_express_connect_router_vbr_child_instance.go:55",
            },
            {
                field: "ecrId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_vbr_child_instance.go:67",
            },
        ],
    },
    "alicloud:expressconnect/routerVpcAssociation:RouterVpcAssociation": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/expressconnect/routervpcassociation/",
        forceNew: ["associationRegionId", "ecrId", "vpcId", "vpcOwnerId"],
        rules: [
            {
                field: "associationRegionId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_vpc_association.go:42",
            },
            {
                field: "ecrId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_vpc_association.go:51",
            },
            {
                field: "vpcId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_vpc_association.go:60",
            },
        ],
    },
    "alicloud:vpn/customerGateway:CustomerGateway": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/vpn/customergateway/",
        forceNew: ["asn", "ipAddress"],
        rules: [
            {
                field: "customerGatewayName",
                kind: "conflictsWith",
                with: ["name"],
                line: "resource_alicloud_vpn_customer_gateway.go:43",
            },
            { field: "ipAddress", kind: "required", line: "resource_alicloud_vpn_customer_gateway.go:51" },
            {
                field: "name",
                kind: "deprecated",
                message:
                    "Field 'name' has been deprecated since provider version 1.210.0. New field 'customer_gateway_name' instead.",
                line: "resource_alicloud_vpn_customer_gateway.go:59",
            },
        ],
    },
    "alicloud:vpn/gatewayVpnAttachment:GatewayVpnAttachment": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/vpn/gatewayvpnattachment/",
        forceNew: ["networkType", "tunnelBandwidth"],
        rules: [
            {
                field: "localSubnet",
                kind: "required",
                line: "resource_alicloud_vpn_gateway_vpn_attachment.go:252",
            },
            {
                field: "networkType",
                kind: "enum",
                values: ["public", "private"],
                ignoreCase: false,
                line: "resource_alicloud_vpn_gateway_vpn_attachment.go:259",
            },
            {
                field: "remoteSubnet",
                kind: "required",
                line: "resource_alicloud_vpn_gateway_vpn_attachment.go:263",
            },
            {
                field: "tunnelOptionsSpecifications[].customerGatewayId",
                kind: "required",
                line: "resource_alicloud_vpn_gateway_vpn_attachment.go:288",
            },
            {
                field: "tunnelOptionsSpecifications[].tunnelIndex",
                kind: "required",
                line: "resource_alicloud_vpn_gateway_vpn_attachment.go:411",
            },
        ],
    },
    "alicloud:cen/routeMap:RouteMap": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/routemap/",
        forceNew: ["cenId", "transitRouterRouteTableId", "transmitDirection"],
        rules: [
            { field: "cenId", kind: "required", line: "resource_alicloud_cen_route_map.go:35" },
            { field: "cenRegionId", kind: "required", line: "resource_alicloud_cen_route_map.go:40" },
            {
                field: "cidrMatchMode",
                kind: "enum",
                values: ["Include", "Complete"],
                ignoreCase: false,
                line: "resource_alicloud_cen_route_map.go:45",
            },
            { field: "mapResult", kind: "required", line: "resource_alicloud_cen_route_map.go:96" },
            {
                field: "mapResult",
                kind: "enum",
                values: ["Permit", "Deny"],
                ignoreCase: false,
                line: "resource_alicloud_cen_route_map.go:97",
            },
            { field: "priority", kind: "required", line: "resource_alicloud_cen_route_map.go:137" },
            { field: "transmitDirection", kind: "required", line: "resource_alicloud_cen_route_map.go:195" },
            {
                field: "transmitDirection",
                kind: "enum",
                values: ["RegionIn", "RegionOut"],
                ignoreCase: false,
                line: "resource_alicloud_cen_route_map.go:197",
            },
        ],
    },
    "alicloud:cen/transitRouterPrefixListAssociation:TransitRouterPrefixListAssociation": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitrouterprefixlistassociation/",
        forceNew: [
            "nextHop",
            "nextHopType",
            "ownerUid",
            "prefixListId",
            "transitRouterId",
            "transitRouterTableId",
        ],
        rules: [
            {
                field: "prefixListId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_prefix_list_association.go:28",
            },
            {
                field: "transitRouterId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_prefix_list_association.go:33",
            },
            {
                field: "transitRouterTableId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_prefix_list_association.go:38",
            },
            {
                field: "nextHop",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_prefix_list_association.go:43",
            },
            {
                field: "nextHopType",
                kind: "enum",
                values: ["BlackHole", "VPC", "VBR", "TR"],
                ignoreCase: false,
                line: "resource_alicloud_cen_transit_router_prefix_list_association.go:51",
            },
        ],
    },
    "alicloud:cen/transitRouteTableAggregation:TransitRouteTableAggregation": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitroutetableaggregation/",
        forceNew: ["transitRouteTableAggregationCidr", "transitRouteTableId"],
        rules: [
            {
                field: "transitRouteTableAggregationCidr",
                kind: "required",
                line: "resource_alicloud_cen_transit_route_table_aggregation.go:36",
            },
            {
                field: "transitRouteTableId",
                kind: "required",
                line: "resource_alicloud_cen_transit_route_table_aggregation.go:58",
            },
        ],
    },
    "alicloud:cen/instanceAttachment:InstanceAttachment": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/instanceattachment/",
        forceNew: ["childInstanceId", "childInstanceRegionId", "childInstanceType", "instanceId"],
        rules: [
            {
                field: "childInstanceId",
                kind: "required",
                line: "resource_alicloud_cen_instance_attachment.go:37",
            },
            {
                field: "childInstanceRegionId",
                kind: "required",
                line: "resource_alicloud_cen_instance_attachment.go:47",
            },
            {
                field: "childInstanceType",
                kind: "required",
                line: "resource_alicloud_cen_instance_attachment.go:52",
            },
            {
                field: "childInstanceType",
                kind: "enum",
                values: ["VPC", "VBR", "CCN"],
                ignoreCase: false,
                line: "resource_alicloud_cen_instance_attachment.go:54",
            },
            {
                field: "instanceId",
                kind: "required",
                line: "resource_alicloud_cen_instance_attachment.go:58",
            },
        ],
    },
    "alicloud:cen/instanceGrant:InstanceGrant": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/instancegrant/",
        forceNew: ["cenId", "cenOwnerId", "childInstanceId"],
        rules: [
            { field: "cenId", kind: "required", line: "resource_alicloud_cen_instance_grant.go:25" },
            {
                field: "childInstanceId",
                kind: "required",
                line: "resource_alicloud_cen_instance_grant.go:30",
            },
            { field: "cenOwnerId", kind: "required", line: "resource_alicloud_cen_instance_grant.go:35" },
        ],
    },
    "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitrouterroutetable/",
        forceNew: ["transitRouterId"],
        rules: [
            {
                field: "transitRouterId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_route_table.go:30",
            },
        ],
    },
    "alicloud:expressconnect/routerTrAssociation:RouterTrAssociation": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/expressconnect/routertrassociation/",
        forceNew: ["associationRegionId", "cenId", "ecrId", "transitRouterId", "transitRouterOwnerId"],
        rules: [
            {
                field: "associationRegionId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_tr_association.go:42",
            },
            {
                field: "ecrId",
                kind: "required",
                line: "resource_alicloud_express_connect_router_tr_association.go:56",
            },
        ],
    },
    "alicloud:cen/transitRouterVbrAttachment:TransitRouterVbrAttachment": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitroutervbrattachment/",
        forceNew: ["cenId", "resourceType", "transitRouterId", "vbrId", "vbrOwnerId"],
        rules: [
            {
                field: "orderType",
                kind: "enum",
                values: ["PayByCenOwner", "PayByResourceOwner"],
                ignoreCase: false,
                line: "resource_alicloud_cen_transit_router_vbr_attachment.go:47",
            },
            {
                field: "vbrId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_vbr_attachment.go:78",
            },
            {
                field: "routeTableAssociationEnabled",
                kind: "deprecated",
                message:
                    "Field `route_table_association_enabled` has been deprecated from provider version 1.233.1. Please use the resource `alicloud_cen_transit_router_route_table_association` instead.",
                line: "resource_alicloud_cen_transit_router_vbr_attachment.go:101",
            },
            {
                field: "routeTablePropagationEnabled",
                kind: "deprecated",
                message:
                    "Field `route_table_propagation_enabled` has been deprecated from provider version 1.233.1. Please use the resource `alicloud_cen_transit_router_route_table_propagation` instead.",
                line: "resource_alicloud_cen_transit_router_vbr_attachment.go:106",
            },
        ],
    },
    "alicloud:cen/transitRouterVpnAttachment:TransitRouterVpnAttachment": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitroutervpnattachment/",
        forceNew: [
            "cenId",
            "chargeType",
            "transitRouterId",
            "vpnId",
            "vpnOwnerId",
            "zones",
            "zones[].zoneId",
        ],
        rules: [
            {
                field: "orderType",
                kind: "enum",
                values: ["PayByCenOwner", "PayByResourceOwner"],
                ignoreCase: false,
                line: "resource_alicloud_cen_transit_router_vpn_attachment.go:52",
            },
            {
                field: "transitRouterVpnAttachmentName",
                kind: "conflictsWith",
                with: ["transitRouterAttachmentName"],
                line: "resource_alicloud_cen_transit_router_vpn_attachment.go:75",
            },
            {
                field: "vpnId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_vpn_attachment.go:80",
            },
            {
                field: "zones[].zoneId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_vpn_attachment.go:97",
            },
            {
                field: "transitRouterAttachmentName",
                kind: "deprecated",
                message:
                    "Field 'transit_router_attachment_name' has been deprecated since provider version 1.274.0. New field 'transit_router_vpn_attachment_name' instead.",
                line: "resource_alicloud_cen_transit_router_vpn_attachment.go:107",
            },
        ],
    },
    "alicloud:cen/transitRouterRouteEntry:TransitRouterRouteEntry": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitrouterrouteentry/",
        forceNew: [
            "transitRouterRouteEntryDestinationCidrBlock",
            "transitRouterRouteEntryNextHopId",
            "transitRouterRouteEntryNextHopType",
            "transitRouterRouteTableId",
        ],
        rules: [
            {
                field: "transitRouterRouteEntryDestinationCidrBlock",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_route_entry.go:39",
            },
            {
                field: "transitRouterRouteEntryNextHopType",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_route_entry.go:53",
            },
            {
                field: "transitRouterRouteEntryNextHopType",
                kind: "enum",
                values: ["Attachment", "BlackHole"],
                ignoreCase: false,
                line: "resource_alicloud_cen_transit_router_route_entry.go:55",
            },
            {
                field: "transitRouterRouteTableId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_route_entry.go:59",
            },
        ],
    },
    "alicloud:cen/transitRouterEcrAttachment:TransitRouterEcrAttachment": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitrouterecrattachment/",
        forceNew: ["cenId", "ecrId", "ecrOwnerId", "transitRouterId"],
        rules: [
            {
                field: "ecrId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_ecr_attachment.go:39",
            },
        ],
    },
    "alicloud:cen/transitRouterPeerAttachment:TransitRouterPeerAttachment": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cen/transitrouterpeerattachment/",
        forceNew: [
            "cenId",
            "peerTransitRouterId",
            "peerTransitRouterRegionId",
            "resourceType",
            "transitRouterId",
        ],
        rules: [
            {
                field: "defaultLinkType",
                kind: "enum",
                values: ["Platinum", "Gold"],
                ignoreCase: false,
                line: "resource_alicloud_cen_transit_router_peer_attachment.go:58",
            },
            {
                field: "peerTransitRouterId",
                kind: "required",
                line: "resource_alicloud_cen_transit_router_peer_attachment.go:66",
            },
            {
                field: "transitRouterPeerAttachmentName",
                kind: "conflictsWith",
                with: ["transitRouterAttachmentName"],
                line: "resource_alicloud_cen_transit_router_peer_attachment.go:99",
            },
            {
                field: "transitRouterAttachmentName",
                kind: "deprecated",
                message:
                    "Field 'transit_router_attachment_name' has been deprecated since provider version 1.247.0. New field 'transit_router_peer_attachment_name' instead.",
                line: "resource_alicloud_cen_transit_router_peer_attachment.go:106",
            },
            {
                field: "routeTableAssociationEnabled",
                kind: "deprecated",
                message:
                    "Field `route_table_association_enabled` has been deprecated from provider version 1.230.0.",
                line: "resource_alicloud_cen_transit_router_peer_attachment.go:111",
            },
            {
                field: "routeTablePropagationEnabled",
                kind: "deprecated",
                message:
                    "Field `route_table_propagation_enabled` has been deprecated from provider version 1.230.0.",
                line: "resource_alicloud_cen_transit_router_peer_attachment.go:116",
            },
        ],
    },
    "alicloud:nlb/loadBalancer:LoadBalancer": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/nlb/loadbalancer/",
        forceNew: ["addressIpVersion", "bandwidthPackageId", "loadBalancerType", "paymentType", "vpcId"],
        rules: [
            { field: "addressType", kind: "required", line: "resource_alicloud_nlb_load_balancer.go:38" },
            { field: "vpcId", kind: "required", line: "resource_alicloud_nlb_load_balancer.go:161" },
            { field: "zoneMappings", kind: "required", line: "resource_alicloud_nlb_load_balancer.go:166" },
            {
                field: "zoneMappings[].zoneId",
                kind: "required",
                line: "resource_alicloud_nlb_load_balancer.go:184",
            },
            {
                field: "zoneMappings[].vswitchId",
                kind: "required",
                line: "resource_alicloud_nlb_load_balancer.go:198",
            },
        ],
    },
    "alicloud:privatelink/vpcEndpointService:VpcEndpointService": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/privatelink/vpcendpointservice/",
        forceNew: ["payer", "serviceResourceType"],
        rules: [
            {
                field: "payer",
                kind: "enum",
                values: ["Endpoint", "EndpointService"],
                ignoreCase: false,
                line: "resource_alicloud_privatelink_vpc_endpoint_service.go:58",
            },
            {
                field: "serviceResourceType",
                kind: "enum",
                values: ["slb", "alb", "nlb", "gwlb"],
                ignoreCase: false,
                line: "resource_alicloud_privatelink_vpc_endpoint_service.go:118",
            },
        ],
    },
    "alicloud:privatelink/vpcEndpointServiceUser:VpcEndpointServiceUser": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/privatelink/vpcendpointserviceuser/",
        forceNew: ["serviceId", "userId"],
        rules: [
            {
                field: "serviceId",
                kind: "required",
                line: "resource_alicloud_privatelink_vpc_endpoint_service_user.go:36",
            },
            {
                field: "userId",
                kind: "required",
                line: "resource_alicloud_privatelink_vpc_endpoint_service_user.go:45",
            },
        ],
    },
    "alicloud:privatelink/vpcEndpointServiceResource:VpcEndpointServiceResource": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/privatelink/vpcendpointserviceresource/",
        forceNew: ["resourceId", "resourceType", "serviceId", "zoneId"],
        rules: [
            {
                field: "resourceId",
                kind: "required",
                line: "resource_alicloud_privatelink_vpc_endpoint_service_resource.go:40",
            },
            {
                field: "resourceType",
                kind: "required",
                line: "resource_alicloud_privatelink_vpc_endpoint_service_resource.go:45",
            },
            {
                field: "resourceType",
                kind: "enum",
                values: ["slb", "alb", "nlb", "gwlb"],
                ignoreCase: false,
                line: "resource_alicloud_privatelink_vpc_endpoint_service_resource.go:47",
            },
            {
                field: "serviceId",
                kind: "required",
                line: "resource_alicloud_privatelink_vpc_endpoint_service_resource.go:51",
            },
        ],
    },
    "alicloud:privatelink/vpcEndpoint:VpcEndpoint": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/privatelink/vpcendpoint/",
        forceNew: [
            "endpointType",
            "serviceId",
            "serviceName",
            "serviceRegionId",
            "vpcId",
            "zonePrivateIpAddressCount",
        ],
        rules: [
            {
                field: "endpointType",
                kind: "enum",
                values: ["Interface", "GatewayLoadBalancer"],
                ignoreCase: false,
                line: "resource_alicloud_privatelink_vpc_endpoint.go:72",
            },
            { field: "vpcId", kind: "required", line: "resource_alicloud_privatelink_vpc_endpoint.go:126" },
        ],
    },
    "alicloud:privatelink/vpcEndpointZone:VpcEndpointZone": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/privatelink/vpcendpointzone/",
        forceNew: ["endpointId", "eniIp", "vswitchId", "zoneId"],
        rules: [
            {
                field: "endpointId",
                kind: "required",
                line: "resource_alicloud_privatelink_vpc_endpoint_zone.go:35",
            },
            {
                field: "vswitchId",
                kind: "required",
                line: "resource_alicloud_privatelink_vpc_endpoint_zone.go:54",
            },
        ],
    },
    "alicloud:privatelink/vpcEndpointServiceConnection:VpcEndpointServiceConnection": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/privatelink/vpcendpointserviceconnection/",
        forceNew: ["endpointId", "serviceId"],
        rules: [
            {
                field: "endpointId",
                kind: "required",
                line: "resource_alicloud_privatelink_vpc_endpoint_connection.go:43",
            },
            {
                field: "serviceId",
                kind: "required",
                line: "resource_alicloud_privatelink_vpc_endpoint_connection.go:48",
            },
        ],
    },
    "alicloud:cloudfirewall/instanceMember:InstanceMember": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cloudfirewall/instancemember/",
        forceNew: ["memberUid"],
        rules: [
            {
                field: "memberUid",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_instance_member.go:40",
            },
        ],
    },
    "alicloud:cloudfirewall/vpcCenTrFirewall:VpcCenTrFirewall": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cloudfirewall/vpccentrfirewall/",
        forceNew: [
            "cenId",
            "firewallDescription",
            "firewallSubnetCidr",
            "firewallVpcCidr",
            "regionNo",
            "routeMode",
            "trAttachmentMasterCidr",
            "trAttachmentSlaveCidr",
            "transitRouterId",
        ],
        rules: [
            {
                field: "cenId",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_cen_tr_firewall.go:31",
            },
            {
                field: "firewallName",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_cen_tr_firewall.go:49",
            },
            {
                field: "firewallVpcCidr",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_cen_tr_firewall.go:62",
            },
            {
                field: "regionNo",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_cen_tr_firewall.go:67",
            },
            {
                field: "routeMode",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_cen_tr_firewall.go:72",
            },
            {
                field: "routeMode",
                kind: "enum",
                values: ["managed"],
                ignoreCase: false,
                line: "resource_alicloud_cloud_firewall_vpc_cen_tr_firewall.go:74",
            },
            {
                field: "transitRouterId",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_cen_tr_firewall.go:100",
            },
        ],
    },
    "alicloud:cloudfirewall/firewallVpcFirewallControlPolicy:FirewallVpcFirewallControlPolicy": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/cloudfirewall/firewallvpcfirewallcontrolpolicy/",
        forceNew: ["memberUid", "vpcFirewallId"],
        rules: [
            {
                field: "aclAction",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_control_policy.go:31",
            },
            {
                field: "description",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_control_policy.go:56",
            },
            {
                field: "destination",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_control_policy.go:79",
            },
            {
                field: "destinationType",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_control_policy.go:92",
            },
            {
                field: "proto",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_control_policy.go:125",
            },
            {
                field: "source",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_control_policy.go:152",
            },
            {
                field: "sourceType",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_control_policy.go:165",
            },
            {
                field: "vpcFirewallId",
                kind: "required",
                line: "resource_alicloud_cloud_firewall_vpc_firewall_control_policy.go:173",
            },
        ],
    },
    "alicloud:resourcemanager/resourceShare:ResourceShare": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/resourcemanager/resourceshare/",
        forceNew: [],
        rules: [
            {
                field: "resourceShareName",
                kind: "required",
                line: "resource_alicloud_resource_manager_resource_share.go:70",
            },
        ],
    },
    "alicloud:resourcemanager/sharedTarget:SharedTarget": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/resourcemanager/sharedtarget/",
        forceNew: ["resourceShareId", "targetId"],
        rules: [
            {
                field: "resourceShareId",
                kind: "required",
                line: "resource_alicloud_resource_manager_shared_target.go:35",
            },
            {
                field: "targetId",
                kind: "required",
                line: "resource_alicloud_resource_manager_shared_target.go:44",
            },
        ],
    },
    "alicloud:resourcemanager/sharedResource:SharedResource": {
        docs: "https://www.pulumi.com/registry/packages/alicloud/api-docs/resourcemanager/sharedresource/",
        forceNew: ["resourceArn", "resourceId", "resourceProperty", "resourceShareId", "resourceType"],
        rules: [
            {
                field: "resourceShareId",
                kind: "required",
                line: "resource_alicloud_resource_manager_shared_resource.go:64",
            },
        ],
    },
};
