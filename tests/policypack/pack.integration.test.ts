// The policy pack through its real entry point, driven over the Analyzer
// gRPC protocol the way `pulumi preview --policy-pack policypack` drives it,
// on graphs the mock engine records from real programs.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenPeering, IsolatedSpokesWithSharedHub } from "alicloud-multi-account-network";
import * as fs from "fs";
import * as path from "path";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { analyzeStackRequest, Diagnostic, PolicyPackProcess } from "../../sdk/src/plan/policyPack";
import { MODES } from "../harness/graphAssertions";
import { PACKAGE_ROOT, runModule } from "../../sdk/src/plan/programs";
import { Flaw, handWrittenNetwork } from "./programs";
import { handWrittenHubSpoke } from "../model/handWrittenHubSpoke";
import { hubAndSpokes, leakSpokeIntoSpokeTable, vpcWithSwitches } from "../harness/spokeNetworks";
import { accountProviders } from "../harness/cenFixtures";
import { peeringOfTwo, routeMapOf } from "../harness/routeMaps";

const mandatory = (ds: Diagnostic[]) =>
    ds
        .filter((d) => d.enforcementLevel === "mandatory")
        .map((d) => `${d.policyName} ${d.urn.split("::").pop()}`);

/** Per flaw, the mandatory diagnostics it must produce, and nothing else: `policy resource-name`. */
const EXPECTED: Record<Exclude<Flaw, "default-provider">, string[]> = {
    overlap: ["alicloud-vpc-cidrs-no-overlap vpc1"],
    "vswitch-outside": ["alicloud-vswitch-cidrs-in-vpc vpc1-vsw1"],
    "single-zone": ["alicloud-tr-attachment-two-zones att2", "alicloud-tr-attachment-two-zones vpc2"],
    "missing-grant": ["alicloud-cross-account-grant att2"],
    "reserved-block": ["alicloud-vpc-cidr-blocks-allowed vpc2"],
    "vswitch-mask": ["alicloud-vswitch-cidrs-in-vpc vpc1-vsw1"],
    "foreign-next-hop": ["alicloud-vpc-route-own-attachment vpc1-route"],
    "remote-vpc": ["alicloud-regions-agree att2"],
    "peer-without-bandwidth": ["alicloud-inter-region-bandwidth peer"],
    "two-associations": ["alicloud-one-association-per-router att1"],
};

