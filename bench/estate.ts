// The estate's stack export, as `pulumi stack export` would write it once the
// estate program (estateProgram/estate.ts) is deployed, for --state.
import * as fs from "fs";
import { estateProgram } from "./estateProgram/estate";

/** Writes the estate's stack export to `file`; returns how many resources it holds. */
export async function writeEstateState(n: number, file: string): Promise<number> {
    const { runProgram } = await import("../sdk/src/plan/mockEngine");
    const { stackExport } = await import("../tests/harness/stackExport");
    const graph = await runProgram(estateProgram(n), { project: "estate", stack: "prod" });
    if (graph.errors.length > 0) throw new Error(graph.errors.join("\n"));
    fs.writeFileSync(file, JSON.stringify(stackExport(graph)));
    return graph.resources.length;
}
