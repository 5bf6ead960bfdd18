// The estate the planner is measured on: N VPCs in ten accounts joined by
// CrossAccountCenPeering, each with two vSwitches, a security group (ICMP
// from the private ranges) and one ECS instance, about 13 resources a VPC.
// A program as a user writes it, importing the package by name, so the bench
// can plan it in a consumer project that installed the package.
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";

const ACCOUNTS = 10;
const REGION = "ap-southeast-1";
const ZONES = [`${REGION}a`, `${REGION}b`];

/** VPC i's block: a /22 of 10.0.0.0/8 (room for 16,384 VPCs). */
export function estateCidr(i: number): string {
    return `10.${Math.floor(i / 64)}.${(i % 64) * 4}.0/22`;
}

/** The vSwitch blocks of a VPC block: its first two quarters. */
function vswitchCidrs(cidr: string): [string, string] {
    const [base, bits] = cidr.split("/");
    const prefix = Number(bits) + 2;
    const octets = base.split(".").map(Number);
    const size = 2 ** (32 - prefix);
    const start = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    const text = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
    return [`${text(start)}/${prefix}`, `${text(start + size)}/${prefix}`];
}

/** The estate program of `n` VPCs. */
export function estateProgram(n: number): () => void {
    return () => {
        // One provider per account, its account id configured.
        const providers = Array.from(
            { length: ACCOUNTS },
            (_, i) =>
                new alicloud.Provider(`account-${i}`, {
                    region: REGION,
                    accountId: `${1000000000000000 + i}`,
                }),
        );
        const vpcs = Array.from({ length: n }, (_, i) => {
            const provider = providers[i % ACCOUNTS];
            const opts = { provider };
            const cidr = estateCidr(i);
            const name = `vpc${i}`;
            const vpc = new alicloud.vpc.Network(name, { vpcName: name, cidrBlock: cidr }, opts);
            const switches = vswitchCidrs(cidr).map(
                (block, z) =>
                    new alicloud.vpc.Switch(
                        `${name}-vsw${z}`,
                        { vpcId: vpc.id, cidrBlock: block, zoneId: ZONES[z] },
                        opts,
                    ),
            );
            const group = new alicloud.ecs.SecurityGroup(`${name}-sg`, { vpcId: vpc.id }, opts);
            new alicloud.ecs.SecurityGroupRule(
                `${name}-icmp`,
                {
                    securityGroupId: group.id,
                    type: "ingress",
                    ipProtocol: "icmp",
                    portRange: "-1/-1",
                    cidrIp: "10.0.0.0/8",
                    policy: "accept",
                },
                opts,
            );
            new alicloud.ecs.Instance(
                `${name}-ecs`,
                {
                    vswitchId: switches[0].id,
                    privateIp: vswitchCidrs(cidr)[0].replace(/\.0\/\d+$/, ".10"),
                    securityGroups: [group.id],
                    instanceType: "ecs.t6-c1m1.large",
                    imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
                },
                opts,
            );
            return {
                name,
                provider,
                vpcId: vpc.id,
                cidrBlocks: [cidr],
                zoneMappings: switches.map((s, z) => ({ zoneId: ZONES[z], vswitchId: s.id })),
                routeTableIds: [vpc.routeTableId],
            };
        });
        new CrossAccountCenPeering("estate", { cenProvider: providers[0], vpcs });
    };
}
