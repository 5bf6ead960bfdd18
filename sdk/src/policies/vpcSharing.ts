import { StackValidationPolicy } from "@pulumi/policy";
import {
    sharingQuotaFindings,
    sharingRegionFindings,
    tenantNetworkResourceFindings,
} from "../checks/vpcSharing";
import { DEFAULT_SHARING_QUOTAS } from "../core/sharing";
import { SharingQuotas } from "../args/values";
import { reportFindings } from "./report";
import { stackGraphOf } from "./stackResources";

/** Settings of alicloud-vpc-sharing: the account's VPC sharing quotas, and regions where sharing became available. */
export interface VpcSharingConfig extends SharingQuotas {
    /**
     * Region ids where Alibaba Cloud has made VPC sharing available since the
     * package's list (`SHARING_REGIONS`, from the shared VPC guide) was taken.
     * @default []
     */
    readonly additionalSharingRegions: readonly string[];
}

const quota = (description: string, fallback: number) => ({
    type: "integer" as const,
    minimum: 1,
    default: fallback,
    description,
});

export const vpcSharing: StackValidationPolicy = {
    name: "alicloud-vpc-sharing",
    description:
        "Shared vSwitches are shared in regions where VPC sharing is available and stay within the VPC sharing quotas, counted over every share and tenant of the stack (tenants per vSwitch and per VPC, vSwitches per tenant), and tenants create no route entries, route tables, network ACLs, vSwitches or CIDR blocks in a shared VPC.",
    enforcementLevel: "mandatory",
    remediationSteps:
        "Share with fewer accounts or request a quota increase (then raise the policy's quotas); create network resources of a shared VPC in the owner's stack, with the owner's provider.",
    configSchema: {
        properties: {
            tenantsPerVswitch: quota(
                "vpc_quota_sharedvpc_share_user_num_per_vswitch",
                DEFAULT_SHARING_QUOTAS.tenantsPerVswitch,
            ),
            tenantsPerVpc: quota(
                "vpc_quota_sharedvpc_share_user_num_per_vpc",
                DEFAULT_SHARING_QUOTAS.tenantsPerVpc,
            ),
            vswitchesPerTenant: quota(
                "vpc_quota_sharedvpc_accept_shared_vswitch_num",
                DEFAULT_SHARING_QUOTAS.vswitchesPerTenant,
            ),
            additionalSharingRegions: {
                type: "array",
                items: { type: "string", pattern: "^[a-z]{2}(-[a-z0-9]+)+$" },
                default: [],
                description:
                    "Region ids where Alibaba Cloud has made VPC sharing available since the package's list of the shared VPC guide's regions.",
            },
        },
    },
    validateStack: (args, reportViolation) => {
        const { additionalSharingRegions, ...configured } = args.getConfig<Partial<VpcSharingConfig>>();
        const quotas = { ...DEFAULT_SHARING_QUOTAS, ...configured };
        const graph = stackGraphOf(args.resources);
        reportFindings(
            [
                ...sharingQuotaFindings(graph, quotas),
                ...tenantNetworkResourceFindings(graph),
                ...sharingRegionFindings(graph, additionalSharingRegions ?? []),
            ],
            reportViolation,
        );
    },
};
