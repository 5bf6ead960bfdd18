// Helpers for asserting on recorded graphs.
import { strict as assert } from "assert";
import { Graph, RecordedResource } from "../../sdk/src/plan/graph";
import { GraphView } from "./graphView";

/** Both engine modes, for tests that must hold in each. */
export const MODES = [
    { name: "update", preview: false },
    { name: "preview", preview: true },
] as const;

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

/**
 * The problems a program that fails validation reports, one per line
 * (without the component's heading), after checking that it failed once and
 * created nothing.
 */
export function reportedProblems(graph: Graph): string[] {
    assert.equal(graph.errors.length, 1, JSON.stringify(graph.errors));
    assert.deepEqual(
        graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")).map((r) => r.name),
        [],
        "nothing of the component is created",
    );
    return graph.errors[0]
        .split("\n")
        .map((l) => l.replace(/^\s*- /, ""))
        .filter((l) => !/^\S+: invalid arguments:$/.test(l));
}
