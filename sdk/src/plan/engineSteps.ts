// What `pulumi up` does to go from one registered graph to the next, the way
// the engine decides it: a URN in both is kept, updated in place, or
// replaced (when an argument the provider cannot update changes, or the
// resource moves to another provider); a URN only in the new graph is
// created, one only in the old graph is deleted.
// https://www.pulumi.com/docs/iac/concepts/how-pulumi-works/
import { PROVIDER_RULES } from "../core/providerRules";
import { Graph, RecordedResource } from "./graph";

export type StepOp = "create" | "update" | "replace" | "delete";

export interface EngineStep {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly op: StepOp;
    /** The arguments whose values change (update, replace). */
    readonly changed: readonly string[];
    /** Why a replacement replaces: the arguments the provider cannot update (ForceNew), or `provider`. */
    readonly replacing?: readonly string[];
    /** The provider's rules do not cover the type: an update may be a replacement. */
    readonly forceNewUnknown?: true;
}

/** A JSON text of a value whose object keys are sorted: equal values, equal texts, whatever their key order. */
function canonical(value: unknown): string {
    return JSON.stringify(value, (_k, v: unknown) =>
        v !== null && typeof v === "object" && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
            : v,
    );
}

/**
 * The arguments whose values differ. A deployed resource's inputs also hold
 * the provider's defaults (listed in `__defaults`): one the program leaves
 * out is no change.
 */
export function changedInputs(before: RecordedResource, after: RecordedResource): string[] {
    const defaulted = new Set(
        Array.isArray(before.inputs.__defaults) ? (before.inputs.__defaults as string[]) : [],
    );
    const keys = new Set([...Object.keys(before.inputs), ...Object.keys(after.inputs)]);
    return [...keys]
        .filter((k) => !k.startsWith("__") && !(defaulted.has(k) && after.inputs[k] === undefined))
        .filter((k) => canonical(before.inputs[k]) !== canonical(after.inputs[k]))
        .sort();
}

/** The changed arguments of a kept URN that replace the resource: ForceNew ones (all of them for a type the rules do not cover). */
export function replacingArguments(before: RecordedResource, after: RecordedResource): string[] {
    const changed = changedInputs(before, after);
    return forceNewAmong(after.type, changed) ?? changed;
}

/** The changed arguments that make the provider replace the resource (a nested ForceNew argument counts for its block). */
function forceNewAmong(type: string, changed: readonly string[]): string[] | undefined {
    const rules = PROVIDER_RULES[type];
    if (!rules) return undefined;
    return changed.filter((k) =>
        rules.forceNew.some((f) => f === k || f.startsWith(`${k}.`) || f.startsWith(`${k}[]`)),
    );
}

/** The custom resources of a graph that a provider manages, by URN (providers themselves are not steps). */
const managed = (g: Graph) =>
    new Map(
        g.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")).map((r) => [r.urn, r]),
    );

/** The engine's steps from `before` to `after`, in `after`'s order, deletions last. */
export function engineSteps(before: Graph, after: Graph): EngineStep[] {
    const old = managed(before);
    const now = managed(after);
    const steps: EngineStep[] = [];
    for (const [urn, r] of now) {
        const previous = old.get(urn);
        const base = { urn, type: r.type, name: r.name };
        if (!previous) {
            steps.push({ ...base, op: "create", changed: [] });
            continue;
        }
        const changed = changedInputs(previous, r);
        const moved = (previous.provider?.urn ?? "") !== (r.provider?.urn ?? "");
        if (changed.length === 0 && !moved) continue;
        const forceNew = forceNewAmong(r.type, changed);
        const replacing = [...(forceNew ?? []), ...(moved ? ["provider"] : [])];
        steps.push({
            ...base,
            op: replacing.length > 0 ? "replace" : "update",
            changed,
            ...(replacing.length > 0 ? { replacing } : {}),
            ...(forceNew === undefined && replacing.length === 0 ? { forceNewUnknown: true as const } : {}),
        });
    }
    for (const [urn, r] of old) {
        if (!now.has(urn)) steps.push({ urn, type: r.type, name: r.name, op: "delete", changed: [] });
    }
    return steps;
}
