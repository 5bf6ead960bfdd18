// examples/routing-raw, a hand-written transit router network, as the plan
// explains it: route synchronisation and an aggregate route in the VPCs'
// tables, a prefix-list BlackHole and a route map in the transit router's,
// and who reaches whom, before and after deployment.
import { strict as assert } from "assert";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { routeChoices } from "../../sdk/src/model/routeTables";
import { unmodelledResources } from "../../sdk/src/model/unmodelled";
import { networkWorlds, pingsAcrossWorlds } from "../../sdk/src/model/worlds";
import { verdictOf } from "../../sdk/src/model/reachability";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { MODES } from "../harness/graphAssertions";

const EXAMPLE = "examples/routing-raw/index.ts";

describe("examples/routing-raw: the routing features of a hand-written network, explained", () => {
    for (const mode of MODES) {
        it(`tables and pings (${mode.name})`, async () => {
            const graph = await runModule(EXAMPLE, { preview: mode.preview });
            assert.deepEqual(graph.errors, []);
            const stack = stackGraphOf(graph);
            const model = buildNetworkModel(stack);
            assert.deepEqual(unmodelledResources(stack), []);

            // Each VPC learns the aggregate alone, and nothing of itself.
            for (const table of model.vpcTables.values()) {
                const learned = table.routes.filter((r) => r.type === "Dynamic");
                assert.deepEqual(
                    learned.map((r) => `${r.destination} ${r.origin?.name}`),
                    ["10.0.0.0/8 estate"],
                    table.label,
                );
            }
            // The transit router's table: the quarantine BlackHoles, the lab route denied.
            const [core] = [...model.trTables.values()];
            const choices = routeChoices(core.routes);
            const shown = core.routes.map(
                (r, i) =>
                    `${r.destination} ${r.nextHop === "BlackHole" ? "BlackHole" : r.type} ${choices[i].used}`,
            );
            assert.ok(shown.includes("10.20.9.0/25 BlackHole true"), shown.join("\n"));
            assert.ok(shown.includes("10.20.9.128/25 BlackHole true"), shown.join("\n"));
            assert.ok(shown.includes("10.30.9.0/24 Propagated false"), shown.join("\n"));

            const byEndpoint = Object.fromEntries(
                pingsAcrossWorlds(networkWorlds(stack)).map((r) => [
                    `${r.from.name}->${r.to.name}`,
                    verdictOf(r),
                ]),
            );
            assert.equal(byEndpoint["apps-vsw0->data-vsw0"], "pings");
            assert.equal(byEndpoint["apps-vsw0->ops-vsw1"], "pings");
            assert.equal(byEndpoint["apps-vsw0->data-vsw2"], "no");
            assert.equal(byEndpoint["apps-vsw0->ops-vsw2"], "no");
            assert.equal(byEndpoint["data-vsw2->apps-vsw0"], "one-way");
        });
    }
});
