// Networks built once from TypeScript and once from "another language": each
// scenario writes a component's arguments against handles, which are real
// resources and providers in the TypeScript program (fixtures/program.ts)
// and wire-format values (resource references, output values with their
// dependencies) when the test sends them to the plugin as a Python, Go or
// .NET program's SDK does. The same accounts, VPCs and vSwitches exist in both.

/** The accounts: one explicit provider each. */
export const ACCOUNTS = [
    { name: "hub", region: "ap-southeast-1" },
    { name: "app", region: "ap-southeast-1" },
    { name: "data", region: "ap-southeast-1" },
    { name: "hub-tokyo", region: "ap-northeast-1" },
    { name: "app-tokyo", region: "ap-northeast-1" },
] as const;

export type AccountName = (typeof ACCOUNTS)[number]["name"];

/** The VPCs the program creates, two vSwitches each, in its account's region. */
export const VPCS = [
    { name: "shared", account: "hub", cidr: "10.0.0.0/16" },
    { name: "orders", account: "app", cidr: "10.1.0.0/16" },
    { name: "billing", account: "data", cidr: "10.2.0.0/16" },
    { name: "tokyo", account: "app-tokyo", cidr: "10.3.0.0/16" },
] as const;

export type VpcName = (typeof VPCS)[number]["name"];

/** What a scenario's arguments are written against. */
export interface Handles {
    provider(account: AccountName): unknown;
    vpcId(vpc: VpcName): unknown;
    vswitchId(vpc: VpcName, zone: 0 | 1): unknown;
    /** An eventual value with no resource behind it (`pulumi.output(x)`; an output value without dependencies). */
    eventual(value: unknown): unknown;
    /**
     * A value TypeScript passes as it is, which another language's program
     * holds as an output (of a stack reference, say) and sends as one.
     */
    byValue(value: unknown): unknown;
}

export const zonesOf = (region: string): [string, string] => [`${region}a`, `${region}b`];

/** The block of vSwitch `zone` of a /16 VPC: its first two /24s. */
export function vswitchCidr(vpcCidr: string, zone: number): string {
    return vpcCidr.replace(/\.0\.0\/16$/, `.${zone}.0/24`);
}
const vpcOf = (name: VpcName) => VPCS.find((v) => v.name === name)!;
const regionOf = (name: VpcName) => ACCOUNTS.find((a) => a.name === vpcOf(name).account)!.region;

/** A VPC as the CEN components take it. */
function cenVpc(h: Handles, name: VpcName, extra: Record<string, unknown> = {}) {
    const vpc = vpcOf(name);
    const zones = zonesOf(regionOf(name));
    return {
        name,
        provider: h.provider(vpc.account),
        vpcId: h.vpcId(name),
        cidrBlocks: [vpc.cidr],
        zoneMappings: [0, 1].map((z) => ({ zoneId: zones[z], vswitchId: h.vswitchId(name, z as 0 | 1) })),
        routeTableIds: [`vtb-${name}`],
        ...extra,
    };
}

