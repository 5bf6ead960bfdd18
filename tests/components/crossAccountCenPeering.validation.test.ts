// Bad input: one failing case per rule, each mutating one field of a
// compliant baseline. The error names the argument and value and says how to
// fix it, and nothing is created. Values known only later (Outputs) fail with
// the same messages once they resolve.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import {
    CrossAccountCenPeering,
    CrossAccountCenPeeringArgs,
    IsolatedSpokesWithSharedHub,
} from "alicloud-multi-account-network";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { shortened } from "../../sdk/src/core/errors";
import { accountProviders, vpcArgs } from "../harness/cenFixtures";
import { MODES } from "../harness/graphAssertions";

type Providers = Record<string, alicloud.Provider>;

function baseline(p: Providers): CrossAccountCenPeeringArgs {
    return {
        cenProvider: p.a,
        vpcs: [vpcArgs("one", p.a, "10.0.0.0/16"), vpcArgs("two", p.b, "172.16.0.0/16")],
    };
}

/** Runs the component with the baseline changed by `mutate`. */
function runWith(
    mutate: (args: CrossAccountCenPeeringArgs, p: Providers) => CrossAccountCenPeeringArgs,
): Promise<Graph> {
    return runProgram(() => {
        const p = accountProviders("a", "b");
        new CrossAccountCenPeering("peering", mutate(baseline(p), p));
    });
}

function withVpc(
    args: CrossAccountCenPeeringArgs,
    index: number,
    change: object,
): CrossAccountCenPeeringArgs {
    return { ...args, vpcs: args.vpcs.map((v, i) => (i === index ? { ...v, ...change } : v)) };
}

/** Asserts the run failed with exactly these problems and created no cloud resource. */
function assertRejected(graph: Graph, problems: string[]) {
    assert.equal(graph.errors.length, 1, `expected one error, got ${JSON.stringify(graph.errors)}`);
    const listed = graph.errors[0]
        .split("\n")
        .slice(1)
        .map((l) => l.replace(/^ {2}- /, ""));
    assert.equal(graph.errors[0].split("\n")[0], "peering: invalid arguments:");
    assert.deepEqual(listed, problems);
    const created = graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
    assert.deepEqual(
        created.map((r) => r.name),
        [],
        "nothing may be created when the arguments are invalid",
    );
}

