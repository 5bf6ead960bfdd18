// CrossAccountCenPeering across regions: a transit router per region, each
// created with the CEN owner's provider there, VPCs attached to their
// region's transit router, and an inter-region connection associated with
// and propagating into the table on both sides; every VPC pings every other
// one across regions. Update and preview.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import {
    CrossAccountCenPeering,
    CrossAccountCenPeeringArgs,
    IsolatedSpokesWithSharedHub,
} from "alicloud-multi-account-network";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { pingMatrix } from "../../sdk/src/model/reachability";
import { GraphView } from "../harness/graphView";
import { updatePlan } from "../harness/lifecycle";
import { childLines, MODES, reportedProblems } from "../harness/graphAssertions";
import { vpcArgs } from "../harness/cenFixtures";
import { regionalSampleVpc } from "../../examples/lib/sampleNetwork";

const SG = "ap-southeast-1";
const JK = "ap-southeast-5";
const ACCOUNTS = {
    "a-sg": "1111111111111111",
    "a-jk": "1111111111111111",
    "b-jk": "2222222222222222",
    "c-sg": "3333333333333333",
};

type Providers = Record<keyof typeof ACCOUNTS, alicloud.Provider>;

function providers(): Providers {
    const p = (name: keyof typeof ACCOUNTS, region: string) => new alicloud.Provider(name, { region });
    return { "a-sg": p("a-sg", SG), "a-jk": p("a-jk", JK), "b-jk": p("b-jk", JK), "c-sg": p("c-sg", SG) };
}

/** Account A owns the CEN (Singapore and Jakarta); VPC x (A) and z (C) in Singapore, y (B) in Jakarta. */
function twoRegions(
    p: Providers,
    overrides: Partial<CrossAccountCenPeeringArgs> = {},
): CrossAccountCenPeeringArgs {
    const inRegion = (region: string) => (vpc: ReturnType<typeof vpcArgs>) => ({
        ...vpc,
        region,
        zoneMappings: [
            { zoneId: `${region}a`, vswitchId: `vsw-${vpc.name}-a` },
            { zoneId: `${region}b`, vswitchId: `vsw-${vpc.name}-b` },
        ],
    });
    return {
        cenProvider: p["a-sg"],
        regions: [
            { region: SG, provider: p["a-sg"] },
            { region: JK, provider: p["a-jk"] },
        ],
        interRegion: { bandwidth: 10 },
        vpcs: [
            inRegion(SG)(vpcArgs("x", p["a-sg"], "10.0.0.0/16")),
            inRegion(JK)(vpcArgs("y", p["b-jk"], "10.1.0.0/16")),
            inRegion(SG)(vpcArgs("z", p["c-sg"], "10.2.0.0/16")),
        ],
        ...overrides,
    };
}

async function run(build: (p: Providers) => CrossAccountCenPeeringArgs, preview: boolean) {
    return runProgram(
        () => {
            new CrossAccountCenPeering("net", build(providers()));
        },
        { preview, accounts: ACCOUNTS },
    );
}

/** The problems a failing program reports, one per line. */
async function problems(
    build: (p: Providers) => CrossAccountCenPeeringArgs,
    preview = false,
): Promise<string[]> {
    return reportedProblems(await run(build, preview));
}

