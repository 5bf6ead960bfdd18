// Runs a program the way Pulumi's Node.js language host does: the SDK's own
// entry point (@pulumi/pulumi/cmd/run) in a child process, talking gRPC on
// 127.0.0.1 to a stand-in engine and resource monitor (standInEngine.ts).
import { spawn } from "child_process";
import * as path from "path";
import { EngineLog, PULUMI_DIR, Registration, StandInEngine } from "./standInEngine";

export { EngineLog } from "./standInEngine";

export interface HostRun {
    readonly logs: readonly EngineLog[];
    /** The URNs registered, in order. */
    readonly registered: readonly string[];
    /** What was registered, in order. */
    readonly registrations: readonly Registration[];
    readonly exitCode: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs `program` (a .ts file) as `pulumi up` would start it, and returns what the engine saw. */
export async function runAsLanguageHost(program: string, project = "host", stack = "dev"): Promise<HostRun> {
    const engine = new StandInEngine(project, stack);
    const address = await engine.start();
    try {
        const child = spawn(
            process.execPath,
            [
                path.join(PULUMI_DIR, "cmd", "run"),
                `--monitor=${address}`,
                `--engine=${address}`,
                `--project=${project}`,
                `--stack=${stack}`,
                `--pwd=${path.dirname(program)}`,
                program,
            ],
            {
                env: {
                    ...process.env,
                    PULUMI_NODEJS_TYPESCRIPT: "true",
                    PULUMI_NODEJS_TRANSPILE_ONLY: "true",
                },
                stdio: ["ignore", "pipe", "pipe"],
            },
        );
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        const exitCode = await new Promise<number | null>((resolve) => {
            const timer = setTimeout(() => child.kill(), 60000);
            child.on("exit", (code) => {
                clearTimeout(timer);
                resolve(code);
            });
        });
        return {
            logs: engine.logs,
            registered: engine.registrations.map((r) => r.urn),
            registrations: engine.registrations,
            exitCode,
            stdout,
            stderr,
        };
    } finally {
        engine.stop();
    }
}
