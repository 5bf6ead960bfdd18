// The network model against an independent brute-force forward, on random
// networks written as raw @pulumi/alicloud programs and run under the mock
// engine: after deployment (all values known) every ping's decision is the
// same; in a preview the model may say it does not know, but what it decides
// is never wrong.
import { strict as assert } from "assert";
import fc from "fast-check";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { pingMatrix } from "../../sdk/src/model/reachability";
import { bruteForcePings, Kind } from "./bruteForward";
import { networkProgram } from "./networkProgram";
import { networkSpec } from "./randomNetworks";

// Each run deploys and previews a network of 10 to 60 resources under the mock engine.
const RUNS = Number(process.env.FORWARDING_RUNS ?? 30);

async function modelPings(program: () => void, preview: boolean): Promise<Map<string, Kind>> {
    const model = buildNetworkModel(stackGraphOf(await runProgram(program, { preview })));
    return new Map(
        pingMatrix(model, endpointsOf(model.graph)).map((r) => [
            `${r.from.name}->${r.to.name}`,
            r.outcome.kind,
        ]),
    );
}

describe("model: every ping agrees with a brute-force forward (property)", function () {
    // Random networks vary in size from run to run (about 25 s for 30 runs on 2 cores, more for a
    // large draw): the limit only guards against a hang.
    this.timeout(240000);
    it("random blocks, tables, associations, propagations, static routes, BlackHoles, peers and security groups", async () => {
        await fc.assert(
            fc.asyncProperty(networkSpec, async (spec) => {
                const expected = Object.fromEntries(bruteForcePings(spec));
                const program = networkProgram(spec);
                const deployed = Object.fromEntries(await modelPings(program, false));
                assert.deepEqual(deployed, expected, "after deployment");
                const preview = Object.fromEntries(await modelPings(program, true));
                const wrong = Object.entries(preview).filter(
                    ([k, kind]) => kind !== "undecided" && kind !== expected[k],
                );
                assert.deepEqual(wrong, [], "a preview decides only what is so");
            }),
            { numRuns: RUNS },
        );
    });

    it("a preview does not say 'no route' where an inter-region peer's other side is not known yet (a case the property found)", async () => {
        const spec = {
            customTable: [true, false],
            peer: [
                { association: 0, propagations: [1] },
                { association: 0, propagations: [0] },
            ],
            vpcs: [
                {
                    router: 1,
                    vswitches: [{ cidr: "10.0.0.0/26", ecs: undefined }],
                    routes: [{ destination: "10.0.0.0/8", nextHop: { kind: "own" } }],
                    association: 0,
                    propagations: [0],
                },
                {
                    router: 0,
                    vswitches: [{ cidr: "10.0.0.64/26", ecs: undefined }],
                    routes: [{ destination: "0.0.0.0/0", nextHop: { kind: "own" } }],
                    association: 1,
                    propagations: [0],
                },
            ],
            statics: [],
        } as unknown as Parameters<typeof networkProgram>[0];
        const expected = Object.fromEntries(bruteForcePings(spec));
        assert.deepEqual(expected, { "v0-s0->v1-s0": "delivered", "v1-s0->v0-s0": "delivered" });
        const preview = Object.fromEntries(await modelPings(networkProgram(spec), true));
        assert.deepEqual(preview, { "v0-s0->v1-s0": "undecided", "v1-s0->v0-s0": "undecided" });
    });
});
