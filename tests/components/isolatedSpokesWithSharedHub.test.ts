// IsolatedSpokesWithSharedHub: the whole graph of the FAQ example, isolation
// proven with the network model for 2, 3 and 10 spokes, lifecycle, options
// and validation.
import { strict as assert } from "assert";
import { Graph } from "../../sdk/src/plan/graph";
import { GraphView } from "../harness/graphView";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { pingMatrix } from "../../sdk/src/model/reachability";
import { childLines, MODES } from "../harness/graphAssertions";
import { hubAndSpokes } from "../harness/spokeNetworks";
import { accountProviders, vpcArgs } from "../harness/cenFixtures";
import { IsolatedSpokesWithSharedHub } from "alicloud-multi-account-network";

const EXAMPLE = "examples/isolated-spokes/index.ts";

/** Per direction between VPCs, whether every endpoint pair pings: `a->b yes` / `a->b no`. */
function vpcReachability(graph: Graph): string[] {
    const stack = stackGraphOf(graph);
    const results = pingMatrix(buildNetworkModel(stack), endpointsOf(stack));
    const pairs = new Map<string, boolean>();
    for (const r of results) {
        const key = `${r.from.vpc.name}->${r.to.vpc.name}`;
        pairs.set(key, (pairs.get(key) ?? true) && r.outcome.kind === "delivered");
    }
    return [...pairs].map(([k, ok]) => `${k} ${ok ? "yes" : "no"}`).sort();
}

const spokeLines = (vpc: string, account: string, grant: boolean) => [
    ...(grant ? [`TransitRouterGrantAttachment shared-grant-${vpc} @${account} <- shared-cen, ${vpc}`] : []),
    `TransitRouterVpcAttachment shared-attachment-${vpc} @account-a <- ${grant ? `shared-cen, shared-grant-${vpc}` : "shared-cen"}, shared-tr, ${vpc}, ${vpc}-vsw1, ${vpc}-vsw2`,
    `TransitRouterRouteTableAssociation shared-association-${vpc} @account-a <- shared-attachment-${vpc}, shared-spoke-table`,
    `TransitRouterRouteTablePropagation shared-propagation-${vpc} @account-a <- shared-attachment-${vpc}, shared-hub-table`,
    `RouteEntry shared-route-${vpc}-rt0-192-168-0-0-16 @${account} <- shared-attachment-${vpc}, ${vpc}`,
];

/** The example's graph: hub VPC3 in account B, spokes VPC1 and VPC2 in A, VPC4 in C. */
const EXAMPLE_CHILDREN = [
    "Instance shared-cen @account-a <- ",
    "TransitRouter shared-tr @account-a <- shared-cen",
    "TransitRouterRouteTable shared-spoke-table @account-a <- shared-tr",
    "TransitRouterRouteTable shared-hub-table @account-a <- shared-tr",
    "TransitRouterGrantAttachment shared-grant-vpc3 @account-b <- shared-cen, vpc3",
    "TransitRouterVpcAttachment shared-attachment-vpc3 @account-a <- shared-cen, shared-grant-vpc3, shared-tr, vpc3, vpc3-vsw1, vpc3-vsw2",
    "TransitRouterRouteTableAssociation shared-association-vpc3 @account-a <- shared-attachment-vpc3, shared-hub-table",
    "TransitRouterRouteTablePropagation shared-propagation-vpc3 @account-a <- shared-attachment-vpc3, shared-spoke-table",
    "RouteEntry shared-route-vpc3-rt0-10-0-0-0-8 @account-b <- shared-attachment-vpc3, vpc3",
    "RouteEntry shared-route-vpc3-rt0-172-16-0-0-12 @account-b <- shared-attachment-vpc3, shared-route-vpc3-rt0-10-0-0-0-8, vpc3",
    "RouteEntry shared-route-vpc3-rt0-192-168-0-0-16 @account-b <- shared-attachment-vpc3, shared-route-vpc3-rt0-172-16-0-0-12, vpc3",
    ...spokeLines("vpc1", "account-a", false),
    ...spokeLines("vpc2", "account-a", false),
    ...spokeLines("vpc4", "account-c", true),
].sort();

