// Which program to plan: a Pulumi project directory (its Pulumi.yaml names
// the entry point), or a program file.
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";

export interface ProgramTarget {
    readonly file: string;
    readonly project: string;
}

interface PulumiYaml {
    name?: string;
    runtime?: string | { name?: string };
    main?: string;
}

function readProject(dir: string): PulumiYaml | undefined {
    const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    return file ? (yaml.load(fs.readFileSync(file, "utf8")) as PulumiYaml) : undefined;
}

/** Resolves a directory or file into the program file to run and its project name; throws a sentence when it cannot. */
export function resolveProgram(target: string): ProgramTarget {
    if (!fs.existsSync(target)) {
        throw new Error(`${target} does not exist; give a Pulumi project directory or a program file.`);
    }
    if (fs.statSync(target).isFile()) {
        const project = readProject(path.dirname(target));
        return { file: target, project: project?.name ?? path.basename(path.dirname(target)) };
    }
    const project = readProject(target);
    const runtime = typeof project?.runtime === "object" ? project.runtime.name : project?.runtime;
    if (project && runtime !== "nodejs") {
        throw new Error(
            `${target}/Pulumi.yaml has runtime ${String(runtime)}; the offline plan runs TypeScript and JavaScript (nodejs) programs.`,
        );
    }
    const main = path.resolve(target, project?.main ?? ".");
    const file =
        fs.existsSync(main) && fs.statSync(main).isFile()
            ? main
            : ["index.ts", "index.js"].map((f) => path.join(main, f)).find((f) => fs.existsSync(f));
    if (!file) {
        throw new Error(
            `${target} has no program: no index.ts or index.js${project?.main ? ` in ${project.main}` : ""}.`,
        );
    }
    return { file, project: project?.name ?? path.basename(path.resolve(target)) };
}
