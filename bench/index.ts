// `npm run bench`: construction cost of the components against hand-written
// resources, the policy pack on large stacks, deployment critical paths, and
// the offline plan. Writes bench/results.json and prints the same as tables.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runProgram } from "../sdk/src/plan/mockEngine";
import { analyzeStackRequest, PolicyPackProcess } from "../sdk/src/plan/policyPack";
import { textTable } from "../sdk/src/plan/textTable";
import { firstCall } from "./firstCall";
import { criticalPathDepth, median, ROOT, runScript } from "./measure";
import { isolatedComponent, peeringComponent } from "./networks";
import { DOMAINS, domainsComponent } from "./domains";
import { stackGraphOf } from "../sdk/src/plan/programs";
import { componentsIntent, intendedConnectivityFindings } from "../sdk/src/checks/intendedConnectivity";
import { ownPolicyTime } from "./ownPolicyTime";
import { syntheticStack } from "./syntheticStack";
import { installConsumer, LATEST, nodeBinary } from "../tests/harness/consumer";
import { pluginBench } from "./plugin";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Construction runs take seconds each and the machine's speed drifts by ±10 % between them: more runs.
const CONSTRUCTION_RUNS = Number(process.env.BENCH_CONSTRUCTION_RUNS ?? 7);
const SIZES = (process.env.BENCH_VPCS ?? "3,60,300").split(",").map(Number);
const POLICY_SIZES = [1000, 2000, 5000, 10000];
const FIRST_CALL_SIZES = [1000, 10000];
/** The multi-region network measured besides: 3 regions × 100 VPCs, full mesh. */
const MULTI_REGION = { vpcs: 300, regions: 3 };
/** Region counts whose deployment critical path is compared, at 60 VPCs. */
const CRITICAL_PATH_REGIONS = [1, 3, 6];
/** Sizes of the security-domains network. */
const DOMAIN_VPCS = [60, 300, 1000];
/** Sizes of the network constructed through the plugin. */
const PLUGIN_VPCS = [30, 100, 300];
/** Sizes of the estate planned from its state; the program is planned at the middle one. */
const ESTATE_VPCS = [100, 300, 1000];

async function construction() {
    return constructionRows([...SIZES.map((vpcs) => ({ vpcs, regions: 1 })), MULTI_REGION]);
}

/** Component against hand-written, per network: `peering` (the default) or `domains`. */
async function constructionRows(networks: { vpcs: number; regions: number; network?: string }[]) {
    const rows = [];
    for (const { vpcs, regions, network = "peering" } of networks) {
        // Component and hand-written runs alternate, so drift in the machine's speed hits both alike.
        const runs: Record<string, { ms: number; peakMb: number; cpuMs: number; resources: number }[]> = {
            component: [],
            raw: [],
        };
        for (let i = 0; i < CONSTRUCTION_RUNS; i++) {
            for (const mode of ["component", "raw"]) {
                const run = runScript<{ peakMb: number; cpuMs: number; resources: number }>(
                    "bench/constructionWorker.ts",
                    [mode, String(vpcs), String(regions), network],
                );
                runs[mode].push({ ms: run.ms, ...run.result });
            }
        }
        const summary = (mode: string) => ({
            ms: median(runs[mode].map((r) => r.ms)),
            peakMb: median(runs[mode].map((r) => r.peakMb)),
            cpuMs: median(runs[mode].map((r) => r.cpuMs)),
            resources: runs[mode][0].resources,
        });
        const component = summary("component");
        const raw = summary("raw");
        if (component.resources !== raw.resources) {
            throw new Error(`different networks: ${component.resources} vs ${raw.resources} resources`);
        }
        rows.push({
            vpcs,
            regions,
            resources: raw.resources,
            componentMs: Math.round(component.ms),
            rawMs: Math.round(raw.ms),
            componentPeakMb: Math.round(component.peakMb),
            rawPeakMb: Math.round(raw.peakMb),
            ratio: +(component.ms / raw.ms).toFixed(3),
            cpuRatio: +(component.cpuMs / raw.cpuMs).toFixed(3),
        });
    }
    return rows;
}

/** Median milliseconds of `runs` calls of `f`. */
async function timed(runs: number, f: () => Promise<unknown>): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        await f();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(times);
}

/**
 * AnalyzeStack on the pack and on the SDK's floor (the same policies, each
 * validating nothing), with the request encoded beforehand as the engine
 * sends it. Also: what encoding costs the harness in JavaScript, and what
 * this package's policies cost run in-process.
 */
