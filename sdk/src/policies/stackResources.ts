// The resources a stack policy receives, as the sdk's network model reads
// them: plain props with unknown values marked, linked by URN.
import { PolicyResource } from "@pulumi/policy";
import { accountOfProviderConfig } from "../core/accounts";
import { knownString, StackGraph, StackProvider, StackResource } from "../model/stackGraph";

// The key the policy SDK's unknown-checking proxy answers with the object it wraps.
// It is internal to the SDK, so it is not in its typings.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const policyProxy = require("@pulumi/policy/proxy") as Record<string, unknown>;
const PROXY_TARGET = String(policyProxy.getSpecialProxyTarget);

/**
 * The proxy throws on reading an unknown value; the model reads past it and
 * treats the SDK's unknown markers as unknown itself (isKnown), so no copy
 * of the properties is needed.
 */
function unproxied(props: Record<string, unknown>): Record<string, unknown> {
    return (props[PROXY_TARGET] as Record<string, unknown> | undefined) ?? props;
}

/**
 * The stack graph of the analysis under way. The policy SDK hands every
 * stack policy its own copy of the resources, so the graph is keyed by their
 * URNs and dropped on the next turn of the event loop: the pack's policies
 * run one after another within one turn, and the next AnalyzeStack call
 * arrives on a later one.
 */
let current: { urns: readonly string[]; graph: StackGraph } | undefined;

function sameUrns(resources: readonly PolicyResource[], urns: readonly string[]): boolean {
    return resources.length === urns.length && resources.every((r, i) => r.urn === urns[i]);
}

/**
 * The model's graph of the stack policy's resources, built once per analysis
 * and shared by every policy of the pack.
 */
export function stackGraphOf(resources: readonly PolicyResource[]): StackGraph {
    if (current && sameUrns(resources, current.urns)) {
        return current.graph;
    }
    const graph = buildStackGraph(resources);
    current = { urns: resources.map((r) => r.urn), graph };
    setImmediate(() => (current = undefined));
    return graph;
}

/** Converts the stack policy's resources into the model's graph, without tripping on unknown values. */
function buildStackGraph(resources: readonly PolicyResource[]): StackGraph {
    // One provider serves many resources: read its account once.
    const providers = new Map<string, StackProvider>();
    const providerOf = (p: NonNullable<PolicyResource["provider"]>): StackProvider => {
        let provider = providers.get(p.urn);
        if (!provider) {
            const props = unproxied(p.props);
            provider = {
                urn: p.urn,
                name: p.name,
                accountId: accountOfProviderConfig(props),
                region: knownString(props.region),
            };
            providers.set(p.urn, provider);
        }
        return provider;
    };
    return new StackGraph(
        resources.map((r): StackResource => {
            const props = unproxied(r.props);
            const propertyDependencies: Record<string, string[]> = {};
            for (const key in r.propertyDependencies) {
                propertyDependencies[key] = r.propertyDependencies[key].map((d) => d.urn);
            }
            return {
                urn: r.urn,
                type: r.type,
                name: r.name,
                id: typeof props.id === "string" ? props.id : undefined,
                props,
                propertyDependencies,
                dependencies: r.dependencies.map((d) => d.urn),
                parent: r.parent?.urn,
                provider: r.provider && providerOf(r.provider),
            };
        }),
    );
}