describe("CrossAccountCenPeering across regions", () => {
    it("attaches an on-premises connection to its region's transit router, with the CEN owner's provider there", async () => {
        const graph = await run(
            (p) =>
                twoRegions(p, {
                    vbrs: [{ name: "dc", provider: p["b-jk"], region: JK, vbrId: "vbr-dc" }],
                    ecrs: [{ name: "site", provider: p["b-jk"], region: JK, ecrId: "ecr-site" }],
                }),
            false,
        );
        assert.deepEqual(graph.errors, []);
        const view = new GraphView(graph);
        const at = (name: string) => [
            view.named(name).provider?.name,
            view.named(name).inputs.transitRouterId,
        ];
        for (const name of [
            "net-attachment-dc",
            "net-attachment-site",
            "net-association-dc",
            "net-propagation-site",
        ]) {
            assert.equal(view.named(name).provider?.name, "a-jk", name);
        }
        assert.deepEqual(at("net-attachment-dc"), ["a-jk", "tr-net-tr-ap-southeast-5"]);
        assert.deepEqual(at("net-grant-dc").slice(0, 1), ["b-jk"]);
        assert.deepEqual(
            [
                view.named("net-ecr-association-site").provider?.name,
                view.named("net-ecr-association-site").inputs.associationRegionId,
            ],
            ["b-jk", JK],
        );
    });

    for (const mode of MODES) {
        it(`a transit router per region, each VPC on its region's, the connection routed on both sides (${mode.name})`, async () => {
            const graph = await run((p) => twoRegions(p), mode.preview);
            assert.deepEqual(graph.errors, []);
            const view = new GraphView(graph);
            assert.deepEqual(childLines(view, view.named("net")), [
                "Instance net-cen @a-sg <- ",
                "RouteEntry net-route-x-vtb-x-10-0-0-0-8 @a-sg <- net-attachment-x",
                "RouteEntry net-route-x-vtb-x-172-16-0-0-12 @a-sg <- net-attachment-x, net-route-x-vtb-x-10-0-0-0-8",
                "RouteEntry net-route-x-vtb-x-192-168-0-0-16 @a-sg <- net-attachment-x, net-route-x-vtb-x-172-16-0-0-12",
                "RouteEntry net-route-y-vtb-y-10-0-0-0-8 @b-jk <- net-attachment-y",
                "RouteEntry net-route-y-vtb-y-172-16-0-0-12 @b-jk <- net-attachment-y, net-route-y-vtb-y-10-0-0-0-8",
                "RouteEntry net-route-y-vtb-y-192-168-0-0-16 @b-jk <- net-attachment-y, net-route-y-vtb-y-172-16-0-0-12",
                "RouteEntry net-route-z-vtb-z-10-0-0-0-8 @c-sg <- net-attachment-z",
                "RouteEntry net-route-z-vtb-z-172-16-0-0-12 @c-sg <- net-attachment-z, net-route-z-vtb-z-10-0-0-0-8",
                "RouteEntry net-route-z-vtb-z-192-168-0-0-16 @c-sg <- net-attachment-z, net-route-z-vtb-z-172-16-0-0-12",
                "TransitRouter net-tr @a-sg <- net-cen",
                "TransitRouter net-tr-ap-southeast-5 @a-jk <- net-cen",
                "TransitRouterGrantAttachment net-grant-y @b-jk <- net-cen",
                "TransitRouterGrantAttachment net-grant-z @c-sg <- net-cen",
                "TransitRouterPeerAttachment net-peer-ap-southeast-1-ap-southeast-5 @a-sg <- net-cen, net-tr, net-tr-ap-southeast-5",
                "TransitRouterRouteTableAssociation net-association-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-1 @a-sg <- net-peer-ap-southeast-1-ap-southeast-5, net-tr",
                "TransitRouterRouteTableAssociation net-association-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-5 @a-jk <- net-peer-ap-southeast-1-ap-southeast-5, net-tr-ap-southeast-5",
                "TransitRouterRouteTableAssociation net-association-x @a-sg <- net-attachment-x, net-tr",
                "TransitRouterRouteTableAssociation net-association-y @a-jk <- net-attachment-y, net-tr-ap-southeast-5",
                "TransitRouterRouteTableAssociation net-association-z @a-sg <- net-attachment-z, net-tr",
                "TransitRouterRouteTablePropagation net-propagation-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-1 @a-sg <- net-peer-ap-southeast-1-ap-southeast-5, net-tr",
                "TransitRouterRouteTablePropagation net-propagation-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-5 @a-jk <- net-peer-ap-southeast-1-ap-southeast-5, net-tr-ap-southeast-5",
                "TransitRouterRouteTablePropagation net-propagation-x @a-sg <- net-attachment-x, net-tr",
                "TransitRouterRouteTablePropagation net-propagation-y @a-jk <- net-attachment-y, net-tr-ap-southeast-5",
                "TransitRouterRouteTablePropagation net-propagation-z @a-sg <- net-attachment-z, net-tr",
                "TransitRouterVpcAttachment net-attachment-x @a-sg <- net-cen, net-tr",
                "TransitRouterVpcAttachment net-attachment-y @a-jk <- net-cen, net-grant-y, net-tr-ap-southeast-5",
                "TransitRouterVpcAttachment net-attachment-z @a-sg <- net-cen, net-grant-z, net-tr",
            ]);
            for (const [name, region, account] of [
                ["net-tr", SG, "1111111111111111"],
                ["net-tr-ap-southeast-5", JK, "1111111111111111"],
                ["net-attachment-y", JK, "1111111111111111"],
                ["net-grant-y", JK, "2222222222222222"],
                [
                    "net-association-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-5",
                    JK,
                    "1111111111111111",
                ],
            ]) {
                const r = view.named(name);
                assert.deepEqual([r.provider?.region, r.provider?.accountId], [region, account], name);
            }
        });
    }

    it("gives the connection explicit bandwidth: data transfer with the Mbps given, or an existing bandwidth package, Gold by default", async () => {
        const peerInputs = async (interRegion: CrossAccountCenPeeringArgs["interRegion"]) => {
            const graph = await run((p) => twoRegions(p, { interRegion }), false);
            assert.deepEqual(graph.errors, []);
            const { inputs } = new GraphView(graph).named("net-peer-ap-southeast-1-ap-southeast-5");
            return {
                bandwidthType: inputs.bandwidthType,
                bandwidth: inputs.bandwidth,
                cenBandwidthPackageId: inputs.cenBandwidthPackageId,
                defaultLinkType: inputs.defaultLinkType,
                peerTransitRouterRegionId: inputs.peerTransitRouterRegionId,
                autoPublishRouteEnabled: inputs.autoPublishRouteEnabled,
            };
        };
        assert.deepEqual(await peerInputs({ bandwidth: 10 }), {
            bandwidthType: "DataTransfer",
            bandwidth: 10,
            cenBandwidthPackageId: undefined,
            defaultLinkType: "Gold",
            peerTransitRouterRegionId: JK,
            autoPublishRouteEnabled: false,
        });
        assert.deepEqual(await peerInputs({ bandwidthPackageId: "cenbwp-1", defaultLinkType: "Gold" }), {
            bandwidthType: "BandwidthPackage",
            bandwidth: undefined,
            cenBandwidthPackageId: "cenbwp-1",
            defaultLinkType: "Gold",
            peerTransitRouterRegionId: JK,
            autoPublishRouteEnabled: false,
        });
    });

    it('routes remote VPCs too: with vpcRoutes "peer-cidrs", each VPC gets every other VPC\'s block, in either region', async () => {
        const graph = await run((p) => twoRegions(p, { vpcRoutes: "peer-cidrs" }), false);
        assert.deepEqual(graph.errors, []);
        const destinations = (vpc: string) =>
            graph.resources
                .filter((r) => r.name.startsWith(`net-route-${vpc}-`))
                .map((r) => r.inputs.destinationCidrblock)
                .sort();
        assert.deepEqual(destinations("x"), ["10.1.0.0/16", "10.2.0.0/16"]);
        assert.deepEqual(destinations("y"), ["10.0.0.0/16", "10.2.0.0/16"]);
    });

    it("adding a region to a running one-region network only creates: its transit router, the connection, the new VPC's children", async () => {
        const oneRegion = await run(
            (p) => ({
                ...twoRegions(p),
                regions: undefined,
                interRegion: undefined,
                vpcs: [twoRegions(p).vpcs[0], twoRegions(p).vpcs[2]],
            }),
            false,
        );
        const twoRegionsGraph = await run((p) => twoRegions(p), false);
        assert.deepEqual(oneRegion.errors, []);
        const plan = updatePlan(oneRegion, twoRegionsGraph);
        assert.deepEqual([plan.updated, plan.replaced, plan.deleted], [[], [], []]);
        assert.deepEqual(plan.created, [
            "net-association-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-1",
            "net-association-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-5",
            "net-association-y",
            "net-attachment-y",
            "net-grant-y",
            "net-peer-ap-southeast-1-ap-southeast-5",
            "net-propagation-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-1",
            "net-propagation-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-5",
            "net-propagation-y",
            "net-route-y-vtb-y-10-0-0-0-8",
            "net-route-y-vtb-y-172-16-0-0-12",
            "net-route-y-vtb-y-192-168-0-0-16",
            "net-tr-ap-southeast-5",
        ]);
    });

    it("joins every region with the hub region only, with a hub topology", async () => {
        const graph = await run(
            (p) =>
                twoRegions(p, {
                    regions: [
                        { region: SG, provider: p["a-sg"] },
                        { region: JK, provider: p["a-jk"] },
                        {
                            region: "cn-hongkong",
                            provider: new alicloud.Provider("a-hk", { region: "cn-hongkong" }),
                        },
                    ],
                    interRegion: { bandwidth: 5, topology: { hubRegion: JK } },
                }),
            false,
        );
        assert.deepEqual(graph.errors, []);
        assert.deepEqual(
            graph.resources.filter((r) => r.type.endsWith("TransitRouterPeerAttachment")).map((r) => r.name),
            ["net-peer-ap-southeast-1-ap-southeast-5", "net-peer-ap-southeast-5-cn-hongkong"],
        );
    });

    it("outputs each region's transit router and table, and each connection's attachment id", async () => {
        const graph = await runModule("examples/multi-region/index.ts");
        assert.deepEqual(graph.errors, []);
        assert.deepEqual(graph.stackOutputs.transitRouterIds, {
            [SG]: "tr-net-tr",
            [JK]: "tr-net-tr-ap-southeast-5",
        });
        assert.deepEqual(graph.stackOutputs.peerAttachmentIds, {
            [`${SG}/${JK}`]: "tr-attach-net-peer-ap-southeast-1-ap-southeast-5",
        });
    });

    it("every VPC of the multi-region example pings every other one, across regions too", async () => {
        const model = buildNetworkModel(stackGraphOf(await runModule("examples/multi-region/index.ts")));
        const results = pingMatrix(model, endpointsOf(model.graph));
        assert.equal(results.length, 48);
        assert.deepEqual(
            results
                .filter((r) => r.outcome.kind !== "delivered")
                .map((r) => `${r.from.label} -> ${r.to.label}`),
            [],
        );
    });
});

