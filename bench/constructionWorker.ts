// One construction run in a process of its own: `node constructionWorker <component|raw> <vpcs>`.
// Prints the run's wall time and the process's peak memory as JSON.
import { runProgram } from "../sdk/src/plan/mockEngine";
import { peeringByHand, peeringComponent } from "./networks";

async function main() {
    const [mode, vpcs] = [process.argv[2], Number(process.argv[3])];
    const program = mode === "component" ? peeringComponent(vpcs) : peeringByHand(vpcs);
    const graph = await runProgram(program);
    if (graph.errors.length > 0) throw new Error(graph.errors.join("\n"));
    const resources = graph.resources.filter((r) => r.custom).length;
    process.stdout.write(JSON.stringify({ resources, peakMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

main().catch((err) => {
    process.stderr.write(`${err.stack ?? err}\n`);
    process.exit(1);
});
