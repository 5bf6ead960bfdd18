// A compliant two-account network written by hand (no components): account
// A (1111) owns the CEN, its transit router and VPC1; account B (2222) owns
// VPC2, granted to the CEN. Failing cases mutate one field of it.
import { Spec } from "./policyArgs";

export const T = {
    provider: "pulumi:providers:alicloud",
    vpc: "alicloud:vpc/network:Network",
    vswitch: "alicloud:vpc/switch:Switch",
    cen: "alicloud:cen/instance:Instance",
    tr: "alicloud:cen/transitRouter:TransitRouter",
    grant: "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment",
    attachment: "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
};

function vpc(name: string, provider: string, cidr: string, vswitches: [string, string][]): Spec[] {
    return [
        {
            type: T.vpc,
            name,
            provider,
            props: { id: `${name}-id`, cidrBlock: cidr, routeTableId: `${name}-rt` },
        },
        ...vswitches.map(([cidrBlock, zoneId], i): Spec => ({
            type: T.vswitch,
            name: `${name}-vsw${i}`,
            provider,
            props: { id: `${name}-vsw${i}-id`, vpcId: `${name}-id`, cidrBlock, zoneId },
            deps: { vpcId: [name] },
        })),
    ];
}

function attachment(
    name: string,
    vpcName: string,
    extra: Record<string, unknown> = {},
    dependsOn: string[] = [],
): Spec {
    return {
        type: T.attachment,
        name,
        provider: "a",
        props: {
            id: `cen-id:${name}`,
            cenId: "cen-id",
            transitRouterId: "tr-id",
            vpcId: `${vpcName}-id`,
            transitRouterAttachmentId: `${name}-tr-attach`,
            zoneMappings: [
                { zoneId: "ap-southeast-1a", vswitchId: `${vpcName}-vsw0-id` },
                { zoneId: "ap-southeast-1b", vswitchId: `${vpcName}-vsw1-id` },
            ],
            ...extra,
        },
        deps: {
            cenId: ["cen"],
            transitRouterId: ["tr"],
            vpcId: [vpcName],
            zoneMappings: [`${vpcName}-vsw0`, `${vpcName}-vsw1`],
        },
        dependsOn,
    };
}

export function baselineStack(): Spec[] {
    return [
        { type: T.provider, name: "a", props: { region: "ap-southeast-1", accountId: "1111" } },
        {
            type: T.provider,
            name: "b",
            props: {
                region: "ap-southeast-1",
                assumeRole: JSON.stringify({ roleArn: "acs:ram::2222:role/net" }),
            },
        },
        { type: T.cen, name: "cen", provider: "a", props: { id: "cen-id" } },
        {
            type: T.tr,
            name: "tr",
            provider: "a",
            props: { id: "cen-id:tr-id", cenId: "cen-id", transitRouterId: "tr-id" },
            deps: { cenId: ["cen"] },
        },
        ...vpc("vpc1", "a", "10.0.0.0/16", [
            ["10.0.0.0/24", "ap-southeast-1a"],
            ["10.0.1.0/24", "ap-southeast-1b"],
        ]),
        ...vpc("vpc2", "b", "192.168.0.0/16", [
            ["192.168.0.0/24", "ap-southeast-1a"],
            ["192.168.1.0/24", "ap-southeast-1b"],
        ]),
        {
            type: T.grant,
            name: "grant2",
            provider: "b",
            props: {
                id: "VPC:vpc2-id:1111:cen-id",
                instanceId: "vpc2-id",
                instanceType: "VPC",
                cenId: "cen-id",
                cenOwnerId: "1111",
                orderType: "PayByCenOwner",
            },
            deps: { instanceId: ["vpc2"], cenId: ["cen"] },
        },
        attachment("att1", "vpc1"),
        attachment("att2", "vpc2", { vpcOwnerId: "2222" }, ["grant2"]),
    ];
}

/** The baseline with one resource's props (or provider) changed. */
export function mutate(
    specs: Spec[],
    name: string,
    change: Partial<Spec> & { props?: Record<string, unknown> },
): Spec[] {
    return specs.map((s) =>
        s.name === name ? { ...s, ...change, props: { ...s.props, ...(change.props ?? {}) } } : s,
    );
}

/** The baseline with every known value of the given props replaced by the unknown marker (preview). */
export function unknownProps(specs: Spec[], name: string, props: string[], unknown: string): Spec[] {
    return mutate(specs, name, { props: Object.fromEntries(props.map((p) => [p, unknown])) });
}
