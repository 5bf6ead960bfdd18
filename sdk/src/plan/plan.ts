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
    unreadSection,
} from "./planReport";
import { policyPackConfig } from "./policyConfig";
import { PackLaunch } from "./packLaunch";
import { Diagnostic, PolicyConfig, PolicyPackProcess } from "./policyPack";
import { hasProgram, resolveProgram } from "./programTarget";
import { Graph } from "./graph";
import { readStates, StateSource } from "../state/stateFiles";
import { runModule, stackGraphOf } from "./programs";
import { stackConfig } from "./stackConfig";
import { registerTypeScript } from "./typescript";

/** What a plan run writes: the streams' text and the exit status. */
export interface PlanRun {
    readonly stdout: string;
    readonly stderr: string;
    readonly exitCode: 0 | 1;
}

function stateHeader(files: readonly string[], packDir: string): string {
    return [
        "=".repeat(100),
        `PLAN of the network deployed in ${files.join(", ")}`,
        "Read from the state files alone: nothing is called and no credentials are used. Secrets the files hold",
        "encrypted are unknown here, and listed.",
        `The pack's verdicts are those pulumi preview --policy-pack ${path.relative(process.cwd(), packDir) || "."} would give this network.`,
        "=".repeat(100),
    ].join("\n");
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

/** What is planned: the graph, how the report's header describes it, and the project it belongs to. */
interface Planned {
    readonly graph: Graph;
    readonly project: string;
    readonly heading: string;
    /** The state files read, for the JSON's `sources`. */
    readonly sources?: readonly StateSource[];
    /** What of the states the planner could not read. */
    readonly unread: readonly string[];
}

/**
 * Plans a program, or the network deployed in state files; throws a
 * PlanFailure (or a plain Error) for what the user must fix first. `pack` is
 * the package's pack, already starting.
 */
export async function plan(options: PlanOptions, pack: PackLaunch): Promise<PlanRun> {
    const packStarting = PolicyPackProcess.connect(pack);
    // Asked as soon as the pack serves, while the program may still run.
    const packInfo = packStarting.then((analyzer) => analyzer.getAnalyzerInfo());
    packInfo.catch(() => undefined);
    let planned: Planned;
    try {
        planned = plansState(options) ? deployed(options, pack.dir) : await programGraph(options, pack.dir);
    } catch (err) {
        void packStarting.then(
            (p) => p.stop(),
            () => undefined,
        );
        throw err;
    }
    return analyse(planned, options, packStarting, packInfo);
}

/** With --state, the deployed network is planned when asked (--state-only) or when there is no program to plan. */
function plansState(options: PlanOptions): boolean {
    return options.states.length > 0 && (options.stateOnly || !hasProgram(options.target));
}

/** The deployed network the state files hold. */
function deployed(options: PlanOptions, packDir: string): Planned {
    const states = readStates(options.states, options.accounts);
    const files = options.states.map((f) => path.relative(process.cwd(), f) || f);
    return {
        graph: states.graph,
        project: "deployed",
        heading: stateHeader(files, packDir),
        sources: states.sources,
        unread: states.unread,
    };
}

/** The graph the program registers under the mock engine. */
async function programGraph(options: PlanOptions, packDir: string): Promise<Planned> {
    const program = resolveProgram(options.target);
    const config = stackConfig(program, options.stack, options.config);
    registerTypeScript(program.file, program.dir, options.typecheck);
    const graph = await inDirectory(program.dir, () =>
        runModule(program.file, {
            project: program.project,
            stack: options.stack,
            config,
            preview: options.preview,
        }),
    );
    if (graph.errors.length > 0) {
        throw programFailure(graph.errors, configHint(program.dir, options, graph.errors));
    }
    return {
        graph,
        project: program.project,
        heading: header(program.file, program.project, options.preview, packDir),
        unread: [],
    };
}

/** The model, the pack's verdicts and the pings of what is planned, as text or JSON. */
async function analyse(
    planned: Planned,
    options: PlanOptions,
    packStarting: Promise<PolicyPackProcess>,
    packInfo: ReturnType<PolicyPackProcess["getAnalyzerInfo"]>,
): Promise<PlanRun> {
    const { graph, project } = planned;
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
        diagnostics = await analyzer.run(graph, { project, stack: options.stack });
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
        const document = planDocument(project, graph, model, pings, diagnostics, isolated, privateLink);
        const json = JSON.stringify(
            planned.sources ? { ...document, sources: planned.sources, unread: planned.unread } : document,
            null,
            2,
        );
        fs.writeFileSync(path.join(options.outDir, "plan.json"), json + "\n");
        return { stdout: json + "\n", stderr: refused, exitCode };
    }
    const text = [
        planned.heading,
        resourcesSection(graph, planned.sources !== undefined),
        routeTablesSection(model),
        pingSection(model, pings, isolated),
        privateLinkSection(privateLink),
        unmodelledSection(model),
        unreadSection(planned.unread),
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