async function policy() {
    const pack = await PolicyPackProcess.start();
    const floor = await PolicyPackProcess.start(path.join(ROOT, "bench", "sdkFloorPack"));
    try {
        await pack.configure({});
        await floor.configure({});
        await assertSameShape(pack, floor);
        const rows = [];
        for (const size of POLICY_SIZES) {
            const graph = syntheticStack(size);
            const request = analyzeStackRequest(graph).serializeBinary();
            await pack.analyzeStackEncoded(request); // warm-up
            await floor.analyzeStackEncoded(request);
            rows.push({
                resources: graph.resources.length,
                analyzeStackMs: Math.round(await timed(RUNS, () => pack.analyzeStackEncoded(request))),
                sdkFloorMs: Math.round(await timed(RUNS, () => floor.analyzeStackEncoded(request))),
                sdkFloorOnePolicyMs: Math.round(await floorWithOnePolicy(floor, request)),
                policyCodeMs: Math.round(ownPolicyTime(graph, RUNS)),
                harnessEncodingMs: Math.round(
                    await timed(RUNS, async () => analyzeStackRequest(graph).serializeBinary()),
                ),
                requestMb: +(request.length / 2 ** 20).toFixed(1),
            });
        }
        return rows;
    } finally {
        pack.stop();
        floor.stop();
    }
}

/** The floor with every policy but the first disabled: the SDK's cost that does not repeat per policy. */
async function floorWithOnePolicy(floor: PolicyPackProcess, request: Uint8Array): Promise<number> {
    const [, ...others] = (await floor.getAnalyzerInfo()).policies;
    await floor.configure(Object.fromEntries(others.map((p) => [p.name, { enforcementLevel: "disabled" }])));
    try {
        return await timed(RUNS, () => floor.analyzeStackEncoded(request));
    } finally {
        await floor.configure({});
    }
}

/** The floor only means something with the pack's own policies, levels and schemas. */
async function assertSameShape(pack: PolicyPackProcess, floor: PolicyPackProcess) {
    const shape = async (p: PolicyPackProcess) => JSON.stringify((await p.getAnalyzerInfo()).policies);
    if ((await shape(pack)) !== (await shape(floor))) {
        throw new Error(
            "bench/sdkFloorPack no longer serves the pack's policies; rebuild it from policypack/policies.ts",
        );
    }
}

/** How time grows from the smallest to the largest stack: n² would make the exponent 2, n log n about 1.1. */
function growth(rows: { resources: number; analyzeStackMs: number }[]) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const sizeRatio = last.resources / first.resources;
    const timeRatio = last.analyzeStackMs / first.analyzeStackMs;
    return {
        sizeRatio: +sizeRatio.toFixed(2),
        timeRatio: +timeRatio.toFixed(2),
        exponent: +(Math.log(timeRatio) / Math.log(sizeRatio)).toFixed(2),
    };
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
            rows.push({ component, vpcs, regions: 1, depth: criticalPathDepth(graph) });
        }
    }
    for (const regions of CRITICAL_PATH_REGIONS) {
        const graph = await runProgram(peeringComponent(60, regions));
        if (graph.errors.length > 0) throw new Error(graph.errors.join("\n"));
        rows.push({
            component: "CrossAccountCenPeering (full mesh)",
            vpcs: 60,
            regions,
            depth: criticalPathDepth(graph),
        });
    }
    return rows;
}

/**
 * CenSecurityDomains at 60 and 300 VPCs in six domains: construction against
 * the same network by hand (at 300), the critical path at each size, and the
 * policies on it with the VPCs in the stack: the intended-connectivity
 * policy pings every allowed pair and proves every other pair apart.
 */
async function domains() {
    const criticalPath = [];
    const policies = [];
    for (const vpcs of DOMAIN_VPCS) {
        const graph = await runProgram(domainsComponent(vpcs));
        if (graph.errors.length > 0) throw new Error(graph.errors.join("\n"));
        criticalPath.push({ vpcs, domains: DOMAINS.length, depth: criticalPathDepth(graph) });
        const inStack = await runProgram(domainsComponent(vpcs, true));
        if (inStack.errors.length > 0) throw new Error(inStack.errors.join("\n"));
        const stack = stackGraphOf(inStack);
        const intent = componentsIntent(stack);
        policies.push({
            vpcs,
            resources: inStack.resources.length,
            mustReachPairs: intent.mustReach.length,
            mustNotReachPairs: intent.mustNotReach.length,
            intendedConnectivityMs: Math.round(
                await timed(RUNS, async () => intendedConnectivityFindings(stack, intent)),
            ),
            allPoliciesMs: Math.round(ownPolicyTime(inStack, RUNS)),
        });
    }
    const construction = await constructionRows([{ vpcs: 300, regions: 1, network: "domains" }]);
    return { construction, criticalPath, policies };
}

