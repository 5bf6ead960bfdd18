// A stand-in for the Pulumi engine's Engine and ResourceMonitor services on
// 127.0.0.1: what a program (through @pulumi/pulumi/cmd/run) or a component
// plugin (through Construct) talks to during `pulumi up`. It registers
// resources as the engine answers (URNs as the engine makes them, an id per
// custom resource, the inputs back), answers invokes as the mock engine does
// (each explicit provider an account of its own), records what it was asked,
// and reports the features the engine supports.
import * as path from "path";
import { stableAccountId } from "../../sdk/src/plan/accounts";
import { CreatedResources, createdState, invokeResult } from "../../sdk/src/plan/providerBehaviour";
import { engineUrn } from "../../sdk/src/plan/mockEngine";
import { providerRefUrn } from "../../sdk/src/plan/graph";

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
export const PULUMI_DIR = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
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

/** The special values of Pulumi's wire format (the same in every language's SDK). */
export const WIRE = {
    signature: "4dabf18193072939515e22adb298388d",
    secret: "1b47061264138c4ac30d75fd1eb44270",
    resourceReference: "5cf8f73096256a8f31e491e813e4eb8e",
    outputValue: "d0e6a833031e9bbcd3f4e8bde6ca49a4",
    unknown: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
} as const;

/** What the engine supports and says so when the SDK asks (SupportsFeature). */
const FEATURES = new Set([
    "secrets",
    "resourceReferences",
    "outputValues",
    "deletedWith",
    "aliasSpecs",
    "transforms",
    "invokeTransforms",
    "parameterization",
]);

/** A message a program or plugin logged to the engine: what `pulumi up` prints. */
export interface EngineLog {
    readonly severity: (typeof SEVERITY)[number];
    readonly message: string;
    /** The resource the message is about, if any. */
    readonly urn: string;
}

/** A RegisterResource the engine received, its inputs read as plain values (resources by URN). */
export interface Registration {
    readonly urn: string;
    /** The id the engine gave a custom resource (empty for components). */
    readonly id: string;
    readonly type: string;
    readonly name: string;
    readonly parent: string;
    readonly custom: boolean;
    /** The provider reference (`<urn>::<id>`), if any. */
    readonly provider: string;
    readonly dependencies: readonly string[];
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
    readonly inputs: Record<string, unknown>;
    /** The inputs sent as secrets (or holding one). */
    readonly secretInputs: readonly string[];
}

type Callback = (err: Error | null, response?: unknown) => void;
type Call = { request: any };

export class StandInEngine {
    readonly logs: EngineLog[] = [];
    readonly registrations: Registration[] = [];
    private readonly regions = new Map<string, string | undefined>();
    private readonly byUrn = new Map<string, Registration>();
    private readonly created = new CreatedResources();
    private readonly server = new grpc.Server();
    private root = "";
    private port = 0;

    constructor(
        readonly project = "host",
        readonly stack = "dev",
    ) {
        this.server.addService(engineGrpc.EngineService, {
            log: ({ request }: Call, callback: Callback) => {
                this.logs.push({
                    severity: SEVERITY[request.getSeverity()],
                    message: request.getMessage(),
                    urn: request.getUrn(),
                });
                callback(null, new emptyPb.Empty());
            },
            getRootResource: (_call: Call, callback: Callback) => {
                const response = new enginePb.GetRootResourceResponse();
                response.setUrn(this.root);
                callback(null, response);
            },
            setRootResource: ({ request }: Call, callback: Callback) => {
                this.root = request.getUrn();
                callback(null, new enginePb.SetRootResourceResponse());
            },
        });
        this.server.addService(resourceGrpc.ResourceMonitorService, {
            supportsFeature: ({ request }: Call, callback: Callback) => {
                const response = new resourcePb.SupportsFeatureResponse();
                response.setHassupport(FEATURES.has(request.getId()));
                callback(null, response);
            },
            registerResource: ({ request }: Call, callback: Callback) => {
                const registered = this.register({
                    type: request.getType(),
                    name: request.getName(),
                    parent: request.getParent(),
                    custom: request.getCustom(),
                    provider: request.getProvider(),
                    dependencies: request.getDependenciesList(),
                    propertyDependencies: Object.fromEntries(
                        Array.from(
                            request.getPropertydependenciesMap().entries(),
                            ([key, deps]: [string, any]) => [key, deps.getUrnsList()],
                        ),
                    ),
                    inputs: request.getObject()?.toJavaScript() ?? {},
                });
                const response = new resourcePb.RegisterResourceResponse();
                response.setUrn(registered.urn);
                if (registered.id) response.setId(registered.id);
                response.setObject(
                    structPb.Struct.fromJavaScript({
                        ...(request.getObject()?.toJavaScript() ?? {}),
                        ...registered.outputs,
                    }),
                );
                callback(null, response);
            },
            registerResourceOutputs: (_call: Call, callback: Callback) => callback(null, new emptyPb.Empty()),
            invoke: ({ request }: Call, callback: Callback) => {
                const provider = request.getProvider();
                if (request.getTok() === "pulumi:pulumi:getResource") {
                    // How the SDK rehydrates a resource passed by reference: the engine answers from its state.
                    return this.getResource(request.getArgs()?.toJavaScript()?.urn, callback);
                }
                try {
                    const answer = invokeResult(
                        {
                            token: request.getTok(),
                            inputs: request.getArgs()?.toJavaScript() ?? {},
                            provider,
                        },
                        {
                            accountId: stableAccountId(provider),
                            region: this.regions.get(providerRefUrn(provider)),
                        },
                        this.created,
                    );
                    const response = new providerPb.InvokeResponse();
                    response.setReturn(structPb.Struct.fromJavaScript(answer));
                    callback(null, response);
                } catch (err) {
                    callback(err as Error);
                }
            },
        });
    }

