// Running programs under the mock engine, and reading what they registered.
import * as path from "path";
import { Graph, GraphView, RecordedResource, UNKNOWN } from "./graph";
import { RunOptions, runProgram } from "./mockEngine";
import { StackGraph, StackResource, UNKNOWN_VALUE } from "../../sdk/src/model/stackGraph";

export const REPO_ROOT = path.resolve(__dirname, "../..");

/** Runs a Pulumi TypeScript program file (an example) afresh, as `pulumi up` or `pulumi preview` would. */
export function runModule(file: string, options: RunOptions = {}): Promise<Graph> {
    const resolved = require.resolve(path.resolve(REPO_ROOT, file));
    return runProgram(() => {
        delete require.cache[resolved];
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require(resolved);
    }, options);
}

/** Both engine modes, for tests that must hold in each. */
export const MODES = [
    { name: "update", preview: false },
    { name: "preview", preview: true },
] as const;

/** The recorded graph as the network model reads it. */
export function stackGraphOf(graph: Graph): StackGraph {
    return new StackGraph(
        graph.resources.map((r): StackResource => ({
            urn: r.urn,
            type: r.type,
            name: r.name,
            id: r.id,
            props: withEngineUnknowns({ ...r.outputs, id: r.id ?? UNKNOWN }),
            propertyDependencies: r.propertyDependencies,
            provider: r.provider && {
                urn: r.provider.urn,
                name: r.provider.name,
                accountId: r.provider.configuredAccountId,
            },
        })),
    );
}

/** The short type name: `alicloud:cen/transitRouter:TransitRouter` → `TransitRouter`. */
export function shortType(type: string): string {
    return type.split(":").pop() ?? type;
}

/**
 * One line per child of a component: its type, name, the account of its
 * provider and what it depends on, e.g.
 * `TransitRouterVpcAttachment cen1-attachment-vpc3 @account-a <- cen1-cen, cen1-grant-vpc3`.
 * Sorted, so a whole graph compares with one deepEqual.
 */
export function childLines(view: GraphView, component: RecordedResource): string[] {
    return view
        .childrenOf(component)
        .map(
            (r) =>
                `${shortType(r.type)} ${r.name} @${r.provider?.name ?? "default"} <- ${view.dependencyNames(r).join(", ")}`,
        )
        .sort();
}

/** The recorder's readable {@link UNKNOWN} back to the engine's sentinel, as policies and the model see it. */
function withEngineUnknowns(props: Record<string, unknown>): Record<string, unknown> {
    return JSON.parse(JSON.stringify(props, (_k, v) => (v === UNKNOWN ? UNKNOWN_VALUE : v)));
}
