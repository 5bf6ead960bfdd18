// The planner's command as users run it: the compiled bin in its own process.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PACKAGE_ROOT } from "../../sdk/src/plan/programs";

const CLI = path.join(PACKAGE_ROOT, "sdk/bin/plan/cli.js");

/** Runs the planner's command (the compiled bin) in its own process, from the package root as npm start does. */
export function plan(target?: string, ...options: string[]) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "plan-"));
    const run = spawnSync(process.execPath, [CLI, ...(target ? [target] : []), "--out", out, ...options], {
        cwd: PACKAGE_ROOT,
        encoding: "utf8",
        timeout: 60000,
        maxBuffer: 64 * 1024 * 1024,
    });
    return { ...run, out };
}
