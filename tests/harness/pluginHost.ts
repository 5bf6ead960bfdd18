// Starts a component plugin the way Pulumi's Node.js language host does
// (RunPlugin: @pulumi/pulumi/cmd/run-plugin with the plugin directory and the
// engine's address, the port read from its first line of output) and calls it
// over the provider protocol as the engine does: GetSchema, and Construct
// with inputs in the wire format every language's SDK sends.
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { StandInEngine, WIRE } from "./standInEngine";

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
export interface PluginHost {
    readonly child: ChildProcess;
    getSchema(): Promise<string>;
    construct(request: ConstructCall): Promise<{ urn: string; state: Record<string, unknown> }>;
    stop(): void;
}

/** A Construct call as the engine makes it for a program's component. */
export interface ConstructCall {
    readonly engine: StandInEngine;
    readonly type: string;
    readonly name: string;
    /** Wire-format inputs (see `ref`, `outputValue`, `secret`). */
    readonly inputs: Record<string, unknown>;
    /** The URNs each input depends on. */
    readonly inputDependencies?: Record<string, readonly string[]>;
    readonly dryRun?: boolean;
}

/**
 * Starts the plugin in `pluginDir` with the Node.js binary `node`, on the
 * @pulumi/pulumi the plugin directory resolves, talking to `engine`, in the
 * program's directory `programDir` (RunPlugin's working directory).
 */
export async function startPlugin(
    pluginDir: string,
    engine: StandInEngine,
    node = process.execPath,
    programDir = pluginDir,
): Promise<PluginHost> {
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [pluginDir] }));
    const fromPulumi = (id: string) => require(require.resolve(id, { paths: [pulumiDir] }));
    const grpc = fromPulumi("@grpc/grpc-js");
    const providerGrpc = fromPulumi("@pulumi/pulumi/proto/provider_grpc_pb");
    const providerPb = fromPulumi("@pulumi/pulumi/proto/provider_pb");
    const structPb = fromPulumi("google-protobuf/google/protobuf/struct_pb.js");

    const child = spawn(node, [path.join(pulumiDir, "cmd", "run-plugin"), pluginDir, engine.address], {
        cwd: programDir,
        stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const port = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout!.on("data", (d: Buffer) => {
            out += d.toString();
            const line = out.split("\n").find((l) => /^\d+$/.test(l.trim()));
            if (line) resolve(line.trim());
        });
        child.on("exit", (code) =>
            reject(new Error(`the plugin exited with ${code} before serving:\n${out}${stderr}`)),
        );
    });
    const client = new providerGrpc.ResourceProviderClient(
        `127.0.0.1:${port}`,
        grpc.credentials.createInsecure(),
    );
    const call = <T>(method: string, request: unknown): Promise<T> =>
        new Promise((resolve, reject) =>
            client[method](request, (err: Error | null, response: T) =>
                err ? reject(err) : resolve(response),
            ),
        );
    return {
        child,
        async getSchema() {
            const request = new providerPb.GetSchemaRequest();
            request.setVersion(0);
            return (await call<any>("getSchema", request)).getSchema();
        },
        async construct(c: ConstructCall) {
            const request = new providerPb.ConstructRequest();
            request.setProject(c.engine.project);
            request.setStack(c.engine.stack);
            request.setOrganization("organization");
            request.setDryrun(c.dryRun ?? false);
            request.setParallel(16);
            request.setMonitorendpoint(c.engine.address);
            request.setType(c.type);
            request.setName(c.name);
            request.setParent(c.engine.stackUrn);
            request.setAcceptsOutputValues(true);
            request.setInputs(structPb.Struct.fromJavaScript(c.inputs));
            for (const [key, urns] of Object.entries(c.inputDependencies ?? {})) {
                const deps = new providerPb.ConstructRequest.PropertyDependencies();
                deps.setUrnsList([...urns]);
                request.getInputdependenciesMap().set(key, deps);
            }
            const response = await call<any>("construct", request);
            return { urn: response.getUrn(), state: response.getState()?.toJavaScript() ?? {} };
        },
        stop() {
            client.close();
            child.kill();
        },
    };
}

/** A reference to a resource, as every SDK sends a resource passed to a component. */
export function ref(urn: string, id?: string, packageVersion = ""): Record<string, unknown> {
    return {
        [WIRE.signature]: WIRE.resourceReference,
        urn,
        ...(id !== undefined ? { id } : {}),
        packageVersion,
    };
}

/** An output value: a value (or unknown, when `value` is undefined), its dependencies, maybe secret. */
export function outputValue(
    value: unknown,
    dependencies: readonly string[] = [],
    secret = false,
): Record<string, unknown> {
    return {
        [WIRE.signature]: WIRE.outputValue,
        ...(value !== undefined ? { value } : {}),
        ...(secret ? { secret: true } : {}),
        dependencies: [...dependencies],
    };
}

/** A secret value, as SDKs without output values send one. */
export function secret(value: unknown): Record<string, unknown> {
    return { [WIRE.signature]: WIRE.secret, value };
}

/**
 * The plugin directory as a consumer gets it, for the repository's own build:
 * a copy of sdk/plugin whose node_modules links the package (this
 * repository, built) and its SDKs, as an install beside it would.
 */
export function repositoryPluginDir(): string {
    const root = path.join(__dirname, "..", "..");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plugin-"));
    fs.cpSync(path.join(root, "sdk", "plugin"), dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.symlinkSync(root, path.join(dir, "node_modules", "alicloud-multi-account-network"));
    fs.symlinkSync(path.join(root, "node_modules", "@pulumi"), path.join(dir, "node_modules", "@pulumi"));
    return dir;
}
