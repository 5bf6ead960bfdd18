// What the alicloud provider computes for each resource type and answers for
// each invoke, reduced to the fields the components and policies read. Ids
// have the shapes the real provider gives them (see the provider's docs).
import { KNOWN_ZONES } from "./regionZones";
import { MockCallArgs } from "@pulumi/pulumi/runtime";
import { attachmentKindOf } from "../core/attachmentKinds";
import { TR_FIREWALL_ROUTE_POLICY_TYPE } from "../core/typeTokens";

type State = Record<string, unknown>;

/** The id and computed outputs a real create would return, from the inputs. */
export function createdState(type: string, name: string, inputs: State): { id: string; state: State } {
    const str = (k: string) => String(inputs[k]);
    const attachment = attachmentKindOf(type);
    if (attachment) {
        // A transit router attachment: `<cenId>:<attachment id>` with the id as an
        // output, or the attachment id itself (IPsec-VPN, ECR).
        const attachmentId = `tr-attach-${name}`;
        return attachment.attachmentId === "id"
            ? { id: attachmentId, state: { status: "Attached" } }
            : {
                  id: `${str("cenId")}:${attachmentId}`,
                  state: { transitRouterAttachmentId: attachmentId, status: "Attached" },
              };
    }
    switch (type) {
        case "alicloud:cen/instance:Instance":
            return { id: `cen-${name}`, state: { status: "Active" } };
        case "alicloud:cen/transitRouter:TransitRouter":
            return {
                id: `${str("cenId")}:tr-${name}`,
                state: { transitRouterId: `tr-${name}`, type: "Enterprise", status: "Active" },
            };
        case "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment":
            return {
                id: `${str("instanceType")}:${str("instanceId")}:${str("cenOwnerId")}:${str("cenId")}`,
                state: { orderType: inputs.orderType ?? "PayByCenOwner", status: "Granted" },
            };
        case "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable":
            return {
                id: `${str("transitRouterId")}:vtb-${name}`,
                state: { transitRouterRouteTableId: `vtb-${name}`, transitRouterRouteTableType: "Custom" },
            };
        case "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation":
        case "alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation":
            return {
                id: `${str("transitRouterRouteTableId")}:${str("transitRouterAttachmentId")}`,
                state: { status: "Active" },
            };
        case "alicloud:cen/transitRouterCidr:TransitRouterCidr":
            return {
                id: `${str("transitRouterId")}:tr-cidr-${name}`,
                state: { transitRouterCidrId: `tr-cidr-${name}` },
            };
        case "alicloud:expressconnect/routerTrAssociation:RouterTrAssociation":
            return {
                id: `${str("ecrId")}:ecr-assoc-${name}:${str("transitRouterId")}`,
                state: { associationId: `ecr-assoc-${name}`, status: "ACTIVE" },
            };
        case "alicloud:expressconnect/routerExpressConnectRouter:RouterExpressConnectRouter":
            return { id: `ecr-${name}`, state: { status: "Active" } };
        case "alicloud:expressconnect/routerGrantAssociation:RouterGrantAssociation":
            return {
                id: `${str("ecrId")}:${str("instanceId")}:${str("instanceRegionId")}:${str("ecrOwnerAliUid")}:${str("instanceType")}`,
                state: { status: "ACTIVE" },
            };
        case "alicloud:expressconnect/routerVpcAssociation:RouterVpcAssociation":
            return {
                id: `${str("ecrId")}:ecr-assoc-${name}:${str("vpcId")}`,
                state: { associationId: `ecr-assoc-${name}`, status: "ACTIVE" },
            };
        case "alicloud:expressconnect/routerVbrChildInstance:RouterVbrChildInstance":
            return {
                id: `${str("ecrId")}:${str("childInstanceId")}:${str("childInstanceType")}`,
                state: { status: "Attached" },
            };
        case "alicloud:vpc/network:Network":
            return {
                id: `vpc-${name}`,
                state: { routeTableId: `vtb-${name}`, routerId: `vrt-${name}`, status: "Available" },
            };
        case "alicloud:vpc/prefixList:PrefixList":
            return { id: `pl-${name}`, state: { prefixListId: `pl-${name}`, status: "Created" } };
        case "alicloud:cen/transitRouterPrefixListAssociation:TransitRouterPrefixListAssociation":
            return {
                id: `${str("prefixListId")}:${str("transitRouterId")}:${str("transitRouterTableId")}:${str("nextHop")}`,
                state: { status: "Active", nextHopType: inputs.nextHopType ?? "BlackHole" },
            };
        case "alicloud:cen/transitRouteTableAggregation:TransitRouteTableAggregation":
            return {
                id: `${str("transitRouteTableId")}:${str("transitRouteTableAggregationCidr")}`,
                state: { status: "AllConfigured" },
            };
        case "alicloud:vpc/networkAcl:NetworkAcl":
            return { id: `nacl-${name}`, state: { status: "Available" } };
        case "alicloud:vpc/switch:Switch":
            return { id: `vsw-${name}`, state: { status: "Available" } };
        case "alicloud:vpc/routeEntry:RouteEntry":
            return {
                id: `${str("routeTableId")}:vrt:${str("destinationCidrblock")}:${str("nexthopType")}:${str("nexthopId")}`,
                state: {},
            };
        case "alicloud:resourcemanager/resourceShare:ResourceShare":
            return { id: `rs-${name}`, state: { status: "Active" } };
        case "alicloud:resourcemanager/sharedResource:SharedResource":
            return {
                id: `${str("resourceShareId")}:${str("resourceId")}:${str("resourceType")}`,
                state: { status: "Associated" },
            };
        case "alicloud:resourcemanager/sharedTarget:SharedTarget":
            return { id: `${str("resourceShareId")}:${str("targetId")}`, state: { status: "Associated" } };
        case "pulumi-nodejs:dynamic/alicloud-multi-account-network:ResourceShareInvitationAccepter":
            // The invitation accepter: its id is the invitation it accepted.
            return { id: `inv-${name}`, state: { invitationId: `inv-${name}`, status: "Accepted" } };
        case "alicloud:privatelink/vpcEndpointService:VpcEndpointService":
            return {
                id: `epsrv-${name}`,
                state: {
                    serviceDomain: `epsrv-${name}.privatelink.aliyuncs.com`,
                    vpcEndpointServiceName: `com.aliyuncs.privatelink.epsrv-${name}`,
                    serviceBusinessStatus: "Normal",
                    status: "Active",
                },
            };
        case "alicloud:privatelink/vpcEndpointServiceResource:VpcEndpointServiceResource":
            // ALB and NLB are added once per zone, and their ids say which.
            return {
                id: [inputs.serviceId, inputs.resourceId, inputs.zoneId]
                    .filter((p) => p !== undefined)
                    .join(":"),
                state: {},
            };
        case "alicloud:privatelink/vpcEndpointServiceUser:VpcEndpointServiceUser":
            return { id: `${str("serviceId")}:${str("userId")}`, state: {} };
        case "alicloud:privatelink/vpcEndpoint:VpcEndpoint":
            return {
                id: `ep-${name}`,
                state: {
                    endpointDomain: `ep-${name}.${str("serviceId")}.privatelink.aliyuncs.com`,
                    connectionStatus: "Pending",
                    endpointBusinessStatus: "Normal",
                    status: "Active",
                },
            };
        case "alicloud:privatelink/vpcEndpointZone:VpcEndpointZone":
            return { id: `${str("endpointId")}:${str("zoneId")}`, state: { status: "Connected" } };
        case "alicloud:privatelink/vpcEndpointServiceConnection:VpcEndpointServiceConnection":
            return { id: `${str("serviceId")}:${str("endpointId")}`, state: { status: "Connected" } };
        case TR_FIREWALL_ROUTE_POLICY_TYPE:
            // The traffic-redirection policy: its id is the policy id.
            return { id: `policy-${name}`, state: { policyId: `policy-${name}` } };
        case "alicloud:cloudfirewall/vpcCenTrFirewall:VpcCenTrFirewall":
            return {
                id: `vfw-tr-${name}`,
                state: { firewallVpcAttachmentId: `tr-attach-${name}`, status: "opened" },
            };
        case "alicloud:cloudfirewall/instanceMember:InstanceMember":
            return { id: str("memberUid"), state: { memberStatus: "normal" } };
        case "alicloud:cloudfirewall/firewallVpcFirewallControlPolicy:FirewallVpcFirewallControlPolicy":
            return { id: `${str("vpcFirewallId")}:acl-${name}`, state: { aclUuid: `acl-${name}` } };
        case "alicloud:ecs/securityGroup:SecurityGroup":
            return { id: `sg-${name}`, state: {} };
        case "alicloud:ecs/instance:Instance":
            return { id: `i-${name}`, state: { status: "Running" } };
        default:
            return { id: `${name}-id`, state: {} };
    }
}

