// Measurement helpers: medians, child processes, longest dependency chains.
import { spawnSync } from "child_process";
import * as path from "path";
import { Graph } from "../sdk/src/plan/graph";

export const ROOT = path.resolve(__dirname, "..");

export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a TypeScript script in a fresh node process; returns its wall time and its last stdout line as JSON. */
export function runScript<T>(script: string, args: string[]): { ms: number; result: T } {
    const start = process.hrtime.bigint();
    const run = spawnSync(
        process.execPath,
        ["-r", "ts-node/register/transpile-only", path.join(ROOT, script), ...args],
        {
            cwd: ROOT,
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024,
        },
    );
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`${script} ${args.join(" ")} failed:\n${run.stderr}`);
    const lines = run.stdout.trim().split("\n");
    return { ms, result: JSON.parse(lines[lines.length - 1]) as T };
}

/**
 * The deployment's critical path: the longest chain of resources to create
 * in which each waits for the one before (explicit or input dependencies).
 */
export function criticalPathDepth(graph: Graph): number {
    const created = new Map(
        graph.resources
            .filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"))
            .map((r) => [r.urn, r]),
    );
    const depth = new Map<string, number>();
    const visit = (urn: string): number => {
        const known = depth.get(urn);
        if (known !== undefined) return known;
        const r = created.get(urn)!;
        const deps = new Set(
            [...r.dependencies, ...Object.values(r.propertyDependencies).flat()].filter((d) =>
                created.has(d),
            ),
        );
        let longest = 0;
        for (const d of deps) longest = Math.max(longest, visit(d));
        depth.set(urn, longest + 1);
        return longest + 1;
    };
    let max = 0;
    for (const urn of created.keys()) max = Math.max(max, visit(urn));
    return max;
}
