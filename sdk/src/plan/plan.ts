// The offline plan: runs a Pulumi program under the mock engine, builds the
// network model from what it registered, asks the package's policy pack for
// its verdicts, and reports all of it as text or JSON.
import * as fs from "fs";
import * as path from "path";
import { componentsIntent, VpcPair } from "../checks/intendedConnectivity";
import { NetworkModel } from "../model/networkModel";
import { networkWorlds, privateLinkAcrossWorlds } from "../model/worlds";
import { topologyMermaid } from "./mermaid";
import { PlanOptions } from "./options";
import { stackOfUrn } from "./graph";
import { jsonEndpoint, planDocument, PlanDocument } from "./planJson";
import { groupedPingSection, groupedPingsJson } from "./groupReport";
import { estateSized, explained, pairPings } from "./pingScale";
import { groupedPings } from "../model/groupedPings";
import { diffSection, FailOn, failures, PlanDiff, planDiff, resourcesBetweenPlans } from "../diff/planDiff";
import { resourceDiff } from "../diff/resourceDiff";
import { earlierPlan } from "../diff/earlierPlan";
import {
    pairKey,
    pingSection,
    policySection,
    privateLinkSection,
    resourcesSection,
    routeTablesSection,
    unmodelledSection,
    unreadSection,
} from "./planReport";
import { PackLaunch } from "./packLaunch";
import { Diagnostic, PolicyConfig, PolicyPackProcess } from "./policyPack";
import { policyPackConfig } from "./policyConfig";
import { stackGraphOf } from "./programs";
import { Planned, planned } from "./planned";

/** What a plan run writes: the streams' text and the exit status. */
export interface PlanRun {
    readonly stdout: string;
    readonly stderr: string;
    readonly exitCode: 0 | 1;
}

/**
 * Plans a program, or the network deployed in state files; throws a
 * PlanFailure (or a plain Error) for what the user must fix first. `pack` is
 * the package's pack, already starting.
 */
export async function plan(options: PlanOptions, pack: PackLaunch): Promise<PlanRun> {
    const packStarting = PolicyPackProcess.connect(pack);
    // Asked as soon as the pack serves, while the program may still run.
    const packInfo = packStarting.then((analyzer) => analyzer.getAnalyzerInfo());
    packInfo.catch(() => undefined);
    let what: Planned;
    try {
        what = await planned(options, pack.dir);
    } catch (err) {
        void packStarting.then(
            (p) => p.stop(),
            () => undefined,
        );
        throw err;
    }
    return analyse(what, options, packStarting, packInfo);
}

