// Building blocks for CEN component tests: providers per account and VPC
// arguments with plain ids, so a test states only what it varies.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CenVpcArgs } from "alicloud-multi-account-network";

export const REGION = "ap-southeast-1";

/** One provider per account, named after the account. */
export function accountProviders(...names: string[]): Record<string, alicloud.Provider> {
    return regionalProviders(REGION, ...names);
}

/** One provider per account in `region`, named after the account. */
export function regionalProviders(region: string, ...names: string[]): Record<string, alicloud.Provider> {
    return Object.fromEntries(names.map((n) => [n, new alicloud.Provider(n, { region })]));
}

/** A VPC with two vSwitches in two zones and one route table; every field can be overridden. */
export function vpcArgs(
    name: string,
    provider: alicloud.Provider,
    cidr: pulumi.Input<string>,
    overrides: Partial<CenVpcArgs> = {},
): CenVpcArgs {
    return {
        name,
        provider,
        vpcId: `vpc-${name}`,
        cidrBlocks: [cidr],
        zoneMappings: [
            { zoneId: `${REGION}a`, vswitchId: `vsw-${name}-a` },
            { zoneId: `${REGION}b`, vswitchId: `vsw-${name}-b` },
        ],
        routeTableIds: [`vtb-${name}`],
        ...overrides,
    };
}
