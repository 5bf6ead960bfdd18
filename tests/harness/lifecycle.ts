// What `pulumi up` would do to go from one registered graph to the next, the
// way the engine decides it: a URN in both is kept, updated in place or
// replaced (when a property the provider cannot update changes); a URN only
// in the new graph is created, one only in the old graph is deleted.
import { Graph, RecordedResource } from "../../sdk/src/plan/graph";
import { PROVIDER_RULES } from "../providerRules/providerRules";

/** Properties whose change the provider cannot apply in place (ForceNew), by type: the provider's own rules. */
const REPLACE_ON_CHANGE: Record<string, readonly string[]> = Object.fromEntries(
    Object.entries(PROVIDER_RULES).map(([type, rules]) => [type, rules.forceNew]),
);

export interface UpdatePlan {
    readonly created: string[];
    readonly updated: { name: string; changed: string[] }[];
    readonly replaced: { name: string; changed: string[] }[];
    readonly deleted: string[];
}

const custom = (g: Graph) => new Map(g.resources.filter((r) => r.custom).map((r) => [r.urn, r]));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedInputs(before: RecordedResource, after: RecordedResource): string[] {
    const keys = new Set([...Object.keys(before.inputs), ...Object.keys(after.inputs)]);
    return [...keys].filter((k) => !same(before.inputs[k], after.inputs[k])).sort();
}

/** The engine's steps from `before` to `after`, by resource name. */
export function updatePlan(before: Graph, after: Graph): UpdatePlan {
    const old = custom(before);
    const now = custom(after);
    const plan: UpdatePlan = { created: [], updated: [], replaced: [], deleted: [] };
    for (const [urn, r] of now) {
        const previous = old.get(urn);
        if (!previous) {
            plan.created.push(r.name);
            continue;
        }
        const changed = changedInputs(previous, r);
        if (changed.length === 0) continue;
        const forceNew = REPLACE_ON_CHANGE[r.type] ?? [];
        (changed.some((k) => forceNew.includes(k)) ? plan.replaced : plan.updated).push({
            name: r.name,
            changed,
        });
    }
    plan.deleted.push(...[...old].filter(([urn]) => !now.has(urn)).map(([, r]) => r.name));
    for (const list of [plan.created, plan.deleted]) list.sort();
    return plan;
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