for (const mode of MODES) {
    describe(`IsolatedSpokesWithSharedHub: the FAQ example (${mode.name})`, () => {
        let graph: Graph;
        let view: GraphView;
        before(async () => {
            graph = await runModule(EXAMPLE, { preview: mode.preview });
            view = new GraphView(graph);
        });

        it("registers exactly the example's children, each in the right account and order", () => {
            assert.deepEqual(graph.errors, []);
            assert.deepEqual(childLines(view, view.named("shared")), EXAMPLE_CHILDREN);
        });

        it("associates spokes with the spoke table and the hub with the hub table; each propagates into the other", () => {
            const table = (name: string, prop: "association" | "propagation") =>
                view.propertyDependencyNames(
                    view.named(`shared-${prop}-${name}`),
                    "transitRouterRouteTableId",
                );
            for (const spoke of ["vpc1", "vpc2", "vpc4"]) {
                assert.deepEqual(table(spoke, "association"), ["shared-spoke-table"]);
                assert.deepEqual(table(spoke, "propagation"), ["shared-hub-table"]);
            }
            assert.deepEqual(table("vpc3", "association"), ["shared-hub-table"]);
            assert.deepEqual(table("vpc3", "propagation"), ["shared-spoke-table"]);
        });

        it("routes only the hub's block from each spoke, and the console's private summaries from the hub", () => {
            const destinations = (vpc: string) =>
                view
                    .ofType("alicloud:vpc/routeEntry:RouteEntry")
                    .filter((r) => r.name.startsWith(`shared-route-${vpc}-`))
                    .map((r) => r.inputs.destinationCidrblock);
            assert.deepEqual(destinations("vpc1"), ["192.168.0.0/16"]);
            assert.deepEqual(destinations("vpc4"), ["192.168.0.0/16"]);
            assert.deepEqual(destinations("vpc3"), ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]);
        });

        it("grants foreign VPCs with their payer, and gives every resource an explicit provider", () => {
            assert.equal(view.named("shared-grant-vpc3").inputs.orderType, "PayByCenOwner");
            assert.equal(view.named("shared-grant-vpc4").inputs.orderType, "PayByResourceOwner");
            assert.equal(view.named("shared-attachment-vpc4").inputs.orderType, "PayByResourceOwner");
            assert.deepEqual(
                graph.resources
                    .filter((r) => r.type.startsWith("alicloud:") && !r.provider)
                    .map((r) => r.name),
                [],
            );
            assert.deepEqual(
                graph.invokes.filter((i) => !i.provider),
                [],
            );
        });

        it("every spoke pings the hub and back; no spoke reaches another", () => {
            assert.deepEqual(vpcReachability(graph), [
                "vpc1->vpc2 no",
                "vpc1->vpc3 yes",
                "vpc1->vpc4 no",
                "vpc2->vpc1 no",
                "vpc2->vpc3 yes",
                "vpc2->vpc4 no",
                "vpc3->vpc1 yes",
                "vpc3->vpc2 yes",
                "vpc3->vpc4 yes",
                "vpc4->vpc1 no",
                "vpc4->vpc2 no",
                "vpc4->vpc3 yes",
            ]);
        });
    });
}

describe("IsolatedSpokesWithSharedHub: isolation at scale", () => {
    for (const spokes of [2, 3, 10]) {
        it(`${spokes} spokes over three accounts: each reaches the hub both ways, none reaches another`, async () => {
            const graph = await runProgram(hubAndSpokes(spokes));
            assert.deepEqual(graph.errors, []);
            const names = Array.from({ length: spokes }, (_, i) => `spoke${i + 1}`);
            const expected = names
                .flatMap((s) => [
                    `hub->${s} yes`,
                    `${s}->hub yes`,
                    ...names.filter((o) => o !== s).map((o) => `${s}->${o} no`),
                ])
                .sort();
            assert.deepEqual(vpcReachability(graph), expected);
        });
    }
});

