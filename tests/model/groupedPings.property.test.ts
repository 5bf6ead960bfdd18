// The estate's grouped ping matrix against the per-pair walk: every pair of
// endpoints in different VPCs gets from its group pair the verdict the
// per-pair walk gives it, on random networks (property) and on regular
// networks with the irregularities that must split a group: a leak of one
// spoke, a BlackHole for one VPC's block, a security group rule that admits
// one VPC only, and overlapping blocks.
import { strict as assert } from "assert";
import fc from "fast-check";
import * as alicloud from "@pulumi/alicloud";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { networkWorlds, pingsAcrossWorlds } from "../../sdk/src/model/worlds";
import { expandedPings, groupedPings } from "../../sdk/src/model/groupedPings";
import { PingResult, verdictOf } from "../../sdk/src/model/reachability";
import { networkProgram } from "./networkProgram";
import { networkSpec } from "./randomNetworks";
import { estateProgram } from "../../bench/estateProgram/estate";
import { hubAndSpokes, leakSpokeIntoSpokeTable } from "../harness/spokeNetworks";

const RUNS = Number(process.env.FORWARDING_RUNS ?? 30);

const verdicts = (results: readonly PingResult[]) =>
    Object.fromEntries(results.map((r) => [`${r.from.label} -> ${r.to.label}`, verdictOf(r)]));

/** Both matrices of a program's deployed network, and how many groups stand for its endpoints. */
async function bothWays(program: () => void) {
    const graph = await runProgram(program);
    assert.deepEqual(graph.errors, []);
    const worlds = networkWorlds(stackGraphOf(graph));
    const grouped = groupedPings(worlds);
    return {
        perPair: verdicts(pingsAcrossWorlds(worlds)),
        grouped: verdicts(expandedPings(grouped)),
        groups: grouped.groups.length,
        endpoints: grouped.groups.reduce((n, g) => n + g.members.length, 0),
    };
}

describe("model: the grouped ping matrix is the per-pair walk's", function () {
    this.timeout(240000);

    it("on random networks (property)", async () => {
        await fc.assert(
            fc.asyncProperty(networkSpec, async (spec) => {
                const { perPair, grouped } = await bothWays(networkProgram(spec));
                assert.deepEqual(grouped, perPair);
            }),
            { numRuns: RUNS },
        );
    });

    it("on a regular estate: few groups for many endpoints", async () => {
        const { perPair, grouped, groups, endpoints } = await bothWays(estateProgram(40));
        assert.deepEqual(grouped, perPair);
        assert.equal(endpoints, 80);
        assert.ok(groups <= 4, `${groups} groups`);
    });

    it("on hub and spokes with one spoke leaked into the spoke table: the leaked spoke stands apart", async () => {
        const { perPair, grouped, groups } = await bothWays(
            hubAndSpokes(6, { spokeRouteDestinations: ["10.0.0.0/8"] }, leakSpokeIntoSpokeTable("spoke3")),
        );
        assert.deepEqual(grouped, perPair);
        assert.ok(Object.values(perPair).includes("one-way"));
        assert.ok(groups >= 3, `${groups} groups`);
    });

    it("on an estate with a BlackHole for one VPC's block, a rule admitting one VPC, and two VPCs that overlap", async () => {
        const program = () => {
            estateProgram(12)();
            const provider = new alicloud.Provider("extra", { region: "ap-southeast-1" });
            // Every VPC's first vSwitch block is 10.<i>.0.0/18: a BlackHole for VPC 3's, in the estate's one table.
            new alicloud.cen.TransitRouterRouteEntry(
                "blackhole-vpc3",
                {
                    transitRouterRouteTableId: "vtb-system-tr-estate-tr",
                    transitRouterRouteEntryDestinationCidrBlock: "10.3.0.0/18",
                    transitRouterRouteEntryNextHopType: "BlackHole",
                },
                { provider },
            );
            new alicloud.ecs.SecurityGroupRule(
                "vpc1-drop-vpc5",
                {
                    securityGroupId: "sg-vpc1-sg",
                    type: "ingress",
                    ipProtocol: "icmp",
                    portRange: "-1/-1",
                    cidrIp: "10.5.0.0/16",
                    policy: "drop",
                    priority: 1,
                },
                { provider },
            );
            const overlap = new alicloud.vpc.Network("overlap", { cidrBlock: "10.7.0.0/16" }, { provider });
            new alicloud.vpc.Switch(
                "overlap-vsw",
                { vpcId: overlap.id, cidrBlock: "10.7.0.0/18", zoneId: "ap-southeast-1a" },
                { provider },
            );
        };
        const { perPair, grouped } = await bothWays(program);
        assert.deepEqual(grouped, perPair);
        const kinds = new Set(Object.values(perPair));
        assert.ok(kinds.has("no") && kinds.has("pings"), [...kinds].join());
    });
});
