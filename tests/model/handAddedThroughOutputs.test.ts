// Resources added by hand to a component's network, wired through the
// component's outputs (`hs.spokeRouteTableId`, `hs.attachmentIds.apply(...)`):
// in a preview their ids are unknown and their dependencies name only the
// component. The plan and the pack must never call the spokes isolated then.
// Each kind of forwarding resource, in update (decided: the leak, naming the
// resource) and in preview (undecided at least, naming the resource and what
// it can be; mandatory where every candidate leaks).
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import {
    CenVpcArgs,
    IsolatedSpokesWithSharedHub,
    IsolatedSpokesWithSharedHubArgs,
} from "alicloud-multi-account-network";
import { componentsIntent, intendedConnectivityFindings } from "../../sdk/src/checks/intendedConnectivity";
import { networkWorlds, pingsAcrossWorlds } from "../../sdk/src/model/worlds";
import { verdictOf } from "../../sdk/src/model/reachability";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { MODES } from "../harness/graphAssertions";
import { hubAndSpokes, vpcWithSwitches } from "../harness/spokeNetworks";

type Hand = (hs: IsolatedSpokesWithSharedHub, p: Record<string, alicloud.Provider>) => void;

const spokeAttachment = (hs: IsolatedSpokesWithSharedHub, spoke: string) =>
    hs.attachmentIds.apply((ids) => ids[spoke]);

interface Case {
    readonly kind: string;
    /** The spokes' VPC routes: the private ranges to the transit router, or the hub only. */
    readonly spokes: Partial<IsolatedSpokesWithSharedHubArgs>;
    readonly add: Hand;
    /** The hand-added resource the findings name. */
    readonly resource: string;
    /** Other hand-added resources a preview's advisory may be on. */
    readonly also?: readonly string[];
    /** The spoke that must not reach spoke1. @default "spoke2" */
    readonly from?: string;
    /** Spokes of the test's own, besides spoke1 and spoke2. */
    readonly more?: (p: Record<string, alicloud.Provider>) => CenVpcArgs[];
    /** from -> spoke1 once deployed. */
    readonly update: "one-way" | "pings";
}

/** A spoke the VPC route case adds, whose route table its hand-added route is written to. */
let spoke3: CenVpcArgs | undefined;

const PRIVATE_RANGES = { spokeRouteDestinations: ["10.0.0.0/8"] };

const CASES: readonly Case[] = [
    {
        kind: "a propagation of spoke1 into the spoke table",
        spokes: PRIVATE_RANGES,
        add: (hs, p) =>
            new alicloud.cen.TransitRouterRouteTablePropagation(
                "leak-app1-into-spoke-table",
                {
                    transitRouterRouteTableId: hs.spokeRouteTableId,
                    transitRouterAttachmentId: spokeAttachment(hs, "spoke1"),
                },
                { provider: p.a },
            ),
        resource: "leak-app1-into-spoke-table",
        update: "one-way",
    },
    {
        kind: "a static route to spoke1 in the spoke table",
        spokes: PRIVATE_RANGES,
        add: (hs, p) =>
            new alicloud.cen.TransitRouterRouteEntry(
                "route-to-spoke1",
                {
                    transitRouterRouteTableId: hs.spokeRouteTableId,
                    transitRouterRouteEntryDestinationCidrBlock: "10.1.0.0/16",
                    transitRouterRouteEntryNextHopType: "Attachment",
                    transitRouterRouteEntryNextHopId: spokeAttachment(hs, "spoke1"),
                },
                { provider: p.a },
            ),
        resource: "route-to-spoke1",
        update: "one-way",
    },
    {
        kind: "static routes both ways in the spoke table, so replies return too",
        spokes: PRIVATE_RANGES,
        add: (hs, p) => {
            for (const [spoke, block] of [
                ["spoke1", "10.1.0.0/16"],
                ["spoke2", "10.2.0.0/16"],
            ]) {
                new alicloud.cen.TransitRouterRouteEntry(
                    `route-to-${spoke}`,
                    {
                        transitRouterRouteTableId: hs.spokeRouteTableId,
                        transitRouterRouteEntryDestinationCidrBlock: block,
                        transitRouterRouteEntryNextHopType: "Attachment",
                        transitRouterRouteEntryNextHopId: spokeAttachment(hs, spoke),
                    },
                    { provider: p.a },
                );
            }
        },
        resource: "route-to-spoke1",
        update: "pings",
    },
    {
        kind: "a VPC route in spoke3 to its attachment, over a propagation of spoke1",
        spokes: {},
        from: "spoke3",
        more: (p) => {
            spoke3 = vpcWithSwitches("spoke3", p.c, "10.3.0.0/16");
            return [spoke3];
        },
        add: (hs, p) => {
            new alicloud.cen.TransitRouterRouteTablePropagation(
                "leak-app1-into-spoke-table",
                {
                    transitRouterRouteTableId: hs.spokeRouteTableId,
                    transitRouterAttachmentId: spokeAttachment(hs, "spoke1"),
                },
                { provider: p.a },
            );
            new alicloud.vpc.RouteEntry(
                "spoke3-to-spoke1",
                {
                    routeTableId: spoke3!.routeTableIds![0],
                    destinationCidrblock: "10.1.0.0/16",
                    nexthopType: "Attachment",
                    nexthopId: spokeAttachment(hs, "spoke3"),
                },
                { provider: p.c },
            );
        },
        resource: "spoke3-to-spoke1",
        also: ["leak-app1-into-spoke-table"],
        update: "one-way",
    },
];

