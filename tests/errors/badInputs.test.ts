// Every kind of bad input, through every component that takes it, in update
// and in preview: one clear error on the component that names the argument
// and the value, and not one child of the component registered. Each case
// changes one thing of a valid program, as a user's mistake does.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import {
    CrossAccountCenPeering,
    IsolatedSpokesWithSharedHub,
    SharedVSwitchShare,
    SharedVSwitchTenant,
} from "alicloud-multi-account-network";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { shortened } from "../../sdk/src/core/errors";
import { MODES } from "../harness/graphAssertions";
import { accountProviders, REGION, vpcArgs } from "../harness/cenFixtures";

type Providers = Record<string, alicloud.Provider>;
type Args = Record<string, unknown>;

/** The four components, each with valid arguments a case changes. */
const COMPONENTS = {
    CrossAccountCenPeering: {
        valid: (p: Providers): Args => ({
            cenProvider: p.a,
            vpcs: [vpcArgs("one", p.a, "10.0.0.0/16"), vpcArgs("two", p.b, "172.16.0.0/16")],
        }),
        create: (name: string, args: Args) => new CrossAccountCenPeering(name, args as never),
    },
    IsolatedSpokesWithSharedHub: {
        valid: (p: Providers): Args => ({
            cenProvider: p.a,
            hub: vpcArgs("hub", p.a, "10.0.0.0/16"),
            spokes: [vpcArgs("s1", p.b, "10.1.0.0/16")],
        }),
        create: (name: string, args: Args) => new IsolatedSpokesWithSharedHub(name, args as never),
    },
    SharedVSwitchShare: {
        valid: (p: Providers): Args => ({
            ownerProvider: p.a,
            region: REGION,
            vpcId: "vpc-custom",
            vswitches: [{ name: "v1", vswitchId: "vsw-1" }],
            tenants: [{ name: "b", provider: p.b }],
        }),
        create: (name: string, args: Args) => new SharedVSwitchShare(name, args as never),
    },
    SharedVSwitchTenant: {
        valid: (p: Providers): Args => ({
            share: {
                resourceShareId: "rs-1",
                region: REGION,
                vpcId: "vpc-custom",
                vswitchIds: { v1: "vsw-1" },
                mode: "any-account",
                ownerProvider: p.a,
            },
            provider: p.b,
        }),
        create: (name: string, args: Args) => new SharedVSwitchTenant(name, args as never),
    },
} as const;

type ComponentName = keyof typeof COMPONENTS;

interface BadInput {
    readonly kind: string;
    readonly component: ComponentName;
    /** What the user got wrong. */
    readonly change: (args: Args, p: Providers) => Args;
    /** The problem line, whole. */
    readonly problem: string | RegExp;
    /** The component's name, when the case is about the name. */
    readonly name?: string;
    /** Account ids of the providers, when the case is about accounts. */
    readonly accounts?: Record<string, string>;
}

const vpcAt = (args: Args, list: string, i: number, change: object): Args => ({
    ...args,
    [list]: (args[list] as object[]).map((v, j) => (j === i ? { ...v, ...change } : v)),
});
const hubWith = (args: Args, change: object): Args => ({
    ...args,
    hub: { ...(args.hub as object), ...change },
});
const shareWith = (args: Args, change: object): Args => ({
    ...args,
    share: { ...(args.share as object), ...change },
});

/** A provider of account b in Jakarta, while everything else is in Singapore. */
const jakarta = () => new alicloud.Provider("b-jakarta", { region: "ap-southeast-5" });

const EMPTY_VPC_ID = `"" is empty; pass the VPC's id.`;

