// Running programs under the mock engine, and reading what they registered.
import * as path from "path";
import { Graph, UNKNOWN } from "./graph";
import { RunOptions, runProgram } from "./mockEngine";
import { StackGraph, StackResource, UNKNOWN_VALUE } from "../model/stackGraph";

/** The package root (sdk/src/plan or sdk/bin/plan, three levels down). */
export const PACKAGE_ROOT = path.resolve(__dirname, "../../..");

/**
 * Runs a Pulumi program (a file, or a directory with index.ts or index.js)
 * afresh, as `pulumi up` or `pulumi preview` would. Relative paths are taken
 * from the package root.
 */
export function runModule(file: string, options: RunOptions = {}): Promise<Graph> {
    const resolved = require.resolve(path.resolve(PACKAGE_ROOT, file));
    return runProgram(() => {
        delete require.cache[resolved];
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require(resolved);
    }, options);
}

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
            dependencies: r.dependencies,
            parent: r.parent,
            provider: r.provider && {
                urn: r.provider.urn,
                name: r.provider.name,
                accountId: r.provider.configuredAccountId,
                region: r.provider.region,
            },
        })),
    );
}

/** The recorder's readable {@link UNKNOWN} back to the engine's sentinel, as policies and the model see it. */
function withEngineUnknowns(props: Record<string, unknown>): Record<string, unknown> {
    return JSON.parse(JSON.stringify(props, (_k, v) => (v === UNKNOWN ? UNKNOWN_VALUE : v)));
}
