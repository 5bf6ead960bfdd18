import { StackValidationPolicy } from "@pulumi/policy";
import { sharingQuotaFindings, tenantNetworkResourceFindings } from "../checks/vpcSharing";
import { DEFAULT_SHARING_QUOTAS, SharingQuotas } from "../core/sharing";
import { reportFindings } from "./report";
import { stackGraphOf } from "./stackResources";

/** Settings of alicloud-vpc-sharing: the account's VPC sharing quotas. */
export type VpcSharingConfig = SharingQuotas;

const quota = (description: string, fallback: number) => ({
    type: "integer" as const,
    minimum: 1,
    default: fallback,
    description,
});

export const vpcSharing: StackValidationPolicy = {
    name: "alicloud-vpc-sharing",
    description:
        "Shared vSwitches stay within the VPC sharing quotas, counted over every share and tenant of the stack (tenants per vSwitch and per VPC, vSwitches per tenant), and tenants create no route entries, route tables, network ACLs, vSwitches or CIDR blocks in a shared VPC.",
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
        },
    },
    validateStack: (args, reportViolation) => {
        const quotas = { ...DEFAULT_SHARING_QUOTAS, ...args.getConfig<Partial<SharingQuotas>>() };
        const graph = stackGraphOf(args.resources);
        reportFindings(
            [...sharingQuotaFindings(graph, quotas), ...tenantNetworkResourceFindings(graph)],
            reportViolation,
        );
    },
};
