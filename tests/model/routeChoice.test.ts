// Which route carries a packet when a table holds several for one
// destination, and what overlapping blocks do to a ping: written with raw
// resources, checked on the model's tables and walks and on the plan's text.
import { strict as assert } from "assert";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel, NetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { pingMatrix } from "../../sdk/src/model/reachability";
import { routeChoices } from "../../sdk/src/model/routeTables";
import { routeTablesSection } from "../../sdk/src/plan/planReport";
import { MODES } from "../harness/graphAssertions";
import { MeshVpc, rawMesh } from "./rawMesh";

const vpc = (name: string, second: number): MeshVpc => ({
    name,
    cidr: `10.${second}.0.0/16`,
    vswitches: [`10.${second}.0.0/24`, `10.${second}.1.0/24`],
});

async function modelOf(program: () => void, preview = false): Promise<NetworkModel> {
    return buildNetworkModel(stackGraphOf(await runProgram(program, { preview })));
}

describe("model: which route wins, and overlapping blocks", () => {
    it("a static BlackHole wins over the propagated route for the same prefix, and the table says so", async () => {
        const model = await modelOf(rawMesh([vpc("vpc1", 1), vpc("vpc2", 2)], { blackHole: "10.2.0.0/24" }));
        const [table] = model.trTables.values();
        const choices = routeChoices(table.routes);
        const at = (destination: string, type: string) =>
            choices[table.routes.findIndex((r) => r.destination === destination && r.type === type)];
        assert.deepEqual(at("10.2.0.0/24", "Static"), {
            used: true,
            why: "Static over Propagated for the same destination",
        });
        assert.deepEqual(at("10.2.0.0/24", "Propagated"), {
            used: false,
            why: "a Static route for the same destination wins (Static over Propagated)",
        });
        assert.deepEqual(at("10.2.1.0/24", "Propagated"), { used: true });
        assert.match(
            routeTablesSection(model),
            /10\.2\.0\.0\/24 +\| attachment vpc2-attachment +\| Propagated +\| no: a Static route for the same destination wins \(Static over Propagated\)/,
        );
        const pings = pingMatrix(model, endpointsOf(model.graph));
        const blocked = pings
            .filter((p) => p.outcome.kind !== "delivered")
            .map((p) => `${p.from.label} -> ${p.to.label}`);
        assert.deepEqual(blocked, [
            "vpc1/vpc1-vsw0 (10.1.0.1) -> vpc2/vpc2-vsw0 (10.2.0.1)",
            "vpc1/vpc1-vsw1 (10.1.1.1) -> vpc2/vpc2-vsw0 (10.2.0.1)",
            "vpc2/vpc2-vsw0 (10.2.0.1) -> vpc1/vpc1-vsw0 (10.1.0.1)",
            "vpc2/vpc2-vsw0 (10.2.0.1) -> vpc1/vpc1-vsw1 (10.1.1.1)",
        ]);
    });

    for (const mode of MODES) {
        it(`two VPCs with the same vSwitch block: their own pings are local, a third VPC's are undecided, never "all ping" (${mode.name})`, async () => {
            const twin = (name: string): MeshVpc => ({
                name,
                cidr: "10.5.0.0/16",
                vswitches: ["10.5.0.0/24", `10.5.${name === "twin1" ? 1 : 2}.0/24`],
            });
            const model = await modelOf(
                rawMesh([twin("twin1"), twin("twin2"), vpc("vpc3", 3)]),
                mode.preview,
            );
            const pings = pingMatrix(model, endpointsOf(model.graph));
            const outcome = (from: string, to: string) =>
                pings.find((p) => p.from.label.startsWith(from) && p.to.label.startsWith(to))!.outcome;
            assert.deepEqual(outcome("twin1/twin1-vsw1", "twin2/twin2-vsw0"), {
                kind: "denied",
                at: "VPC twin1 route table",
                reason: "10.5.0.1 is local to twin1 (overlapping CIDR blocks), not in twin2",
            });
            const third = outcome("vpc3/vpc3-vsw0", "twin2/twin2-vsw0");
            assert.equal(third.kind, "undecided");
            assert.match(
                third.kind === "undecided" ? third.reason : "",
                /^2 Propagated routes for 10\.5\.0\.0\/24 lead to different next hops \(overlapping blocks\), and which one is used depends on the order they were learned$/,
            );
            // The blocks that do not overlap still route exactly.
            assert.equal(outcome("vpc3/vpc3-vsw0", "twin2/twin2-vsw1").kind, "delivered");
            assert.ok(pings.some((p) => p.outcome.kind !== "delivered"));
        });
    }
});
