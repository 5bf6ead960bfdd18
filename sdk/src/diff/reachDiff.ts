// What a change does to traffic, from the plans before and after it (a
// deployed state and the program, or two --json plans): the endpoint pairs
// that gain or lose delivery, those whose verdict becomes or stops being
// known, and the routes each table gains and loses.
import { PlanDocument } from "../plan/planJson";

type Ping = PlanDocument["pings"][number];
type Result = Ping["result"];

/** One pair whose verdict changes: the `pings` shape, with the verdict before it. */
export type PingChange = Ping & { readonly before: Result };

export interface ReachDiff {
    /** Pairs that deliver more: no packet before, requests or pings now; one-way before, pings now. */
    readonly gained: readonly PingChange[];
    /** Pairs that deliver less. */
    readonly lost: readonly PingChange[];
    /** Pairs decided on one side only: what the change does to them is not known. */
    readonly undecided: readonly PingChange[];
}

export interface RouteChange {
    /** The VPC's name, or the transit router table's label. */
    readonly table: string;
    readonly destination: string | null;
    readonly nextHop: string | null;
    readonly type: string;
}

export interface RoutesDiff {
    readonly added: readonly RouteChange[];
    readonly removed: readonly RouteChange[];
}

/** How much a verdict delivers: no packet, requests only, both ways. */
const DELIVERS: Readonly<Record<Result, number | undefined>> = {
    no: 0,
    "one-way": 1,
    yes: 2,
    undecided: undefined,
};

const pairKey = (p: Ping) => `${p.from.vpc}/${p.from.name} -> ${p.to.vpc}/${p.to.name}`;

/** The pairs present in both plans whose verdicts differ, sorted by how they change. */
export function reachDiff(before: PlanDocument, after: PlanDocument): ReachDiff {
    const previous = new Map(before.pings.map((p) => [pairKey(p), p]));
    const gained: PingChange[] = [];
    const lost: PingChange[] = [];
    const undecided: PingChange[] = [];
    for (const now of after.pings) {
        const then = previous.get(pairKey(now));
        if (!then || then.result === now.result) continue;
        const change = { ...now, before: then.result };
        const [a, b] = [DELIVERS[then.result], DELIVERS[now.result]];
        if (a === undefined || b === undefined) undecided.push(change);
        else (b > a ? gained : lost).push(change);
    }
    return { gained, lost, undecided };
}

/** Every route of every table of a plan, keyed by table and route. */
function routesOf(plan: PlanDocument): Map<string, RouteChange> {
    const routes = new Map<string, RouteChange>();
    const add = (table: string, r: PlanDocument["routeTables"]["vpc"][number]["routes"][number]) => {
        const change = {
            table,
            destination: r.destination,
            nextHop: r.nextHopName ?? r.nextHop,
            type: r.type,
        };
        routes.set(JSON.stringify(change), change);
    };
    for (const t of plan.routeTables.vpc) for (const r of t.routes) add(`VPC ${t.vpc}`, r);
    for (const t of plan.routeTables.transitRouter) for (const r of t.routes) add(t.table, r);
    return routes;
}

/** The routes each table gains and loses. */
export function routesDiff(before: PlanDocument, after: PlanDocument): RoutesDiff {
    const [then, now] = [routesOf(before), routesOf(after)];
    return {
        added: [...now].filter(([k]) => !then.has(k)).map(([, r]) => r),
        removed: [...then].filter(([k]) => !now.has(k)).map(([, r]) => r),
    };
}