/** The installed command on the root project, as a user runs it: one process per run, wall clock. */
function plan() {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-plan-"));
    const times = Array.from({ length: RUNS }, () => {
        const start = process.hrtime.bigint();
        const run = spawnSync(process.execPath, [path.join(ROOT, "sdk/bin/plan/cli.js"), "--out", out], {
            cwd: ROOT,
            encoding: "utf8",
        });
        if (run.status !== 0) throw new Error(`the plan failed:\n${run.stderr}`);
        return Number(process.hrtime.bigint() - start) / 1e6;
    });
    return { exampleMs: Math.round(median(times)) };
}

/** The planner's command in its own process, wall clock and peak memory. */
function planCommand(
    command: PlanCommand,
    args: string[],
): { ms: number; peakMb: number; stdoutBytes: number } {
    const start = process.hrtime.bigint();
    const run = spawnSync(
        command.node,
        ["-r", path.join(ROOT, "bench/reportPeak.js"), command.cli, ...args],
        {
            cwd: command.cwd,
            encoding: "utf8",
            maxBuffer: 512 * 1024 * 1024,
        },
    );
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`the plan failed:\n${run.stderr}`);
    const kb = Number(/peak-rss-kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN);
    return { ms, peakMb: Math.round(kb / 1024), stdoutBytes: Buffer.byteLength(run.stdout) };
}

/** The planner a user runs: Node.js binary, the installed command, the directory it runs in. */
interface PlanCommand {
    readonly node: string;
    readonly cli: string;
    readonly cwd: string;
    readonly toolchain: string;
}

/**
 * The package as a user installs it today: the packed tarball in a consumer
 * project holding the estate program, with the latest SDKs and TypeScript 6,
 * run on Node.js 24.
 */
function installedPlanner(): PlanCommand {
    const node = nodeBinary(24);
    const consumer = installConsumer("bench/estateProgram", LATEST);
    const version = (pkg: string) =>
        JSON.parse(fs.readFileSync(path.join(consumer.dir, "node_modules", pkg, "package.json"), "utf8"))
            .version as string;
    const nodeVersion = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
    return {
        node,
        cli: path.join(consumer.dir, "node_modules", ".bin", "alicloud-network-plan"),
        cwd: consumer.dir,
        toolchain: `Node.js ${nodeVersion}, @pulumi/pulumi ${version("@pulumi/pulumi")}, @pulumi/alicloud ${version("@pulumi/alicloud")}`,
    };
}

/**
 * The estate (N VPCs in ten accounts, two vSwitches, a security group and an
 * ECS instance each) planned from its stack export at each size, --json, and
 * as a program at 300 VPCs, by the installed command: wall clock, peak
 * memory of the command, JSON size.
 */
async function estate() {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-estate-"));
    const planner = installedPlanner();
    const fromState = [];
    for (const vpcs of ESTATE_VPCS) {
        const file = path.join(out, `estate-${vpcs}.json`);
        const written = runScript<number>("bench/estateWorker.ts", [String(vpcs), file]);
        const runs = Array.from({ length: Math.min(RUNS, 3) }, () =>
            planCommand(planner, ["--state", file, "--state-only", "--json", "--out", out]),
        );
        fromState.push({
            vpcs,
            resources: written.result,
            planMs: Math.round(median(runs.map((r) => r.ms))),
            peakMb: median(runs.map((r) => r.peakMb)),
            jsonMb: +(runs[0].stdoutBytes / 1024 / 1024).toFixed(1),
        });
    }
    const program = Array.from({ length: Math.min(RUNS, 3) }, () =>
        planCommand(planner, [".", "-c", "vpcs=300", "--out", out]),
    );
    return {
        toolchain: planner.toolchain,
        fromState,
        program: {
            vpcs: 300,
            planMs: Math.round(median(program.map((r) => r.ms))),
            peakMb: median(program.map((r) => r.peakMb)),
        },
    };
}

type Results = {
    construction: Awaited<ReturnType<typeof construction>>;
    policy: Awaited<ReturnType<typeof policy>>;
    policyGrowth: ReturnType<typeof growth>;
    policyFirstCall: Awaited<ReturnType<typeof firstCall>>;
    criticalPath: Awaited<ReturnType<typeof criticalPath>>;
    domains: Awaited<ReturnType<typeof domains>>;
    plan: ReturnType<typeof plan>;
    estate: Awaited<ReturnType<typeof estate>>;
    plugin: Awaited<ReturnType<typeof pluginBench>>;
};

