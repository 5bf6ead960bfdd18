// Messages name the arguments as the calling program wrote them: the schema's
// properties renamed for Python (snake_case) and Go and .NET (PascalCase),
// read from the program's Pulumi.yaml; prose keeps its words.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inProgramWords, programRuntime, schemaPropertyNames } from "../../sdk/src/plugin/languageNames";
import { loadSchema } from "../../sdk/src/plugin/schemaSpec";
import { SCHEMA_FILE } from "../../sdk/schema/packageSchema";
import { repositoryPluginDir, startPlugin } from "../harness/pluginHost";
import { StandInEngine } from "../harness/standInEngine";
import { SCENARIOS } from "./scenarios";
import { registerProgram } from "./wireHandles";

const names = schemaPropertyNames(loadSchema(SCHEMA_FILE).spec);
const MESSAGE =
    "peering: invalid arguments:\n  - vpcs[1] 'orders': zoneMappings cover 1 zone (ap-southeast-1a); a transit router attachment needs vSwitches in at least 2 zones. Give the name of a second vSwitch in routeTableIds.";

describe("messages in the calling program's words", function () {
    this.timeout(120000);

    it("renames arguments for Python, Go and .NET, and leaves YAML, Java and prose alone", () => {
        assert.equal(
            inProgramWords(MESSAGE, "python", names),
            "peering: invalid arguments:\n  - vpcs[1] 'orders': zone_mappings cover 1 zone (ap-southeast-1a); a transit router attachment needs vSwitches in at least 2 zones. Give the name of a second vSwitch in route_table_ids.",
        );
        assert.equal(
            inProgramWords(MESSAGE, "go", names),
            "peering: invalid arguments:\n  - Vpcs[1] 'orders': ZoneMappings cover 1 zone (ap-southeast-1a); a transit router attachment needs vSwitches in at least 2 zones. Give the name of a second vSwitch in RouteTableIds.",
        );
        assert.equal(inProgramWords(MESSAGE, "dotnet", names), inProgramWords(MESSAGE, "go", names));
        for (const runtime of ["yaml", "java", "nodejs", undefined]) {
            assert.equal(inProgramWords(MESSAGE, runtime, names), MESSAGE);
        }
    });

    it("reads the runtime from the program's Pulumi.yaml, in either form", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runtime-"));
        assert.equal(programRuntime(dir), undefined);
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: p\nruntime: go\n");
        assert.equal(programRuntime(dir), "go");
        fs.writeFileSync(
            path.join(dir, "Pulumi.yaml"),
            "name: p\nruntime:\n    name: python\n    options:\n        toolchain: pip\n",
        );
        assert.equal(programRuntime(dir), "python");
    });

    it("refuses a Python program's bad input naming its arguments as Python writes them", async () => {
        const engine = new StandInEngine();
        await engine.start();
        const programDir = fs.mkdtempSync(path.join(os.tmpdir(), "python-program-"));
        fs.writeFileSync(path.join(programDir, "Pulumi.yaml"), "name: p\nruntime:\n    name: python\n");
        const plugin = await startPlugin(repositoryPluginDir(), engine, process.execPath, programDir);
        try {
            const handles = registerProgram(engine);
            const args = SCENARIOS.peering.args(handles);
            const [shared, orders] = args.vpcs as Record<string, unknown>[];
            const oneZone = { ...orders, zoneMappings: (orders.zoneMappings as unknown[]).slice(0, 1) };
            await assert.rejects(
                plugin.construct({
                    engine,
                    type: "alicloud-multi-account-network:index:CrossAccountCenPeering",
                    name: "bad",
                    inputs: { ...args, vpcs: [shared, oneZone] },
                }),
                /- vpcs\[1\] 'orders': zone_mappings cover 1 zone \(ap-southeast-1a\)/,
            );
        } finally {
            plugin.stop();
            engine.stop();
        }
    });
});
