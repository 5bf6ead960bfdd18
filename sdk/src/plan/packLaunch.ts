// Starting a policy pack's process the way the Pulumi CLI's language host
// does: @pulumi/pulumi/cmd/run-policy-pack as the pack directory resolves
// it, run with the pack directory as working directory, serving the Analyzer
// service on the port it prints. Kept free of heavy imports so the planner
// can start the pack (about a second) before it loads anything else.
import { ChildProcess, spawn } from "child_process";

export interface PackLaunch {
    /** The pack's directory, as `pulumi preview --policy-pack` takes it. */
    readonly dir: string;
    readonly child: ChildProcess;
    /** The port the pack serves on, once it prints it. */
    readonly port: Promise<string>;
}

/**
 * Spawns the pack in `dir` with the Node.js binary `node` (this process's by
 * default, as the planner's pack runs on the planner's Node.js); the port
 * rejects if the pack exits before serving.
 */
export function launchPack(dir: string, node = process.execPath): PackLaunch {
    const entry = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [dir] });
    const child = spawn(node, [entry, "127.0.0.1:0", "."], {
        cwd: dir,
        stdio: ["ignore", "pipe", "pipe"],
    });
    const port = new Promise<string>((resolve, reject) => {
        let out = "";
        let err = "";
        child.stdout!.on("data", (d: Buffer) => {
            out += d.toString();
            const line = out.split("\n").find((l) => /^\d+$/.test(l.trim()));
            if (line) resolve(line.trim());
        });
        child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
        child.on("exit", (code) =>
            reject(new Error(`policy pack exited with ${code} before serving:\n${out}${err}`)),
        );
    });
    port.catch(() => undefined);
    return { dir, child, port };
}
