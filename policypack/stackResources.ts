// The resources a stack policy receives, as the sdk's network model reads
// them: plain props with unknown values marked, linked by URN.
import { PolicyResource } from "@pulumi/policy";
import { accountOfProviderConfig } from "../sdk/src/core/accounts";
import { StackGraph, StackResource, UNKNOWN_VALUE } from "../sdk/src/model/stackGraph";

// The policy SDK's own markers: the values it deserializes unknowns to, and
// the key its unknown-checking proxy answers with the unwrapped object.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const proxy = require("@pulumi/policy/proxy") as Record<string, unknown>;
const UNKNOWN_SENTINELS = new Set(
    Object.entries(proxy)
        .filter(([key]) => /^unknown[A-Za-z]+Value$/.test(key))
        .map(([, value]) => value),
);
const PROXY_TARGET = String(proxy.getSpecialProxyTarget);

/** The policy SDK's proxy throws on reading an unknown value; this reads past it. */
function unproxied(props: Record<string, unknown>): Record<string, unknown> {
    return (props[PROXY_TARGET] as Record<string, unknown> | undefined) ?? props;
}

function withUnknownsMarked(value: unknown): unknown {
    if (typeof value === "string") {
        return UNKNOWN_SENTINELS.has(value) ? UNKNOWN_VALUE : value;
    }
    if (Array.isArray(value)) {
        return value.map(withUnknownsMarked);
    }
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUnknownsMarked(v)]));
    }
    return value;
}

/** Converts the stack policy's resources into the model's graph, without tripping on unknown values. */
export function stackGraphOf(resources: readonly PolicyResource[]): StackGraph {
    return new StackGraph(
        resources.map((r): StackResource => {
            const props = withUnknownsMarked(unproxied(r.props)) as Record<string, unknown>;
            const providerProps = r.provider
                ? (withUnknownsMarked(unproxied(r.provider.props)) as Record<string, unknown>)
                : {};
            return {
                urn: r.urn,
                type: r.type,
                name: r.name,
                id: typeof props.id === "string" ? props.id : undefined,
                props,
                propertyDependencies: Object.fromEntries(
                    Object.entries(r.propertyDependencies).map(([k, deps]) => [k, deps.map((d) => d.urn)]),
                ),
                dependencies: r.dependencies.map((d) => d.urn),
                parent: r.parent?.urn,
                provider: r.provider && {
                    urn: r.provider.urn,
                    name: r.provider.name,
                    accountId: accountOfProviderConfig(providerProps),
                },
            };
        }),
    );
}
