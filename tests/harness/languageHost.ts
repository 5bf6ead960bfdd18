// Runs a program the way Pulumi's Node.js language host does: the SDK's own
// entry point (@pulumi/pulumi/cmd/run) in a child process, talking gRPC on
// 127.0.0.1 to a stand-in engine (which records what the program logs, as
// the CLI prints it) and a stand-in resource monitor (which registers
// resources the way the engine answers: a URN, an id, the inputs back).
import { spawn } from "child_process";
import * as path from "path";
import { stableAccountId } from "../../sdk/src/plan/accounts";
import { CreatedResources, invokeResult } from "../../sdk/src/plan/providerBehaviour";
import { engineUrn } from "../../sdk/src/plan/mockEngine";

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
const PULUMI_DIR = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const fromPulumi = (id: string) => require(require.resolve(id, { paths: [PULUMI_DIR] }));
const grpc = fromPulumi("@grpc/grpc-js");
const emptyPb = fromPulumi("google-protobuf/google/protobuf/empty_pb.js");
const structPb = fromPulumi("google-protobuf/google/protobuf/struct_pb.js");
const engineGrpc = require("@pulumi/pulumi/proto/engine_grpc_pb");
const enginePb = require("@pulumi/pulumi/proto/engine_pb");
const resourceGrpc = require("@pulumi/pulumi/proto/resource_grpc_pb");
const resourcePb = require("@pulumi/pulumi/proto/resource_pb");
const providerPb = require("@pulumi/pulumi/proto/provider_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

const SEVERITY = ["debug", "info", "warning", "error"] as const;

/** A message the program logged to the engine: what `pulumi up` prints. */
export interface EngineLog {
    readonly severity: (typeof SEVERITY)[number];
    readonly message: string;
    /** The resource the message is about, if any. */
    readonly urn: string;
}

export interface HostRun {
    readonly logs: readonly EngineLog[];
    readonly registered: readonly string[];
    readonly exitCode: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

type Callback = (err: Error | null, response?: unknown) => void;
type Call = { request: any };

function listen(server: any): Promise<number> {
    return new Promise((resolve, reject) =>
        server.bindAsync(
            "127.0.0.1:0",
            grpc.ServerCredentials.createInsecure(),
            (err: Error | null, port: number) => (err ? reject(err) : resolve(port)),
        ),
    );
}

/** Runs `program` (a .ts file) as `pulumi up` would start it, and returns what the engine saw. */
export async function runAsLanguageHost(program: string, project = "host", stack = "dev"): Promise<HostRun> {
    const logs: EngineLog[] = [];
    const registered: string[] = [];
    const regions = new Map<string, string | undefined>();
    const created = new CreatedResources();
    let root = "";
    const server = new grpc.Server();
    server.addService(engineGrpc.EngineService, {
        log: ({ request }: Call, callback: Callback) => {
            logs.push({
                severity: SEVERITY[request.getSeverity()],
                message: request.getMessage(),
                urn: request.getUrn(),
            });
            callback(null, new emptyPb.Empty());
        },
        getRootResource: (_call: Call, callback: Callback) => {
            const response = new enginePb.GetRootResourceResponse();
            response.setUrn(root);
            callback(null, response);
        },
        setRootResource: ({ request }: Call, callback: Callback) => {
            root = request.getUrn();
            callback(null, new enginePb.SetRootResourceResponse());
        },
    });
    server.addService(resourceGrpc.ResourceMonitorService, {
        supportsFeature: (_call: Call, callback: Callback) => {
            const response = new resourcePb.SupportsFeatureResponse();
            response.setHassupport(false);
            callback(null, response);
        },
        registerResource: ({ request }: Call, callback: Callback) => {
            const urn = engineUrn(stack, project, request.getParent(), request.getType(), request.getName());
            registered.push(urn);
            const inputs = request.getObject()?.toJavaScript() ?? {};
            if (request.getType().startsWith("pulumi:providers:")) {
                regions.set(urn, inputs.region);
            } else if (request.getCustom()) {
                created.record(request.getType(), `${request.getName()}-id`, inputs, {});
            }
            const response = new resourcePb.RegisterResourceResponse();
            response.setUrn(urn);
            if (request.getCustom()) response.setId(`${request.getName()}-id`);
            response.setObject(request.getObject());
            callback(null, response);
        },
        registerResourceOutputs: (_call: Call, callback: Callback) => callback(null, new emptyPb.Empty()),
        // Invokes get the mock engine's answers; getAccount gives each explicit
        // provider an account of its own.
        invoke: ({ request }: Call, callback: Callback) => {
            const provider = request.getProvider();
            try {
                const answer = invokeResult(
                    { token: request.getTok(), inputs: request.getArgs()?.toJavaScript() ?? {}, provider },
                    {
                        accountId: stableAccountId(provider),
                        region: regions.get(provider.split("::").slice(0, -1).join("::")),
                    },
                    created,
                );
                const response = new providerPb.InvokeResponse();
                response.setReturn(structPb.Struct.fromJavaScript(answer));
                callback(null, response);
            } catch (err) {
                callback(err as Error);
            }
        },
    });
    const port = await listen(server);
    try {
        const child = spawn(
            process.execPath,
            [
                path.join(PULUMI_DIR, "cmd", "run"),
                `--monitor=127.0.0.1:${port}`,
                `--engine=127.0.0.1:${port}`,
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
        return { logs, registered, exitCode, stdout, stderr };
    } finally {
        server.forceShutdown();
    }
}
