// Plays the Pulumi engine towards the policy pack, as `pulumi preview
// --policy-pack policypack` does: starts the pack through the language
// host's entry point (@pulumi/pulumi/cmd/run-policy-pack, working directory
// policypack/), reads the port it prints, and calls the Analyzer gRPC service
// with resource graphs recorded by the mock engine.
import { ChildProcess } from "child_process";
import * as path from "path";
import { Graph, RecordedResource, UNKNOWN } from "./graph";
import { launchPack, PackLaunch } from "./packLaunch";
import { PACKAGE_ROOT } from "./programs";

/* eslint-disable @typescript-eslint/no-require-imports */
// The generated stubs check `instanceof` against their own google-protobuf
// and grpc-js, so both are loaded from @pulumi/pulumi's own resolution.
const PULUMI_DIR = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const fromPulumi = (id: string) => require(require.resolve(id, { paths: [PULUMI_DIR] }));
const grpc = fromPulumi("@grpc/grpc-js");
const structPb = fromPulumi("google-protobuf/google/protobuf/struct_pb.js");
const emptyPb = fromPulumi("google-protobuf/google/protobuf/empty_pb.js");
const analyzerPb = require("@pulumi/pulumi/proto/analyzer_pb");
const analyzerGrpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

const ENGINE_UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const LEVELS = ["advisory", "mandatory", "disabled", "remediate"] as const;
export type EnforcementLevel = (typeof LEVELS)[number];

/** One diagnostic the pack returned. */
export interface Diagnostic {
    readonly policyName: string;
    readonly message: string;
    readonly urn: string;
    readonly enforcementLevel: EnforcementLevel;
}

export interface PolicyInfo {
    readonly name: string;
    readonly enforcementLevel: EnforcementLevel;
    readonly configSchema: Record<string, unknown>;
}

/** Per-policy configuration, as `--policy-pack-config` gives it. */
export type PolicyConfig = Record<string, { enforcementLevel?: EnforcementLevel } & Record<string, unknown>>;

