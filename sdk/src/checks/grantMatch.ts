// Which grants authorize an instance: the cross-account grant of a transit
// router attachment and the authorization of an Express Connect Router
// association are matched the same way, by the instance id they name.
import { StackGraph, StackResource, knownString, sameValue } from "../model/stackGraph";

/** The values a property is known by: its known value and the resources it came from. */
function identities(r: StackResource, prop: string): string[] {
    const value = knownString(r.props[prop]);
    return [...(value ? [value] : []), ...(r.propertyDependencies?.[prop] ?? [])];
}

interface GrantIndex {
    readonly byInstance: Map<string, StackResource[]>;
    /** Grants whose instance cannot be told (neither value nor source known). */
    readonly opaque: StackResource[];
}

const indexes = new WeakMap<StackGraph, Map<string, GrantIndex>>();

/** The grants of `grantType` by the identities of their `instanceId`, built once per graph and type. */
function grantIndex(graph: StackGraph, grantType: string): GrantIndex {
    let byType = indexes.get(graph);
    if (!byType) indexes.set(graph, (byType = new Map()));
    let index = byType.get(grantType);
    if (!index) {
        index = { byInstance: new Map(), opaque: [] };
        for (const g of graph.ofType(grantType)) {
            const keys = identities(g, "instanceId");
            if (keys.length === 0) index.opaque.push(g);
            for (const k of keys) index.byInstance.set(k, [...(index.byInstance.get(k) ?? []), g]);
        }
        byType.set(grantType, index);
    }
    return index;
}

/**
 * The grants of `grantType` that may name the instance in `resource.props[prop]`:
 * those sharing a value or a source resource with it, plus those whose
 * instance cannot be told. From an index, so the checks stay O(n log n).
 */
export function candidateGrants(
    graph: StackGraph,
    grantType: string,
    resource: StackResource,
    prop: string,
): StackResource[] {
    const keys = identities(resource, prop);
    if (keys.length === 0) return [...graph.ofType(grantType)];
    const index = grantIndex(graph, grantType);
    return [...new Set([...keys.flatMap((k) => index.byInstance.get(k) ?? []), ...index.opaque])];
}

/** What the candidate grants say of one instance. */
export interface GrantMatch {
    /** Grants of this very instance with another (known) `instanceType`. */
    readonly wrongType: StackResource[];
    /** Grants of this instance with its `instanceType` (or one not known yet). */
    readonly granted: StackResource[];
    /** True when no grant is known to match but some may, once ids are known. */
    readonly undecided: boolean;
}

/** Sorts the candidates by whether they name the instance, and with which `instanceType`. */
export function matchGrants(
    candidates: readonly StackResource[],
    resource: StackResource,
    prop: string,
    instanceType: string,
): GrantMatch {
    const wrongType: StackResource[] = [];
    const granted: StackResource[] = [];
    let maybe = false;
    for (const grant of candidates) {
        const same = sameValue(grant, "instanceId", resource, prop);
        const type = knownString(grant.props.instanceType);
        if (type !== undefined && type !== instanceType) {
            if (same === true) wrongType.push(grant);
        } else if (same === true) {
            granted.push(grant);
        } else if (same === undefined) {
            maybe = true;
        }
    }
    return { wrongType, granted, undecided: granted.length === 0 && maybe };
}