/**
 * Every section, or those BENCH_SECTIONS names (e.g. `domains`), the others
 * kept from the last results.json.
 */
async function measureSections(): Promise<Results> {
    const file = path.join(ROOT, "bench", "results.json");
    const only = process.env.BENCH_SECTIONS?.split(",");
    const previous = (
        only && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
    ) as Results;
    const wanted = (section: keyof Results) => !only || only.includes(section);
    const results: Results = {
        construction: wanted("construction") ? await construction() : previous.construction,
        policy: wanted("policy") ? await policy() : previous.policy,
        policyGrowth: previous.policyGrowth,
        policyFirstCall: wanted("policyFirstCall")
            ? await firstCall(FIRST_CALL_SIZES, RUNS)
            : previous.policyFirstCall,
        criticalPath: wanted("criticalPath") ? await criticalPath() : previous.criticalPath,
        domains: wanted("domains") ? await domains() : previous.domains,
        plan: wanted("plan") ? plan() : previous.plan,
        estate: wanted("estate") ? await estate() : previous.estate,
        plugin: wanted("plugin") ? await pluginBench(Math.min(RUNS, 5), PLUGIN_VPCS) : previous.plugin,
    };
    results.policyGrowth = growth(results.policy);
    fs.writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
    return results;
}

async function main() {
    const results = await measureSections();
    const table = (rows: Record<string, unknown>[]) =>
        textTable(
            Object.keys(rows[0]),
            rows.map((r) => Object.values(r).map(String)),
        );
    process.stdout.write(
        [
            `Construction (median of ${CONSTRUCTION_RUNS} alternating runs, each in its own process; target: ratio <= 1.05 at 300 VPCs; cpuRatio: the same with CPU time, which machine drift moves less)`,
            table(results.construction),
            "",
            "Policy pack AnalyzeStack through its real entry point, request encoded beforehand as the engine sends it (target: < 500 ms at 10,000 resources).",
            "sdkFloorMs: the same call to the same policies validating nothing (the policy SDK's own cost); sdkFloorOnePolicyMs: the same with one policy enabled; policyCodeMs: this package's policies run in-process; harnessEncodingMs: what encoding the request costs in JavaScript (not timed above; the engine encodes in Go)",
            table(results.policy),
            `Growth from ${results.policy[0].resources} to ${results.policy[results.policy.length - 1].resources} resources: time x${results.policyGrowth.timeRatio} for size x${results.policyGrowth.sizeRatio}, exponent ${results.policyGrowth.exponent} (n log n is about 1.1, n squared 2)`,
            "",
            `The pack's first call, as a real pulumi preview pays it: a fresh pack process per call, median of ${RUNS}, against the SDK floor's first call in a fresh process (target: ratio <= 1.10)`,
            table(results.policyFirstCall),
            "",
            "Deployment critical path (longest chain of resources that wait for each other)",
            table(results.criticalPath),
            "",
            `CenSecurityDomains in ${DOMAINS.length} domains: construction against the same network by hand (median of ${CONSTRUCTION_RUNS} alternating runs; target: ratio <= 1.05)`,
            table(results.domains.construction),
            "Its deployment critical path (target: the same at every size)",
            table(results.domains.criticalPath),
            `Its policies in-process with the VPCs in the stack, median of ${RUNS}: the intended-connectivity policy alone (every allowed pair pinged, every other pair proven apart) and all policies`,
            table(results.domains.policies),
            "",
            `Offline plan of the root example, the planner's command in its own process, median of ${RUNS} (target: < 2000 ms): ${results.plan.exampleMs} ms`,
            "",
            `The estate planned from its stack export (--state, --json) by the installed command (${results.estate.toolchain}), in its own process, median of 3 (targets at 1,000 VPCs: <= 10 s, <= 1 GB, JSON <= 20 MB)`,
            table(results.estate.fromState),
            `The estate as a program of ${results.estate.program.vpcs} VPCs (target: <= 8 s): ${results.estate.program.planMs} ms, peak ${results.estate.program.peakMb} MB`,
            "",
            `The plugin for other languages: start and GetSchema (target: <= 2 s) ${results.plugin.startupMs} ms; Construct of CrossAccountCenPeering against the same component in a TypeScript program, both against the stand-in engine (target: ratio <= 1.10 at 300 VPCs)`,
            table(results.plugin.construction),
            "",
        ].join("\n"),
    );
}

main().catch((err) => {
    process.stderr.write(`${err.stack ?? err}\n`);
    process.exit(1);
});