const CASES: readonly BadInput[] = [
    // Present but empty.
    {
        kind: "present but empty",
        component: "CrossAccountCenPeering",
        change: (a) => vpcAt(a, "vpcs", 1, { vpcId: "" }),
        problem: `vpcs[1] 'two': vpcId ${EMPTY_VPC_ID}`,
    },
    {
        kind: "present but empty",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => hubWith(a, { vpcId: "" }),
        problem: `hub 'hub': vpcId ${EMPTY_VPC_ID}`,
    },
    {
        kind: "present but empty",
        component: "CrossAccountCenPeering",
        change: (a) => ({ ...a, cenId: "" }),
        problem: `cenId "" is empty; pass the id of an existing CEN instance (cen-...), or leave cenId out.`,
    },
    {
        kind: "present but empty",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => ({ ...a, cenId: "cen-1", transitRouterId: "" }),
        problem: `transitRouterId "" is empty; pass the id of an existing transit router (tr-...), or leave transitRouterId out.`,
    },
    {
        kind: "present but empty",
        component: "CrossAccountCenPeering",
        change: (a) => ({ ...a, transitRouterRouteTableId: "" }),
        problem: `transitRouterRouteTableId "" is empty; pass the id of a route table of the transit router (vtb-...), or leave transitRouterRouteTableId out.`,
    },
    {
        kind: "present but empty",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => vpcAt(a, "spokes", 0, { routeTableIds: [""] }),
        problem: `spokes[0] 's1': routeTableIds[0] is ""; give a route table id (vtb-...), or remove the entry.`,
    },
    {
        kind: "present but empty",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) =>
            vpcAt(a, "spokes", 0, {
                zoneMappings: [
                    { zoneId: `${REGION}a`, vswitchId: "vsw-a" },
                    { zoneId: "", vswitchId: "vsw-b" },
                ],
            }),
        problem: `spokes[0] 's1': zoneMappings[1].zoneId is ""; give its zone id.`,
    },
    {
        kind: "present but empty",
        component: "CrossAccountCenPeering",
        change: (a) => ({ ...a, vpcs: [...(a.vpcs as object[]), null] }),
        problem: "vpcs[2] is missing; pass one VPC's { name, provider, vpcId, cidrBlocks, zoneMappings }.",
    },
    {
        kind: "present but empty",
        component: "SharedVSwitchShare",
        change: (a) => ({ ...a, vswitches: [{ name: "v1", vswitchId: "" }] }),
        problem: `vswitches[0].vswitchId "" is empty; pass the vSwitch's id.`,
    },
    {
        kind: "present but empty",
        component: "SharedVSwitchShare",
        change: (a) => ({ ...a, vpcId: undefined }),
        problem: "vpcId is missing; pass the id of the VPC whose vSwitches are shared.",
    },
    {
        kind: "present but empty",
        component: "SharedVSwitchTenant",
        change: (a) => shareWith(a, { vpcId: "" }),
        problem: `share.vpcId "" is empty; pass the shared VPC's id.`,
    },
    // Outputs where a plain value is needed.
    {
        kind: "an Output where a plain value decides",
        component: "CrossAccountCenPeering",
        change: (a) => ({ ...a, vpcRoutes: pulumi.output("peer-cidrs") }),
        problem:
            "vpcRoutes is an Output or a Promise; it decides which resources the component creates, so it must be a plain value when the program runs: pass the value itself.",
    },
    {
        kind: "an Output where a plain value decides",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => ({ ...a, hubRouteDestinations: pulumi.output("rfc1918") }),
        problem:
            "hubRouteDestinations is an Output or a Promise; it decides which resources the component creates, so it must be a plain value when the program runs: pass the value itself.",
    },
    {
        kind: "an Output where a plain value decides",
        component: "SharedVSwitchShare",
        change: (a) => ({ ...a, mode: pulumi.output("any-account") }),
        problem:
            "mode is an Output or a Promise; it decides which resources the component creates, so it must be a plain value when the program runs: pass the value itself.",
    },
    {
        kind: "an Output where a plain value decides",
        component: "SharedVSwitchTenant",
        change: (a) => shareWith(a, { region: pulumi.output(REGION) }),
        problem:
            "share.region is an Output or a Promise; it decides which resources the component creates, so it must be a plain value when the program runs: pass the value itself.",
    },
    // Wrong types from JavaScript callers.
    {
        kind: "a wrong type from JavaScript",
        component: "CrossAccountCenPeering",
        change: (a) => vpcAt(a, "vpcs", 1, { provider: "account-b" }),
        problem:
            "vpcs[1] 'two': provider is missing or not an alicloud.Provider; pass the provider of the account that owns the VPC.",
    },
    {
        kind: "a wrong type from JavaScript",
        component: "SharedVSwitchTenant",
        change: (a) => ({ ...a, provider: "account-b" }),
        problem: "args: provider is missing or not an alicloud.Provider; pass the tenant account's provider.",
    },
    {
        kind: "a wrong type from JavaScript",
        component: "CrossAccountCenPeering",
        change: (a) => ({ ...a, ipv6: "false" }),
        problem: 'ipv6 "false" must be true or false (a boolean).',
    },
    {
        kind: "a wrong type from JavaScript",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => ({ ...a, blackHoleSpokeCidrs: "no" }),
        problem: 'blackHoleSpokeCidrs "no" must be true or false (a boolean).',
    },
    {
        kind: "a wrong type from JavaScript",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => ({ ...a, hub: [a.hub] }),
        problem: "hub is a list; pass one VPC's { name, provider, vpcId, cidrBlocks, zoneMappings }.",
    },
    {
        kind: "a wrong type from JavaScript",
        component: "SharedVSwitchShare",
        change: (a) => ({ ...a, quotas: { tenantsPerVpc: -5 } }),
        problem: "quotas.tenantsPerVpc -5 must be a whole number of at least 1.",
    },
    {
        kind: "a wrong type from JavaScript",
        component: "SharedVSwitchTenant",
        change: (a) => ({ ...a, vswitchesAcceptedElsewhere: "two" }),
        problem: 'args: vswitchesAcceptedElsewhere "two" must be a whole number of at least 0.',
    },
    {
        kind: "a wrong type from JavaScript",
        component: "SharedVSwitchShare",
        change: (a) => ({ ...a, vswitches: "vsw-1" }),
        problem: `vswitches "vsw-1" must be a list of { name, vswitchId }.`,
    },
    {
        kind: "a wrong type from JavaScript",
        component: "SharedVSwitchShare",
        change: (a, p) => ({ ...a, tenants: { name: "b", provider: p.b } }),
        problem: "tenants must be a list of { name, provider }.",
    },
    {
        kind: "a wrong type from JavaScript",
        component: "CrossAccountCenPeering",
        change: (a) => ({ ...a, vpcs: "vpc-1" }),
        problem: `vpcs "vpc-1" must be a list of VPCs: { name, provider, vpcId, cidrBlocks, zoneMappings }.`,
    },
    {
        kind: "a wrong type from JavaScript",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => ({ ...a, spokes: (a.spokes as object[])[0] }),
        problem: `spokes must be a list of VPCs: { name, provider, vpcId, cidrBlocks, zoneMappings }.`,
    },
    // Regions that disagree (checked once the providers' regions are read).
    {
        kind: "regions that disagree",
        component: "CrossAccountCenPeering",
        change: (a) => vpcAt(a, "vpcs", 1, { provider: jakarta() }),
        problem:
            /^vpcs\[1\] 'two': provider is in region ap-southeast-5, but the transit router is in ap-southeast-1/,
    },
    {
        kind: "regions that disagree",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => vpcAt(a, "spokes", 0, { provider: jakarta() }),
        problem:
            /^spokes\[0\] 's1': provider is in region ap-southeast-5, but the transit router is in ap-southeast-1/,
    },
    {
        kind: "regions that disagree",
        component: "SharedVSwitchShare",
        change: (a) => ({ ...a, region: "cn-hangzhou" }),
        problem: /^region "cn-hangzhou" is not the region of ownerProvider \(ap-southeast-1\)/,
    },
    {
        kind: "regions that disagree",
        component: "SharedVSwitchTenant",
        change: (a) => ({ ...a, provider: jakarta() }),
        problem: /^args: provider is in region ap-southeast-5, but the shared VPC is in ap-southeast-1/,
    },
    // Names Alibaba Cloud refuses.
    {
        kind: "a name the provider refuses",
        component: "CrossAccountCenPeering",
        name: "net::prod",
        change: (a) => a,
        problem: /^name "net::prod" cannot name resources in Alibaba Cloud/,
    },
    {
        kind: "a name the provider refuses",
        component: "IsolatedSpokesWithSharedHub",
        name: "1hub",
        change: (a) => a,
        problem: /^name "1hub" cannot name resources in Alibaba Cloud/,
    },
    {
        kind: "a name the provider refuses",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => vpcAt(a, "spokes", 0, { name: "s1.prod" }),
        problem: /^spokes\[0\]\.name "s1\.prod" is not a valid name: use letters, digits, '_' or '-'/,
    },
    {
        kind: "a name the provider refuses",
        component: "CrossAccountCenPeering",
        name: "n".repeat(300),
        change: (a) => a,
        problem: new RegExp(
            `^name "${"n".repeat(40)}\\.\\.\\." \\(300 characters\\) cannot name resources in Alibaba Cloud`,
        ),
    },
    {
        kind: "a name the provider refuses",
        component: "IsolatedSpokesWithSharedHub",
        name: "h".repeat(10000),
        change: (a) => a,
        problem: new RegExp(
            `^name "${"h".repeat(40)}\\.\\.\\." \\(10000 characters\\) cannot name resources in Alibaba Cloud`,
        ),
    },
    {
        kind: "a name the provider refuses",
        component: "CrossAccountCenPeering",
        change: (a) => vpcAt(a, "vpcs", 0, { name: `v.${"v".repeat(10000)}` }),
        problem: new RegExp(
            `^vpcs\\[0\\]\\.name "v\\.${"v".repeat(38)}\\.\\.\\." \\(10002 characters\\) is not a valid name`,
        ),
    },
    // Providers that are not providers.
    {
        kind: "a wrong type from JavaScript",
        component: "SharedVSwitchShare",
        change: (a) => ({ ...a, resourceDirectoryProvider: "rd" }),
        problem: `resourceDirectoryProvider "rd" is not an alicloud.Provider; pass the resource directory management account's provider, or leave resourceDirectoryProvider out.`,
    },
    {
        kind: "a wrong type from JavaScript",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => ({
            ...a,
            firewall: {
                network: {
                    vpcCidr: "10.99.0.0/16",
                    subnetCidr: "10.99.0.0/24",
                    attachmentCidrs: ["10.99.1.0/24", "10.99.2.0/24"],
                },
                memberAccounts: [{ name: "b", provider: "b" }],
            },
        }),
        problem: `firewall.memberAccounts[0].provider "b" is not an alicloud.Provider; pass the member account's provider, or leave provider out.`,
    },
    // CIDR spellings.
    {
        kind: "a CIDR misspelt",
        component: "CrossAccountCenPeering",
        change: (a) => vpcAt(a, "vpcs", 0, { cidrBlocks: [" 10.0.0.0/16"] }),
        problem: `vpcs[0] 'one': cidrBlocks[0] " 10.0.0.0/16" contains spaces; write it without them: "10.0.0.0/16".`,
    },
    {
        kind: "a CIDR misspelt",
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => hubWith(a, { cidrBlocks: ["010.0.0.0/16"] }),
        problem: `hub 'hub': cidrBlocks[0] "010.0.0.0/16" has numbers with leading zeros, which the API refuses; write it without them: "10.0.0.0/16".`,
    },
    // Blame on the argument given.
    {
        kind: "blame on the argument given",
        component: "CrossAccountCenPeering",
        accounts: { a: "1111", b: "2222" },
        change: (a) => vpcAt(a, "vpcs", 1, { accountId: "1111" }),
        problem:
            "vpcs[1] 'two': accountId 1111, which also owns the CEN instance, but a different provider object was passed, so a cross-account grant was planned and the API would refuse it. Correct accountId, or pass the CEN owner's provider for this VPC.",
    },
    {
        kind: "blame on the argument given",
        component: "SharedVSwitchTenant",
        accounts: { a: "1111", b: "2222" },
        change: (a) => ({ ...a, accountId: "1111" }),
        problem: "args: accountId 1111 is the owner's account; a tenant must be another account.",
    },
];

