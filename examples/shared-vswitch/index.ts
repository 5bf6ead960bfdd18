// Alibaba Cloud's shared VPC scenario (https://www.alibabacloud.com/help/en/vpc/vpc-sharing): account A shares a vSwitch of a non-default VPC with
// accounts B, C and D. Each tenant accepts the invitation (sharing with any
// account), gets its own security group in the shared VPC, and creates an
// ECS instance in the shared vSwitch. All share one address space; each
// sees and manages only its own resources; A keeps the network.
//
// Stack config (all optional, as in the other examples):
//   region                         ap-southeast-1 (a region where VPC sharing is available)
//   accountARoleArn ... accountDRoleArn   roles assumed by the providers
//   tenantRoleArnB ... tenantRoleArnD     roles the invitation acceptance assumes in B, C, D
//   imageId, instanceType
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { SharedVSwitchShare } from "alicloud-multi-account-network";
import { accountProvider } from "../lib/sampleNetwork";

const config = new pulumi.Config();
const region = config.get("region") ?? "ap-southeast-1";
const owner = accountProvider("account-a", region, config.get("accountARoleArn"));

// Account A's network: a custom (non-default) VPC and the vSwitch to share.
const vpc = new alicloud.vpc.Network(
    "shared-vpc",
    { vpcName: "shared-vpc", cidrBlock: "10.10.0.0/16" },
    { provider: owner },
);
const vswitch = new alicloud.vpc.Switch(
    "shared-vsw",
    { vpcId: vpc.id, cidrBlock: "10.10.1.0/24", zoneId: `${region}a`, vswitchName: "shared-vsw" },
    { provider: owner },
);

const tenants = ["b", "c", "d"].map((t) => ({
    name: `account-${t}`,
    provider: accountProvider(`account-${t}`, region, config.get(`account${t.toUpperCase()}RoleArn`)),
    acceptance: { roleArn: config.get(`tenantRoleArn${t.toUpperCase()}`) },
}));

// One share, three tenants.
const share = new SharedVSwitchShare("team-share", {
    ownerProvider: owner,
    region,
    vpcId: vpc.id,
    vswitches: [{ name: "shared-vsw", vswitchId: vswitch.id }],
    mode: "any-account",
    tenants,
});

// Each tenant deploys its own ECS instance into the shared vSwitch, with its own provider.
export const instanceIps = tenants.map((t) => {
    const tenant = share.tenants[t.name];
    const ecs = new alicloud.ecs.Instance(
        `${t.name}-ecs`,
        {
            instanceName: `${t.name}-ecs`,
            vswitchId: vswitch.id,
            securityGroups: [tenant.securityGroupId],
            imageId: config.get("imageId") ?? "aliyun_3_x64_20G_alibase_20240819.vhd",
            instanceType: config.get("instanceType") ?? "ecs.t6-c1m1.large",
        },
        { provider: t.provider, dependsOn: [tenant] },
    );
    return ecs.privateIp;
});
export const resourceShareId = share.resourceShareId;
export const tenantSecurityGroupIds = share.tenantSecurityGroupIds;
