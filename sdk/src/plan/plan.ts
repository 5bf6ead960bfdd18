// The offline plan: runs a Pulumi program under the mock engine, builds the
// network model from what it registered, asks the package's policy pack for
// its verdicts, and reports all of it as text or JSON.
import * as fs from "fs";
import * as path from "path";
import { componentsIntent, VpcPair } from "../checks/intendedConnectivity";
import { NetworkModel } from "../model/networkModel";
import { networkWorlds, pingsAcrossWorlds, privateLinkAcrossWorlds } from "../model/worlds";
import { topologyMermaid } from "./mermaid";
import { PlanOptions } from "./options";
import { programFailure } from "./planFailure";
import { planDocument } from "./planJson";
import {
    pairKey,
    pingSection,
    policySection,
    privateLinkSection,
    resourcesSection,
    routeTablesSection,
    unmodelledSection,
} from "./planReport";
import { policyPackConfig } from "./policyConfig";
import { PackLaunch } from "./packLaunch";
import { Diagnostic, PolicyConfig, PolicyPackProcess } from "./policyPack";
import { resolveProgram } from "./programTarget";
import { runModule, stackGraphOf } from "./programs";
import { stackConfig } from "./stackConfig";
import { registerTypeScript } from "./typescript";

/** What a plan run writes: the streams' text and the exit status. */
export interface PlanRun {
    readonly stdout: string;
    readonly stderr: string;
    readonly exitCode: 0 | 1;
}

function header(file: string, project: string, preview: boolean, packDir: string): string {
    return [
        "=".repeat(100),
        `OFFLINE PLAN of ${path.relative(process.cwd(), file) || file} (project ${project})${preview ? ", as pulumi preview sees it" : ""}`,
        "Nothing is deployed and no credentials are used: the program ran under a mock engine (the real Pulumi SDK",
        "and @pulumi/alicloud classes). Ids and account numbers are placeholders the mock computes.",
        `To deploy, use the Pulumi CLI: pulumi preview --policy-pack ${path.relative(process.cwd(), packDir) || "."}, then pulumi up.`,
        "=".repeat(100),
    ].join("\n");
}

/**
 * Runs the program in its own directory, as Pulumi does, and returns to where
 * we were. The SDK records a full stack trace for every resource (its source
 * position); the plan shows none, so V8's own formatting stands in for the
 * source-mapped one ts-node installs, which costs more than the program's run.
 */
async function inDirectory<T>(dir: string, run: () => Promise<T>): Promise<T> {
    const cwd = process.cwd();
    const errors = Error as { prepareStackTrace?: unknown };
    const prepareStackTrace = errors.prepareStackTrace;
    process.chdir(dir);
    errors.prepareStackTrace = undefined;
    try {
        return await run();
    } finally {
        errors.prepareStackTrace = prepareStackTrace;
        process.chdir(cwd);
    }
}

/** When configuration is missing and no stack was named, the stacks the project has. */
function configHint(dir: string, options: PlanOptions, errors: readonly string[]): string {
    if (options.stack !== undefined || !errors.some((e) => e.includes("Missing required configuration"))) {
        return "";
    }
    const stacks = fs
        .readdirSync(dir)
        .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
        .filter((s): s is string => s !== undefined);
    return stacks.length > 0
        ? `Give the stack whose configuration to use: --stack ${stacks.join(" or --stack ")}, or values with --config key=value.\n`
        : "Give the values with --config key=value.\n";
}

/**
 * Plans a program; throws a PlanFailure (or a plain Error) for what the user
 * must fix first. `pack` is the package's pack, already starting.
 */
export async function plan(options: PlanOptions, pack: PackLaunch): Promise<PlanRun> {
    const program = resolveProgram(options.target);
    const config = stackConfig(program, options.stack, options.config);
    const packStarting = PolicyPackProcess.connect(pack);
    // Asked as soon as the pack serves, while the program may still run.
    const packInfo = packStarting.then((analyzer) => analyzer.getAnalyzerInfo());
    packInfo.catch(() => undefined);
    let graph;
    try {
        registerTypeScript(program.file, program.dir, options.typecheck);
        graph = await inDirectory(program.dir, () =>
            runModule(program.file, {
                project: program.project,
                stack: options.stack,
                config,
                preview: options.preview,
            }),
        );
    } catch (err) {
        void packStarting.then(
            (pack) => pack.stop(),
            () => undefined,
        );
        throw err;
    }
    if (graph.errors.length > 0) {
        void packStarting.then(
            (pack) => pack.stop(),
            () => undefined,
        );
        throw programFailure(graph.errors, configHint(program.dir, options, graph.errors));
    }
    const worlds = networkWorlds(stackGraphOf(graph));
    const model = worlds.base;
    const analyzer = await packStarting;
    let diagnostics: Diagnostic[];
    let isolated: ReadonlySet<string>;
    try {
        const info = await packInfo;
        const config = policyPackConfig(options.policyConfig, info.policies);
        isolated = intendedIsolation(model, config);
        await analyzer.configure(config);
        diagnostics = await analyzer.run(graph, { project: program.project, stack: options.stack });
    } finally {
        analyzer.stop();
    }
    const pings = pingsAcrossWorlds(worlds);
    const privateLink = privateLinkAcrossWorlds(worlds);
    fs.mkdirSync(options.outDir, { recursive: true });
    fs.writeFileSync(path.join(options.outDir, "topology.mmd"), topologyMermaid(graph, model));
    const mandatory = diagnostics.filter((d) => d.enforcementLevel === "mandatory");
    const exitCode = mandatory.length > 0 ? 1 : 0;
    const refused =
        mandatory.length === 0
            ? ""
            : `${mandatory.length} mandatory policy violation(s); pulumi up with this policy pack would refuse this program:\n${mandatory.map((d) => `  ${d.policyName}: ${d.message}`).join("\n")}\n`;
    if (options.json) {
        const json = JSON.stringify(
            planDocument(program.project, graph, model, pings, diagnostics, isolated, privateLink),
            null,
            2,
        );
        fs.writeFileSync(path.join(options.outDir, "plan.json"), json + "\n");
        return { stdout: json + "\n", stderr: refused, exitCode };
    }
    const text = [
        header(program.file, program.project, options.preview, pack.dir),
        resourcesSection(graph),
        routeTablesSection(model),
        pingSection(model, pings, isolated),
        privateLinkSection(privateLink),
        unmodelledSection(model),
        policySection(diagnostics),
    ]
        .filter((part) => part !== "")
        .join("\n\n");
    fs.writeFileSync(path.join(options.outDir, "plan.txt"), text + "\n");
    const written = `Written: ${path.join(options.outDir, "plan.txt")} and ${path.join(options.outDir, "topology.mmd")} (Mermaid diagram)`;
    return { stdout: `${text}\n\n${written}\n`, stderr: refused, exitCode };
}

/**
 * The VPC pairs the stack declares isolated: every IsolatedSpokesWithSharedHub's
 * spokes, and the intended-connectivity policy's `mustNotReach`.
 */
function intendedIsolation(model: NetworkModel, config: PolicyConfig): ReadonlySet<string> {
    const configured = config["alicloud-intended-connectivity"]?.mustNotReach;
    const pairs = [
        ...componentsIntent(model.graph).mustNotReach,
        ...(Array.isArray(configured) ? (configured as VpcPair[]) : []),
    ];
    return new Set(pairs.map((p) => pairKey(p.from, p.to)));
}