function program(c: BadInput, name: string): () => void {
    return () => {
        const p = accountProviders("a", "b");
        const component = COMPONENTS[c.component];
        component.create(name, c.change(component.valid(p), p));
    };
}

describe("bad inputs: one clear error, nothing of the component created", () => {
    for (const [component, { valid, create }] of Object.entries(COMPONENTS)) {
        it(`the valid ${component} the cases start from is accepted`, async () => {
            const graph = await runProgram(() => create("net", valid(accountProviders("a", "b"))));
            assert.deepEqual(graph.errors, []);
        });
    }
    for (const mode of MODES) {
        describe(mode.name, () => {
            for (const c of CASES) {
                it(`${c.kind}, ${c.component}: ${String(c.problem).slice(0, 90)}`, async () => {
                    const name = c.name ?? "net";
                    const graph = await runProgram(program(c, name), {
                        preview: mode.preview,
                        accounts: c.accounts,
                    });
                    assert.equal(graph.errors.length, 1, JSON.stringify(graph.errors));
                    // Long values are shown by their start and length, never whole.
                    assert.ok(graph.errors[0].length < 3000, `${graph.errors[0].length} characters`);
                    const [head, ...lines] = graph.errors[0].split("\n");
                    assert.equal(head, `${shortened(name)}: invalid arguments:`);
                    const problems = lines.map((l) => l.replace(/^ {2}- /, ""));
                    assert.ok(
                        problems.some((l) =>
                            typeof c.problem === "string" ? l === c.problem : c.problem.test(l),
                        ),
                        `expected ${String(c.problem)} among:\n${problems.join("\n")}`,
                    );
                    assert.deepEqual(
                        graph.resources
                            .filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"))
                            .map((r) => r.name),
                        [],
                        "nothing of the component is created",
                    );
                });
            }
        });
    }
});

