// The plugin other languages use: how long it takes to start and answer
// GetSchema, as the language host starts it, and what Construct of the
// measured network costs against the same component in a TypeScript program
// (both against the stand-in engine on 127.0.0.1, the program's cost being
// its run with the component less its run without).
import * as path from "path";
import { runAsLanguageHost } from "../tests/harness/languageHost";
import { ref, repositoryPluginDir, startPlugin } from "../tests/harness/pluginHost";
import { StandInEngine } from "../tests/harness/standInEngine";
import { median } from "./measure";
import { ACCOUNTS, peeringArgs, REGION } from "./pluginNetwork";

const PROGRAM = path.join(__dirname, "pluginProgram", "index.ts");
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Starts the plugin and asks for its schema; wall clock from spawn to the schema's arrival. */
async function startup(pluginDir: string): Promise<number> {
    const engine = new StandInEngine();
    await engine.start();
    const start = process.hrtime.bigint();
    const plugin = await startPlugin(pluginDir, engine);
    try {
        await plugin.getSchema();
        return ms(start);
    } finally {
        plugin.stop();
        engine.stop();
    }
}

/** Construct of the network of `vpcs` VPCs through the plugin, timed from the call to its answer. */
async function construct(pluginDir: string, vpcs: number): Promise<number> {
    const engine = new StandInEngine();
    await engine.start();
    const plugin = await startPlugin(pluginDir, engine);
    try {
        engine.register({
            type: "pulumi:pulumi:Stack",
            name: `${engine.project}-${engine.stack}`,
            parent: "",
            custom: false,
            provider: "",
            dependencies: [],
            propertyDependencies: {},
            inputs: {},
        });
        const providers = Array.from({ length: ACCOUNTS }, (_, i) =>
            engine.register({
                type: "pulumi:providers:alicloud",
                name: `account-${i}`,
                parent: engine.stackUrn,
                custom: true,
                provider: "",
                dependencies: [],
                propertyDependencies: {},
                inputs: { region: REGION },
            }),
        );
        const inputs = peeringArgs(
            { provider: (i) => ref(providers[i].urn, providers[i].id, "3.108.0") },
            vpcs,
        );
        const start = process.hrtime.bigint();
        await plugin.construct({
            engine,
            type: "alicloud-multi-account-network:index:CrossAccountCenPeering",
            name: "peering",
            inputs,
        });
        return ms(start);
    } finally {
        plugin.stop();
        engine.stop();
    }
}

/** The same component in a TypeScript program: the program's run with it less its run without. */
async function inProgram(vpcs: number): Promise<number> {
    const run = async (component: boolean) => {
        process.env.BENCH_VPCS = String(vpcs);
        process.env.BENCH_COMPONENT = component ? "1" : "0";
        const start = process.hrtime.bigint();
        const result = await runAsLanguageHost(PROGRAM);
        if (result.exitCode !== 0) throw new Error(`the program failed:\n${result.stderr}`);
        return ms(start);
    };
    const without = await run(false);
    const withComponent = await run(true);
    return withComponent - without;
}

/** Median startup and, at each size, the median cost of Construct and of the program, alternating. */
export async function pluginBench(runs: number, sizes: readonly number[]) {
    const pluginDir = repositoryPluginDir();
    const startups: number[] = [];
    for (let i = 0; i < runs; i++) startups.push(await startup(pluginDir));
    const construction = [];
    for (const vpcs of sizes) {
        const plugin: number[] = [];
        const program: number[] = [];
        for (let i = 0; i < runs; i++) {
            plugin.push(await construct(pluginDir, vpcs));
            program.push(await inProgram(vpcs));
        }
        const constructMs = Math.round(median(plugin));
        const programMs = Math.round(median(program));
        construction.push({ vpcs, constructMs, programMs, ratio: +(constructMs / programMs).toFixed(2) });
    }
    return { startupMs: Math.round(median(startups)), construction };
}
