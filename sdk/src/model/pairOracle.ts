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
    const groupOf = new Map<string, number>();
    endpointGroups(model, endpointsOf(model.graph)).forEach((g, i) => {
        // A group of one is its own walk: nothing to share.
        if (g.members.length > 1) for (const e of g.members) groupOf.set(key(e), i);
    });
    const pairKey = (from: Endpoint, to: Endpoint) => {
        const [a, b] = [groupOf.get(key(from)), groupOf.get(key(to))];
        return a === undefined || b === undefined ? undefined : `${a} ${b}`;
    };
    const walked = new Map<string, PingResult>();
    const resting = new Map<string, boolean>();
    const result = (from: Endpoint, to: Endpoint): PingResult => {
        const k = pairKey(from, to);
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
            const k = pairKey(from, to);
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