/** What the mock engine knows of the provider an invoke went through. */
export interface InvokingProvider {
    readonly accountId?: string;
    /** The region its configuration names. */
    readonly region?: string;
}

/** What the program created so far, as the cloud would answer lookups of it. */
export interface CreatedSoFar {
    /** A VPC created by the program, by id: its blocks. */
    network(id: string): { cidrBlock?: unknown; secondaryCidrBlocks: string[] } | undefined;
    /** The transit routers the program created in a CEN, in a region. */
    transitRouters(cenId: string, region: string | undefined): string[];
    /** A transit router's System table as the deployed stack holds it, when the plan is against one. */
    systemTable?(transitRouterId: string): string | undefined;
}

const NOTHING_CREATED: CreatedSoFar = { network: () => undefined, transitRouters: () => [] };

/**
 * What a program has created, recorded as the engine creates it, so that
 * lookups answer as the cloud would: VPCs with their primary and secondary
 * blocks, and transit routers by CEN and region.
 */
export class CreatedResources implements CreatedSoFar {
    private readonly networks = new Map<string, { cidrBlock?: unknown; secondaryCidrBlocks: string[] }>();
    private readonly routers: { cenId: string; transitRouterId: string; region?: string }[] = [];

    /** `systemTables`: each deployed transit router's System table id, which a lookup answers. */
    constructor(private readonly systemTables: ReadonlyMap<string, string> = new Map()) {}

