// What the model does not evaluate (route maps it cannot place, NAT, custom
// VPC route tables...) makes undecided every pair whose path, either way,
// crosses what it acts on, naming it; pairs it does not touch stay decided.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { CenVpcArgs, CrossAccountCenPeering } from "alicloud-multi-account-network";
import { componentsIntent, intendedConnectivityFindings } from "../../sdk/src/checks/intendedConnectivity";
import { networkWorlds, pingsAcrossWorlds } from "../../sdk/src/model/worlds";
import { verdictOf } from "../../sdk/src/model/reachability";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { MODES } from "../harness/graphAssertions";
import { accountProviders } from "../harness/cenFixtures";
import { hubAndSpokes, vpcWithSwitches } from "../harness/spokeNetworks";

type Extra = (
    peering: CrossAccountCenPeering,
    p: Record<string, alicloud.Provider>,
    vpcIds: Record<string, unknown>,
) => void;

/** Three VPCs of two accounts, every one reaching every other, and what a case adds by hand. */
function program(extra: Extra) {
    return () => {
        const p = accountProviders("a", "b");
        const vpcs = [
            vpcWithSwitches("one", p.a, "10.1.0.0/16"),
            vpcWithSwitches("two", p.b, "10.2.0.0/16"),
            vpcWithSwitches("three", p.b, "10.3.0.0/16"),
        ];
        const peering = new CrossAccountCenPeering("mesh", { cenProvider: p.a, vpcs });
        extra(peering, p, Object.fromEntries(vpcs.map((v) => [v.name, v.vpcId])));
    };
}

/** Each ordered VPC pair's verdicts, and the reasons of the undecided ones. */
async function verdicts(extra: Extra, preview: boolean) {
    const graph = await runProgram(program(extra), { preview });
    assert.deepEqual(graph.errors, []);
    const pings = pingsAcrossWorlds(networkWorlds(stackGraphOf(graph)));
    const byPair = new Map<string, Set<string>>();
    const reasons: string[] = [];
    for (const r of pings) {
        const key = `${r.from.vpc.name}->${r.to.vpc.name}`;
        byPair.set(key, new Set([...(byPair.get(key) ?? []), verdictOf(r)]));
        if (r.outcome.kind === "undecided") reasons.push(r.outcome.reason);
    }
    return { pairs: Object.fromEntries([...byPair].map(([k, v]) => [k, [...v].join()])), reasons };
}

describe("model: what the plan does not evaluate makes the pairs it touches undecided", () => {
    for (const mode of MODES) {
        it(`a route map matching BGP communities, which the plan does not evaluate: every pair whose routes it could deny is ?, naming the map and the condition (${mode.name})`, async () => {
            const { pairs, reasons } = await verdicts(
                (peering, p) =>
                    new alicloud.cen.RouteMap(
                        "deny-community",
                        {
                            cenId: peering.cenId,
                            cenRegionId: "ap-southeast-1",
                            mapResult: "Deny",
                            priority: 10,
                            transmitDirection: "RegionIn",
                            matchCommunitySets: ["65501:1"],
                            transitRouterRouteTableId: peering.transitRouterRouteTableId,
                        },
                        { provider: p.a },
                    ),
                mode.preview,
            );
            assert.deepEqual(pairs, {
                "one->two": "undecided",
                "one->three": "undecided",
                "two->one": "undecided",
                "two->three": "undecided",
                "three->one": "undecided",
                "three->two": "undecided",
            });
            // Every pair crosses the transit router's one table, whose every route the map could deny.
            assert.ok(
                reasons.every((r) =>
                    /route map deny-community \(RegionIn\) may deny the route to .*the plan does not evaluate its matchCommunitySets conditions/.test(
                        r,
                    ),
                ),
                reasons[0],
            );
        });

        it(`a NAT gateway of one VPC: the pairs with that VPC are ?, the others still decided (${mode.name})`, async () => {
            const { pairs, reasons } = await verdicts(
                (_peering, p, vpcIds) =>
                    new alicloud.vpc.NatGateway(
                        "nat-three",
                        { vpcId: vpcIds.three as string, natType: "Enhanced", networkType: "intranet" },
                        { provider: p.b },
                    ),
                mode.preview,
            );
            assert.deepEqual(pairs, {
                "one->two": "pings",
                "one->three": "undecided",
                "two->one": "pings",
                "two->three": "undecided",
                "three->one": "undecided",
                "three->two": "undecided",
            });
            assert.ok(
                reasons.some((r) =>
                    /^vpc\.NatGateway nat-three acts on VPC three, which the plan does not evaluate/.test(r),
                ),
            );
        });
    }

    it("a resource whose place the stack does not tell (a VPC firewall) makes every pair undecided", async () => {
        const { pairs, reasons } = await verdicts(
            (peering, p) =>
                new alicloud.cloudfirewall.FirewallVpcFirewallCen(
                    "vpc-firewall",
                    {
                        cenId: peering.cenId,
                        localVpc: { networkInstanceId: "vpc-one" },
                        status: "open",
                        vpcFirewallName: "fw",
                        vpcRegion: "ap-southeast-1",
                    },
                    { provider: p.a },
                ),
            false,
        );
        assert.ok(
            Object.values(pairs).every((v) => v === "undecided"),
            JSON.stringify(pairs),
        );
        assert.match(reasons[0], /acts on the network \(the stack does not say which part\)/);
    });

    it("the pack says so as an advisory, naming the resource, not as a check deferred to pulumi up", async () => {
        let nat: alicloud.vpc.NatGateway | undefined;
        const graph = await runProgram(
            hubAndSpokes(
                1,
                {},
                (_hs, p) => {
                    nat = new alicloud.vpc.NatGateway(
                        "nat-spoke2",
                        { vpcId: spoke2!.vpcId, natType: "Enhanced", networkType: "intranet" },
                        { provider: p.b },
                    );
                },
                (p) => [(spoke2 = vpcWithSwitches("spoke2", p.b, "10.2.0.0/16"))],
            ),
        );
        assert.ok(nat);
        const stack = stackGraphOf(graph);
        const findings = intendedConnectivityFindings(stack, componentsIntent(stack));
        const messages = findings.map((f) => `${f.undecided ? "advisory" : "mandatory"}: ${f.message}`);
        assert.ok(messages.length > 0);
        for (const m of messages) {
            assert.match(
                m,
                /^advisory: Whether VPC (hub|spoke[12]) reaches VPC (hub|spoke[12]) is not known: /,
                m,
            );
            assert.match(
                m,
                /vpc\.NatGateway nat-spoke2 acts on VPC spoke2, which the plan does not evaluate/,
            );
            assert.doesNotMatch(m, /pulumi up/);
        }
    });
});

let spoke2: CenVpcArgs | undefined;