describe("CrossAccountCenPeering across regions: what the API would refuse, refused first", () => {
    const cases: [string, (p: Providers) => Partial<CrossAccountCenPeeringArgs>, string[]][] = [
        [
            "no bandwidth",
            () => ({ interRegion: undefined }),
            [
                "interRegion is missing; with several regions, give the inter-region connections' bandwidth: interRegion: { bandwidth: <Mbps> } (billed by data transfer), or { bandwidthPackageId } of an existing bandwidth package. Without either, a connection gets 1 Kbps of test bandwidth.",
            ],
        ],
        [
            "bandwidth and a package, Platinum on a package",
            () => ({
                interRegion: { bandwidth: 10, bandwidthPackageId: "cenbwp-1", defaultLinkType: "Platinum" },
            }),
            [
                "interRegion gives both bandwidth and bandwidthPackageId; give bandwidth (billed by data transfer) or bandwidthPackageId, not both.",
                'interRegion.defaultLinkType "Platinum" needs billing by data transfer; give bandwidth instead of bandwidthPackageId, or use "Gold".',
            ],
        ],
        [
            "a bandwidth that is not a whole number of Mbps",
            () => ({ interRegion: { bandwidth: 0.5 } }),
            ["interRegion.bandwidth 0.5 must be a whole number of at least 1."],
        ],
        [
            "a region twice, and cenProvider's region missing",
            (p) => ({
                regions: [
                    { region: JK, provider: p["a-jk"] },
                    { region: JK, provider: p["a-jk"] },
                ],
            }),
            [
                'regions[1].region "ap-southeast-5" is given twice; a CEN has one transit router per region, so give each region once.',
                "regions does not include cenProvider; give cenProvider as the provider of its own region's entry: the CEN instance is created with it.",
                "vpcs[0] 'x': region ap-southeast-1 is not one of regions (ap-southeast-5); add a regions entry for it with the CEN owner's provider there.",
                "vpcs[2] 'z': region ap-southeast-1 is not one of regions (ap-southeast-5); add a regions entry for it with the CEN owner's provider there.",
            ],
        ],
        [
            "VPCs of different regions whose blocks overlap",
            (p) => ({
                vpcs: twoRegions(p).vpcs.map((v, i) =>
                    i === 1 ? { ...v, cidrBlocks: ["10.0.128.0/17"] } : v,
                ),
            }),
            [
                "vpcs[1] 'y': cidrBlocks[0] 10.0.128.0/17 overlaps vpcs[0] 'x': cidrBlocks[0] 10.0.0.0/16; VPCs connected through a transit router need non-overlapping CIDR blocks: give one of them a block that does not overlap.",
            ],
        ],
        [
            "a VPC without its region, and a hub region that is not one of the regions",
            (p) => ({
                interRegion: { bandwidth: 10, topology: { hubRegion: "cn-hangzhou" } },
                vpcs: twoRegions(p).vpcs.map((v, i) => (i === 1 ? { ...v, region: undefined } : v)),
            }),
            [
                'interRegion.topology.hubRegion "cn-hangzhou" is not one of regions (ap-southeast-1, ap-southeast-5); name the region the others connect to, or use "full-mesh".',
                "vpcs[1] 'y': region is missing; with several regions, give the VPC's region: one of ap-southeast-1, ap-southeast-5.",
            ],
        ],
        [
            "a VBR without its region: the message names the VBR",
            (p) => ({
                vbrs: [
                    {
                        name: "dc",
                        provider: p["b-jk"],
                        vbrId: "vbr-1",
                        onPremisesCidrBlocks: ["192.168.0.0/16"],
                    },
                ],
            }),
            [
                "vbrs[0] 'dc': region is missing; with several regions, give the VBR's region: one of ap-southeast-1, ap-southeast-5.",
            ],
        ],
    ];
    for (const [title, change, expected] of cases) {
        it(title, async () => {
            assert.deepEqual(await problems((p) => ({ ...twoRegions(p), ...change(p) })), expected);
        });
    }

    for (const mode of MODES) {
        it(`a region's provider in another region, and a VPC whose provider is not in its region (${mode.name})`, async () => {
            const lines = await problems(
                (p) => ({
                    ...twoRegions(p),
                    regions: [
                        { region: SG, provider: p["a-sg"] },
                        { region: JK, provider: new alicloud.Provider("a-wrong", { region: SG }) },
                    ],
                    vpcs: twoRegions(p).vpcs.map((v, i) => (i === 1 ? { ...v, provider: p["c-sg"] } : v)),
                }),
                mode.preview,
            );
            assert.deepEqual(lines, [
                "regions[1]: provider is in region ap-southeast-1, not ap-southeast-5; the region's transit router and attachments are created with it: pass the CEN owner's provider for ap-southeast-5.",
                "vpcs[1] 'y': provider is in region ap-southeast-1, but the transit router is in ap-southeast-5 (the transit router of region ap-southeast-5); a transit router attaches VPCs of its own region only. If the VPC is in ap-southeast-5, pass its account's provider for ap-southeast-5; a VPC in ap-southeast-1 needs a transit router in ap-southeast-1 joined to this one by an inter-region connection (give the component regions).",
            ]);
        });
    }
});

