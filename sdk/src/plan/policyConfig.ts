// Policy pack configuration as the engine hands it to a pack: the JSON file
// `pulumi preview --policy-pack-config` takes (`all`, and per policy a level
// or { enforcementLevel, ...settings }), checked against the policies the
// pack declares, with each setting's schema default filled in.
import * as fs from "fs";
import { UsageError } from "./planFailure";
import { EnforcementLevel, PolicyConfig, PolicyInfo } from "./policyPack";

const LEVELS: readonly string[] = ["advisory", "mandatory", "disabled", "remediate"];

type Entry = EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>);

function readFile(file: string): Record<string, Entry> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (err) {
        throw new UsageError(
            `--policy-config ${file}: ${(err as Error).message}; give a JSON file.`,
            "config",
        );
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new UsageError(
            `--policy-config ${file} must hold a JSON object keyed by policy name.`,
            "config",
        );
    }
    return parsed as Record<string, Entry>;
}

function checkLevel(file: string, where: string, level: unknown): void {
    if (level !== undefined && !LEVELS.includes(level as string)) {
        throw new UsageError(
            `--policy-config ${file}: ${where} has enforcement level ${JSON.stringify(level)}; use one of ${LEVELS.join(", ")}.`,
            "config",
        );
    }
}

/** The configuration to send the pack, from a file (or none) and the pack's policies. */
export function policyPackConfig(file: string | undefined, policies: readonly PolicyInfo[]): PolicyConfig {
    const given = file ? readFile(file) : {};
    const { all, ...perPolicy } = given;
    checkLevel(file ?? "", "all", all);
    const known = new Map(policies.map((p) => [p.name, p]));
    for (const name of Object.keys(perPolicy)) {
        if (!known.has(name)) {
            throw new UsageError(
                `--policy-config ${file}: the pack has no policy ${name}; its policies are ${[...known.keys()].join(", ")}.`,
                "config",
            );
        }
    }
    const config: PolicyConfig = {};
    for (const policy of policies) {
        const entry = perPolicy[policy.name];
        const { enforcementLevel, ...settings } =
            typeof entry === "string" ? { enforcementLevel: entry } : (entry ?? {});
        checkLevel(file ?? "", policy.name, enforcementLevel);
        const properties = policy.configSchema as Record<string, { default?: unknown }>;
        for (const key of Object.keys(settings)) {
            if (!(key in properties)) {
                throw new UsageError(
                    `--policy-config ${file}: ${policy.name} has no setting ${key}; its settings are ${Object.keys(properties).join(", ") || "none"}.`,
                    "config",
                );
            }
        }
        const defaults = Object.fromEntries(
            Object.entries(properties)
                .filter(([, schema]) => schema.default !== undefined)
                .map(([key, schema]) => [key, schema.default]),
        );
        config[policy.name] = {
            enforcementLevel:
                enforcementLevel ?? (all as EnforcementLevel | undefined) ?? policy.enforcementLevel,
            ...defaults,
            ...settings,
        };
    }
    return config;
}