type Callback<T> = (err: Error | null, response: T) => void;
/** The generic unary call of a grpc-js client, for a request that is already bytes. */
interface GrpcClient {
    makeUnaryRequest(
        method: string,
        serialize: (request: Uint8Array) => Buffer,
        deserialize: (bytes: Uint8Array) => unknown,
        request: Uint8Array,
        callback: Callback<unknown>,
    ): void;
}
type Rpc = (request: unknown, callback: Callback<any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The project and stack the engine tells the pack about. */
export interface StackName {
    readonly project?: string;
    readonly stack?: string;
}

export class PolicyPackProcess {
    private constructor(
        private readonly child: ChildProcess,
        private readonly client: Record<string, Rpc>,
    ) {}

    /** Starts the pack in `dir` the way the Pulumi CLI's language host does, and connects to it. */
    static start(dir = path.join(PACKAGE_ROOT, "policypack"), node?: string): Promise<PolicyPackProcess> {
        return PolicyPackProcess.connect(launchPack(dir, node));
    }

    /** Connects to a pack once it serves. */
    static async connect(launch: PackLaunch): Promise<PolicyPackProcess> {
        const port = await launch.port;
        const client = new analyzerGrpc.AnalyzerClient(
            `127.0.0.1:${port}`,
            grpc.credentials.createInsecure(),
        );
        return new PolicyPackProcess(launch.child, client);
    }

    private call<T>(method: string, request: unknown): Promise<T> {
        return new Promise((resolve, reject) =>
            this.client[method].call(this.client, request, (err: Error | null, res: T) =>
                err ? reject(err) : resolve(res),
            ),
        );
    }

    async getAnalyzerInfo(): Promise<{ name: string; version: string; policies: PolicyInfo[] }> {
        const info = await this.call<any>("getAnalyzerInfo", new emptyPb.Empty()); // eslint-disable-line @typescript-eslint/no-explicit-any
        return {
            name: info.getName(),
            version: info.getVersion(),
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            policies: info.getPoliciesList().map((p: any) => ({
                name: p.getName(),
                enforcementLevel: LEVELS[p.getEnforcementlevel()],
                configSchema: p.getConfigschema()?.getProperties()?.toJavaScript() ?? {},
            })),
        };
    }

    /** The stack being analyzed, as the engine names it before any analysis. */
    async configureStack(preview: boolean, stack: StackName = {}): Promise<void> {
        const req = new analyzerPb.AnalyzerStackConfigureRequest();
        req.setStack(stack.stack ?? "dev");
        req.setProject(stack.project ?? "project");
        req.setOrganization("organization");
        req.setDryRun(preview);
        await this.call("configureStack", req);
    }

    async configure(config: PolicyConfig): Promise<void> {
        const req = new analyzerPb.ConfigureAnalyzerRequest();
        for (const [policy, { enforcementLevel, ...properties }] of Object.entries(config)) {
            const pc = new analyzerPb.PolicyConfig();
            pc.setEnforcementlevel(LEVELS.indexOf(enforcementLevel ?? "mandatory"));
            pc.setProperties(structPb.Struct.fromJavaScript(properties));
            req.getPolicyconfigMap().set(policy, pc);
        }
        await this.call("configure", req);
    }

    /** Analyze, once per resource (its inputs), as the engine does before each step. */
    async analyze(graph: Graph, resource: RecordedResource): Promise<Diagnostic[]> {
        const req = new analyzerPb.AnalyzeRequest();
        req.setUrn(resource.urn);
        req.setType(resource.type);
        req.setName(resource.name);
        req.setProperties(toStruct(resource.inputs));
        req.setOptions(optionsOf(resource));
        const provider = providerOf((urn) => graph.resources.find((p) => p.urn === urn), resource);
        if (provider) req.setProvider(provider);
        return diagnosticsOf(await this.call("analyze", req));
    }

    /** AnalyzeStack, once, with every resource's outputs and dependencies. */
    async analyzeStack(graph: Graph): Promise<Diagnostic[]> {
        return diagnosticsOf(await this.call("analyzeStack", analyzeStackRequest(graph)));
    }

    /**
     * AnalyzeStack with a request already encoded, as the engine (in Go)
     * sends it: only the call is left to time, not JavaScript encoding.
     */
    analyzeStackEncoded(request: Uint8Array): Promise<Diagnostic[]> {
        return new Promise((resolve, reject) =>
            (this.client as unknown as GrpcClient).makeUnaryRequest(
                "/pulumirpc.Analyzer/AnalyzeStack",
                (bytes: Uint8Array) => Buffer.from(bytes),
                (bytes: Uint8Array) => analyzerPb.AnalyzeResponse.deserializeBinary(bytes),
                request,
                (err: Error | null, res: unknown) => (err ? reject(err) : resolve(diagnosticsOf(res))),
            ),
        );
    }

    /** What a `pulumi preview --policy-pack` reports: Analyze for each resource, then AnalyzeStack. */
    async run(graph: Graph, stack: StackName = {}): Promise<Diagnostic[]> {
        await this.configureStack(graph.preview, stack);
        // The engine analyzes resources as it plans their steps, many at a time.
        const perResource = await Promise.all(
            graph.resources.filter((x) => x.custom).map((r) => this.analyze(graph, r)),
        );
        return [...perResource.flat(), ...(await this.analyzeStack(graph))];
    }

    /** The stack analyzed once (AnalyzeStack), as the engine does when a preview ends: every stack policy. */
    async runStack(graph: Graph, stack: StackName = {}): Promise<Diagnostic[]> {
        await this.configureStack(graph.preview, stack);
        return this.analyzeStack(graph);
    }

    stop(): void {
        (this.client as unknown as { close(): void }).close();
        this.child.kill();
    }
}

/** The AnalyzeStack request for a graph, as the engine builds it. */
export function analyzeStackRequest(graph: Graph): { serializeBinary(): Uint8Array } {
    const req = new analyzerPb.AnalyzeStackRequest();
    const byUrn = new Map(graph.resources.map((r) => [r.urn, r]));
    req.setResourcesList(graph.resources.map((r) => analyzerResource((urn) => byUrn.get(urn), r)));
    return req;
}

function toStruct(value: Record<string, unknown>) {
    return structPb.Struct.fromJavaScript(
        JSON.parse(JSON.stringify(value, (_k, v) => (v === UNKNOWN ? ENGINE_UNKNOWN : v))),
    );
}

function optionsOf(r: RecordedResource) {
    const opts = new analyzerPb.AnalyzerResourceOptions();
    if (r.parent) opts.setParent(r.parent);
    opts.setDeletebeforereplace(r.deleteBeforeReplace);
    opts.setDeletebeforereplacedefined(true);
    return opts;
}

/** A recorded resource by URN. */
type Lookup = (urn: string) => RecordedResource | undefined;

function providerOf(lookup: Lookup, r: RecordedResource) {
    if (!r.provider) return undefined;
    const recorded = lookup(r.provider.urn);
    const provider = new analyzerPb.AnalyzerProviderResource();
    provider.setUrn(r.provider.urn);
    provider.setName(r.provider.name);
    provider.setType(recorded?.type ?? "pulumi:providers:alicloud");
    provider.setProperties(toStruct(recorded?.inputs ?? {}));
    return provider;
}

function analyzerResource(lookup: Lookup, r: RecordedResource) {
    const res = new analyzerPb.AnalyzerResource();
    res.setUrn(r.urn);
    res.setType(r.type);
    res.setName(r.name);
    res.setProperties(toStruct(r.outputs));
    res.setOptions(optionsOf(r));
    if (r.parent) res.setParent(r.parent);
    res.setDependenciesList([...r.dependencies]);
    for (const [key, urns] of Object.entries(r.propertyDependencies)) {
        if (urns.length === 0) continue;
        const deps = new analyzerPb.AnalyzerPropertyDependencies();
        deps.setUrnsList([...urns]);
        res.getPropertydependenciesMap().set(key, deps);
    }
    const provider = providerOf(lookup, r);
    if (provider) res.setProvider(provider);
    return res;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function diagnosticsOf(response: any): Diagnostic[] {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return response.getDiagnosticsList().map((d: any) => ({
        policyName: d.getPolicyname(),
        message: d.getMessage(),
        urn: d.getUrn(),
        enforcementLevel: LEVELS[d.getEnforcementlevel()],
    }));
}
