// Building blocks the examples share: one provider per account, and a VPC
// with a vSwitch per zone and an ECS instance that answers ping.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CenVpcArgs } from "alicloud-multi-account-network";

/**
 * A provider for one account: with a RAM role to assume when the stack config
 * names one, else the ambient credentials (which is how tests and the offline
 * plan run the examples: providers that differ by name only).
 */
export function accountProvider(
    name: string,
    region: string,
    roleArn: string | undefined,
): alicloud.Provider {
    return new alicloud.Provider(name, {
        region,
        assumeRole: roleArn ? { roleArn, sessionName: "alicloud-multi-account-network" } : undefined,
    });
}

/**
 * One provider per account and region, made once, named
 * `account-<account>-<short name of the region>`; each account's role from
 * the stack config `account<A>RoleArn`.
 */
export function accountRegionProviders(
    config: pulumi.Config,
    shortNames: Readonly<Record<string, string>>,
): (account: string, region: string) => alicloud.Provider {
    const providers = new Map<string, alicloud.Provider>();
    return (account, region) => {
        const name = `account-${account}-${shortNames[region] ?? region}`;
        if (!providers.has(name)) {
            providers.set(
                name,
                accountProvider(name, region, config.get(`account${account.toUpperCase()}RoleArn`)),
            );
        }
        return providers.get(name)!;
    };
}

export interface SampleVpc extends CenVpcArgs {
    readonly ecs: alicloud.ecs.Instance;
}

/** The guide's table: one VPC, one vSwitch per zone, an ECS instance in the first one, ICMP allowed. */
export function sampleVpc(
    config: pulumi.Config,
    name: string,
    provider: alicloud.Provider,
    cidr: string,
    vswitches: { cidr: string; zone: string }[],
    ecsIp: string,
): SampleVpc {
    const opts = { provider };
    const vpc = new alicloud.vpc.Network(name, { vpcName: name, cidrBlock: cidr }, opts);
    const switches = vswitches.map(
        (s, i) =>
            new alicloud.vpc.Switch(
                `${name}-vsw${i + 1}`,
                { vpcId: vpc.id, cidrBlock: s.cidr, zoneId: s.zone, vswitchName: `${name}-vsw${i + 1}` },
                opts,
            ),
    );
    const securityGroup = new alicloud.ecs.SecurityGroup(
        `${name}-sg`,
        { vpcId: vpc.id, securityGroupName: `${name}-sg` },
        opts,
    );
    // The guide's prerequisite: the security group must allow ICMP for the ping test.
    new alicloud.ecs.SecurityGroupRule(
        `${name}-sg-icmp`,
        {
            securityGroupId: securityGroup.id,
            type: "ingress",
            ipProtocol: "icmp",
            portRange: "-1/-1",
            cidrIp: "0.0.0.0/0",
            policy: "accept",
        },
        opts,
    );
    const ecs = new alicloud.ecs.Instance(
        `${name}-ecs`,
        {
            instanceName: `${name}-ecs`,
            vswitchId: switches[0].id,
            privateIp: ecsIp,
            securityGroups: [securityGroup.id],
            imageId: config.get("imageId") ?? "aliyun_3_x64_20G_alibase_20240819.vhd",
            instanceType: config.get("instanceType") ?? "ecs.t6-c1m1.large",
        },
        opts,
    );
    return {
        name,
        provider,
        vpcId: vpc.id,
        cidrBlocks: [cidr],
        zoneMappings: switches.map((s, i) => ({ zoneId: vswitches[i].zone, vswitchId: s.id })),
        routeTableIds: [vpc.routeTableId],
        ecs,
    };
}

/**
 * A sample VPC `10.<second>.0.0/16` in `region`, with a vSwitch in its zones
 * a and b and an ECS instance at `10.<second>.0.10`, and the region it is in.
 */
export function regionalSampleVpc(
    config: pulumi.Config,
    name: string,
    provider: alicloud.Provider,
    region: string,
    second: number,
): SampleVpc & { region: string } {
    const vswitches = [0, 1].map((i) => ({ cidr: `10.${second}.${i}.0/24`, zone: `${region}${"ab"[i]}` }));
    return {
        ...sampleVpc(config, name, provider, `10.${second}.0.0/16`, vswitches, `10.${second}.0.10`),
        region,
    };
}

/** What the single-region examples read from the stack config, and the VPCs they build from it. */
export interface SingleRegion {
    readonly region: string;
    /** The region's zones a and b, or the stack config's `zoneA` and `zoneB`. */
    readonly zones: [string, string];
    /** One provider per account asked for, named `account-<account>`. */
    readonly providers: alicloud.Provider[];
    /** VPC `10.<second>.0.0/16`: a vSwitch `10.<second>.<i>.0/24` in each zone, the ECS instance at `10.<second>.0.10`. */
    vpc(name: string, provider: alicloud.Provider, second: number): SampleVpc;
}

/** The stack config's region (Singapore by default), its two zones and one provider per account. */
export function singleRegion(config: pulumi.Config, accounts: readonly string[]): SingleRegion {
    const region = config.get("region") ?? "ap-southeast-1";
    const zones: [string, string] = [
        config.get("zoneA") ?? `${region}a`,
        config.get("zoneB") ?? `${region}b`,
    ];
    return {
        region,
        zones,
        providers: accounts.map((a) =>
            accountProvider(`account-${a}`, region, config.get(`account${a.toUpperCase()}RoleArn`)),
        ),
        vpc: (name, provider, second) =>
            sampleVpc(
                config,
                name,
                provider,
                `10.${second}.0.0/16`,
                zones.map((zone, i) => ({ cidr: `10.${second}.${i}.0/24`, zone })),
                `10.${second}.0.10`,
            ),
    };
}