describe("IsolatedSpokesWithSharedHub: lifecycle and options", () => {
    const byName = (g: Graph) => new Map(g.resources.filter((r) => r.custom).map((r) => [r.name, r]));

    it("adding (or removing) a spoke adds (or deletes) only its own resources; nothing else changes", async () => {
        const before = byName(await runProgram(hubAndSpokes(2)));
        const after = byName(await runProgram(hubAndSpokes(3)));
        for (const [name, r] of before) {
            assert.deepEqual(after.get(name)?.inputs, r.inputs, `${name} would change`);
        }
        const added = [...after.keys()].filter((n) => !before.has(n)).sort();
        assert.deepEqual(added, [
            "iso-association-spoke3",
            "iso-attachment-spoke3",
            "iso-propagation-spoke3",
            "iso-route-spoke3-rt0-10-0-0-0-16",
            "spoke3",
            "spoke3-vsw0",
            "spoke3-vsw1",
        ]);
    });

    it("moving an attachment to another table replaces its association delete-before-create", async () => {
        const graph = await runProgram(hubAndSpokes(2));
        const associations = graph.resources.filter((r) =>
            r.type.endsWith("TransitRouterRouteTableAssociation"),
        );
        assert.equal(associations.length, 3);
        assert.ok(associations.every((a) => a.deleteBeforeReplace));
    });

    it("adds BlackHole routes for every spoke block to the spoke table on request", async () => {
        const view = new GraphView(await runProgram(hubAndSpokes(2, { blackHoleSpokeCidrs: true })));
        const entries = view.ofType("alicloud:cen/transitRouterRouteEntry:TransitRouterRouteEntry");
        assert.deepEqual(
            entries.map((e) => [
                e.name,
                e.inputs.transitRouterRouteEntryDestinationCidrBlock,
                e.inputs.transitRouterRouteEntryNextHopType,
                view.propertyDependencyNames(e, "transitRouterRouteTableId"),
            ]),
            [
                ["iso-blackhole-spoke1-10-1-0-0-16", "10.1.0.0/16", "BlackHole", ["iso-spoke-table"]],
                ["iso-blackhole-spoke2-10-2-0-0-16", "10.2.0.0/16", "BlackHole", ["iso-spoke-table"]],
            ],
        );
    });

    it("routes a configured summary from the spokes instead of the hub's blocks", async () => {
        const view = new GraphView(
            await runProgram(hubAndSpokes(2, { spokeRouteDestinations: ["10.0.0.0/8"] })),
        );
        const spokeRoutes = view
            .ofType("alicloud:vpc/routeEntry:RouteEntry")
            .filter((r) => r.name.startsWith("iso-route-spoke"));
        assert.deepEqual(
            spokeRoutes.map((r) => [r.name, r.inputs.destinationCidrblock]),
            [
                ["iso-route-spoke1-rt0-10-0-0-0-8", "10.0.0.0/8"],
                ["iso-route-spoke2-rt0-10-0-0-0-8", "10.0.0.0/8"],
            ],
        );
    });

    it('routes every spoke block from the hub with "peer-cidrs", one entry after another in its route table', async () => {
        const graph = await runProgram(hubAndSpokes(3, { hubRouteDestinations: "peer-cidrs" }));
        const view = new GraphView(graph);
        const hubRoutes = view
            .ofType("alicloud:vpc/routeEntry:RouteEntry")
            .filter((r) => r.name.startsWith("iso-route-hub-"));
        assert.deepEqual(
            hubRoutes.map((r) => [r.name, r.inputs.destinationCidrblock, r.dependencies.length]),
            [
                ["iso-route-hub-rt0-10-1-0-0-16", "10.1.0.0/16", 2],
                ["iso-route-hub-rt0-10-2-0-0-16", "10.2.0.0/16", 3],
                ["iso-route-hub-rt0-10-3-0-0-16", "10.3.0.0/16", 3],
            ],
        );
        assert.ok(hubRoutes[2].dependencies.includes(hubRoutes[1].urn), "written after the previous entry");
        assert.deepEqual(
            vpcReachability(graph).filter((p) => p.startsWith("hub->")),
            ["hub->spoke1 yes", "hub->spoke2 yes", "hub->spoke3 yes"],
        );
    });

    it("routes a configured summary from the hub, so its route table takes one write", async () => {
        const view = new GraphView(
            await runProgram(hubAndSpokes(3, { hubRouteDestinations: ["10.0.0.0/8"] })),
        );
        const hubRoutes = view
            .ofType("alicloud:vpc/routeEntry:RouteEntry")
            .filter((r) => r.name.startsWith("iso-route-hub-"));
        assert.deepEqual(
            hubRoutes.map((r) => [r.name, r.inputs.destinationCidrblock]),
            [["iso-route-hub-rt0-10-0-0-0-8", "10.0.0.0/8"]],
        );
    });

    it("exports the route tables, and attachment and grant ids per VPC", async () => {
        const graph = await runProgram(hubAndSpokes(2));
        const component = graph.resources.find((r) => r.name === "iso")!;
        assert.equal(component.outputs.spokeRouteTableId, "vtb-iso-spoke-table");
        assert.equal(component.outputs.hubRouteTableId, "vtb-iso-hub-table");
        assert.deepEqual(Object.keys(component.outputs.attachmentIds as object), ["hub", "spoke1", "spoke2"]);
        assert.deepEqual(Object.keys(component.outputs.grantIds as object), ["spoke1", "spoke2"]);
        assert.deepEqual(component.outputs.isolation, {
            hub: "hub",
            spokes: ["spoke1", "spoke2"],
            inspected: false,
        });
    });
});

