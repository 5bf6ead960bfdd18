// Messages in the words of the program that called: Pulumi's code generators
// rename the schema's properties for each language (`zoneMappings` is
// `zone_mappings` in Python and `ZoneMappings` in Go and .NET), so an error
// that names the TypeScript argument would name something the user never
// wrote. The plugin runs in the program's directory and reads its runtime
// from Pulumi.yaml.
import * as fs from "fs";
import * as path from "path";
import { PackageSpec } from "./schemaSpec";

/** How a language spells a schema property name. */
type Spelling = "snake" | "pascal";

const SPELLINGS: Readonly<Record<string, Spelling>> = { python: "snake", go: "pascal", dotnet: "pascal" };

/** The runtime of the Pulumi project in `dir` (`python`, `go`, `dotnet`, `java`, `yaml`, `nodejs`), if it has one. */
export function programRuntime(dir: string): string | undefined {
    for (const file of ["Pulumi.yaml", "Pulumi.yml"]) {
        const text = readIfPresent(path.join(dir, file));
        // The runtime is `runtime: python` or `runtime:\n  name: python`; no YAML parser needed for it.
        const match = text && /^runtime:[ \t]*(?:(\w+)|\r?\n[ \t]+name:[ \t]*(\w+))/m.exec(text);
        if (match) return match[1] ?? match[2];
    }
    return undefined;
}

function readIfPresent(file: string): string | undefined {
    try {
        return fs.readFileSync(file, "utf8");
    } catch {
        return undefined;
    }
}

/** Every property name of the schema's components and types. */
export function schemaPropertyNames(schema: PackageSpec): Set<string> {
    const names = new Set<string>();
    for (const resource of Object.values(schema.resources)) {
        Object.keys(resource.inputProperties).forEach((n) => names.add(n));
    }
    for (const type of Object.values(schema.types))
        Object.keys(type.properties ?? {}).forEach((n) => names.add(n));
    return names;
}

/**
 * `message` with each argument named as `runtime`'s programs write it: a
 * property of two words or more wherever it stands, a one-word property
 * where it stands as an argument (before `[`, `.` or `:`), so prose keeps its
 * words. Messages for languages that keep the schema's names are unchanged.
 */
export function inProgramWords(
    message: string,
    runtime: string | undefined,
    names: ReadonlySet<string>,
): string {
    const spelling = runtime ? SPELLINGS[runtime] : undefined;
    if (!spelling) return message;
    return message.replace(
        /\b[a-z][a-zA-Z0-9]*\b(?=(\[|\.|:)?)/g,
        (word, after: string | undefined, offset, whole) => {
            if (!names.has(word)) return word;
            const multiword = /[A-Z]/.test(word);
            // A one-word name is an argument when a path follows it, or when it follows a path's dot.
            const inPath = after !== undefined || whole[offset - 1] === ".";
            if (!multiword && !inPath) return word;
            return spelling === "snake"
                ? word.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase()
                : word[0].toUpperCase() + word.slice(1);
        },
    );
}
