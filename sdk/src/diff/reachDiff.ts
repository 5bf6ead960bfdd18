// What a change does to traffic, from the plans before and after it (a
// deployed state and the program, or two --json plans): the endpoint pairs
// that gain or lose delivery, those whose verdict becomes or stops being
// known, and the routes each table gains and loses.
import { PlanDocument } from "../plan/planJson";

type Ping = PlanDocument["pings"][number];
type Result = Ping["result"];

/**
 * One pair whose verdict changes: the `pings` shape, with the verdict before
 * it; between estates, an example pair and how many pairs change alike.
 */
export type PingChange = Ping & { readonly before: Result; readonly pairs?: number };

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

/** The pairs present in both plans whose verdicts differ, by group when either plan is by group. */
export function reachDiff(before: PlanDocument, after: PlanDocument): ReachDiff {
    return before.pingGroups || after.pingGroups
        ? groupedReachDiff(before, after)
        : pairReachDiff(before, after);
}

/** The pairs present in both plans whose verdicts differ, sorted by how they change. */
function pairReachDiff(before: PlanDocument, after: PlanDocument): ReachDiff {
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

type JsonEndpoint = Ping["from"];
const endpointKey = (e: JsonEndpoint) => `${e.vpc}/${e.name}`;

/** A plan's matrix as groups: its pingGroups, or each endpoint a group of its own. */
interface Partition {
    readonly groupOf: ReadonlyMap<string, string>;
    readonly endpoints: ReadonlyMap<string, JsonEndpoint>;
    readonly result: ReadonlyMap<string, Ping>;
}

function partitionOf(plan: PlanDocument): Partition {
    const groupOf = new Map<string, string>();
    const endpoints = new Map<string, JsonEndpoint>();
    const result = new Map<string, Ping>();
    if (plan.pingGroups) {
        for (const g of plan.pingGroups.groups) {
            for (const m of g.members) {
                groupOf.set(endpointKey(m), g.id);
                endpoints.set(endpointKey(m), m);
            }
        }
        for (const r of plan.pingGroups.results) {
            const { example, from, to, ...rest } = r;
            result.set(`${from} ${to}`, { ...rest, from: example.from, to: example.to });
        }
    } else {
        for (const p of plan.pings) {
            for (const e of [p.from, p.to]) {
                groupOf.set(endpointKey(e), endpointKey(e));
                endpoints.set(endpointKey(e), e);
            }
            result.set(`${endpointKey(p.from)} ${endpointKey(p.to)}`, p);
        }
    }
    return { groupOf, endpoints, result };
}

/**
 * The change by cells: endpoints in the same group before and the same group
 * after are changed alike, so each ordered pair of cells is compared once;
 * each change names an example pair and counts the pairs it stands for.
 */
function groupedReachDiff(before: PlanDocument, after: PlanDocument): ReachDiff {
    const [then, now] = [partitionOf(before), partitionOf(after)];
    const cells = new Map<string, { then: string; now: string; members: JsonEndpoint[] }>();
    for (const [key, endpoint] of now.endpoints) {
        const [a, b] = [then.groupOf.get(key), now.groupOf.get(key)];
        if (a === undefined || b === undefined) continue;
        const cell = cells.get(`${a}|${b}`) ?? { then: a, now: b, members: [] };
        cell.members.push(endpoint);
        cells.set(`${a}|${b}`, cell);
    }
    const diff: { gained: PingChange[]; lost: PingChange[]; undecided: PingChange[] } = {
        gained: [],
        lost: [],
        undecided: [],
    };
    const list = [...cells.values()];
    for (const from of list) {
        for (const to of list) {
            const [was, is] = [
                then.result.get(`${from.then} ${to.then}`),
                now.result.get(`${from.now} ${to.now}`),
            ];
            if (!was || !is || was.result === is.result) continue;
            const byVpc = new Map<string, number>();
            for (const m of to.members) byVpc.set(m.vpc, (byVpc.get(m.vpc) ?? 0) + 1);
            let pairs = 0;
            let example: [JsonEndpoint, JsonEndpoint] | undefined;
            for (const a of from.members) {
                const others = to.members.length - (byVpc.get(a.vpc) ?? 0);
                pairs += others;
                if (!example && others > 0) example = [a, to.members.find((b) => b.vpc !== a.vpc)!];
            }
            if (!example) continue;
            const change: PingChange = {
                ...is,
                from: example[0],
                to: example[1],
                before: was.result,
                ...(pairs > 1 ? { pairs } : {}),
            };
            const [x, y] = [DELIVERS[was.result], DELIVERS[is.result]];
            if (x === undefined || y === undefined) diff.undecided.push(change);
            else (y > x ? diff.gained : diff.lost).push(change);
        }
    }
    return diff;
}
