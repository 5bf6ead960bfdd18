// A change as the plan reports it: against a deployed state (--state with a
// program) or an earlier plan (--against), the resources' steps, the
// reachability diff and the routes, as text (first in the report) and as
// the JSON `diff` section; and which of them --fail-on turns into exit 1.
import { PlanDocument } from "../plan/planJson";
import { ReachDiff, reachDiff, RouteChange, routesDiff, RoutesDiff, PingChange } from "./reachDiff";
import { ResourceChange } from "./resourceDiff";

export interface PlanDiff {
    /** What the plan is compared with: the state files, or an earlier plan. */
    readonly against: { readonly kind: "state" | "plan"; readonly files: readonly string[] };
    readonly resources: readonly ResourceChange[];
    readonly reach: ReachDiff;
    readonly routes: RoutesDiff;
}

/** What --fail-on can fail on. */
export const FAIL_ON = ["lost", "gained", "replace", "interrupt"] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The diff of two plan documents, with the resources' steps when they are known. */
export function planDiff(
    against: PlanDiff["against"],
    before: PlanDocument,
    after: PlanDocument,
    resources: readonly ResourceChange[],
): PlanDiff {
    return { against, resources, reach: reachDiff(before, after), routes: routesDiff(before, after) };
}

/**
 * The resources of two plans by URN, when only the plans are known (no
 * inputs to compare): created and deleted ones.
 */
export function resourcesBetweenPlans(before: PlanDocument, after: PlanDocument): ResourceChange[] {
    const [then, now] = [
        new Set(before.resources.map((r) => r.urn)),
        new Set(after.resources.map((r) => r.urn)),
    ];
    const step = (r: PlanDocument["resources"][number], op: "create" | "delete"): ResourceChange => ({
        urn: r.urn,
        type: r.type,
        name: r.name,
        op,
        changed: [],
    });
    return [
        ...after.resources
            .filter((r) => !then.has(r.urn) && r.provider !== null)
            .map((r) => step(r, "create")),
        ...before.resources
            .filter((r) => !now.has(r.urn) && r.provider !== null)
            .map((r) => step(r, "delete")),
    ];
}

/** The --fail-on categories the diff hits. */
export function failures(diff: PlanDiff, failOn: readonly FailOn[]): FailOn[] {
    const hit: Record<FailOn, boolean> = {
        lost: diff.reach.lost.length > 0,
        gained: diff.reach.gained.length > 0,
        replace: diff.resources.some((r) => r.op === "replace"),
        interrupt: diff.resources.some((r) => r.interruption !== undefined),
    };
    return failOn.filter((f) => hit[f]);
}

const SIGN = { create: "+", update: "~", replace: "+-", delete: "-" } as const;
const shortType = (type: string) => {
    const [, module, name] = type.split(":");
    return module && name ? `${module.split("/")[0]}.${name}` : type;
};

const pingLine = (p: PingChange) =>
    `    ${p.from.vpc}/${p.from.name} -> ${p.to.vpc}/${p.to.name}: ${p.before} -> ${p.result}${p.stoppedAt ? ` (stopped at ${p.stoppedAt}: ${p.reason})` : ""}`;
const routeLine = (r: RouteChange) =>
    `    ${r.table}: ${r.destination ?? "?"} -> ${r.nextHop ?? "?"} (${r.type})`;

/** The diff as the text report's first section. */
export function diffSection(diff: PlanDiff): string {
    const count = (op: ResourceChange["op"]) => diff.resources.filter((r) => r.op === op).length;
    const lines = [
        `Changes against ${diff.against.kind === "state" ? "the deployed stack" : "the earlier plan"} (${diff.against.files.join(", ")}):`,
        `  Resources: ${count("create")} to create, ${count("update")} to update, ${count("replace")} to replace, ${count("delete")} to delete`,
        ...diff.resources.map(
            (r) =>
                `    ${SIGN[r.op]} ${shortType(r.type)} ${r.name}${r.changed.length > 0 ? ` (${r.changed.join(", ")})` : ""}${r.mayReplace ? " [may replace: the planner does not know which of its arguments replace it]" : ""}${r.interruption ? `\n      ! ${r.interruption}` : ""}`,
        ),
    ];
    const section = (title: string, items: readonly string[]) =>
        items.length > 0 ? [`  ${title} (${items.length}):`, ...items] : [];
    lines.push(
        ...section("Reach gained", diff.reach.gained.map(pingLine)),
        ...section("Reach lost", diff.reach.lost.map(pingLine)),
        ...section("Reach no longer known either way", diff.reach.undecided.map(pingLine)),
        ...section("Routes added", diff.routes.added.map(routeLine)),
        ...section("Routes removed", diff.routes.removed.map(routeLine)),
    );
    if (diff.reach.gained.length + diff.reach.lost.length + diff.reach.undecided.length === 0) {
        lines.push("  Reach: no endpoint pair changes.");
    }
    return lines.join("\n");
}
