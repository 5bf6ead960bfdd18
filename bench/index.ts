// `npm run bench`: construction cost of the components against hand-written
// resources, the policy pack on large stacks, deployment critical paths, and
// the offline plan. Writes bench/results.json and prints the same as tables.
import * as fs from "fs";
import * as path from "path";
import { runProgram } from "../sdk/src/plan/mockEngine";
import { analyzeStackRequest, PolicyPackProcess } from "../sdk/src/plan/policyPack";
import { textTable } from "../sdk/src/plan/textTable";
import { criticalPathDepth, median, ROOT, runScript } from "./measure";
import { isolatedComponent, peeringComponent } from "./networks";
import { ownPolicyTime } from "./ownPolicyTime";
import { syntheticStack } from "./syntheticStack";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_VPCS ?? "3,60,300").split(",").map(Number);
const POLICY_SIZES = [1000, 2000, 5000, 10000];

async function construction() {
    const rows = [];
    for (const vpcs of SIZES) {
        // Component and hand-written runs alternate, so drift in the machine's speed hits both alike.
        const runs: Record<string, { ms: number; peakMb: number; resources: number }[]> = {
            component: [],
            raw: [],
        };
        for (let i = 0; i < RUNS; i++) {
            for (const mode of ["component", "raw"]) {
                const run = runScript<{ peakMb: number; resources: number }>("bench/constructionWorker.ts", [
                    mode,
                    String(vpcs),
                ]);
                runs[mode].push({ ms: run.ms, ...run.result });
            }
        }
        const summary = (mode: string) => ({
            ms: median(runs[mode].map((r) => r.ms)),
            peakMb: median(runs[mode].map((r) => r.peakMb)),
            resources: runs[mode][0].resources,
        });
        const component = summary("component");
        const raw = summary("raw");
        if (component.resources !== raw.resources) {
            throw new Error(`different networks: ${component.resources} vs ${raw.resources} resources`);
        }
        rows.push({
            vpcs,
            resources: raw.resources,
            componentMs: Math.round(component.ms),
            rawMs: Math.round(raw.ms),
            componentPeakMb: Math.round(component.peakMb),
            rawPeakMb: Math.round(raw.peakMb),
            ratio: +(component.ms / raw.ms).toFixed(3),
        });
    }
    return rows;
}

/** What the engine side of AnalyzeStack costs here: building and encoding the request in JavaScript (the real engine does it in Go). */
function engineEncoding(graph: ReturnType<typeof syntheticStack>): number {
    const times = Array.from({ length: RUNS }, () => {
        const start = process.hrtime.bigint();
        analyzeStackRequest(graph).serializeBinary();
        return Number(process.hrtime.bigint() - start) / 1e6;
    });
    return median(times);
}

async function policy() {
    const pack = await PolicyPackProcess.start();
    try {
        await pack.configure({});
        const rows = [];
        for (const size of POLICY_SIZES) {
            const graph = syntheticStack(size);
            await pack.analyzeStack(graph); // warm-up
            const times: number[] = [];
            for (let i = 0; i < RUNS; i++) {
                const start = process.hrtime.bigint();
                await pack.analyzeStack(graph);
                times.push(Number(process.hrtime.bigint() - start) / 1e6);
            }
            rows.push({
                resources: graph.resources.length,
                analyzeStackMs: Math.round(median(times)),
                engineEncodingMs: Math.round(engineEncoding(graph)),
                policyCodeMs: Math.round(ownPolicyTime(graph, RUNS)),
            });
        }
        return rows;
    } finally {
        pack.stop();
    }
}

async function criticalPath() {
    const rows = [];
    const variants: [string, (n: number) => () => void][] = [
        ["CrossAccountCenPeering", peeringComponent],
        ["IsolatedSpokesWithSharedHub", (n) => isolatedComponent(n)],
        [
            'IsolatedSpokesWithSharedHub (hubRouteDestinations "peer-cidrs")',
            (n) => isolatedComponent(n, "peer-cidrs"),
        ],
    ];
    for (const [component, build] of variants) {
        for (const vpcs of SIZES) {
            const graph = await runProgram(build(vpcs));
            if (graph.errors.length > 0) throw new Error(graph.errors.join("\n"));
            rows.push({ component, vpcs, depth: criticalPathDepth(graph) });
        }
    }
    return rows;
}

function plan() {
    const times = Array.from({ length: RUNS }, () => runScript<unknown>("bench/planWorker.ts", []).ms);
    return { seedMs: Math.round(median(times)) };
}

async function main() {
    const results = {
        construction: await construction(),
        policy: await policy(),
        criticalPath: await criticalPath(),
        plan: plan(),
    };
    fs.writeFileSync(path.join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
    const table = (rows: Record<string, unknown>[]) =>
        textTable(
            Object.keys(rows[0]),
            rows.map((r) => Object.values(r).map(String)),
        );
    process.stdout.write(
        [
            `Construction (median of ${RUNS} alternating runs, each in its own process; target: ratio <= 1.05 at 300 VPCs)`,
            table(results.construction),
            "",
            "Policy pack AnalyzeStack through its real entry point (target: < 500 ms at 10,000 resources). engineEncodingMs: the harness building and encoding the request; policyCodeMs: this package's policies alone; the rest is the policy SDK (gRPC decoding, per-policy deserialization)",
            table(results.policy),
            "",
            "Deployment critical path (longest chain of resources that wait for each other)",
            table(results.criticalPath),
            "",
            `Offline plan of the seed sample (npm start): ${results.plan.seedMs} ms`,
            "",
        ].join("\n"),
    );
}

main().catch((err) => {
    process.stderr.write(`${err.stack ?? err}\n`);
    process.exit(1);
});