export interface Scenario {
    /** The component's class name, exported by the package. */
    readonly component: string;
    /** The component's name in the program. */
    readonly name: string;
    readonly args: (h: Handles) => Record<string, unknown>;
}

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
    peering: {
        component: "CrossAccountCenPeering",
        name: "peering",
        args: (h) => ({
            cenProvider: h.provider("hub"),
            vpcs: [cenVpc(h, "shared"), cenVpc(h, "orders", { payer: "resource-owner" })],
            tags: { team: h.eventual("network") },
        }),
    },
    "peering with routing policies": {
        component: "CrossAccountCenPeering",
        name: "policies",
        args: (h) => ({
            cenProvider: h.provider("hub"),
            vpcs: [cenVpc(h, "shared"), cenVpc(h, "orders"), cenVpc(h, "billing")],
            deny: [["orders", "billing"]],
        }),
    },
    "basic edition with a CCN": {
        component: "CrossAccountCenBasicEdition",
        name: "basic",
        args: (h) => ({
            cenProvider: h.provider("hub"),
            region: "ap-southeast-1",
            vpcs: [
                { name: "shared", provider: h.provider("hub"), vpcId: h.vpcId("shared") },
                { name: "orders", provider: h.provider("app"), vpcId: h.vpcId("orders") },
            ],
            ccns: [
                {
                    name: "shops",
                    provider: h.provider("data"),
                    ccnId: "ccn-shops",
                    onPremisesCidrBlocks: ["192.168.0.0/16"],
                },
            ],
            vpcFirewall: { vpcs: ["orders"] },
        }),
    },
    "peering across regions": {
        component: "CrossAccountCenPeering",
        name: "regions",
        args: (h) => ({
            cenProvider: h.provider("hub"),
            regions: [
                { region: "ap-southeast-1", provider: h.provider("hub") },
                { region: "ap-northeast-1", provider: h.provider("hub-tokyo") },
            ],
            interRegion: { bandwidth: 10 },
            vpcs: [
                cenVpc(h, "shared", { region: "ap-southeast-1" }),
                cenVpc(h, "tokyo", { region: "ap-northeast-1" }),
            ],
        }),
    },
    "isolated spokes": {
        component: "IsolatedSpokesWithSharedHub",
        name: "spokes",
        args: (h) => ({
            cenProvider: h.provider("hub"),
            hub: cenVpc(h, "shared"),
            spokes: [cenVpc(h, "orders"), cenVpc(h, "billing")],
            hubRouteDestinations: ["10.0.0.0/8"],
        }),
    },
    "security domains": {
        component: "CenSecurityDomains",
        name: "domains",
        args: (h) => ({
            cenProvider: h.provider("hub"),
            domains: [
                { name: "shared", vpcs: [cenVpc(h, "shared")] },
                { name: "apps", vpcs: [cenVpc(h, "orders"), cenVpc(h, "billing")], isolateMembers: true },
            ],
            allow: [["shared", "apps"]],
        }),
    },
    "express connect router": {
        component: "CrossAccountExpressConnectRouter",
        name: "router",
        args: (h) => ({
            ecrProvider: h.provider("hub"),
            vpcs: [
                {
                    name: "orders",
                    provider: h.provider("app"),
                    vpcId: h.vpcId("orders"),
                    cidrBlocks: ["10.1.0.0/16"],
                    allowedPrefixes: ["10.1.0.0/16"],
                },
            ],
            vbrs: [{ name: "dc", provider: h.provider("data"), vbrId: "vbr-dc" }],
        }),
    },
    privatelink: {
        component: "CrossAccountPrivateLink",
        name: "orders-api",
        args: (h) => ({
            serviceProvider: h.provider("app"),
            service: {
                resourceType: "nlb",
                backends: [{ id: h.eventual("nlb-orders"), zoneIds: zonesOf("ap-southeast-1") }],
                ports: [443],
            },
            consumers: [
                {
                    name: "data",
                    provider: h.provider("data"),
                    vpcs: [
                        {
                            name: "billing",
                            vpcId: h.vpcId("billing"),
                            vswitches: [0, 1].map((z) => ({
                                zoneId: zonesOf("ap-southeast-1")[z],
                                vswitchId: h.vswitchId("billing", z as 0 | 1),
                            })),
                            clientCidrBlocks: ["10.2.0.0/16"],
                        },
                    ],
                },
            ],
        }),
    },
    "shared vswitch": {
        component: "SharedVSwitchShare",
        name: "share",
        args: (h) => ({
            ownerProvider: h.provider("hub"),
            region: "ap-southeast-1",
            vpcId: h.vpcId("shared"),
            vswitches: [{ name: "apps", vswitchId: h.vswitchId("shared", 0) }],
            tenants: [{ name: "app", provider: h.provider("app") }],
        }),
    },
    "shared vswitch with any account": {
        component: "SharedVSwitchShare",
        name: "open-share",
        args: (h) => ({
            ownerProvider: h.provider("hub"),
            region: "ap-southeast-1",
            vpcId: h.vpcId("shared"),
            mode: "any-account",
            vswitches: [{ name: "apps", vswitchId: h.vswitchId("shared", 1) }],
            tenants: [{ name: "data", provider: h.provider("data") }],
        }),
    },
    "tenant of a share managed elsewhere": {
        component: "SharedVSwitchTenant",
        name: "tenant",
        args: (h) => ({
            // The share's information by value, as another stack's output gives it.
            share: h.byValue({
                resourceShareId: "rs-elsewhere",
                region: "ap-southeast-1",
                vpcId: "vpc-elsewhere",
                vswitchIds: { apps: "vsw-elsewhere" },
                mode: "resource-directory",
                ownerAccountId: "1999999999999999",
            }),
            provider: h.provider("data"),
        }),
    },
};