describe("policy pack through its real entry point (Analyzer gRPC)", function () {
    this.timeout(120000);
    let pack: PolicyPackProcess;

    before(async () => {
        const main = path.join(
            PACKAGE_ROOT,
            "policypack",
            JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "policypack/package.json"), "utf8")).main,
        );
        assert.ok(fs.existsSync(main), `${main} is missing: run npm run build first`);
        pack = await PolicyPackProcess.start();
        await pack.configure({});
    });
    after(() => pack?.stop());

    it("describes itself: name, version from package.json, the fifteen policies and their config schemas", async () => {
        const info = await pack.getAnalyzerInfo();
        assert.equal(info.name, "alicloud-multi-account-network");
        assert.equal(
            info.version,
            JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "policypack/package.json"), "utf8")).version,
        );
        assert.deepEqual(
            info.policies.map((p) => [p.name, p.enforcementLevel]),
            [
                ["alicloud-vpc-cidrs-no-overlap", "mandatory"],
                ["alicloud-vpc-cidr-blocks-allowed", "mandatory"],
                ["alicloud-vswitch-cidrs-in-vpc", "mandatory"],
                ["alicloud-tr-attachment-two-zones", "mandatory"],
                ["alicloud-cen-one-transit-router-per-region", "mandatory"],
                ["alicloud-inter-region-bandwidth", "mandatory"],
                ["alicloud-one-association-per-router", "mandatory"],
                ["alicloud-regions-agree", "mandatory"],
                ["alicloud-declared-cidr-blocks", "mandatory"],
                ["alicloud-cross-account-grant", "mandatory"],
                ["alicloud-ecr-authorization", "mandatory"],
                ["alicloud-explicit-providers", "advisory"],
                ["alicloud-vpc-route-own-attachment", "mandatory"],
                ["alicloud-route-maps", "mandatory"],
                ["alicloud-intended-connectivity", "mandatory"],
                ["alicloud-vpc-sharing", "mandatory"],
            ],
        );
        const overlap = info.policies[0].configSchema as { scope: { default: string; enum: string[] } };
        assert.deepEqual([overlap.scope.default, overlap.scope.enum], ["cen", ["cen", "stack"]]);
    });

    for (const mode of MODES) {
        describe(`${mode.name}`, () => {
            it("passes the cross-account guide's example with no diagnostic at all", async () => {
                const graph = await runModule("examples/cross-account-cen/index.ts", {
                    preview: mode.preview,
                });
                assert.deepEqual(graph.errors, []);
                assert.deepEqual(await pack.run(graph), []);
            });

            it("passes the isolated-spokes example with no diagnostic at all: its spokes are proven isolated", async () => {
                const graph = await runModule("examples/isolated-spokes/index.ts", { preview: mode.preview });
                assert.deepEqual(graph.errors, []);
                assert.deepEqual(await pack.run(graph), []);
            });

            for (const example of ["multi-region", "multi-region-spokes", "hybrid", "privatelink"]) {
                it(`passes the ${example} example with no diagnostic at all: each attachment in its region and granted, spokes proven isolated, endpoints with their own accounts' providers`, async () => {
                    const graph = await runModule(`examples/${example}/index.ts`, { preview: mode.preview });
                    assert.deepEqual(graph.errors, []);
                    assert.deepEqual(await pack.run(graph), []);
                });
            }

            it("passes the ccn example with no diagnostic at all: the VPC's and the CCN's grants found, the CCN in a CCN area", async () => {
                const graph = await runModule("examples/ccn/index.ts", { preview: mode.preview });
                assert.deepEqual(graph.errors, []);
                assert.deepEqual(await pack.run(graph), []);
            });

            it("passes the routing-policies example with only the advisories that its isolation rests on what each VPC learns", async () => {
                const graph = await runModule("examples/routing-policies/index.ts", {
                    preview: mode.preview,
                });
                assert.deepEqual(graph.errors, []);
                const diagnostics = await pack.run(graph);
                assert.deepEqual(
                    diagnostics
                        .map((d) => [d.policyName, d.enforcementLevel, d.urn.split("::").pop()])
                        .sort(),
                    [
                        ["alicloud-intended-connectivity", "advisory", "vpc2"],
                        ["alicloud-intended-connectivity", "advisory", "vpc3"],
                    ],
                );
            });

            it("stops two route maps of one table and direction with one priority, on the second", async () => {
                const graph = await runProgram(
                    () => {
                        const { p, vpcs, peering } = peeringOfTwo("net");
                        for (const [name, vpc] of [
                            ["deny-vpc1", vpcs[0]],
                            ["deny-vpc2", vpcs[1]],
                        ] as const) {
                            routeMapOf(name, peering, p.a, {
                                sourceInstanceIds: [vpc.vpcId],
                                transitRouterRouteTableId: peering.transitRouterRouteTableId,
                            });
                        }
                    },
                    { preview: mode.preview },
                );
                assert.deepEqual(graph.errors, []);
                assert.deepEqual(mandatory(await pack.run(graph)), ["alicloud-route-maps deny-vpc2"]);
            });

            it("passes the compliant hand-written network with no diagnostic at all", async () => {
                const graph = await runProgram(handWrittenNetwork(), { preview: mode.preview });
                assert.deepEqual(await pack.run(graph), []);
            });

            for (const [flaw, expected] of Object.entries(EXPECTED)) {
                it(`stops the ${flaw} program with exactly: ${expected.join("; ")}`, async () => {
                    const graph: Graph = await runProgram(handWrittenNetwork(flaw as Flaw), {
                        preview: mode.preview,
                    });
                    assert.deepEqual(graph.errors, []);
                    assert.deepEqual(mandatory(await pack.run(graph)).sort(), [...expected].sort());
                });
            }

            it("advises (not stops) on a resource left on the default provider", async () => {
                const graph = await runProgram(handWrittenNetwork("default-provider"), {
                    preview: mode.preview,
                });
                const diagnostics = await pack.run(graph);
                assert.deepEqual(mandatory(diagnostics), []);
                assert.deepEqual(
                    diagnostics.map((d) => [d.policyName, d.enforcementLevel, d.urn.split("::").pop()]),
                    [["alicloud-explicit-providers", "advisory", "vpc1-vsw1"]],
                );
            });
        });
    }

    for (const mode of MODES) {
        it(`stops a component whose declared blocks are not its VPC's: a secondary block left out (${mode.name})`, async () => {
            const graph = await runProgram(
                () => {
                    const p = accountProviders("a", "b");
                    const spoke = vpcWithSwitches("spoke1", p.b, "10.1.0.0/16");
                    const iso = new IsolatedSpokesWithSharedHub("iso", {
                        cenProvider: p.a,
                        hub: vpcWithSwitches("hub", p.a, "10.0.0.0/16"),
                        spokes: [spoke],
                    });
                    // Added after the component: its own lookup cannot see the block yet.
                    new alicloud.vpc.Ipv4CidrBlock(
                        "spoke1-extra",
                        { vpcId: spoke.vpcId, secondaryCidrBlock: "10.101.0.0/16" },
                        { provider: p.b, dependsOn: [iso] },
                    );
                },
                { preview: mode.preview },
            );
            assert.deepEqual(graph.errors, []);
            const diagnostics = (await pack.run(graph)).filter((d) => d.enforcementLevel === "mandatory");
            assert.deepEqual(
                diagnostics.map((d) => [d.policyName, d.urn.split("::").pop(), d.message]),
                [
                    [
                        "alicloud-declared-cidr-blocks",
                        "iso",
                        "iso: the cidrBlocks of VPC 'spoke1' [10.1.0.0/16] are not the blocks of VPC spoke1 (10.1.0.0/16 primary, 10.101.0.0/16): it omits 10.101.0.0/16, which it has. Routes and overlap checks follow the declared blocks, so they would be wrong: give the VPC's blocks, primary first (e.g. [vpc.cidrBlock, ...its secondary blocks]).",
                    ],
                ],
            );
        });
    }

    /** Account B's VBR granted by hand (instanceType as given, payer its owner) and attached by A, paid by A. */
    const vbrByHand = (instanceType: string) => () => {
        const role = (id: string) => ({ roleArn: `acs:ram::${id}:role/net` });
        const a = new alicloud.Provider("a", {
            region: "ap-southeast-1",
            assumeRole: role("1111111111111111"),
        });
        const b = new alicloud.Provider("b", {
            region: "ap-southeast-1",
            assumeRole: role("2222222222222222"),
        });
        const cen = new alicloud.cen.Instance("cen", {}, { provider: a });
        const tr = new alicloud.cen.TransitRouter("tr", { cenId: cen.id }, { provider: a });
        const grant = new alicloud.cen.TransitRouterGrantAttachment(
            "vbr-grant",
            {
                cenId: cen.id,
                cenOwnerId: "1111111111111111",
                instanceId: "vbr-dc",
                instanceType,
                orderType: "PayByResourceOwner",
            },
            { provider: b },
        );
        new alicloud.cen.TransitRouterVbrAttachment(
            "vbr-attachment",
            {
                cenId: cen.id,
                transitRouterId: tr.transitRouterId,
                vbrId: "vbr-dc",
                vbrOwnerId: "2222222222222222",
                orderType: "PayByCenOwner",
            },
            { provider: a, dependsOn: [grant] },
        );
    };
    const grantDiagnostics = async (program: () => void, preview: boolean) => {
        const graph = await runProgram(program, { preview });
        assert.deepEqual(graph.errors, []);
        return (await pack.run(graph))
            .filter((d) => d.enforcementLevel === "mandatory")
            .map((d) => [d.policyName, d.urn.split("::").pop(), d.message])
            .sort();
    };

    for (const mode of MODES) {
        it(`stops a hand-written VBR grant of the provider docs' instanceType "VBR" (${mode.name})`, async () => {
            assert.deepEqual(await grantDiagnostics(vbrByHand("VBR"), mode.preview), [
                [
                    "alicloud-cross-account-grant",
                    "vbr-attachment",
                    "Attachment vbr-attachment attaches VBR vbr-dc to a CEN of account 1111111111111111 (provider a), but no cen.TransitRouterGrantAttachment grants it to that CEN. Add one with the VBR owner's provider (instanceType ExpressConnect, instanceId, cenId, cenOwnerId = the CEN owner's account id) and make the attachment depend on it; without it the attachment fails during pulumi up.",
                ],
                [
                    "alicloud-cross-account-grant",
                    "vbr-grant",
                    'Grant vbr-grant authorizes VBR vbr-dc with instanceType "VBR"; a VBR is granted with instanceType "ExpressConnect", and the API refuses the other: set instanceType to "ExpressConnect".',
                ],
            ]);
        });

        it(`stops a VBR whose grant and attachment name different payers (${mode.name})`, async () => {
            assert.deepEqual(await grantDiagnostics(vbrByHand("ExpressConnect"), mode.preview), [
                [
                    "alicloud-cross-account-grant",
                    "vbr-attachment",
                    "Attachment vbr-attachment has orderType PayByCenOwner, but grant vbr-grant has PayByResourceOwner; the payer is set on both sides (the grant first): give them the same orderType.",
                ],
            ]);
        });
    }

    it("stops in preview what the component cannot see before the VPC exists: a primary block that is not the VPC's", async () => {
        const graph = await runProgram(
            () => {
                const p = accountProviders("a", "b");
                new CrossAccountCenPeering("peering", {
                    cenProvider: p.a,
                    vpcs: [
                        vpcWithSwitches("one", p.a, "10.0.0.0/16"),
                        { ...vpcWithSwitches("two", p.b, "10.1.0.0/16"), cidrBlocks: ["10.7.0.0/16"] },
                    ],
                });
            },
            { preview: true },
        );
        assert.deepEqual(graph.errors, []);
        assert.deepEqual(mandatory(await pack.run(graph)), ["alicloud-declared-cidr-blocks peering"]);
    });

    it("stops an IsolatedSpokesWithSharedHub whose spoke's routes leak into the spoke table, on the propagation added by hand, naming the leaking pair", async () => {
        const graph = await runProgram(
            hubAndSpokes(2, { spokeRouteDestinations: ["10.0.0.0/8"] }, leakSpokeIntoSpokeTable("spoke1")),
        );
        assert.deepEqual(graph.errors, []);
        const diagnostics = await pack.run(graph);
        assert.deepEqual(
            diagnostics.map((d) => [d.policyName, d.enforcementLevel, d.urn.split("::").pop()]),
            [["alicloud-intended-connectivity", "mandatory", "leak"]],
        );
        assert.match(
            diagnostics[0].message,
            /^VPC spoke2 must not reach VPC spoke1, but packets from spoke2\/spoke2-vsw0 \(10\.2\.0\.1\) reach spoke1\/spoke1-vsw0 \(10\.1\.0\.1\) \(via VPC spoke2 route table -> transit router table iso-spoke-table \(vtb-iso-spoke-table\) -> VPC spoke1 route table\)\. The path is opened by cen\.TransitRouterRouteTablePropagation leak \(urn:[^)]*::leak\), which no component of this package created; /,
        );
    });

    it("in preview, when the leaking propagation's attachment is known only as one of the component's, gives an advisory on it naming what it can be", async () => {
        const graph = await runProgram(
            hubAndSpokes(2, { spokeRouteDestinations: ["10.0.0.0/8"] }, leakSpokeIntoSpokeTable("spoke1")),
            { preview: true },
        );
        assert.deepEqual(graph.errors, []);
        const diagnostics = await pack.run(graph);
        assert.deepEqual(
            diagnostics.map((d) => [d.policyName, d.enforcementLevel, d.urn.split("::").pop()]),
            [
                ["alicloud-intended-connectivity", "advisory", "leak"],
                ["alicloud-intended-connectivity", "advisory", "leak"],
            ],
        );
        assert.match(
            diagnostics[0].message,
            /^VPC spoke1 must not reach VPC spoke2, but packets from .* That is if leak's transitRouterAttachmentId is iso-attachment-spoke2: leak \(transitRouterAttachmentId: one of iso-attachment-hub, iso-attachment-spoke1, iso-attachment-spoke2\), known only after deployment\.$/,
        );
    });

    it("answers a request encoded beforehand, as the benchmark sends it, exactly as one built per call", async () => {
        const graph = await runProgram(handWrittenNetwork("overlap"));
        const perCall = await pack.analyzeStack(graph);
        assert.deepEqual(mandatory(perCall), EXPECTED.overlap);
        assert.deepEqual(
            await pack.analyzeStackEncoded(analyzeStackRequest(graph).serializeBinary()),
            perCall,
        );
    });

    describe("configuration, as --policy-pack-config gives it", () => {
        afterEach(() => pack.configure({}));

        it("raises a policy's enforcement level", async () => {
            await pack.configure({ "alicloud-explicit-providers": { enforcementLevel: "mandatory" } });
            const graph = await runProgram(handWrittenNetwork("default-provider"));
            assert.deepEqual(mandatory(await pack.run(graph)), ["alicloud-explicit-providers vpc1-vsw1"]);
        });

        it("disables a policy", async () => {
            await pack.configure({ "alicloud-cross-account-grant": { enforcementLevel: "disabled" } });
            const graph = await runProgram(handWrittenNetwork("missing-grant"));
            assert.deepEqual(await pack.run(graph), []);
        });

        it("proves intended isolation: spokes of the hand-written hub and spoke do not reach each other", async () => {
            await pack.configure({
                "alicloud-intended-connectivity": {
                    enforcementLevel: "mandatory",
                    mustReach: [
                        { from: "vpc1", to: "vpc3" },
                        { from: "vpc3", to: "vpc2" },
                    ],
                    mustNotReach: [
                        { from: "vpc1", to: "vpc2" },
                        { from: "vpc2", to: "vpc1" },
                    ],
                },
            });
            for (const mode of MODES) {
                assert.deepEqual(
                    await pack.run(await runProgram(handWrittenHubSpoke(), { preview: mode.preview })),
                    [],
                    mode.name,
                );
                const leaking = await pack.run(
                    await runProgram(handWrittenHubSpoke({ leak: true }), { preview: mode.preview }),
                );
                assert.deepEqual(
                    leaking.map((d) => [d.policyName, d.enforcementLevel, d.urn.split("::").pop()]),
                    [
                        ["alicloud-intended-connectivity", "mandatory", "vpc1"],
                        ["alicloud-intended-connectivity", "mandatory", "vpc2"],
                    ],
                    mode.name,
                );
                assert.match(
                    leaking[0].message,
                    /^VPC vpc1 must not reach VPC vpc2, but packets from vpc1\/vpc1-vsw0 \(10\.1\.0\.1\) reach vpc2\/vpc2-vsw0 \(10\.2\.0\.1\) \(via VPC vpc1 route table -> transit router table spoke-table/,
                );
            }
        });

        it("passes policy settings: three zones required", async () => {
            await pack.configure({
                "alicloud-tr-attachment-two-zones": { enforcementLevel: "mandatory", minZones: 3 },
            });
            const graph = await runProgram(handWrittenNetwork());
            assert.equal(mandatory(await pack.run(graph)).length, 4);
        });
    });
});
