// The resources a stack policy receives, as the sdk's network model reads
// them: plain props with unknown values marked, linked by URN.
import { PolicyResource } from "@pulumi/policy";
import { accountOfProviderConfig } from "../sdk/src/core/accounts";
import { StackGraph, StackProvider, StackResource } from "../sdk/src/model/stackGraph";

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

/** Converts the stack policy's resources into the model's graph, without tripping on unknown values. */
export function stackGraphOf(resources: readonly PolicyResource[]): StackGraph {
    // One provider serves many resources: read its account once.
    const providers = new Map<string, StackProvider>();
    const providerOf = (p: NonNullable<PolicyResource["provider"]>): StackProvider => {
        let provider = providers.get(p.urn);
        if (!provider) {
            provider = { urn: p.urn, name: p.name, accountId: accountOfProviderConfig(unproxied(p.props)) };
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