/** A wrong type and a wrong value in one call: both listed in the one error. */
const TOGETHER: readonly { component: ComponentName; change: BadInput["change"]; problems: string[] }[] = [
    {
        component: "IsolatedSpokesWithSharedHub",
        change: (a) => vpcAt({ ...a, blackHoleSpokeCidrs: "yes" }, "spokes", 0, { payer: "owner" }),
        problems: [
            'blackHoleSpokeCidrs "yes" must be true or false (a boolean).',
            `spokes[0] 's1': payer "owner" is not a payer; use one of "cen-owner", "resource-owner".`,
        ],
    },
    {
        component: "CrossAccountCenPeering",
        change: (a) => vpcAt({ ...a, ipv6: "false" }, "vpcs", 0, { cidrBlocks: [" 10.0.0.0/16"] }),
        problems: [
            'ipv6 "false" must be true or false (a boolean).',
            `vpcs[0] 'one': cidrBlocks[0] " 10.0.0.0/16" contains spaces; write it without them: "10.0.0.0/16".`,
        ],
    },
    {
        component: "SharedVSwitchShare",
        change: (a) => ({ ...a, quotas: { tenantsPerVpc: -5 }, vswitches: [{ name: "v1", vswitchId: "" }] }),
        problems: [
            "quotas.tenantsPerVpc -5 must be a whole number of at least 1.",
            `vswitches[0].vswitchId "" is empty; pass the vSwitch's id.`,
        ],
    },
    {
        component: "SharedVSwitchTenant",
        change: (a) => shareWith({ ...a, vswitchesAcceptedElsewhere: "two" }, { vpcId: "" }),
        problems: [
            'args: vswitchesAcceptedElsewhere "two" must be a whole number of at least 0.',
            `share.vpcId "" is empty; pass the shared VPC's id.`,
        ],
    },
];

describe("bad inputs: every problem at once, type errors included", () => {
    for (const mode of MODES) {
        for (const t of TOGETHER) {
            it(`${t.component} lists a wrong type and a wrong value together (${mode.name})`, async () => {
                const graph = await runProgram(
                    () => {
                        const p = accountProviders("a", "b");
                        const component = COMPONENTS[t.component];
                        component.create("net", t.change(component.valid(p), p));
                    },
                    { preview: mode.preview },
                );
                assert.equal(graph.errors.length, 1, JSON.stringify(graph.errors));
                const problems = graph.errors[0]
                    .split("\n")
                    .slice(1)
                    .map((l) => l.replace(/^ {2}- /, ""));
                for (const problem of t.problems)
                    assert.ok(problems.includes(problem), `${problem}\namong\n${problems.join("\n")}`);
            });
        }
    }
});
