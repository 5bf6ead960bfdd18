// Pings asked pair by pair (the intended-connectivity check asks every pair
// of two members' endpoints) answered once per pair of endpoint groups: the
// first pair of a group pair is walked, and stands for the others. What a
// finding then says of one pair is walked for that pair.
import { Endpoint, endpointsOf } from "./endpoints";
import { endpointGroups } from "./endpointGroups";
import { NetworkModel } from "./networkModel";
import { isolationResting, ping, PingResult } from "./reachability";

export interface PairOracle {
    /** The pair's verdict and outcome: its own walk, or its group pair's with these endpoints. */
    result(from: Endpoint, to: Endpoint): PingResult;
    /** Whether the pair's isolation rests on one layer (see isolationResting), as its group pair's does. */
    restsOnOneLayer(from: Endpoint, to: Endpoint): boolean;
}

const key = (e: Endpoint) => `${e.vpc.urn}|${e.name}`;

const oracles = new WeakMap<NetworkModel, PairOracle>();

/** The model's oracle, made once. */
export function pairOracle(model: NetworkModel): PairOracle {
    let oracle = oracles.get(model);
    if (!oracle) {
        oracle = makeOracle(model);
        oracles.set(model, oracle);
    }
    return oracle;
}

function makeOracle(model: NetworkModel): PairOracle {
    const groups = endpointGroups(model, endpointsOf(model.graph));
    const groupOf = new Map<string, number>();
    groups.forEach((g, i) => {
        // A group of one is its own walk: nothing to share.
        if (g.members.length > 1) for (const e of g.members) groupOf.set(key(e), i);
    });
    // Callers ask about the same endpoint objects again and again: their group, looked up once each.
    const indexOf = new WeakMap<Endpoint, number>();
    const index = (e: Endpoint) => {
        let i = indexOf.get(e);
        if (i === undefined) {
            i = groupOf.get(key(e)) ?? -1;
            indexOf.set(e, i);
        }
        return i;
    };
    const pairIndex = (from: Endpoint, to: Endpoint) => {
        const [a, b] = [index(from), index(to)];
        return a < 0 || b < 0 ? undefined : a * groups.length + b;
    };
    const walked = new Map<number, PingResult>();
    const resting = new Map<number, boolean>();
    const result = (from: Endpoint, to: Endpoint): PingResult => {
        const k = pairIndex(from, to);
        if (k === undefined) return ping(model, from, to);
        const first = walked.get(k);
        if (first) return { ...first, from, to };
        const own = ping(model, from, to);
        walked.set(k, own);
        return own;
    };
    return {
        result,
        restsOnOneLayer: (from, to) => {
            const k = pairIndex(from, to);
            if (k === undefined) return isolationResting(model, ping(model, from, to)) !== undefined;
            let rests = resting.get(k);
            if (rests === undefined) {
                // The representative's own walk, as result() keeps it.
                result(from, to);
                rests = isolationResting(model, walked.get(k)!) !== undefined;
                resting.set(k, rests);
            }
            return rests;
        },
    };
}
