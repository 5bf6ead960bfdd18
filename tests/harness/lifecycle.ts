// What `pulumi up` would do to go from one registered graph to the next (the
// planner's engineSteps, by resource name), and what happens while it runs.
import { Graph, RecordedResource } from "../../sdk/src/plan/graph";
import { engineSteps } from "../../sdk/src/plan/engineSteps";

export interface UpdatePlan {
    readonly created: string[];
    readonly updated: { name: string; changed: string[] }[];
    readonly replaced: { name: string; changed: string[] }[];
    readonly deleted: string[];
}

const custom = (g: Graph) => new Map(g.resources.filter((r) => r.custom).map((r) => [r.urn, r]));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The engine's steps from `before` to `after` (the planner's own, engineSteps), by resource name. */
export function updatePlan(before: Graph, after: Graph): UpdatePlan {
    const steps = engineSteps(before, after);
    const named = (op: string) => steps.filter((s) => s.op === op);
    return {
        created: named("create")
            .map((s) => s.name)
            .sort(),
        updated: named("update").map((s) => ({ name: s.name, changed: [...s.changed] })),
        replaced: named("replace").map((s) => ({ name: s.name, changed: [...s.changed] })),
        deleted: named("delete")
            .map((s) => s.name)
            .sort(),
    };
}

/**
 * Route table entries for one destination that would exist at once during
 * the update: the engine creates new and replacement resources (create before
 * delete) before it deletes the old ones, so the old and the new entries of
 * one table stand side by side. The VPC API refuses a second entry for a
 * destination in a route table, so every pair listed here fails the update.
 */
export function duplicateRouteEntriesDuringUpdate(before: Graph, after: Graph): string[] {
    const old = custom(before);
    const entry = (r: RecordedResource) =>
        `${String(r.inputs.routeTableId)} ${String(r.inputs.destinationCidrblock)}`;
    const type = "alicloud:vpc/routeEntry:RouteEntry";
    const standing = new Map<string, string>();
    for (const r of old.values()) if (r.type === type) standing.set(entry(r), r.name);
    const duplicates: string[] = [];
    for (const r of custom(after).values()) {
        if (r.type !== type) continue;
        const previous = old.get(r.urn);
        if (previous && same(previous.inputs, r.inputs)) continue;
        const holder = standing.get(entry(r));
        if (holder !== undefined) duplicates.push(`${entry(r)}: ${holder} and ${r.name}`);
    }
    return duplicates.sort();
}

/**
 * The order the engine deletes `names` in, from the graph they were in: in
 * waves, each resource only after every deleted resource that depends on
 * it (explicitly or through an input) is gone; the engine may delete the
 * resources of one wave in parallel.
 */
export function deletionOrder(before: Graph, names: readonly string[]): string[][] {
    const deleted = before.resources.filter((r) => names.includes(r.name));
    const dependsOn = (r: RecordedResource) =>
        new Set([...r.dependencies, ...Object.values(r.propertyDependencies).flat()]);
    const remaining = new Set(deleted);
    const waves: string[][] = [];
    while (remaining.size > 0) {
        // Deletable now: no remaining resource depends on it.
        const wave = [...remaining].filter((r) => ![...remaining].some((o) => dependsOn(o).has(r.urn)));
        if (wave.length === 0) throw new Error(`dependency cycle among ${[...remaining].map((r) => r.name)}`);
        wave.forEach((r) => remaining.delete(r));
        waves.push(wave.map((r) => r.name).sort());
    }
    return waves;
}