describe("IsolatedSpokesWithSharedHub: validation, with CrossAccountCenPeering's messages", () => {
    const rejected = async (extra: Parameters<typeof hubAndSpokes>[1]) => {
        const graph = await runProgram(hubAndSpokes(2, extra));
        assert.equal(
            graph.resources.filter((r) => r.custom && r.type.startsWith("alicloud:cen")).length,
            0,
            "nothing created",
        );
        return graph.errors;
    };

    it("fails when a summary leaves out a spoke or the hub, naming the block and both ways out", async () => {
        assert.deepEqual(await rejected({ hubRouteDestinations: ["10.1.0.0/16"] }), [
            "iso: invalid arguments:\n" +
                "  - spokes[1] 'spoke2': cidrBlocks[0] 10.2.0.0/16 is outside hubRouteDestinations (10.1.0.0/16), so the hub would have no route to it; add a block that covers it, or set hubRouteDestinations to \"peer-cidrs\".",
        ]);
    });

    it('needs no route tables from the hub when its routes are "none", but still from every spoke', async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            new IsolatedSpokesWithSharedHub("iso", {
                cenProvider: p.a,
                hub: vpcArgs("hub", p.a, "10.0.0.0/16", { routeTableIds: [] }),
                spokes: [vpcArgs("s1", p.b, "10.1.0.0/16", { routeTableIds: [] })],
                hubRouteDestinations: "none",
            });
        });
        assert.deepEqual(graph.errors, [
            "iso: invalid arguments:\n" +
                "  - spokes[0] 's1': routeTableIds is empty, so no route to the transit router can be added; pass the VPC's route table ids (e.g. [vpc.routeTableId]) or set spokeRouteDestinations to \"none\".",
        ]);
    });

    it("fails when a spoke lies outside the private summaries the hub routes by default", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            new IsolatedSpokesWithSharedHub("iso", {
                cenProvider: p.a,
                hub: vpcArgs("hub", p.a, "10.0.0.0/16"),
                spokes: [vpcArgs("public", p.b, "11.0.0.0/16")],
            });
        });
        assert.deepEqual(graph.errors, [
            "iso: invalid arguments:\n" +
                '  - spokes[0] \'public\': cidrBlocks[0] 11.0.0.0/16 is outside hubRouteDestinations "rfc1918" (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16), so the hub would have no route to it; add a block that covers it, or set hubRouteDestinations to "peer-cidrs".',
        ]);
    });

    it("refuses a hub given as a list, flags that are not booleans, and an Output route mode, all at once", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            new IsolatedSpokesWithSharedHub("iso", {
                cenProvider: p.a,
                hub: [vpcArgs("hub", p.a, "10.0.0.0/16")] as never,
                spokes: [vpcArgs("one", p.b, "10.1.0.0/16")],
                blackHoleSpokeCidrs: "no" as never,
                spokeRouteDestinations: Promise.resolve("peer-cidrs") as never,
            });
        });
        assert.deepEqual(graph.errors, [
            "iso: invalid arguments:\n" +
                "  - spokeRouteDestinations is an Output or a Promise; it decides which resources the component creates, so it must be a plain value when the program runs: pass the value itself.\n" +
                '  - blackHoleSpokeCidrs "no" must be true or false (a boolean).\n' +
                "  - hub is a list; pass one VPC's { name, provider, vpcId, cidrBlocks, zoneMappings }.",
        ]);
        assert.deepEqual(
            graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")),
            [],
        );
    });

    it("refuses ids and list entries that are present but empty in the hub and the spokes, all at once", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            new IsolatedSpokesWithSharedHub("iso", {
                cenProvider: p.a,
                cenId: "",
                hub: { ...vpcArgs("hub", p.a, "10.0.0.0/16"), vpcId: null as never },
                spokes: [{ ...vpcArgs("one", p.b, "10.1.0.0/16"), routeTableIds: [null as never] }],
            });
        });
        assert.deepEqual(graph.errors, [
            "iso: invalid arguments:\n" +
                '  - cenId "" is empty; pass the id of an existing CEN instance (cen-...), or leave cenId out.\n' +
                "  - hub 'hub': vpcId null is empty; pass the VPC's id.\n" +
                "  - spokes[0] 'one': routeTableIds[0] is null; give a route table id (vtb-...), or remove the entry.",
        ]);
        assert.deepEqual(
            graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")),
            [],
        );
    });

    it("refuses a spoke in a reserved range with that range's fix, not the route summaries' one", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            new IsolatedSpokesWithSharedHub("iso", {
                cenProvider: p.a,
                hub: vpcArgs("hub", p.a, "10.0.0.0/16"),
                spokes: [vpcArgs("cgnat", p.b, "100.64.0.0/16")],
            });
        });
        assert.deepEqual(graph.errors, [
            "iso: invalid arguments:\n" +
                "  - spokes[0] 'cgnat': cidrBlocks[0] \"100.64.0.0/16\" lies in 100.64.0.0/10 (shared address space, used by Alibaba Cloud's own services), which a VPC cannot use; choose a block in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.",
        ]);
        assert.deepEqual(
            graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")),
            [],
        );
    });

    it("fails when a summary destination is not a network block, is repeated, or the mode is unknown", async () => {
        assert.deepEqual(await rejected({ hubRouteDestinations: ["10.0.0.0/8", "10.0.0.0/8"] }), [
            'iso: invalid arguments:\n  - hubRouteDestinations[1] "10.0.0.0/8" is listed twice; remove the repeat.',
        ]);
        assert.deepEqual(await rejected({ hubRouteDestinations: "all" as "none" }), [
            'iso: invalid arguments:\n  - hubRouteDestinations "all" is neither a route mode nor a list of CIDR blocks; use one of "rfc1918", "peer-cidrs", "none", or summary blocks such as ["10.0.0.0/8"].',
        ]);

        const errors = await rejected({ spokeRouteDestinations: ["10.0.0.1/8"] });
        assert.deepEqual(errors, [
            'iso: invalid arguments:\n  - spokeRouteDestinations[0] "10.0.0.1/8" has host bits set; the network address of this block is 10.0.0.0/8.',
        ]);
    });

    it("fails without spokes", async () => {
        assert.deepEqual(await rejected({ spokes: [] }), [
            "iso: invalid arguments:\n  - spokes is empty; give at least one spoke VPC (the hub alone needs no isolation).",
        ]);
    });

    it("fails when a spoke overlaps the hub and when a spoke covers one zone, naming each by its place", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            new IsolatedSpokesWithSharedHub("iso", {
                cenProvider: p.a,
                hub: vpcArgs("hub", p.a, "10.0.0.0/16"),
                spokes: [
                    vpcArgs("s1", p.b, "10.0.128.0/17"),
                    vpcArgs("s2", p.b, "10.2.0.0/16", {
                        zoneMappings: [{ zoneId: "ap-southeast-1a", vswitchId: "vsw-s2" }],
                    }),
                ],
            });
        });
        assert.deepEqual(graph.errors, [
            "iso: invalid arguments:\n" +
                "  - spokes[1] 's2': zoneMappings cover 1 zone (ap-southeast-1a); a transit router attachment needs vSwitches in at least 2 zones: add a vSwitch in another zone of the region to zoneMappings.\n" +
                "  - spokes[0] 's1': cidrBlocks[0] 10.0.128.0/17 overlaps hub 'hub': cidrBlocks[0] 10.0.0.0/16; VPCs connected through a transit router need non-overlapping CIDR blocks: give one of them a block that does not overlap.",
        ]);
    });
});
