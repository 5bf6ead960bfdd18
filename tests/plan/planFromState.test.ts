// The planner on what is deployed: `--state` with the export of a stack
// (written as `pulumi stack export` writes it, from the examples run in
// update mode) plans the same network the program plans: the same pings,
// route tables and verdicts, read from the state alone.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runModule } from "../../sdk/src/plan/programs";
import { plan } from "../harness/planCli";
import { stackExport } from "../harness/stackExport";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "state-"));

async function exported(example: string, file: string, options = {}): Promise<string> {
    const graph = await runModule(example);
    assert.deepEqual(graph.errors, []);
    const out = path.join(tmp, file);
    fs.writeFileSync(out, JSON.stringify(stackExport(graph, options), null, 2));
    return out;
}

interface PlanJson {
    pings: { from: { label: string }; to: { label: string }; result: string }[];
    verdicts: { policy: string; level: string; message: string }[];
    sources?: { file: string; kind: string; resources: number }[];
}

const pingsOf = (json: PlanJson) =>
    Object.fromEntries(json.pings.map((p) => [`${p.from.label} -> ${p.to.label}`, p.result]));

describe("alicloud-network-plan --state: the network as deployed", () => {
    for (const example of ["cross-account-cen", "isolated-spokes", "security-domains-firewall", "hybrid"]) {
        it(`plans ${example} from its stack export with the program's own pings and verdicts`, async () => {
            const state = await exported(`examples/${example}/index.ts`, `${example}.json`);
            const fromState = plan(undefined, "--state", state, "--state-only", "--json");
            assert.equal(fromState.stderr, "");
            const fromProgram = plan(`examples/${example}`, "--json");
            const [s, p] = [
                JSON.parse(fromState.stdout) as PlanJson,
                JSON.parse(fromProgram.stdout) as PlanJson,
            ];
            assert.deepEqual(pingsOf(s), pingsOf(p));
            assert.ok(Object.keys(pingsOf(s)).length > 0);
            assert.deepEqual(s.verdicts.map((v) => v.policy).sort(), p.verdicts.map((v) => v.policy).sort());
            assert.equal(fromState.status, fromProgram.status);
            assert.equal(s.sources?.[0].kind, "pulumi");
        });
    }
});
