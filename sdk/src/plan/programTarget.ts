// Which program to plan: a Pulumi project directory (its Pulumi.yaml names
// the entry point, else package.json's main, else index.ts or index.js), or
// a program file.
import * as fs from "fs";
import * as path from "path";
import { UsageError } from "./planFailure";
import * as yaml from "js-yaml";

export interface ProgramTarget {
    readonly file: string;
    readonly project: string;
    /** The directory of Pulumi.yaml (or of the file): the program's working directory, as under Pulumi. */
    readonly dir: string;
    /** Pulumi.yaml's `config` section: project-level values and defaults. */
    readonly projectConfig: Record<string, unknown>;
}

interface PulumiYaml {
    name?: string;
    runtime?: string | { name?: string };
    main?: string;
    config?: Record<string, unknown>;
}

function readProject(dir: string): PulumiYaml | undefined {
    const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    return file ? ((yaml.load(fs.readFileSync(file, "utf8")) as PulumiYaml | undefined) ?? {}) : undefined;
}

function packageMain(dir: string): string | undefined {
    const file = path.join(dir, "package.json");
    if (!fs.existsSync(file)) return undefined;
    const main = (JSON.parse(fs.readFileSync(file, "utf8")) as { main?: unknown }).main;
    return typeof main === "string" ? main : undefined;
}

function entryFile(dir: string, main: string | undefined): string | undefined {
    const resolved = path.resolve(dir, main ?? packageMain(dir) ?? ".");
    if (fs.existsSync(resolved) && fs.statSync(resolved).isFile()) return resolved;
    return ["index.ts", "index.js"].map((f) => path.join(resolved, f)).find((f) => fs.existsSync(f));
}

/** Resolves a directory or file into the program file to run and its project; throws a sentence when it cannot. */
export function resolveProgram(target: string): ProgramTarget {
    if (!fs.existsSync(target)) {
        throw new UsageError(`${target} does not exist; give a Pulumi project directory or a program file.`);
    }
    if (fs.statSync(target).isFile()) {
        const dir = path.dirname(target);
        const project = readProject(dir);
        return {
            file: target,
            project: project?.name ?? path.basename(dir),
            dir,
            projectConfig: project?.config ?? {},
        };
    }
    const project = readProject(target);
    const runtime = typeof project?.runtime === "object" ? project.runtime.name : project?.runtime;
    if (project && runtime !== "nodejs") {
        throw new UsageError(
            `${target}/Pulumi.yaml has runtime ${String(runtime)}; the offline plan runs TypeScript and JavaScript (nodejs) programs.`,
        );
    }
    const file = entryFile(target, project?.main);
    if (!file) {
        throw new UsageError(
            `${target} has no program: no index.ts or index.js${project?.main ? ` in ${project.main}` : ""}.`,
        );
    }
    return {
        file,
        project: project?.name ?? path.basename(path.resolve(target)),
        dir: target,
        projectConfig: project?.config ?? {},
    };
}

/** Whether the target is a program to plan: a program file, or a directory with a Pulumi project or an index file. */
export function hasProgram(target: string): boolean {
    if (!fs.existsSync(target)) return false;
    if (fs.statSync(target).isFile()) return true;
    return readProject(target) !== undefined || entryFile(target, undefined) !== undefined;
}
