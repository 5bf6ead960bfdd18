// Helpers for asserting on recorded graphs.
import { RecordedResource } from "../../sdk/src/plan/graph";
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