/** The model, the pack's verdicts and the pings of what is planned, as text or JSON. */
async function analyse(
    planned: Planned,
    options: PlanOptions,
    packStarting: Promise<PolicyPackProcess>,
    packInfo: ReturnType<PolicyPackProcess["getAnalyzerInfo"]>,
): Promise<PlanRun> {
    const { graph, project } = planned;
    const worlds = networkWorlds(stackGraphOf(graph));
    const model = worlds.base;
    const analyzer = await packStarting;
    let diagnostics: Diagnostic[];
    let isolated: ReadonlySet<string>;
    try {
        const info = await packInfo;
        const config = policyPackConfig(options.policyConfig, info.policies);
        isolated = intendedIsolation(model, config);
        await analyzer.configure(config);
        // The package's policies are all stack policies (their type says so): the stack, analyzed once.
        diagnostics = await analyzer.runStack(graph, stackOfUrn(graph.resources[0]?.urn ?? "") ?? {});
    } finally {
        analyzer.stop();
    }
    if (options.explain) return explained(worlds, options.explain);
    // An estate is walked by group (a change of one is compared by group too).
    const grouped = estateSized(worlds) ? groupedPings(worlds) : undefined;
    const pings = grouped ? [] : pairPings(worlds);
    const privateLink = privateLinkAcrossWorlds(worlds);
    fs.mkdirSync(options.outDir, { recursive: true });
    fs.writeFileSync(path.join(options.outDir, "topology.mmd"), topologyMermaid(graph, model));
    const document = {
        ...planDocument(project, graph, model, pings, diagnostics, isolated, privateLink),
        ...(grouped ? { pingGroups: groupedPingsJson(grouped, jsonEndpoint(model)) } : {}),
    };
    const diff = changeOf(planned, document, isolated, options.against);
    const mandatory = diagnostics.filter((d) => d.enforcementLevel === "mandatory");
    const failed = diff ? failures(diff, options.failOn) : [];
    const exitCode = mandatory.length > 0 || failed.length > 0 ? 1 : 0;
    const refused = [
        mandatory.length === 0
            ? ""
            : `${mandatory.length} mandatory policy violation(s); pulumi up with this policy pack would refuse this program:\n${mandatory.map((d) => `  ${d.policyName}: ${d.message}`).join("\n")}\n`,
        failed.length === 0
            ? ""
            : `--fail-on ${failed.join(",")}: the change ${failed.map(FAIL_TEXT).join(", ")}.\n`,
    ].join("");
    if (options.json) {
        const json = JSON.stringify(
            {
                ...document,
                ...(planned.sources ? { sources: planned.sources, unread: planned.unread } : {}),
                ...(diff ? { diff } : {}),
            },
            null,
            2,
        );
        fs.writeFileSync(path.join(options.outDir, "plan.json"), json + "\n");
        return { stdout: json + "\n", stderr: refused, exitCode };
    }
    const text = [
        planned.heading,
        diff ? diffSection(diff) : "",
        resourcesSection(graph, planned.change ? "change" : planned.sources ? "deployed" : "program"),
        routeTablesSection(model),
        grouped ? groupedPingSection(grouped, isolated) : pingSection(model, pings, isolated),
        privateLinkSection(privateLink),
        unmodelledSection(model),
        unreadSection(planned.unread),
        policySection(diagnostics),
    ]
        .filter((part) => part !== "")
        .join("\n\n");
    fs.writeFileSync(path.join(options.outDir, "plan.txt"), text + "\n");
    const written = `Written: ${path.join(options.outDir, "plan.txt")} and ${path.join(options.outDir, "topology.mmd")} (Mermaid diagram)`;
    return { stdout: `${text}\n\n${written}\n`, stderr: refused, exitCode };
}

const FAIL_TEXT = (f: FailOn) =>
    ({
        lost: "loses reach",
        gained: "gains reach",
        replace: "replaces resources",
        interrupt: "interrupts traffic or fails while it runs",
    })[f];

/**
 * The change the plan makes: against the deployed stack (a program with
 * --state), or against an earlier plan (--against); none otherwise.
 */
function changeOf(
    planned: Planned,
    after: PlanDocument,
    isolated: ReadonlySet<string>,
    against: string | undefined,
): PlanDiff | undefined {
    if (against !== undefined) {
        const earlier = earlierPlan(against);
        return planDiff(
            { kind: "plan", files: [path.relative(process.cwd(), against) || against] },
            earlier,
            after,
            resourcesBetweenPlans(earlier, after),
        );
    }
    const change = planned.change;
    if (!change) return undefined;
    const worlds = networkWorlds(stackGraphOf(change.before));
    const grouped = estateSized(worlds) ? groupedPings(worlds) : undefined;
    const pings = grouped ? [] : pairPings(worlds);
    const before = {
        ...planDocument("deployed", change.before, worlds.base, pings, [], isolated),
        ...(grouped ? { pingGroups: groupedPingsJson(grouped, jsonEndpoint(worlds.base)) } : {}),
    };
    const resources = resourceDiff(change.ownState, change.program, { model: worlds.base, pings, grouped });
    return planDiff({ kind: "state", files: change.files }, before, after, resources);
}

/**
 * The VPC pairs the stack declares isolated: every IsolatedSpokesWithSharedHub's
 * spokes, and the intended-connectivity policy's `mustNotReach`.
 */
function intendedIsolation(model: NetworkModel, config: PolicyConfig): ReadonlySet<string> {
    const configured = config["alicloud-intended-connectivity"]?.mustNotReach;
    const pairs = [
        ...componentsIntent(model.graph).mustNotReach,
        ...(Array.isArray(configured) ? (configured as VpcPair[]) : []),
    ];
    return new Set(pairs.map((p) => pairKey(p.from, p.to)));
}