/** spoke2 -> spoke1's verdicts over every endpoint pair, the component's isolation as the pack proves it. */
async function analyse(c: Case, preview: boolean) {
    const graph = await runProgram(hubAndSpokes(2, c.spokes, c.add, c.more), { preview });
    assert.deepEqual(graph.errors, []);
    const stack = stackGraphOf(graph);
    const pings = pingsAcrossWorlds(networkWorlds(stack));
    const from = c.from ?? "spoke2";
    const pair = pings.filter((r) => r.from.vpc.name === from && r.to.vpc.name === "spoke1");
    const findings = intendedConnectivityFindings(stack, componentsIntent(stack));
    return { pair, findings, from };
}

describe("resources added by hand through a component's outputs", () => {
    for (const c of CASES) {
        for (const mode of MODES) {
            it(`${c.kind} (${mode.name})`, async () => {
                const { pair, findings, from } = await analyse(c, mode.preview);
                const verdicts = new Set(pair.map(verdictOf));
                const handAdded = [c.resource, ...(c.also ?? [])];
                const onResource = findings.filter((f) => handAdded.some((n) => f.urn.endsWith(`::${n}`)));
                if (!mode.preview) {
                    assert.deepEqual([...verdicts], [c.update]);
                    const leak = onResource.find((f) =>
                        f.message.startsWith(`VPC ${from} must not reach VPC spoke1`),
                    );
                    assert.ok(leak && !leak.undecided, JSON.stringify(findings, null, 2));
                    assert.match(
                        leak.message,
                        new RegExp(`The path is opened by [^ ]+ ${c.resource} \\(urn:`),
                    );
                    return;
                }
                // Never "no" nor isolated: which attachment the resource names is not known yet.
                assert.deepEqual([...verdicts], ["undecided"]);
                const outcome = pair[0].outcome;
                assert.ok(outcome.kind === "undecided");
                assert.match(outcome.reason, /it depends on what/);
                assert.ok(
                    handAdded.some((n) => outcome.at.includes(n)),
                    outcome.at,
                );
                const advisory = onResource.find((f) =>
                    f.message.includes(`VPC ${from} must not reach VPC spoke1`),
                );
                assert.ok(advisory?.undecided, JSON.stringify(findings, null, 2));
                assert.match(advisory.message, /known only after deployment/);
            });
        }
    }

    it("takes a component's output to be one of the component's resources of the right type, and follows each combination", async () => {
        const graph = await runProgram(hubAndSpokes(2, PRIVATE_RANGES, CASES[0].add), { preview: true });
        const worlds = networkWorlds(stackGraphOf(graph));
        assert.deepEqual(
            worlds.ambiguous.map((a) => [
                a.resource.name,
                a.references.map((r) => [r.property, r.candidates.map((c) => c.name)]),
            ]),
            [
                [
                    "leak-app1-into-spoke-table",
                    [
                        [
                            "transitRouterAttachmentId",
                            ["iso-attachment-hub", "iso-attachment-spoke1", "iso-attachment-spoke2"],
                        ],
                    ],
                ],
            ],
        );
        assert.equal(worlds.worlds.length, 3);
        // In update, the ids are known: nothing is ambiguous.
        const update = networkWorlds(
            stackGraphOf(await runProgram(hubAndSpokes(2, PRIVATE_RANGES, CASES[0].add))),
        );
        assert.deepEqual(update.ambiguous, []);
        assert.equal(update.worlds.length, 1);
    });
});

