// What a plan is of: the graph a program registers under the mock engine,
// the network deployed in state files, or a program against the states of
// its stack (a change), with how the report's header describes it.
import * as fs from "fs";
import * as path from "path";
import { Graph, stackOfUrn } from "./graph";
import { PlanOptions } from "./options";
import { programFailure, UsageError } from "./planFailure";
import { hasProgram, resolveProgram } from "./programTarget";
import { runModule } from "./programs";
import { stackConfig } from "./stackConfig";
import { registerTypeScript } from "./typescript";
import { readStates, StateSource } from "../state/stateFiles";

/** What is planned: the graph, how the report's header describes it, and the project it belongs to. */
export interface Planned {
    readonly graph: Graph;
    readonly project: string;
    readonly heading: string;
    /** The state files read, for the JSON's `sources`. */
    readonly sources?: readonly StateSource[];
    /** What of the states the planner could not read. */
    readonly unread: readonly string[];
    /** A program planned against its deployed stack: the network before the change, and the stack's own state. */
    readonly change?: {
        readonly before: Graph;
        readonly ownState: Graph;
        readonly program: Graph;
        readonly files: readonly string[];
    };
}

/** What the options ask to plan. */
export async function planned(options: PlanOptions, packDir: string): Promise<Planned> {
    if (options.states.length === 0) return programPlanned(options, packDir);
    if (options.stateOnly || !hasProgram(options.target)) return deployedPlanned(options, packDir);
    return changePlanned(options, packDir);
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
 * we were. The SDK records a stack trace for every resource (its source
 * position) and every promise it tracks; the plan shows none, so none is
 * captured while the program runs: on an estate, capturing them cost more
 * than the program's own work. Messages keep their text.
 */
async function inDirectory<T>(dir: string, run: () => Promise<T>): Promise<T> {
    const cwd = process.cwd();
    const errors = Error as { prepareStackTrace?: unknown; stackTraceLimit: number };
    const [prepareStackTrace, stackTraceLimit] = [errors.prepareStackTrace, errors.stackTraceLimit];
    process.chdir(dir);
    errors.prepareStackTrace = undefined;
    errors.stackTraceLimit = 0;
    try {
        return await run();
    } finally {
        errors.prepareStackTrace = prepareStackTrace;
        errors.stackTraceLimit = stackTraceLimit;
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

/** The deployed network the state files hold. */
function deployedPlanned(options: PlanOptions, packDir: string): Planned {
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

/** The graph the program registers under the mock engine; against `deployed`, the stack's state, what `pulumi up` makes of it. */
async function programPlanned(
    options: PlanOptions,
    packDir: string,
    stack?: { readonly name: string; readonly deployed: Graph },
): Promise<Planned> {
    const program = resolveProgram(options.target);
    // Against a deployed stack, its configuration is the stack's own, where the project has it.
    const ownConfig =
        stack && fs.existsSync(path.join(program.dir, `Pulumi.${stack.name}.yaml`)) ? stack.name : undefined;
    const config = stackConfig(program, options.stack ?? ownConfig, options.config);
    registerTypeScript(program.file, program.dir, options.typecheck);
    const graph = await inDirectory(program.dir, () =>
        runModule(program.file, {
            project: program.project,
            stack: stack?.name ?? options.stack,
            config,
            preview: options.preview,
            deployed: stack?.deployed,
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

/**
 * A program against the deployed network: the states of its own stack (its
 * project's) keep their ids where pulumi up keeps them; the other states
 * stand around it, unchanged.
 */
async function changePlanned(options: PlanOptions, packDir: string): Promise<Planned> {
    const states = readStates(options.states, options.accounts);
    const project = resolveProgram(options.target).project;
    const ofProject = states.graph.resources.filter((r) => stackOfUrn(r.urn)?.project === project);
    const stacks = [...new Set(ofProject.map((r) => stackOfUrn(r.urn)!.stack))];
    const files = options.states.map((f) => path.relative(process.cwd(), f) || f);
    if (stacks.length !== 1) {
        const projects = [...new Set(states.graph.resources.map((r) => stackOfUrn(r.urn)?.project ?? "?"))];
        throw new UsageError(
            stacks.length === 0
                ? `none of the states (${files.join(", ")}) is of project ${project}, the program's (they are of ${projects.join(", ")}); give its stack's pulumi stack export, or plan the states alone with --state-only.`
                : `the states hold stacks ${stacks.join(" and ")} of project ${project}; give the export of the one stack the program is planned against.`,
        );
    }
    const stack = stacks[0];
    if (options.stack !== undefined && options.stack !== stack) {
        throw new UsageError(
            `--stack ${options.stack} is not the stack of the state (${stack}); give --stack ${stack}, or that stack's export.`,
        );
    }
    const own = new Set(ofProject.map((r) => r.urn));
    const ownState: Graph = { ...states.graph, resources: ofProject };
    const program = await programPlanned(options, packDir, { name: stack, deployed: ownState });
    const around = states.graph.resources.filter((r) => !own.has(r.urn));
    return {
        ...program,
        heading: program.heading.replace(
            /^(=+\nOFFLINE PLAN of .*)$/m,
            `$1, against the deployed stack ${stack} (${files.join(", ")})`,
        ),
        graph: { ...program.graph, resources: [...program.graph.resources, ...around] },
        sources: states.sources,
        unread: states.unread,
        change: { before: states.graph, ownState, program: program.graph, files },
    };
}
