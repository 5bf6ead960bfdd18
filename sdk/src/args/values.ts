// The values the components' arguments take: each a literal union (an enum in
// the package schema) with the list of its values, or a shape the arguments
// share. Plain types, no logic: core/, the components and the schema read them.

/**
 * Who pays the network attachment and data processing fees of a cross-account
 * attachment (the cross-account authorization guide, "Payer"):
 * - `"cen-owner"`: the account that owns the CEN instance and transit router (the console's default);
 * - `"resource-owner"`: the account that owns the attached instance (the VPC, VBR or VPN connection).
 */
export type Payer = "cen-owner" | "resource-owner";

/** The payers the API knows, in the order the docs list them. */
export const PAYERS: readonly Payer[] = ["cen-owner", "resource-owner"];

/**
 * How VPC route tables learn the way to the transit router:
 * - `"rfc1918"`: the three private summaries 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16,
 *   as the console's "automatically create route" option does (Alibaba Cloud's CEN cross-account guide);
 * - `"peer-cidrs"`: exactly the CIDR blocks of the VPCs this VPC should reach;
 * - `"none"`: no route entries; the user manages VPC routes.
 */
export type VpcRouteMode = "rfc1918" | "peer-cidrs" | "none";

export const VPC_ROUTE_MODES: readonly VpcRouteMode[] = ["rfc1918", "peer-cidrs", "none"];

/** A route mode, or the summary blocks to route instead (taken as given, IPv6 included). */
export type RouteDestinations = VpcRouteMode | readonly string[];

/** The next hop types through which a VPC route hands a packet to an inspection appliance. */
export const APPLIANCE_NEXT_HOP_TYPES = ["Instance", "NetworkInterface", "HaVip"] as const;
/**
 * How a VPC route hands a packet to an inspection appliance: to an ECS
 * instance (`Instance`), an elastic network interface (`NetworkInterface`)
 * or a high-availability virtual IP in front of several (`HaVip`).
 */
export type ApplianceNextHopType = (typeof APPLIANCE_NEXT_HOP_TYPES)[number];

/** The load balancers an interface endpoint service takes (GWLB needs a Gateway Load Balancer endpoint). */
export const PRIVATELINK_RESOURCE_TYPES = ["slb", "alb", "nlb"] as const;
/**
 * The load balancer behind an endpoint service: a Classic Load Balancer
 * (`slb`), an Application Load Balancer (`alb`) or a Network Load Balancer (`nlb`).
 */
export type PrivateLinkResourceType = (typeof PRIVATELINK_RESOURCE_TYPES)[number];

/** Who pays the endpoint connections: the consumer's account, or the service's. */
export const PRIVATELINK_PAYERS = ["consumer", "service"] as const;
/**
 * Who pays for the endpoint connections: the consumer's account
 * (`consumer`), or the service's (`service`).
 */
export type PrivateLinkPayer = (typeof PRIVATELINK_PAYERS)[number];

/**
 * How tenants join (Alibaba Cloud's shared VPC guide):
 * - `"resource-directory"`: sharing within a resource directory; tenants accept automatically;
 * - `"any-account"`: sharing with any account (`allowExternalTargets`); each tenant must accept the invitation.
 */
export type SharingMode = "resource-directory" | "any-account";

export const SHARING_MODES: readonly SharingMode[] = ["resource-directory", "any-account"];

/** VPC sharing quotas (the shared VPC guide, "Quotas"); raise them after a quota increase. */
export interface SharingQuotas {
    /** vpc_quota_sharedvpc_share_user_num_per_vswitch. @default 50 */
    readonly tenantsPerVswitch: number;
    /** vpc_quota_sharedvpc_share_user_num_per_vpc. @default 50 */
    readonly tenantsPerVpc: number;
    /** vpc_quota_sharedvpc_accept_shared_vswitch_num. @default 30 */
    readonly vswitchesPerTenant: number;
}
