// The components from another language: the plugin started as Pulumi's
// language host starts it, GetSchema and Construct over the provider protocol
// with inputs as a Python, Go or .NET program's SDK sends them, against a
// stand-in engine on 127.0.0.1. Each network registers exactly the children
// the same network built by the TypeScript component registers.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { runAsLanguageHost } from "../harness/languageHost";
import { PluginHost } from "../harness/pluginHost";
import { Registration, StandInEngine } from "../harness/standInEngine";
import { Handles, SCENARIOS } from "./scenarios";
import { pluginSession } from "./pluginSession";

const PROGRAM = path.join(__dirname, "fixtures", "program.ts");
const PACKAGE = "alicloud-multi-account-network";

/** A registration and what hangs below it, as comparable lines of fact. */
function subtree(registrations: readonly Registration[], root: string) {
    const below = new Set([root]);
    for (const r of registrations) if (below.has(r.parent)) below.add(r.urn);
    return registrations
        .filter((r) => below.has(r.urn))
        .map((r) => ({ ...r, dependencies: [...r.dependencies].sort() }))
        .sort((a, b) => a.urn.localeCompare(b.urn));
}

const componentUrn = (engine: StandInEngine, component: string, name: string) =>
    `urn:pulumi:${engine.stack}::${engine.project}::${PACKAGE}:index:${component}::${name}`;

describe("the plugin: every component from another language", function () {
    this.timeout(180000);
    const session = pluginSession();
    let engine: StandInEngine;
    let plugin: PluginHost;
    let handles: Handles;
    beforeEach(() => ({ engine, plugin, handles } = session.current));

    it("answers GetSchema with the schema the package ships", async () => {
        const served = await plugin.getSchema();
        assert.equal(served, fs.readFileSync(path.join(__dirname, "../../sdk/schema/schema.json"), "utf8"));
    });

    for (const [key, scenario] of Object.entries(SCENARIOS)) {
        it(`constructs ${scenario.component} (${key}) with the children, inputs, providers and dependencies of the TypeScript component`, async () => {
            process.env.SCENARIO = key;
            const typescript = await runAsLanguageHost(PROGRAM);
            assert.equal(typescript.exitCode, 0, typescript.stderr + JSON.stringify(typescript.logs));
            const root = componentUrn(engine, scenario.component, scenario.name);
            const expected = subtree(typescript.registrations, root);
            assert.ok(expected.length >= 2, `${expected.length} registrations`);

            const result = await plugin.construct({
                engine,
                type: `${PACKAGE}:index:${scenario.component}`,
                name: scenario.name,
                inputs: scenario.args(handles),
            });
            assert.equal(result.urn, root);
            assert.deepEqual(subtree(engine.registrations, root), expected);
        });
    }
});
