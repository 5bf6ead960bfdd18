// On-premises networks in the model: the blocks declared behind a VBR, an
// IPsec-VPN connection or an ECR are reached through its attachment; a data
// centre sends back what is not its own, so a route on-premises that covers
// a spoke would carry another spoke's traffic there and back, which the
// isolated component's BlackHoles stop.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { IsolatedSpokesWithSharedHub } from "alicloud-multi-account-network";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { PingResult, pingMatrix } from "../../sdk/src/model/reachability";
import { regionalSampleVpc } from "../../examples/lib/sampleNetwork";

const REGION = "ap-southeast-1";

/** Each ping's outcome, keyed `from -> to` by VPC name or `on-premises <name>`. */
function outcomes(graph: Graph): Map<string, PingResult> {
    const stack = stackGraphOf(graph);
    const results = pingMatrix(buildNetworkModel(stack), endpointsOf(stack));
    const name = (e: PingResult["from"]) => e.label.split(/[/ ]\(|\//)[0];
    // The first endpoint pair of each (the ECS instances of the sample VPCs).
    const pings = new Map<string, PingResult>();
    for (const r of results) {
        const key = `${name(r.from)} -> ${name(r.to)}`;
        if (!pings.has(key)) pings.set(key, r);
    }
    return pings;
}

const kinds = (pings: Map<string, PingResult>, pairs: string[]) =>
    Object.fromEntries(pairs.map((p) => [p, pings.get(p)?.outcome.kind]));

describe("model: on-premises networks", () => {
    it("the hybrid example: spokes reach the hub and every site, sites reach each other, spokes never each other", async () => {
        const pings = outcomes(await runModule("examples/hybrid/index.ts"));
        const sites = ["on-premises dc", "on-premises branch", "on-premises site2"];
        const reach = [
            ...["team-b", "team-c", "shared"].flatMap((vpc) =>
                sites.flatMap((site) => [`${vpc} -> ${site}`, `${site} -> ${vpc}`]),
            ),
            ...sites.flatMap((a) => sites.filter((b) => b !== a).map((b) => `${a} -> ${b}`)),
            "team-b -> shared",
            "shared -> team-c",
        ];
        assert.deepEqual(kinds(pings, reach), Object.fromEntries(reach.map((p) => [p, "delivered"])));
        assert.deepEqual(kinds(pings, ["team-b -> team-c", "team-c -> team-b"]), {
            "team-b -> team-c": "denied",
            "team-c -> team-b": "denied",
        });
        const path = pings.get("team-b -> on-premises dc")!.forward.hops.map((h) => h.at);
        assert.deepEqual(path.slice(-2), [
            "transit router table hybrid-spoke-table (vtb-hybrid-spoke-table)",
            "on-premises through VBR dc (192.168.0.0/16)",
        ]);
    });

    /**
     * Hub and two spokes; the data centre behind the VBR declares `blocks` (a
     * summary over the spokes). `hideS2` adds a RegionOut route map that does
     * not advertise s2's routes to the VBR.
     */
    async function summaryNetwork(hideS2 = false): Promise<Graph> {
        const graph = await runProgram(
            () => {
                const config = new pulumi.Config();
                const p = (n: string) => new alicloud.Provider(n, { region: REGION });
                const [a, b, c] = [p("a"), p("b"), p("c")];
                const s2 = regionalSampleVpc(config, "s2", c, REGION, 2);
                const net = new IsolatedSpokesWithSharedHub("net", {
                    cenProvider: a,
                    hub: regionalSampleVpc(config, "hub", a, REGION, 0),
                    spokes: [regionalSampleVpc(config, "s1", b, REGION, 1), s2],
                    spokeRouteDestinations: "rfc1918",
                    vbrs: [
                        { name: "dc", provider: a, vbrId: "vbr-dc", onPremisesCidrBlocks: ["10.0.0.0/8"] },
                    ],
                });
                if (hideS2) {
                    new alicloud.cen.RouteMap(
                        "hide-s2",
                        {
                            cenId: net.cenId,
                            cenRegionId: REGION,
                            transitRouterRouteTableId: net.onPremisesRouteTableId.apply((id) => id!),
                            transmitDirection: "RegionOut",
                            priority: 10,
                            mapResult: "Deny",
                            destinationChildInstanceTypes: ["VBR"],
                            sourceInstanceIds: [s2.vpcId],
                        },
                        { provider: a },
                    );
                }
            },
            { accounts: { a: "1111111111111111", b: "2222222222222222", c: "3333333333333333" } },
        );
        assert.deepEqual(graph.errors, []);
        return graph;
    }

    it("an on-premises summary over the spokes does not join them: the spoke table's BlackHoles stop it", async () => {
        const pings = outcomes(await summaryNetwork());
        const s1ToS2 = pings.get("s1 -> s2")!;
        assert.equal(s1ToS2.forward.outcome.kind, "denied");
        assert.match(
            (s1ToS2.forward.outcome as { reason: string }).reason,
            /10\.2\.0\.0\/16 is a BlackHole route/,
        );
        assert.equal(pings.get("s1 -> hub")!.outcome.kind, "delivered");
    });

    it("a data centre sends back only what its connection is advertised: a RegionOut map hiding s2 from the VBR closes that way", async () => {
        const graph = await summaryNetwork(true);
        const withoutBlackHoles = {
            ...graph,
            resources: graph.resources.filter((r) => !r.name.startsWith("net-blackhole-")),
        };
        const leak = outcomes(withoutBlackHoles).get("s1 -> s2")!;
        assert.equal(leak.forward.outcome.kind, "denied");
        assert.match(
            (leak.forward.outcome as { reason: string }).reason,
            /route map hide-s2 \(RegionOut\) does not advertise the route to 10\.2\.\d\.0\/24 to VBR attachment net-attachment-dc, so the data centre has no route to it/,
        );
    });

    it("without those BlackHoles the model finds the way through on-premises: out over the VBR and back", async () => {
        const graph = await summaryNetwork();
        const withoutBlackHoles = {
            ...graph,
            resources: graph.resources.filter((r) => !r.name.startsWith("net-blackhole-")),
        };
        const leak = outcomes(withoutBlackHoles).get("s1 -> s2")!;
        assert.equal(leak.forward.outcome.kind, "delivered");
        assert.deepEqual(
            leak.forward.hops.map((h) => h.at),
            [
                "VPC s1 route table",
                "transit router table net-spoke-table (vtb-net-spoke-table)",
                "on-premises through VBR dc, which sends 10.2.0.10 back",
                "transit router table net-onprem-table (vtb-net-onprem-table)",
                "VPC s2 route table",
            ],
        );
    });
});
