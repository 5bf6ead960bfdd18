// Runs Mermaid's own parser (tests/harness/mermaidParse.mjs) on diagram files.
import { spawnSync } from "child_process";
import * as path from "path";

/** Per file, `ok <diagram type>` or `error <what the parser said>`. */
export function parseMermaidFiles(files: readonly string[]): string[] {
    const run = spawnSync(process.execPath, [path.join(__dirname, "mermaidParse.mjs"), ...files], {
        encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`mermaidParse.mjs failed:\n${run.stderr}`);
    return JSON.parse(run.stdout) as string[];
}