    systemTable(transitRouterId: string): string | undefined {
        return this.systemTables.get(transitRouterId);
    }

    /** Records a created resource: its type, id, inputs, computed state and its provider's region. */
    record(type: string, id: string, inputs: State, state: State, region?: string): void {
        if (type === "alicloud:vpc/network:Network") {
            const secondary = Array.isArray(inputs.secondaryCidrBlocks)
                ? inputs.secondaryCidrBlocks.map(String)
                : [];
            this.networks.set(id, { cidrBlock: inputs.cidrBlock, secondaryCidrBlocks: secondary });
        } else if (type === "alicloud:vpc/ipv4CidrBlock:Ipv4CidrBlock") {
            this.networks
                .get(String(inputs.vpcId))
                ?.secondaryCidrBlocks.push(String(inputs.secondaryCidrBlock));
        } else if (
            type === "alicloud:cen/transitRouter:TransitRouter" &&
            typeof state.transitRouterId === "string"
        ) {
            this.routers.push({
                cenId: String(inputs.cenId),
                transitRouterId: state.transitRouterId,
                region,
            });
        }
    }

    network(id: string) {
        return this.networks.get(id);
    }

    transitRouters(cenId: string, region: string | undefined): string[] {
        return this.routers
            .filter((r) => r.cenId === cenId && r.region === region)
            .map((r) => r.transitRouterId);
    }
}

/** The answer to an invoke, given the provider it went through and what the program created. */
export function invokeResult(
    args: MockCallArgs,
    { accountId, region }: InvokingProvider = {},
    created: CreatedSoFar = NOTHING_CREATED,
): State {
    switch (args.token) {
        case "alicloud:index/getAccount:getAccount":
            if (accountId === undefined) {
                throw new Error(
                    "getAccount was invoked through the default provider: the component did not pass its provider",
                );
            }
            return { id: accountId };
        case "alicloud:index/getRegions:getRegions": {
            // With current, the provider's region; a provider configured without
            // one answers nothing here, so its region stays unknown to the checks.
            const ids = args.inputs.current === true && region ? [region] : [];
            return {
                id: "regions",
                ids,
                regions: ids.map((id) => ({ id, regionId: id, localName: id })),
                current: args.inputs.current,
            };
        }
        case "alicloud:index/getZones:getZones": {
            // The region's real zones where the package knows them, else none listed.
            const zones = (region ? (KNOWN_ZONES[region] ?? []) : []).map((id) => ({
                id,
                localName: id,
                multiZoneIds: [],
                slbSlaveZoneIds: [],
                availableResourceCreations: ["VSwitch", "Instance"],
                availableInstanceTypes: [],
                availableDiskCategories: [],
            }));
            return { id: region ?? "zones", ids: zones.map((z) => z.id), zones };
        }
        case "alicloud:cen/getTransitRouters:getTransitRouters": {
            // A CEN's transit routers in the region of the provider asked.
            const cenId = String(args.inputs.cenId);
            const transitRouters = created.transitRouters(cenId, region).map((transitRouterId) => ({
                id: `${cenId}:${transitRouterId}`,
                cenId,
                transitRouterId,
                type: "Enterprise",
                status: "Active",
            }));
            return { id: cenId, cenId, ids: transitRouters.map((t) => t.id), transitRouters };
        }
        case "alicloud:cen/getTransitRouterRouteTables:getTransitRouterRouteTables": {
            const trId = String(args.inputs.transitRouterId);
            const systemId = created.systemTable?.(trId) ?? `vtb-system-${trId}`;
            const table = {
                id: systemId,
                transitRouterRouteTableId: systemId,
                transitRouterRouteTableType: "System",
                transitRouterRouteTableName: "system",
                transitRouterRouteTableDescription: "",
                status: "Active",
            };
            const wanted = args.inputs.transitRouterRouteTableType;
            const tables = wanted === undefined || wanted === "System" ? [table] : [];
            return {
                id: trId,
                ids: tables.map((t) => t.id),
                names: tables.map((t) => t.transitRouterRouteTableName),
                tables,
                transitRouterId: trId,
            };
        }
        case "alicloud:vpc/getNetworks:getNetworks": {
            // A VPC whose id starts with vpc-default is its region's default VPC.
            // VPCs the program created answer with their blocks; others (ids of
            // VPCs outside the program) with what the tests need of them.
            const ids = (args.inputs.ids as string[] | undefined) ?? [];
            const vpcs = ids.map((id) => ({
                id,
                vpcId: id,
                isDefault: id.startsWith("vpc-default"),
                status: "Available",
                ...created.network(id),
            }));
            return { id: "networks", ids, names: [], vpcs };
        }
        default:
            throw new Error(
                `the mock engine does not know the invoke ${args.token}; add it to sdk/src/plan/providerBehaviour.ts`,
            );
    }
}
