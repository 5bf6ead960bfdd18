// The policy pack's analysis as the engine runs it: each resource analyzed
// as it registers, while the program still runs, then the stack as a whole.
// The plan of a program waits only for what is left when the program ends.
import { Graph, RecordedResource } from "./graph";
import { PlanOptions } from "./options";
import { policyPackConfig } from "./policyConfig";
import { Diagnostic, PolicyConfig, PolicyPackProcess } from "./policyPack";

export interface AnalysisSession {
    /** Analyzes a resource the program just registered (`registered`: all so far, its provider among them). */
    registered(resource: RecordedResource, registered: readonly RecordedResource[]): void;
    /** The resources not analyzed yet, then the stack: every diagnostic, and the configuration the pack ran with. */
    finish(graph: Graph): Promise<{ diagnostics: Diagnostic[]; config: PolicyConfig }>;
    stop(): void;
}

/** `urn:pulumi:<stack>::<project>::...` */
const stackOf = (urn: string) => {
    const m = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(urn);
    return m ? { stack: m[1], project: m[2] } : {};
};

export function analysisSession(
    packStarting: Promise<PolicyPackProcess>,
    packInfo: ReturnType<PolicyPackProcess["getAnalyzerInfo"]>,
    options: PlanOptions,
): AnalysisSession {
    let ready: Promise<{ analyzer: PolicyPackProcess; config: PolicyConfig }> | undefined;
    const prepare = (urn: string, preview: boolean) =>
        (ready ??= (async () => {
            const analyzer = await packStarting;
            const config = policyPackConfig(options.policyConfig, (await packInfo).policies);
            await analyzer.configure(config);
            await analyzer.configureStack(preview, stackOf(urn));
            return { analyzer, config };
        })());
    const pending: Promise<Diagnostic[]>[] = [];
    const analyzed = new Set<string>();
    const analyze = (r: RecordedResource, view: Graph, preview: boolean) => {
        analyzed.add(r.urn);
        const done = prepare(r.urn, preview).then(({ analyzer }) => analyzer.analyze(view, r));
        // Surfaced by finish; a program that fails first is what the user hears of.
        done.catch(() => undefined);
        pending.push(done);
    };
    return {
        registered: (resource, registered) => {
            if (!resource.custom) return;
            const view: Graph = {
                preview: options.preview,
                resources: registered,
                invokes: [],
                errors: [],
                stackOutputs: {},
            };
            analyze(resource, view, options.preview);
        },
        finish: async (graph) => {
            for (const r of graph.resources)
                if (r.custom && !analyzed.has(r.urn)) analyze(r, graph, graph.preview);
            const { analyzer, config } = await prepare(graph.resources[0]?.urn ?? "", graph.preview);
            const perResource = await Promise.all(pending);
            return { diagnostics: [...perResource.flat(), ...(await analyzer.analyzeStack(graph))], config };
        },
        stop: () =>
            void packStarting.then(
                (analyzer) => analyzer.stop(),
                () => undefined,
            ),
    };
}