/**
 * A hub and three spokes in Singapore and Jakarta, VPCs created in the
 * program so the model has endpoints; `hubRegion` says where the hub is.
 */
function spokesAcrossRegions(hubRegion: string, topology?: { hubRegion: string }) {
    return () => {
        const config = new pulumi.Config();
        const p = providers();
        const vpc = (name: string, provider: alicloud.Provider, region: string, second: number) =>
            regionalSampleVpc(config, name, provider, region, second);
        new IsolatedSpokesWithSharedHub("iso", {
            cenProvider: p["a-sg"],
            regions: [
                { region: SG, provider: p["a-sg"] },
                { region: JK, provider: p["a-jk"] },
            ],
            interRegion: { bandwidth: 10, ...(topology ? { topology } : {}) },
            hub: vpc("hub", hubRegion === SG ? p["a-sg"] : p["a-jk"], hubRegion, 0),
            spokes: [
                vpc("sg-c", p["c-sg"], SG, 1),
                vpc("jk-b", p["b-jk"], JK, 2),
                vpc("jk-b2", p["b-jk"], JK, 3),
            ],
        });
    };
}

describe("IsolatedSpokesWithSharedHub across regions", () => {
    for (const hubRegion of [SG, JK]) {
        it(`spokes in both regions reach the hub in ${hubRegion} and never each other, across regions too`, async () => {
            const graph = await runProgram(spokesAcrossRegions(hubRegion), { accounts: ACCOUNTS });
            assert.deepEqual(graph.errors, []);
            const model = buildNetworkModel(stackGraphOf(graph));
            const byVpc = new Map<string, Set<string>>();
            for (const r of pingMatrix(model, endpointsOf(model.graph))) {
                const key = `${r.from.vpc.name} -> ${r.to.vpc.name}`;
                byVpc.set(key, new Set([...(byVpc.get(key) ?? []), r.outcome.kind]));
            }
            const verdicts = Object.fromEntries([...byVpc].map(([k, kinds]) => [k, [...kinds].join("|")]));
            const spokes = ["sg-c", "jk-b", "jk-b2"];
            for (const s of spokes) {
                assert.equal(verdicts[`hub -> ${s}`], "delivered", `hub -> ${s}`);
                assert.equal(verdicts[`${s} -> hub`], "delivered", `${s} -> hub`);
                for (const t of spokes.filter((t) => t !== s)) {
                    assert.equal(verdicts[`${s} -> ${t}`], "denied", `${s} -> ${t}`);
                }
            }
        });
    }

    it("gives each region its spoke and hub tables with that region's provider, and routes the connection as the hub's side needs", async () => {
        const graph = await runProgram(spokesAcrossRegions(SG), { accounts: ACCOUNTS });
        const view = new GraphView(graph);
        const tables = graph.resources
            .filter((r) => r.type.endsWith("TransitRouterRouteTable"))
            .map((r) => `${r.name} @${r.provider?.name}`);
        assert.deepEqual(tables, [
            "iso-spoke-table @a-sg",
            "iso-hub-table @a-sg",
            "iso-spoke-table-ap-southeast-5 @a-jk",
            "iso-hub-table-ap-southeast-5 @a-jk",
        ]);
        const routed = (name: string) => {
            const r = view.named(name);
            return `${r.provider?.name} ${view.propertyDependencyNames(r, "transitRouterRouteTableId").join(",")}`;
        };
        const peer = "peer-ap-southeast-1-ap-southeast-5";
        assert.deepEqual(
            [
                routed(`iso-association-${peer}-in-ap-southeast-1`),
                routed(`iso-propagation-${peer}-in-ap-southeast-1`),
                routed(`iso-association-${peer}-in-ap-southeast-5`),
                routed(`iso-propagation-${peer}-in-ap-southeast-5`),
            ],
            [
                "a-sg iso-spoke-table",
                "a-sg iso-hub-table",
                "a-jk iso-hub-table-ap-southeast-5",
                "a-jk iso-spoke-table-ap-southeast-5",
            ],
        );
    });

    for (const mode of MODES) {
        it(`the whole graph: each child with its region's provider, BlackHoles in every spoke table (${mode.name})`, async () => {
            const graph = await runProgram(
                () => {
                    const p = providers();
                    const inRegion = (region: string, vpc: ReturnType<typeof vpcArgs>) => ({
                        ...vpc,
                        region,
                        zoneMappings: ["a", "b"].map((z) => ({
                            zoneId: `${region}${z}`,
                            vswitchId: `vsw-${vpc.name}-${z}`,
                        })),
                    });
                    new IsolatedSpokesWithSharedHub("iso", {
                        cenProvider: p["a-sg"],
                        regions: [
                            { region: SG, provider: p["a-sg"] },
                            { region: JK, provider: p["a-jk"] },
                        ],
                        interRegion: { bandwidth: 10 },
                        hub: inRegion(SG, vpcArgs("hub", p["a-sg"], "10.0.0.0/16")),
                        spokes: [
                            inRegion(SG, vpcArgs("s1", p["c-sg"], "10.1.0.0/16")),
                            inRegion(JK, vpcArgs("s2", p["b-jk"], "10.2.0.0/16")),
                        ],
                        blackHoleSpokeCidrs: true,
                    });
                },
                { preview: mode.preview, accounts: ACCOUNTS },
            );
            assert.deepEqual(graph.errors, []);
            const view = new GraphView(graph);
            assert.deepEqual(childLines(view, view.named("iso")), [
                "Instance iso-cen @a-sg <- ",
                "RouteEntry iso-route-hub-vtb-hub-10-0-0-0-8 @a-sg <- iso-attachment-hub",
                "RouteEntry iso-route-hub-vtb-hub-172-16-0-0-12 @a-sg <- iso-attachment-hub, iso-route-hub-vtb-hub-10-0-0-0-8",
                "RouteEntry iso-route-hub-vtb-hub-192-168-0-0-16 @a-sg <- iso-attachment-hub, iso-route-hub-vtb-hub-172-16-0-0-12",
                "RouteEntry iso-route-s1-vtb-s1-10-0-0-0-16 @c-sg <- iso-attachment-s1",
                "RouteEntry iso-route-s2-vtb-s2-10-0-0-0-16 @b-jk <- iso-attachment-s2",
                "TransitRouter iso-tr @a-sg <- iso-cen",
                "TransitRouter iso-tr-ap-southeast-5 @a-jk <- iso-cen",
                "TransitRouterGrantAttachment iso-grant-s1 @c-sg <- iso-cen",
                "TransitRouterGrantAttachment iso-grant-s2 @b-jk <- iso-cen",
                "TransitRouterPeerAttachment iso-peer-ap-southeast-1-ap-southeast-5 @a-sg <- iso-cen, iso-tr, iso-tr-ap-southeast-5",
                "TransitRouterRouteEntry iso-blackhole-ap-southeast-5-s1-10-1-0-0-16 @a-jk <- iso-spoke-table-ap-southeast-5",
                "TransitRouterRouteEntry iso-blackhole-ap-southeast-5-s2-10-2-0-0-16 @a-jk <- iso-spoke-table-ap-southeast-5",
                "TransitRouterRouteEntry iso-blackhole-s1-10-1-0-0-16 @a-sg <- iso-spoke-table",
                "TransitRouterRouteEntry iso-blackhole-s2-10-2-0-0-16 @a-sg <- iso-spoke-table",
                "TransitRouterRouteTable iso-hub-table @a-sg <- iso-tr",
                "TransitRouterRouteTable iso-hub-table-ap-southeast-5 @a-jk <- iso-tr-ap-southeast-5",
                "TransitRouterRouteTable iso-spoke-table @a-sg <- iso-tr",
                "TransitRouterRouteTable iso-spoke-table-ap-southeast-5 @a-jk <- iso-tr-ap-southeast-5",
                "TransitRouterRouteTableAssociation iso-association-hub @a-sg <- iso-attachment-hub, iso-hub-table",
                "TransitRouterRouteTableAssociation iso-association-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-1 @a-sg <- iso-peer-ap-southeast-1-ap-southeast-5, iso-spoke-table",
                "TransitRouterRouteTableAssociation iso-association-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-5 @a-jk <- iso-hub-table-ap-southeast-5, iso-peer-ap-southeast-1-ap-southeast-5",
                "TransitRouterRouteTableAssociation iso-association-s1 @a-sg <- iso-attachment-s1, iso-spoke-table",
                "TransitRouterRouteTableAssociation iso-association-s2 @a-jk <- iso-attachment-s2, iso-spoke-table-ap-southeast-5",
                "TransitRouterRouteTablePropagation iso-propagation-hub @a-sg <- iso-attachment-hub, iso-spoke-table",
                "TransitRouterRouteTablePropagation iso-propagation-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-1 @a-sg <- iso-hub-table, iso-peer-ap-southeast-1-ap-southeast-5",
                "TransitRouterRouteTablePropagation iso-propagation-peer-ap-southeast-1-ap-southeast-5-in-ap-southeast-5 @a-jk <- iso-peer-ap-southeast-1-ap-southeast-5, iso-spoke-table-ap-southeast-5",
                "TransitRouterRouteTablePropagation iso-propagation-s1 @a-sg <- iso-attachment-s1, iso-hub-table",
                "TransitRouterRouteTablePropagation iso-propagation-s2 @a-jk <- iso-attachment-s2, iso-hub-table-ap-southeast-5",
                "TransitRouterVpcAttachment iso-attachment-hub @a-sg <- iso-cen, iso-tr",
                "TransitRouterVpcAttachment iso-attachment-s1 @a-sg <- iso-cen, iso-grant-s1, iso-tr",
                "TransitRouterVpcAttachment iso-attachment-s2 @a-jk <- iso-cen, iso-grant-s2, iso-tr-ap-southeast-5",
            ]);
        });
    }

    it("refuses a topology other than every region joined to the hub's", async () => {
        const graph = await runProgram(spokesAcrossRegions(SG, { hubRegion: JK }), { accounts: ACCOUNTS });
        assert.equal(graph.errors.length, 1);
        assert.match(
            graph.errors[0],
            /interRegion.topology \{"hubRegion":"ap-southeast-5"\}: spokes reach only the hub, so each region is joined to the hub's region \(ap-southeast-1\) alone; leave topology out\./,
        );
    });

    it("plans the multi-region spokes example: only spoke-hub pairs ping, the rest isolated as intended, no violation", async () => {
        const model = buildNetworkModel(
            stackGraphOf(await runModule("examples/multi-region-spokes/index.ts")),
        );
        const failing = pingMatrix(model, endpointsOf(model.graph))
            .filter((r) => r.outcome.kind !== "delivered")
            .map((r) => `${r.from.vpc.name} -> ${r.to.vpc.name}`);
        assert.deepEqual([...new Set(failing)].sort(), [
            "jk-b -> jk-c",
            "jk-b -> sg-b",
            "jk-c -> jk-b",
            "jk-c -> sg-b",
            "sg-b -> jk-b",
            "sg-b -> jk-c",
        ]);
    });
});
