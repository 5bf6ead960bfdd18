// The pack's first call, what a real `pulumi preview` pays: the CLI starts a
// fresh pack process per run and calls AnalyzeStack once. Each measurement
// here is a new process of the pack and of the SDK's floor (the same
// policies validating nothing), alternating, timed on the call alone.
import * as path from "path";
import { analyzeStackRequest, PolicyPackProcess } from "../sdk/src/plan/policyPack";
import { median, ROOT } from "./measure";
import { syntheticStack } from "./syntheticStack";

async function firstCallMs(dir: string, request: Uint8Array): Promise<number> {
    const pack = await PolicyPackProcess.start(dir);
    try {
        await pack.configure({});
        const start = process.hrtime.bigint();
        await pack.analyzeStackEncoded(request);
        return Number(process.hrtime.bigint() - start) / 1e6;
    } finally {
        pack.stop();
    }
}

/** Medians of `runs` fresh-process first calls, pack and floor alternating, at each size. */
export async function firstCall(sizes: readonly number[], runs: number) {
    const rows = [];
    for (const size of sizes) {
        const graph = syntheticStack(size);
        const request = analyzeStackRequest(graph).serializeBinary();
        const pack: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i < runs; i++) {
            pack.push(await firstCallMs(path.join(ROOT, "policypack"), request));
            floor.push(await firstCallMs(path.join(ROOT, "bench", "sdkFloorPack"), request));
        }
        const [packMs, floorMs] = [median(pack), median(floor)];
        rows.push({
            resources: graph.resources.length,
            firstCallMs: Math.round(packMs),
            sdkFloorFirstCallMs: Math.round(floorMs),
            ratio: +(packMs / floorMs).toFixed(3),
        });
    }
    return rows;
}

if (require.main === module) {
    const sizes = (process.env.BENCH_FIRST_CALL_VPCS ?? "1400").split(",").map(Number);
    void firstCall(sizes, Number(process.env.BENCH_RUNS ?? 5)).then((rows) => console.log(rows));
}