/** Kinds whose findings are not about the spokes' isolation: a VPC of the program's own joined by hand. */
const JOINED_BY_HAND: readonly { kind: string; add: Hand }[] = [
    {
        kind: "a VPC attached by hand to the component's transit router, associated with its hub table and propagated into its spoke table",
        add: (hs, p) => {
            const rogue = vpcWithSwitches("rogue", p.b, "10.9.0.0/16");
            const attachment = new alicloud.cen.TransitRouterVpcAttachment(
                "rogue-attachment",
                {
                    cenId: hs.cenId,
                    transitRouterId: hs.transitRouterId,
                    vpcId: rogue.vpcId,
                    zoneMappings: rogue.zoneMappings.map((z) => ({
                        zoneId: z.zoneId,
                        vswitchId: z.vswitchId,
                    })),
                },
                { provider: p.a },
            );
            new alicloud.cen.TransitRouterRouteTableAssociation(
                "rogue-association",
                {
                    transitRouterRouteTableId: hs.hubRouteTableId,
                    transitRouterAttachmentId: attachment.transitRouterAttachmentId,
                },
                { provider: p.a },
            );
            new alicloud.cen.TransitRouterRouteTablePropagation(
                "rogue-propagation",
                {
                    transitRouterRouteTableId: hs.spokeRouteTableId,
                    transitRouterAttachmentId: attachment.transitRouterAttachmentId,
                },
                { provider: p.a },
            );
            new alicloud.vpc.RouteEntry(
                "rogue-route",
                {
                    routeTableId: rogue.routeTableIds![0],
                    destinationCidrblock: "10.0.0.0/8",
                    nexthopType: "Attachment",
                    nexthopId: attachment.transitRouterAttachmentId,
                },
                { provider: p.b },
            );
        },
    },
];

describe("a preview never decides a pair otherwise than the deployment does", () => {
    const all = [
        ...CASES.map((c) => ({ kind: c.kind, spokes: c.spokes, add: c.add, more: c.more })),
        ...JOINED_BY_HAND.map((c) => ({ ...c, spokes: PRIVATE_RANGES, more: undefined })),
    ];
    for (const c of all) {
        it(`${c.kind}: every pair's preview verdict is its deployed verdict, or undecided`, async () => {
            const verdicts = async (preview: boolean) => {
                const graph = await runProgram(hubAndSpokes(2, c.spokes, c.add, c.more), { preview });
                assert.deepEqual(graph.errors, []);
                return new Map(
                    pingsAcrossWorlds(networkWorlds(stackGraphOf(graph))).map((r) => [
                        `${r.from.label} -> ${r.to.label}`,
                        verdictOf(r),
                    ]),
                );
            };
            const [deployed, previewed] = [await verdicts(false), await verdicts(true)];
            const wrong = [...previewed]
                .filter(([pair, v]) => v !== "undecided" && v !== deployed.get(pair))
                .map(([pair, v]) => `${pair}: preview ${v}, deployed ${deployed.get(pair)}`);
            assert.deepEqual(wrong, []);
            // The hand-added resources change some pair, and the preview does not claim to know how.
            assert.ok([...deployed.values()].some((v) => v === "one-way" || v === "pings"));
        });
    }
});

describe("isolation in depth", () => {
    for (const mode of MODES) {
        it(`a latent leak (the spokes route only the hub, a hand-added propagation opens the spoke table) is an advisory on it (${mode.name})`, async () => {
            const graph = await runProgram(hubAndSpokes(2, {}, CASES[0].add), { preview: mode.preview });
            const stack = stackGraphOf(graph);
            const pings = pingsAcrossWorlds(networkWorlds(stack));
            // Nothing crosses yet: the spokes' VPC route tables stop it.
            assert.ok(
                pings
                    .filter((r) => r.from.vpc.name.startsWith("spoke") && r.to.vpc.name.startsWith("spoke"))
                    .every((r) => verdictOf(r) === "no"),
            );
            const findings = intendedConnectivityFindings(stack, componentsIntent(stack));
            // In preview the propagation may name either spoke's attachment, so either spoke's isolation may rest on one layer.
            assert.deepEqual(
                findings.map((f) => [f.undecided, f.urn.split("::").pop()]),
                Array(mode.preview ? 2 : 1).fill([true, "leak-app1-into-spoke-table"]),
            );
            assert.match(
                findings.find((f) => f.message.startsWith("Isolation of VPC spoke2"))!.message,
                /^Isolation of VPC spoke2 from VPC spoke1 rests only on the route table of VPC spoke2: the transit router would deliver spoke2\/spoke2-vsw0 \(10\.2\.0\.1\)'s packets to spoke1\/spoke1-vsw0 \(10\.1\.0\.1\) \(via transit router table iso-spoke-table .*\) as soon as that changes\. The path is opened by cen\.TransitRouterRouteTablePropagation leak-app1-into-spoke-table/,
            );
        });
    }

    it("the components' own isolation rests on both layers: no advisory", async () => {
        const stack = stackGraphOf(await runProgram(hubAndSpokes(3)));
        assert.deepEqual(intendedConnectivityFindings(stack, componentsIntent(stack)), []);
    });
});
