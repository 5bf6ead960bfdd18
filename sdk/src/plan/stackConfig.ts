// Stack configuration as `pulumi up` hands it to a program: Pulumi.yaml's
// project config, then Pulumi.<stack>.yaml, then --config values, each key
// namespaced (`project:key`) and each value a string (structured values as JSON).
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";
import { ProgramTarget } from "./programTarget";
import { UsageError } from "./planFailure";

interface StackFile {
    config?: Record<string, unknown>;
}

const namespaced = (project: string, key: string) => (key.includes(":") ? key : `${project}:${key}`);

function isSecret(value: unknown): value is { secure: string } {
    return typeof value === "object" && value !== null && "secure" in value;
}

const asConfigString = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/** The program's configuration; throws a UsageError naming a secret it cannot read, or a stack file that is missing. */
export function stackConfig(
    program: ProgramTarget,
    stack: string | undefined,
    pairs: readonly string[],
): Record<string, string> {
    const config: Record<string, string> = {};
    for (const [key, spec] of Object.entries(program.projectConfig)) {
        // Pulumi.yaml: `key: value`, or `key: { type, default | value }`.
        const value =
            typeof spec === "object" && spec !== null && !Array.isArray(spec)
                ? ((spec as Record<string, unknown>).value ?? (spec as Record<string, unknown>).default)
                : spec;
        if (value !== undefined) config[namespaced(program.project, key)] = asConfigString(value);
    }
    const secrets: string[] = [];
    if (stack !== undefined) {
        const file = path.join(program.dir, `Pulumi.${stack}.yaml`);
        if (!fs.existsSync(file)) {
            throw new UsageError(
                `--stack ${stack}: ${file} does not exist; create it or leave --stack out.`,
                "config",
            );
        }
        const stackFile = (yaml.load(fs.readFileSync(file, "utf8")) as StackFile | undefined) ?? {};
        for (const [key, value] of Object.entries(stackFile.config ?? {})) {
            const name = namespaced(program.project, key);
            if (isSecret(value)) secrets.push(name);
            else config[name] = asConfigString(value);
        }
    }
    for (const pair of pairs) {
        const at = pair.indexOf("=");
        config[namespaced(program.project, pair.slice(0, at))] = pair.slice(at + 1);
    }
    const unread = secrets.filter((name) => !(name in config));
    if (unread.length > 0) {
        throw new UsageError(
            `Pulumi.${stack}.yaml holds secret(s) ${unread.join(", ")}, which the offline plan cannot decrypt; give each as plain text with --config ${unread[0].replace(`${program.project}:`, "")}=<value>.`,
            "config",
        );
    }
    return config;
}
