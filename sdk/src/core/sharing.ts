// VPC sharing rules from the shared VPC guide: where it is available, its quotas, and
// what a tenant may not do in a shared VPC. Pure: the components and the
// policy pack both check against these.
import { isRegionId } from "./regions";
import { plainValueProblem } from "./argTypes";
import { SharingQuotas } from "../args/values";

/**
 * The regions where VPC sharing is available, by region id, as the "Supported
 * regions" table of Alibaba Cloud's shared VPC guide lists them
 * (https://www.alibabacloud.com/help/en/vpc/vpc-sharing, June 2026). A region
 * added since is accepted through `additionalSharingRegions`.
 */
export const SHARING_REGIONS: Readonly<Record<string, string>> = {
    "cn-hangzhou": "China (Hangzhou)",
    "cn-shanghai": "China (Shanghai)",
    "cn-qingdao": "China (Qingdao)",
    "cn-beijing": "China (Beijing)",
    "cn-zhangjiakou": "China (Zhangjiakou)",
    "cn-huhehaote": "China (Hohhot)",
    "cn-wulanchabu": "China (Ulanqab)",
    "cn-shenzhen": "China (Shenzhen)",
    "cn-heyuan": "China (Heyuan)",
    "cn-guangzhou": "China (Guangzhou)",
    "cn-chengdu": "China (Chengdu)",
    "cn-hongkong": "China (Hong Kong)",
    "ap-northeast-1": "Japan (Tokyo)",
    "ap-northeast-2": "South Korea (Seoul)",
    "ap-southeast-1": "Singapore",
    "ap-southeast-3": "Malaysia (Kuala Lumpur)",
    "ap-southeast-5": "Indonesia (Jakarta)",
    "ap-southeast-6": "Philippines (Manila)",
    "ap-southeast-7": "Thailand (Bangkok)",
    "eu-central-1": "Germany (Frankfurt)",
    "eu-west-1": "UK (London)",
    "us-west-1": "US (Silicon Valley)",
    "us-east-1": "US (Virginia)",
    "me-central-1": "SAU (Riyadh - Partner Region)",
};

export const DEFAULT_SHARING_QUOTAS: SharingQuotas = {
    tenantsPerVswitch: 50,
    tenantsPerVpc: 50,
    vswitchesPerTenant: 30,
};

const QUOTA_NAMES: Record<keyof SharingQuotas, string> = {
    tenantsPerVswitch: "vpc_quota_sharedvpc_share_user_num_per_vswitch",
    tenantsPerVpc: "vpc_quota_sharedvpc_share_user_num_per_vpc",
    vswitchesPerTenant: "vpc_quota_sharedvpc_accept_shared_vswitch_num",
};

/** The sentence for an exceeded quota: what, how many, the limit, and how to raise it. */
export function quotaProblem(
    subject: string,
    count: number,
    quota: keyof SharingQuotas,
    limit: number,
): string {
    return `${subject} ${count}, over the limit of ${limit} (quota ${QUOTA_NAMES[quota]}); request a quota increase in Quota Center, then raise quotas.${quota}.`;
}

/** True when VPC sharing is available in the region: one of SHARING_REGIONS, or one added since. */
export function sharingAvailable(region: string, additional: readonly string[] = []): boolean {
    return Object.hasOwn(SHARING_REGIONS, region) || additional.includes(region);
}

/** The regions of SHARING_REGIONS, as messages list them. */
export function sharingRegionsText(): string {
    return Object.entries(SHARING_REGIONS)
        .map(([id, name]) => `${id} (${name})`)
        .join(", ");
}

/**
 * The region must support VPC sharing: one of SHARING_REGIONS, or of the
 * regions the caller adds because Alibaba Cloud has made it available there
 * since. `argument` and `additionalArgument` name the two as the caller gave them.
 * An Output region is refused: it decides where the share is created.
 */
export function checkSharingRegion(
    region: unknown,
    additional: unknown = [],
    argument = "region",
    additionalArgument = "additionalSharingRegions",
): string[] {
    const deferred = plainValueProblem(argument, region);
    if (deferred) return [deferred];
    if (
        additional !== undefined &&
        (!Array.isArray(additional) || additional.some((r) => typeof r !== "string" || !isRegionId(r)))
    ) {
        return [
            `${additionalArgument} ${JSON.stringify(additional)} must be a list of region ids such as "ap-southeast-1".`,
        ];
    }
    if (typeof region === "string" && sharingAvailable(region, additional ?? [])) {
        return [];
    }
    return [
        `${argument} ${JSON.stringify(region)} does not support VPC sharing; use a region id of one of: ${sharingRegionsText()}; if Alibaba Cloud has made VPC sharing available in ${JSON.stringify(region)} since, add it to ${additionalArgument}.`,
    ];
}

/**
 * What a tenant cannot create in a shared VPC: it has view-only permissions
 * on the VPC, vSwitches, route tables, network ACLs and secondary blocks
 * (the shared VPC guide, "Permissions of vSwitch owners and participants").
 */
export const OWNER_ONLY_NETWORK_ARGS = [
    "routeEntries",
    "routeTables",
    "networkAcls",
    "vswitches",
    "secondaryCidrBlocks",
] as const;

export function checkTenantNetworkArgs(label: string, args: object): string[] {
    return OWNER_ONLY_NETWORK_ARGS.filter(
        (field) => (args as Record<string, unknown>)[field] !== undefined,
    ).map(
        (field) =>
            `${label}: ${field} cannot be created by a tenant: tenants have view-only permissions on the shared VPC's vSwitches, route tables, network ACLs and CIDR blocks (https://www.alibabacloud.com/help/en/vpc/vpc-sharing); the owner must create them, with the owner's provider.`,
    );
}

/** Type names of the network resources only the owner may manage in a shared VPC (for the policy pack). */
export const OWNER_ONLY_NETWORK_TYPES = [
    "alicloud:vpc/routeEntry:RouteEntry",
    "alicloud:vpc/routeTable:RouteTable",
    "alicloud:vpc/routeTableAttachment:RouteTableAttachment",
    "alicloud:vpc/networkAcl:NetworkAcl",
    "alicloud:vpc/switch:Switch",
    "alicloud:vpc/ipv4CidrBlock:Ipv4CidrBlock",
] as const;