    private getResource(urn: string, callback: Callback): void {
        const registered = this.byUrn.get(urn);
        if (!registered) return callback(new Error(`resource '${urn}' not found`));
        const response = new providerPb.InvokeResponse();
        response.setReturn(
            structPb.Struct.fromJavaScript({ urn, id: registered.id, state: registered.inputs }),
        );
        callback(null, response);
    }

    /** Serves on a port of 127.0.0.1; the engine's and the monitor's address. */
    async start(): Promise<string> {
        this.port = await new Promise<number>((resolve, reject) =>
            this.server.bindAsync(
                "127.0.0.1:0",
                grpc.ServerCredentials.createInsecure(),
                (err: Error | null, port: number) => (err ? reject(err) : resolve(port)),
            ),
        );
        return this.address;
    }

    get address(): string {
        return `127.0.0.1:${this.port}`;
    }

    /** The stack's root resource URN, as the engine names it. */
    get stackUrn(): string {
        return `urn:pulumi:${this.stack}::${this.project}::pulumi:pulumi:Stack::${this.project}-${this.stack}`;
    }

    stop(): void {
        this.server.forceShutdown();
    }

    /**
     * Registers a resource as a program in any language does, with
     * wire-format inputs: a custom resource gets the id and the computed
     * outputs the provider gives it (as the mock engine does), a provider the
     * id `<name>-id` (its reference is `<urn>::<id>`).
     */
    register(
        request: Omit<Registration, "urn" | "id" | "inputs" | "secretInputs"> & {
            inputs: Record<string, unknown>;
        },
    ): { urn: string; id?: string; outputs: Record<string, unknown> } {
        const urn = engineUrn(this.stack, this.project, request.parent, request.type, request.name);
        const inputs = plainInputs(request.inputs) as Record<string, unknown>;
        const secretInputs = Object.keys(request.inputs).filter((key) => holdsSecret(request.inputs[key]));
        let id = "";
        let outputs: Record<string, unknown> = {};
        if (request.type.startsWith("pulumi:providers:")) {
            id = `${request.name}-id`;
            this.regions.set(urn, inputs.region as string | undefined);
        } else if (request.custom) {
            ({ id, state: outputs } = createdState(request.type, request.name, inputs));
            const region = this.regions.get(providerRefUrn(request.provider));
            this.created.record(request.type, id, inputs, outputs, region);
        }
        const registration = { ...request, urn, id, inputs, secretInputs };
        this.registrations.push(registration);
        this.byUrn.set(urn, registration);
        return { urn, id: id || undefined, outputs };
    }
}

function holdsSecret(value: unknown): boolean {
    if (Array.isArray(value)) return value.some(holdsSecret);
    if (typeof value !== "object" || value === null) return false;
    const record = value as Record<string, unknown>;
    if (record[WIRE.signature] === WIRE.secret) return true;
    if (record[WIRE.signature] === WIRE.outputValue && record.secret === true) return true;
    return Object.values(record).some(holdsSecret);
}

/** Wire-format values as plain values: outputs and secrets by value, resources by URN, unknowns marked. */
export function plainInputs(value: unknown): unknown {
    if (value === WIRE.unknown) return "<unknown>";
    if (Array.isArray(value)) return value.map(plainInputs);
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    switch (record[WIRE.signature]) {
        case WIRE.outputValue:
            return "value" in record ? plainInputs(record.value) : "<unknown>";
        case WIRE.secret:
            return plainInputs(record.value);
        case WIRE.resourceReference:
            return record.urn;
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, plainInputs(v)]));
}
