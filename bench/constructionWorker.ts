// One construction run in a process of its own:
// `node constructionWorker <component|raw> <vpcs> [regions] [peering|domains]`.
// Prints the process's peak memory and CPU time as JSON (the caller times the wall clock).
import { runProgram } from "../sdk/src/plan/mockEngine";
import { domainsByHand, domainsComponent } from "./domains";
import { peeringByHand, peeringComponent } from "./networks";

const NETWORKS = {
    peering: { component: peeringComponent, raw: peeringByHand },
    domains: { component: (n: number) => domainsComponent(n), raw: (n: number) => domainsByHand(n) },
};

async function main() {
    const [mode, vpcs, regions] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 1)];
    const network = NETWORKS[(process.argv[5] ?? "peering") as keyof typeof NETWORKS];
    const program = network[mode as "component" | "raw"](vpcs, regions);
    const graph = await runProgram(program);
    if (graph.errors.length > 0) throw new Error(graph.errors.join("\n"));
    const resources = graph.resources.filter((r) => r.custom).length;
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    process.stdout.write(JSON.stringify({ resources, peakMb: usage.maxRSS / 1024, cpuMs }) + "\n");
}

main().catch((err) => {
    process.stderr.write(`${err.stack ?? err}\n`);
    process.exit(1);
});