describe("CrossAccountCenPeering: validation", () => {
    it("accepts the baseline", async () => {
        const graph = await runWith((a) => a);
        assert.deepEqual(graph.errors, []);
    });

    it("fails when a VPC's vSwitches cover fewer than two zones", async () => {
        const graph = await runWith((a) =>
            withVpc(a, 1, {
                zoneMappings: [
                    { zoneId: "ap-southeast-1a", vswitchId: "vsw-1" },
                    { zoneId: "ap-southeast-1a", vswitchId: "vsw-2" },
                ],
            }),
        );
        assertRejected(graph, [
            "vpcs[1] 'two': zoneMappings cover 1 zone (ap-southeast-1a); a transit router attachment needs vSwitches in at least 2 zones: add a vSwitch in another zone of the region to zoneMappings.",
        ]);
    });

    it("fails when a CIDR has host bits set, and names the network address", async () => {
        const graph = await runWith((a) => withVpc(a, 0, { cidrBlocks: ["10.0.0.1/16"] }));
        assertRejected(graph, [
            "vpcs[0] 'one': cidrBlocks[0] \"10.0.0.1/16\" has host bits set; the network address of this block is 10.0.0.0/16.",
        ]);
    });

    it("fails when a CIDR is not a CIDR", async () => {
        const graph = await runWith((a) => withVpc(a, 0, { cidrBlocks: ["10.0.0.0"] }));
        assertRejected(graph, [
            "vpcs[0] 'one': cidrBlocks[0] \"10.0.0.0\" is not in CIDR notation (address/prefix, e.g. 10.0.0.0/16).",
        ]);
    });

    it("fails when a prefix is out of range", async () => {
        const graph = await runWith((a) => withVpc(a, 0, { cidrBlocks: ["10.0.0.0/33"] }));
        assertRejected(graph, [
            "vpcs[0] 'one': cidrBlocks[0] \"10.0.0.0/33\" is not a valid IPv4 CIDR block (A Prefix value cannot be less than 0 or greater than 32).",
        ]);
    });

    it("fails when two VPCs' blocks overlap, naming both VPCs and blocks", async () => {
        const graph = await runWith((a) => withVpc(a, 1, { cidrBlocks: ["10.0.128.0/17"] }));
        assertRejected(graph, [
            "vpcs[1] 'two': cidrBlocks[0] 10.0.128.0/17 overlaps vpcs[0] 'one': cidrBlocks[0] 10.0.0.0/16; VPCs connected through a transit router need non-overlapping CIDR blocks: give one of them a block that does not overlap.",
        ]);
    });

    it("fails when the component's name cannot name resources in Alibaba Cloud, or makes a name too long", async () => {
        const named = (name: string, vpcName = "two") =>
            runProgram(() => {
                const p = accountProviders("a", "b");
                new CrossAccountCenPeering(name, withVpc(baseline(p), 1, { name: vpcName }));
            });
        const nameRule =
            "cannot name resources in Alibaba Cloud, where it names the CEN instance, the transit router and (with each VPC's name) the attachments: use 2 to 128 letters, digits, '_' and '-', starting with a letter.";
        for (const bad of ["1peering", "a::b", "x", "core.net", "p".repeat(129)]) {
            const graph = await named(bad);
            assert.deepEqual(graph.errors, [
                `${shortened(bad)}: invalid arguments:\n  - name ${bad.length > 80 ? `"${bad.slice(0, 40)}..." (${bad.length} characters)` : JSON.stringify(bad)} ${nameRule}`,
            ]);
            assert.deepEqual(
                graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")),
                [],
            );
        }
        const long = await named("p".repeat(100), "v".repeat(40));
        assert.deepEqual(long.errors, [
            `${"p".repeat(40)}... (100 characters): invalid arguments:\n  - name "${"p".repeat(40)}..." (100 characters) and vpcs[1].name make the resource name "${"p".repeat(40)}..." of 141 characters; Alibaba Cloud takes at most 128: shorten either.`,
        ]);
        const dotted = await named("peering", "vpc.two");
        assert.match(
            dotted.errors[0],
            /vpcs\[1\]\.name "vpc\.two" is not a valid name: use letters, digits, '_' or '-'/,
        );
    });

    it("fails on ids and list entries that are present but empty, naming each, and creates nothing", async () => {
        const graph = await runWith((a) => ({
            ...withVpc(a, 1, {
                vpcId: "",
                cidrBlocks: ["10.1.0.0/16", null],
                routeTableIds: [""],
                zoneMappings: [
                    { zoneId: "ap-southeast-1a", vswitchId: "vsw-1" },
                    { zoneId: "", vswitchId: "vsw-2" },
                    { zoneId: "ap-southeast-1c" },
                    null,
                ],
            } as never),
            cenId: "",
            transitRouterId: "",
            transitRouterRouteTableId: null as never,
        }));
        assertRejected(graph, [
            `cenId "" is empty; pass the id of an existing CEN instance (cen-...), or leave cenId out.`,
            `transitRouterId "" is empty; pass the id of an existing transit router (tr-...), or leave transitRouterId out.`,
            `transitRouterRouteTableId null is empty; pass the id of a route table of the transit router (vtb-...), or leave transitRouterRouteTableId out.`,
            `vpcs[1] 'two': vpcId "" is empty; pass the VPC's id.`,
            `vpcs[1] 'two': cidrBlocks[1] is null; give a CIDR block, or remove the entry.`,
            `vpcs[1] 'two': routeTableIds[0] is ""; give a route table id (vtb-...), or remove the entry.`,
            `vpcs[1] 'two': zoneMappings[1].zoneId is ""; give its zone id.`,
            `vpcs[1] 'two': zoneMappings[2].vswitchId is missing; give its vSwitch's id.`,
            `vpcs[1] 'two': zoneMappings[3] is null; give { zoneId, vswitchId }, or remove the entry.`,
        ]);
    });

    it("fails on values of the wrong kind from JavaScript callers, and on an Output where a plain value decides", async () => {
        const graph = await runWith((a) => ({
            ...a,
            ipv6: "false" as never,
            vpcRoutes: pulumi.output("rfc1918") as never,
        }));
        assertRejected(graph, [
            "vpcRoutes is an Output or a Promise; it decides which resources the component creates, so it must be a plain value when the program runs: pass the value itself.",
            'ipv6 "false" must be true or false (a boolean).',
        ]);
        const listed = await runWith((a) => ({ ...a, vpcs: [a.vpcs[0], [a.vpcs[1]] as never] }));
        assertRejected(listed, [
            "vpcs[1] is a list; pass one VPC's { name, provider, vpcId, cidrBlocks, zoneMappings }.",
        ]);
    });

    it("lists the first 50 problems and counts the rest, so 500 VPCs with one block make a readable error", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            new CrossAccountCenPeering("peering", {
                cenProvider: p.a,
                vpcs: Array.from({ length: 500 }, (_, i) =>
                    vpcArgs(`vpc${i}`, i % 2 ? p.b : p.a, "10.0.0.0/16"),
                ),
            });
        });
        assert.equal(graph.errors.length, 1);
        const lines = graph.errors[0].split("\n");
        assert.equal(lines.length, 52);
        assert.match(
            lines[1],
            /^ {2}- vpcs\[\d+\] 'vpc\d+': cidrBlocks\[0\] 10\.0\.0\.0\/16 overlaps vpcs\[\d+\]/,
        );
        // 500 identical blocks: every pair overlaps.
        assert.equal(
            lines[51],
            `  ... and ${(500 * 499) / 2 - 50} more problem(s) of the same kinds; fix these first and run again.`,
        );
        assert.deepEqual(
            graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")),
            [],
        );
    });

    it("fails when a secondary block overlaps another VPC's", async () => {
        const graph = await runWith((a) => withVpc(a, 1, { cidrBlocks: ["172.16.0.0/16", "10.0.0.0/8"] }));
        assertRejected(graph, [
            "vpcs[0] 'one': cidrBlocks[0] 10.0.0.0/16 overlaps vpcs[1] 'two': cidrBlocks[1] 10.0.0.0/8; VPCs connected through a transit router need non-overlapping CIDR blocks: give one of them a block that does not overlap.",
        ]);
    });

    it("fails when an IPv4 block is given as IPv6", async () => {
        const graph = await runWith((a) => withVpc(a, 0, { ipv6CidrBlocks: ["192.168.0.0/16"] }));
        assertRejected(graph, [
            "vpcs[0] 'one': ipv6CidrBlocks[0] \"192.168.0.0/16\" is an IPv4 block; move it to cidrBlocks.",
        ]);
    });

    it("fails when two VPCs share a name", async () => {
        const graph = await runWith((a) => withVpc(a, 1, { name: "one" }));
        assertRejected(graph, [
            "vpcs[1].name 'one' is already used by vpcs[0]: VPC names key the child resources and must be unique; rename one of them.",
        ]);
    });

    it("fails when a VPC name cannot be part of a resource name", async () => {
        const graph = await runWith((a) => withVpc(a, 1, { name: "two::x" }));
        assertRejected(graph, [
            `vpcs[1].name "two::x" is not a valid name: use letters, digits, '_' or '-', starting with a letter or digit (it becomes part of child resource names).`,
        ]);
    });

    it("fails when the payer is not a payer", async () => {
        const graph = await runWith((a) => withVpc(a, 1, { payer: "vpc-owner" }));
        assertRejected(graph, [
            `vpcs[1] 'two': payer "vpc-owner" is not a payer; use one of "cen-owner", "resource-owner".`,
        ]);
    });

    it("fails when the route mode is unknown", async () => {
        const graph = await runWith((a) => ({ ...a, vpcRoutes: "all" as never }));
        assertRejected(graph, [
            `vpcRoutes "all" is neither a route mode nor a list of CIDR blocks; use one of "rfc1918", "peer-cidrs", "none", or summary blocks such as ["10.0.0.0/8"].`,
        ]);
    });

    it("fails when a VPC block lies in a range Alibaba Cloud reserves, or has a mask a VPC cannot have", async () => {
        const reason = (range: string, use: string) =>
            `lies in ${range} (${use}), which a VPC cannot use; choose a block in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.`;
        const graph = await runWith((a) =>
            withVpc(a, 1, {
                cidrBlocks: [
                    "100.64.0.0/16",
                    "224.0.0.0/8",
                    "127.0.0.0/16",
                    "169.254.0.0/16",
                    "10.8.0.0/29",
                    "10.0.0.0/7",
                    "100.64.0.0/10",
                ],
            }),
        );
        const block = (i: number, cidr: string) => `vpcs[1] 'two': cidrBlocks[${i}] "${cidr}"`;
        // Each reserved block gets its own fix, not the route summaries' "set vpcRoutes to peer-cidrs".
        assertRejected(graph, [
            `${block(0, "100.64.0.0/16")} ${reason("100.64.0.0/10", "shared address space, used by Alibaba Cloud's own services")}`,
            `${block(1, "224.0.0.0/8")} ${reason("224.0.0.0/4", "multicast")}`,
            `${block(2, "127.0.0.0/16")} ${reason("127.0.0.0/8", "loopback")}`,
            `${block(3, "169.254.0.0/16")} ${reason("169.254.0.0/16", "link-local")}`,
            `${block(4, "10.8.0.0/29")} has a /29 mask; a VPC's IPv4 block takes a mask from /8 to /28.`,
            `${block(5, "10.0.0.0/7")} has a /7 mask; a VPC's IPv4 block takes a mask from /8 to /28.`,
            `${block(6, "100.64.0.0/10")} ${reason("100.64.0.0/10", "shared address space, used by Alibaba Cloud's own services")}`,
        ]);
    });

    it("fails with the same message when an Output block resolves into a reserved range", async () => {
        const graph = await runWith((a) => withVpc(a, 1, { cidrBlocks: [pulumi.output("169.254.0.0/16")] }));
        assertRejected(graph, [
            `vpcs[1] 'two': cidrBlocks[0] "169.254.0.0/16" lies in 169.254.0.0/16 (link-local), which a VPC cannot use; choose a block in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.`,
        ]);
    });

    it("fails when a VPC lies outside the private summaries every VPC routes by default", async () => {
        const graph = await runWith((a) => withVpc(a, 1, { cidrBlocks: ["11.0.0.0/16"] }));
        assertRejected(graph, [
            `vpcs[1] 'two': cidrBlocks[0] 11.0.0.0/16 is outside vpcRoutes "rfc1918" (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16), so the other VPCs would have no route to it; add a block that covers it, or set vpcRoutes to "peer-cidrs".`,
        ]);
    });

    it("fails when an empty list of summaries is given as route destinations", async () => {
        const graph = await runWith((a) => ({ ...a, vpcRoutes: [] }));
        assertRejected(graph, [
            `vpcRoutes is an empty list; give the summary blocks to route, or use "none" to add no routes.`,
        ]);
    });

    it("fails when routes are wanted but a VPC has no route table", async () => {
        const graph = await runWith((a) => withVpc(a, 0, { routeTableIds: [] }));
        assertRejected(graph, [
            `vpcs[0] 'one': routeTableIds is empty, so no route to the transit router can be added; pass the VPC's route table ids (e.g. [vpc.routeTableId]) or set vpcRoutes to "none".`,
        ]);
    });

    it("fails when a transit router id is given without its CEN", async () => {
        const graph = await runWith((a) => ({ ...a, transitRouterId: "tr-existing" }));
        assertRejected(graph, [
            "transitRouterId is given without cenId; pass the id of the CEN instance the transit router belongs to.",
        ]);
    });

    it("fails when a VPC has no provider", async () => {
        const graph = await runWith((a) => withVpc(a, 1, { provider: undefined }));
        assertRejected(graph, [
            "vpcs[1] 'two': provider is missing or not an alicloud.Provider; pass the provider of the account that owns the VPC.",
        ]);
    });

    it("fails when the CEN provider is missing", async () => {
        const graph = await runWith((a) => ({ ...a, cenProvider: undefined as never }));
        assertRejected(graph, [
            "cenProvider is missing or not an alicloud.Provider; pass the provider of the account that owns the CEN instance.",
        ]);
    });

    it("fails when no VPC is given", async () => {
        const graph = await runWith((a) => ({ ...a, vpcs: [] }));
        assertRejected(graph, ["vpcs is empty; give at least one VPC to attach."]);
    });

    it("fails when IPv6 is asked for but no VPC has an IPv6 block", async () => {
        const graph = await runWith((a) => ({ ...a, ipv6: true }));
        assertRejected(graph, [
            "ipv6 is true but no VPC has ipv6CidrBlocks; add the VPCs' IPv6 blocks or leave ipv6 off.",
        ]);
    });

    it("fails when a VPC on the CEN owner's provider claims another account", async () => {
        const graph = await runWith((a, p) => ({
            ...withVpc(a, 1, { provider: p.a, accountId: "2222" }),
            cenAccountId: "1111",
        }));
        assertRejected(graph, [
            "vpcs[1] 'two': accountId 2222 differs from cenAccountId 1111, but the VPC uses the CEN owner's provider. Pass the VPC owner's provider, whose credentials can grant the VPC to the CEN, or correct accountId.",
        ]);
    });

    it("blames a wrong cenAccountId on cenAccountId, not on the VPC that shares its provider", async () => {
        const graph = await runProgram(
            () => {
                const p = accountProviders("a", "b");
                new CrossAccountCenPeering("peering", { ...baseline(p), cenAccountId: "9999999999999999" });
            },
            { accounts: { a: "1111111111111111", b: "2222222222222222" } },
        );
        assertRejected(graph, [
            "cenAccountId 9999999999999999 is not the account of cenProvider, which resolves to 1111111111111111 (vpcs[0] 'one' uses that provider); correct cenAccountId, or leave it out to have it looked up.",
        ]);
    });

    it("lists every problem at once", async () => {
        const graph = await runWith((a) =>
            withVpc(withVpc(a, 0, { payer: "nobody" }), 1, { cidrBlocks: ["10.0.0.0/16"] }),
        );
        assertRejected(graph, [
            `vpcs[0] 'one': payer "nobody" is not a payer; use one of "cen-owner", "resource-owner".`,
            "vpcs[1] 'two': cidrBlocks[0] 10.0.0.0/16 overlaps vpcs[0] 'one': cidrBlocks[0] 10.0.0.0/16; VPCs connected through a transit router need non-overlapping CIDR blocks: give one of them a block that does not overlap.",
        ]);
    });

    describe("values known only later", () => {
        it("fails with the same message when an Output CIDR resolves to an overlap", async () => {
            const graph = await runWith((a) =>
                withVpc(a, 1, { cidrBlocks: [pulumi.output("10.0.128.0/17")] }),
            );
            assertRejected(graph, [
                "vpcs[1] 'two': cidrBlocks[0] 10.0.128.0/17 overlaps vpcs[0] 'one': cidrBlocks[0] 10.0.0.0/16; VPCs connected through a transit router need non-overlapping CIDR blocks: give one of them a block that does not overlap.",
            ]);
        });

        it("fails with the same message when an Output CIDR resolves outside the route summaries", async () => {
            const graph = await runWith((a) => withVpc(a, 1, { cidrBlocks: [pulumi.output("11.0.0.0/16")] }));
            assertRejected(graph, [
                `vpcs[1] 'two': cidrBlocks[0] 11.0.0.0/16 is outside vpcRoutes "rfc1918" (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16), so the other VPCs would have no route to it; add a block that covers it, or set vpcRoutes to "peer-cidrs".`,
            ]);
        });

        it("fails with the same message when Output zone ids resolve to one zone", async () => {
            const zone = pulumi.output("ap-southeast-1a");
            const graph = await runWith((a) =>
                withVpc(a, 0, {
                    zoneMappings: [
                        { zoneId: zone, vswitchId: "vsw-1" },
                        { zoneId: zone, vswitchId: "vsw-2" },
                    ],
                }),
            );
            assertRejected(graph, [
                "vpcs[0] 'one': zoneMappings cover 1 zone (ap-southeast-1a); a transit router attachment needs vSwitches in at least 2 zones: add a vSwitch in another zone of the region to zoneMappings.",
            ]);
        });

        it("fails when two provider objects turn out to be the same account", async () => {
            const graph = await runProgram(
                () => {
                    const p = accountProviders("a", "a-again");
                    new CrossAccountCenPeering("peering", {
                        ...baseline(p),
                        vpcs: [
                            vpcArgs("one", p.a, "10.0.0.0/16"),
                            vpcArgs("two", p["a-again"], "172.16.0.0/16"),
                        ],
                    });
                },
                { accounts: { a: "1111111111111111", "a-again": "1111111111111111" } },
            );
            assertRejected(graph, [
                "vpcs[1] 'two': its provider resolves to account 1111111111111111, which also owns the CEN instance, but a different provider object was passed, so a cross-account grant was planned and the API would refuse it. Pass the CEN owner's provider for this VPC, or set accountId on the VPC and cenAccountId to the same id.",
            ]);
        });

        it("does not block a preview in which the values are still unknown", async () => {
            const graph = await runProgram(
                () => {
                    const p = accountProviders("a", "b");
                    const vpc = new alicloud.vpc.Network(
                        "two",
                        { cidrBlock: "172.16.0.0/16" },
                        { provider: p.b },
                    );
                    const computed = vpc.id.apply(() => "172.16.0.0/16");
                    new CrossAccountCenPeering("peering", {
                        ...baseline(p),
                        vpcs: [vpcArgs("one", p.a, "10.0.0.0/16"), vpcArgs("two", p.b, computed)],
                    });
                },
                { preview: true },
            );
            assert.deepEqual(graph.errors, []);
            const attachment = graph.resources.find((r) => r.name === "peering-attachment-two")!;
            assert.ok(
                attachment.dependencies.some((u) => u.endsWith("::peering-grant-two")),
                "the unknown gate hides no explicit dependency",
            );
        });
    });

    for (const mode of MODES) {
        it(`fails when a VPC's provider is in another region than the transit router, and creates nothing (${mode.name})`, async () => {
            const graph = await runProgram(
                () => {
                    const p = accountProviders("a", "b");
                    const jakarta = new alicloud.Provider("b-jakarta", { region: "ap-southeast-5" });
                    new CrossAccountCenPeering("peering", withVpc(baseline(p), 1, { provider: jakarta }));
                },
                { preview: mode.preview },
            );
            assertRejected(graph, [
                "vpcs[1] 'two': provider is in region ap-southeast-5, but the transit router is in ap-southeast-1 (cenProvider's region); a transit router attaches VPCs of its own region only. If the VPC is in ap-southeast-1, pass its account's provider for ap-southeast-1; a VPC in ap-southeast-5 needs a transit router in ap-southeast-5 joined to this one by an inter-region connection (give the component regions).",
            ]);
        });
    }

    it("asks a provider configured without a region for its region, through that provider", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            const unset = new alicloud.Provider("b-env", {});
            new CrossAccountCenPeering("peering", withVpc(baseline(p), 1, { provider: unset }));
        });
        assert.deepEqual(graph.errors, []);
        const asked = graph.invokes.filter((i) => i.token === "alicloud:index/getRegions:getRegions");
        assert.deepEqual(
            asked.map((i) => [i.provider?.name, i.args.current]),
            [["b-env", true]],
            "only the provider without a configured region is asked",
        );
    });

    describe("declared blocks against the VPC they name", () => {
        /** The baseline with VPC 'two' created in the program with `actual` blocks, declared as `declared`. */
        const withNetwork = (
            declared: string[],
            network: alicloud.vpc.NetworkArgs,
            secondary: string[] = [],
            preview = false,
        ) =>
            runProgram(
                () => {
                    const p = accountProviders("a", "b");
                    const two = new alicloud.vpc.Network("two", network, { provider: p.b });
                    secondary.forEach(
                        (block, i) =>
                            new alicloud.vpc.Ipv4CidrBlock(
                                `two-extra${i}`,
                                { vpcId: two.id, secondaryCidrBlock: block },
                                { provider: p.b },
                            ),
                    );
                    new CrossAccountCenPeering(
                        "peering",
                        withVpc(baseline(p), 1, { vpcId: two.id, cidrBlocks: declared }),
                    );
                },
                { preview },
            );
        const children = (graph: Graph) =>
            graph.resources.filter((r) => r.name.startsWith("peering-")).map((r) => r.name);

        it("fails when cidrBlocks are not the blocks of the VPC the program created, and creates nothing of the component", async () => {
            const graph = await withNetwork(["172.16.0.0/16"], { cidrBlock: "172.20.0.0/16" });
            assert.deepEqual(graph.errors, [
                "peering: invalid arguments:\n  - vpcs[1] 'two': cidrBlocks [172.16.0.0/16] are not the blocks of VPC vpc-two (172.20.0.0/16 primary): it declares 172.16.0.0/16, which the VPC does not have and omits 172.20.0.0/16, which it has. Routes and overlap checks follow the declared blocks, so they would be wrong: give the VPC's blocks, primary first (e.g. [vpc.cidrBlock, ...its secondary blocks]).",
            ]);
            assert.deepEqual(children(graph), []);
        });

        it("fails when a secondary block the VPC has is left out", async () => {
            const graph = await withNetwork(["172.16.0.0/16"], {
                cidrBlock: "172.16.0.0/16",
                secondaryCidrBlocks: ["172.17.0.0/16"],
            });
            assert.match(graph.errors[0] ?? "", /it omits 172\.17\.0\.0\/16, which it has\./);
            assert.deepEqual(children(graph), []);
        });

        it("accepts the VPC's blocks, secondary blocks added by the program included", async () => {
            // The lookup may run before the program adds the secondary block: a
            // declared secondary block the VPC does not have yet passes here.
            const graph = await withNetwork(
                ["172.16.0.0/16", "172.17.0.0/16"],
                { cidrBlock: "172.16.0.0/16" },
                ["172.17.0.0/16"],
            );
            assert.deepEqual(graph.errors, []);
            assert.ok(children(graph).includes("peering-attachment-two"));
        });

        it("leaves the check to the policy pack while a preview does not know the VPC's id yet", async () => {
            const graph = await withNetwork(["172.16.0.0/16"], { cidrBlock: "172.20.0.0/16" }, [], true);
            assert.deepEqual(graph.errors, []);
            assert.ok(children(graph).includes("peering-attachment-two"));
        });
    });

    it("fails when the CEN it is given already has a transit router in the region and none is passed, for both CEN components", async () => {
        for (const component of ["CrossAccountCenPeering", "IsolatedSpokesWithSharedHub"] as const) {
            const graph = await runProgram(() => {
                const p = accountProviders("a", "b");
                const cen = new alicloud.cen.Instance("cen", {}, { provider: p.a });
                // Created by hand earlier: the component's lookup sees it once the id resolves.
                const tr = new alicloud.cen.TransitRouter("tr", { cenId: cen.id }, { provider: p.a });
                const [one, two] = baseline(p).vpcs;
                const args = { cenProvider: p.a, cenId: tr.cenId };
                if (component === "CrossAccountCenPeering") {
                    new CrossAccountCenPeering("peering", { ...args, vpcs: [one, two] });
                } else {
                    new IsolatedSpokesWithSharedHub("peering", { ...args, hub: one, spokes: [two] });
                }
            });
            assert.deepEqual(
                graph.errors,
                [
                    'peering: invalid arguments:\n  - cenId cen-cen already has transit router tr-tr in ap-southeast-1 (cenProvider\'s region), and a CEN has one transit router per region, so the API would refuse another: pass transitRouterId: "tr-tr" to attach to it.',
                ],
                component,
            );
            assert.deepEqual(
                graph.resources.filter((r) => r.name.startsWith("peering-")).map((r) => r.name),
                [],
                component,
            );
        }
    });
});
