// `npm start [-- <program directory or file>]`: the offline plan. Runs a
// Pulumi TypeScript program under the mock engine, with no credentials and
// no Pulumi CLI, and prints what it would create, the effective route tables,
// who can reach whom and the policy pack's verdicts.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { buildNetworkModel } from "../model/networkModel";
import { topologyMermaid } from "./mermaid";
import { pingSection, policySection, resourcesSection, routeTablesSection } from "./planReport";
import { PolicyPackProcess } from "./policyPack";
import { resolveProgram } from "./programTarget";
import { REPO_ROOT, runModule, stackGraphOf } from "./programs";

const PACK_DIR = path.join(REPO_ROOT, "policypack");

/** The pack runs prebuilt, as it starts in about a second that way; build it once if it is not. */
function ensurePackBuilt(): void {
    const main = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "package.json"), "utf8")).main as string;
    if (!fs.existsSync(path.join(PACK_DIR, main))) {
        process.stderr.write("Building the policy pack (first run)...\n");
        execFileSync(
            process.execPath,
            [require.resolve("typescript/bin/tsc"), "-p", path.join(PACK_DIR, "tsconfig.json")],
            { stdio: "inherit" },
        );
    }
}

function registerTypeScript(file: string): void {
    if (
        file.endsWith(".ts") &&
        !(process as unknown as Record<symbol, unknown>)[Symbol.for("ts-node.register.instance")]
    ) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require("ts-node").register({ transpileOnly: true });
    }
}

function header(file: string, project: string): string {
    return [
        "=".repeat(100),
        `OFFLINE PLAN of ${path.relative(process.cwd(), file) || file} (project ${project})`,
        "Nothing is deployed and no credentials are used: the program ran under a mock engine (the real Pulumi SDK",
        "and @pulumi/alicloud classes). Ids and account numbers are placeholders the mock computes.",
        "To deploy, use the Pulumi CLI: pulumi preview --policy-pack policypack, then pulumi up.",
        "=".repeat(100),
    ].join("\n");
}

export async function plan(target: string, outRoot: string): Promise<number> {
    const program = resolveProgram(target);
    registerTypeScript(program.file);
    const graph = await runModule(program.file, { project: program.project });
    if (graph.errors.length > 0) {
        process.stderr.write(
            `The program failed under the mock engine, so there is no plan:\n${graph.errors.map((e) => `  ${e}`).join("\n")}\n`,
        );
        return 2;
    }
    const model = buildNetworkModel(stackGraphOf(graph));
    ensurePackBuilt();
    const pack = await PolicyPackProcess.start(PACK_DIR);
    let diagnostics;
    try {
        await pack.configure({});
        diagnostics = await pack.run(graph);
    } finally {
        pack.stop();
    }
    const outDir = path.join(outRoot, program.project);
    const text = [
        header(program.file, program.project),
        resourcesSection(graph),
        routeTablesSection(model),
        pingSection(model).text,
        policySection(diagnostics),
    ].join("\n\n");
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, "plan.txt"), text + "\n");
    fs.writeFileSync(path.join(outDir, "topology.mmd"), topologyMermaid(graph, model));
    process.stdout.write(
        `${text}\n\nWritten: ${path.join(outDir, "plan.txt")} and ${path.join(outDir, "topology.mmd")} (Mermaid diagram)\n`,
    );
    const mandatory = diagnostics.filter((d) => d.enforcementLevel === "mandatory");
    if (mandatory.length > 0) {
        process.stderr.write(
            `${mandatory.length} mandatory policy violation(s); pulumi up --policy-pack policypack would refuse this program:\n${mandatory.map((d) => `  ${d.policyName}: ${d.message}`).join("\n")}\n`,
        );
        return 1;
    }
    return 0;
}

if (require.main === module) {
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    const cwd = process.env.INIT_CWD ?? process.cwd();
    const target = process.argv[2] ? path.resolve(cwd, process.argv[2]) : REPO_ROOT;
    plan(target, path.join(cwd, "plan-output")).then(
        (code) => process.exit(code),
        (err: Error) => {
            process.stderr.write(`${err.message}\n`);
            process.exit(2);
        },
    );
}
