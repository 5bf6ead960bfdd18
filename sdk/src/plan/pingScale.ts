// How many pings a plan walks, and within what memory: an estate is walked
// by group (groupedPings); a network walked pair by pair is measured first,
// and one that would not fit in the memory the process may use is refused
// with its size and what helps, never left to crash the heap. `--explain`
// walks one pair.
import * as v8 from "v8";
import { Endpoint, endpointsOf } from "../model/endpoints";
import { PingResult } from "../model/reachability";
import { pingAcrossWorlds, pingsAcrossWorlds, Worlds } from "../model/worlds";
import { GROUPED_VPCS, explainText } from "./groupReport";
import { PlanFailure, UsageError } from "./planFailure";
import type { PlanRun } from "./plan";

/** Beyond this many endpoint pairs the matrix is walked by group, whatever the VPC count. */
const GROUPED_PAIRS = 40_000;
/** What one walked pair holds while the plan is made (its hops, both ways, and its JSON), measured at 300 VPCs. */
const BYTES_PER_PAIR = 2_600;

const endpointCount = (worlds: Worlds) => endpointsOf(worlds.base.graph).length;

/** Whether the network is an estate, reported by group: more than GROUPED_VPCS VPCs, or more pairs than a matrix shows. */
export function estateSized(worlds: Worlds): boolean {
    const n = endpointCount(worlds);
    return worlds.base.vpcTables.size > GROUPED_VPCS || n * n > GROUPED_PAIRS;
}

/** Every pair walked one by one, when that fits in the heap the process may use. */
export function pairPings(worlds: Worlds, limit = v8.getHeapStatistics().heap_size_limit): PingResult[] {
    const n = endpointCount(worlds);
    const pairs = n * n * worlds.worlds.length;
    const needed = pairs * BYTES_PER_PAIR;
    if (needed > limit * 0.6) {
        const mb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
        throw new PlanFailure(
            "usage",
            `The network has ${n} endpoints in ${worlds.base.vpcTables.size} VPCs${worlds.worlds.length > 1 ? `, in ${worlds.worlds.length} combinations of what preview leaves open` : ""}: ${pairs} pairs to walk one by one, about ${mb(needed)} MB, more than this process may use (${mb(limit)} MB). A plan of the network alone walks it by group: compare changes of an estate without --state (program) or --against, or give Node.js more memory: NODE_OPTIONS=--max-old-space-size=${Math.ceil(mb(needed / 0.6) / 1024) * 1024}.`,
        );
    }
    return pingsAcrossWorlds(worlds);
}

/** The endpoint a name stands for: an endpoint's label, `vpc/name` or name, or a VPC's name (its first endpoint). */
function endpointNamed(endpoints: readonly Endpoint[], name: string, option: string): Endpoint {
    const found =
        endpoints.find((e) => e.label === name || `${e.vpc.name}/${e.name}` === name || e.name === name) ??
        endpoints.find((e) => e.vpc.name === name);
    if (!found) {
        const some = endpoints.slice(0, 5).map((e) => `${e.vpc.name}/${e.name}`);
        throw new UsageError(
            `--explain ${option} ${JSON.stringify(name)} is no endpoint or VPC of the network; give a VPC's name or vpc/endpoint (${some.join(", ")}${endpoints.length > 5 ? ", ..." : ""}).`,
        );
    }
    return found;
}

/** `--explain FROM TO`: one pair's path, walked on its own. */
export function explained(worlds: Worlds, [from, to]: readonly [string, string]): PlanRun {
    const endpoints = endpointsOf(worlds.base.graph);
    const a = endpointNamed(endpoints, from, "FROM");
    const b = endpointNamed(endpoints, to, "TO");
    return { stdout: `${explainText(pingAcrossWorlds(worlds, a, b))}\n`, stderr: "", exitCode: 0 };
}
