// Plays the Pulumi engine for a program: the real @pulumi/pulumi SDK and real
// @pulumi/alicloud classes run against pulumi.runtime.setMocks, and every
// registration and invoke is recorded with what the mocks alone do not give:
// parent, dependencies, property dependencies, options and the provider's
// account. URNs carry the full parent type chain, as the real engine's do,
// and the program runs inside a root Stack resource.
import * as pulumi from "@pulumi/pulumi";
import { MockCallArgs, MockResourceArgs } from "@pulumi/pulumi/runtime";
import { AccountTable, accountOfProvider } from "./accounts";
import { accountOfProviderConfig } from "../core/accounts";
import {
    Graph,
    providerRefUrn,
    RecordedInvoke,
    RecordedProvider,
    RecordedResource,
    STACK_TYPE,
    UNKNOWN,
} from "./graph";
import { CreatedResources, createdState, invokeResult } from "./providerBehaviour";
import { replacingArguments } from "./engineSteps";

export interface RunOptions {
    /** Preview (`pulumi preview`): created resources have unknown ids and computed outputs. */
    readonly preview?: boolean;
    /** Account ids by provider name; other providers get a stable id from their name or role ARN. */
    readonly accounts?: AccountTable;
    /** Stack configuration, keys as `project:key`. */
    readonly config?: Record<string, string>;
    readonly project?: string;
    readonly stack?: string;
    /**
     * The stack as deployed (its state): a resource it holds keeps its id and
     * outputs, as `pulumi up` and `pulumi preview` keep them, unless its new
     * arguments or provider replace it.
     */
    readonly deployed?: Graph;
}

// The SDK's leak detector, internal to it (not in its typings).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { leakedPromises } = require("@pulumi/pulumi/runtime/debuggable") as { leakedPromises(): unknown };

const UNKNOWN_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Runs a program under the mock engine and returns the graph it registered. */
export async function runProgram(program: () => unknown, options: RunOptions = {}): Promise<Graph> {
    const preview = options.preview ?? false;
    const project = options.project ?? "project";
    const stack = options.stack ?? "dev";
    // Against a deployed stack, lookups answer what the stack holds: its providers' accounts, its System tables.
    const accounts = { ...deployedAccounts(options.deployed), ...options.accounts };
    const providers = new Map<string, RecordedProvider>();
    const resources: RecordedResource[] = [];
    const invokes: RecordedInvoke[] = [];
    const errors: string[] = [];

    const created = new CreatedResources(deployedSystemTables(options.deployed));
    const providerOf = (ref: string): RecordedProvider | undefined =>
        ref ? providers.get(providerRefUrn(ref)) : undefined;

    // The URN of the registration under way: the SDK's mock monitor asks newResource synchronously within it.
    let registering = "";
    const kept = keptResources(options.deployed);
    const deployedUrns = new Set(options.deployed?.resources.map((r) => r.urn));
    const replaced = (urn: string) => deployedUrns.has(urn);
    const mocks: pulumi.runtime.Mocks = {
        newResource(args: MockResourceArgs) {
            if (args.type.startsWith("pulumi:providers:")) {
                return { id: preview ? undefined : `${args.name}-provider-id`, state: args.inputs };
            }
            const deployed = kept(registering, args);
            if (deployed) {
                created.record(
                    args.type,
                    deployed.id!,
                    args.inputs,
                    deployed.outputs,
                    providerOf(args.provider ?? "")?.region,
                );
                return { id: deployed.id, state: { ...deployed.outputs, ...args.inputs } };
            }
            if (preview && !args.id) {
                return { id: undefined, state: args.inputs };
            }
            // A replacement gets ids of its own, as Alibaba Cloud gives it: what names them changes too.
            const fresh = replaced(registering) ? `${args.name}-replacement` : args.name;
            const { id, state } = createdState(args.type, fresh, args.inputs);
            created.record(args.type, id, args.inputs, state, providerOf(args.provider ?? "")?.region);
            return { id, state: { ...args.inputs, ...state } };
        },
        call(args: MockCallArgs) {
            return invokeResult(args, providerOf(args.provider ?? ""), created);
        },
    };

    pulumi.runtime.setAllConfig(options.config ?? {});
    await pulumi.runtime.setMocks(mocks, project, stack, preview);
    const monitor = pulumi.runtime.getMonitor() as unknown as MonitorInternals;
    monitor.newUrn = (parent, type, name) => engineUrn(stack, project, parent, type, name);
    recordRegistrations(
        monitor,
        (request) =>
            (registering = engineUrn(
                stack,
                project,
                request.getParent(),
                request.getType(),
                request.getName(),
            )),
        (request, response) => {
            const urn = response.getUrn();
            const type = request.getType();
            const inputs = toPlain(request.getObject()?.toJavaScript() ?? {});
            if (type.startsWith("pulumi:providers:")) {
                providers.set(urn, {
                    urn,
                    name: request.getName(),
                    accountId: accountOfProvider(request.getName(), inputs, accounts),
                    configuredAccountId: accountOfProviderConfig(inputs),
                    region: typeof inputs.region === "string" ? inputs.region : undefined,
                });
            }
            resources.push(toRecord(request, response, inputs, providerOf(request.getProvider())));
        },
    );
    recordOutputs(monitor, (urn, outputs) => {
        const i = resources.findIndex((r) => r.urn === urn);
        if (i >= 0) resources[i] = { ...resources[i], outputs: toPlain(outputs) };
    });
    recordInvokes(monitor, (request) =>
        invokes.push({
            token: request.getTok(),
            args: toPlain(request.getArgs()?.toJavaScript() ?? {}),
            provider: providerOf(request.getProvider()),
        }),
    );

    // The language host stops a program at its first unhandled rejection (a
    // failed registration, a failed apply); pending work is then abandoned.
    let stopped: () => void = () => undefined;
    const failure = new Promise<void>((resolve) => (stopped = resolve));
    const onRejection = (reason: unknown) => {
        errors.push(messageOf(reason));
        stopped();
    };
    process.on("unhandledRejection", onRejection);
    let stackOutputs: Record<string, unknown> = {};
    const completion = (async () => {
        stackOutputs = ((await pulumi.runtime.runInPulumiStack(async () => program())) ?? {}) as Record<
            string,
            unknown
        >;
        await pulumi.runtime.disconnect();
    })().catch((err) => onRejection(err));
    await Promise.race([completion, failure]);
    // Rejections of the last registrations surface on the next turns of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off("unhandledRejection", onRejection);
    if (errors.length > 0) {
        // What an abandoned program leaves pending is not a leak of the program's.
        leakedPromises();
    }
    return { preview, resources, invokes, errors: [...new Set(errors)], stackOutputs };
}

function messageOf(reason: unknown): string {
    return reason instanceof Error ? reason.message : String(reason);
}

/** Replaces the engine's unknown sentinel with {@link UNKNOWN} throughout a value. */
function toPlain(value: unknown): Record<string, unknown> {
    return JSON.parse(JSON.stringify(value ?? {}, (_k, v) => (v === UNKNOWN_SENTINEL ? UNKNOWN : v)));
}

function toRecord(
    request: RegisterRequest,
    response: RegisterResponse,
    inputs: Record<string, unknown>,
    provider: RecordedProvider | undefined,
): RecordedResource {
    const propertyDependencies: Record<string, string[]> = {};
    request.getPropertydependenciesMap().forEach((deps, key) => {
        propertyDependencies[key] = deps.getUrnsList();
    });
    const timeouts = request.getCustomtimeouts();
    return {
        urn: response.getUrn(),
        type: request.getType(),
        name: request.getName(),
        custom: request.getCustom(),
        inputs,
        outputs: toPlain(response.getObject()?.toJavaScript() ?? {}),
        id: response.getId() || undefined,
        provider,
        parent: request.getParent() || undefined,
        dependencies: request.getDependenciesList(),
        propertyDependencies,
        deleteBeforeReplace: request.getDeletebeforereplace(),
        customTimeouts: timeouts
            ? { create: timeouts.getCreate(), update: timeouts.getUpdate(), delete: timeouts.getDelete() }
            : undefined,
    };
}

// The parts of the SDK's MockMonitor and protobuf messages the recorder uses.
interface Struct {
    toJavaScript(): Record<string, unknown>;
}
interface RegisterRequest {
    getType(): string;
    getName(): string;
    getCustom(): boolean;
    getObject(): Struct | undefined;
    getProvider(): string;
    getParent(): string;
    getDependenciesList(): string[];
    getPropertydependenciesMap(): {
        forEach(f: (deps: { getUrnsList(): string[] }, key: string) => void): void;
    };
    getDeletebeforereplace(): boolean;
    getCustomtimeouts(): { getCreate(): string; getUpdate(): string; getDelete(): string } | undefined;
}
interface RegisterResponse {
    getUrn(): string;
    getId(): string;
    getObject(): Struct | undefined;
}
interface InvokeRequest {
    getTok(): string;
    getArgs(): Struct | undefined;
    getProvider(): string;
}
type Callback<R> = (err: Error | null, response?: R) => void;
interface MonitorInternals {
    newUrn(parent: string, type: string, name: string): string;
    registerResource(request: RegisterRequest, callback: Callback<RegisterResponse>): Promise<void>;
    invoke(request: InvokeRequest, callback: Callback<unknown>): Promise<void>;
    registerResourceOutputs(
        request: { getUrn(): string; getOutputs(): Struct | undefined },
        callback: Callback<unknown>,
    ): void;
}

function recordRegistrations(
    monitor: MonitorInternals,
    starting: (req: RegisterRequest) => void,
    record: (req: RegisterRequest, res: RegisterResponse) => void,
) {
    const original = monitor.registerResource.bind(monitor);
    const registered = new Set<string>();
    monitor.registerResource = (request, callback) => {
        starting(request);
        return original(request, (err, response) => {
            if (!err && response) {
                // The engine refuses a second resource with one URN, and so the program.
                const urn = response.getUrn();
                if (registered.has(urn)) {
                    callback(
                        new Error(`Duplicate resource URN '${urn}'; try giving it a unique name`),
                        undefined,
                    );
                    return;
                }
                registered.add(urn);
                record(request, response);
            }
            callback(err, response);
        });
    };
}

/**
 * Which deployed resource a registration keeps: the one at its URN, when
 * neither an argument the provider cannot update (ForceNew) nor its provider
 * changes. Its id and outputs carry over; a replaced or new one is created.
 */
function keptResources(
    deployed: Graph | undefined,
): (urn: string, args: MockResourceArgs) => RecordedResource | undefined {
    if (!deployed) return () => undefined;
    const byUrn = new Map(deployed.resources.filter((r) => r.custom && r.id).map((r) => [r.urn, r]));
    return (urn, args) => {
        const before = byUrn.get(urn);
        if (!before || before.type !== args.type) return undefined;
        const after = { ...before, inputs: toPlain(args.inputs ?? {}) };
        const provider = providerRefUrn(args.provider);
        if ((before.provider?.urn ?? "") !== provider && before.provider) return undefined;
        return replacingArguments(before, after).length === 0 ? before : undefined;
    };
}

/** Components report their outputs after registration (registerOutputs); the engine stores them as the component's state. */
function recordOutputs(
    monitor: MonitorInternals,
    record: (urn: string, outputs: Record<string, unknown>) => void,
) {
    const original = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (request, callback) => {
        record(request.getUrn(), request.getOutputs()?.toJavaScript() ?? {});
        return original(request, callback);
    };
}

function recordInvokes(monitor: MonitorInternals, record: (req: InvokeRequest) => void) {
    const original = monitor.invoke.bind(monitor);
    monitor.invoke = (request, callback) => {
        record(request);
        return original(request, callback);
    };
}

/**
 * A URN as the engine makes it: the parent's qualified type, then `$`, then
 * the type; with no qualifier when the parent is the stack itself
 * (`urn:pulumi:dev::proj::alicloud:vpc/network:Network::vpc1`), as every
 * state `pulumi stack export` writes has it.
 */
export function engineUrn(
    stack: string,
    project: string,
    parent: string | undefined,
    type: string,
    name: string,
) {
    const parentType = parent?.split("::")[2];
    const qualified = parentType && parentType !== STACK_TYPE ? `${parentType}$${type}` : type;
    return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

/** The accounts of a deployed stack's providers, by provider name, where the state tells them. */
function deployedAccounts(deployed: Graph | undefined): AccountTable {
    const table: Record<string, string> = {};
    for (const r of deployed?.resources ?? []) {
        if (r.provider?.accountId) table[r.provider.name] = r.provider.accountId;
    }
    return table;
}

/**
 * Each deployed transit router's System table: the table its attachments are
 * associated with or propagate to that no route table resource defines.
 */
function deployedSystemTables(deployed: Graph | undefined): Map<string, string> {
    const tables = new Map<string, string>();
    if (!deployed) return tables;
    const custom = new Set(
        deployed.resources
            .filter((r) => r.type === "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable")
            .map((r) => r.outputs.transitRouterRouteTableId),
    );
    const routerOf = new Map(
        deployed.resources
            .filter(
                (r) =>
                    typeof r.outputs.transitRouterAttachmentId === "string" &&
                    typeof r.outputs.transitRouterId === "string",
            )
            .map((r) => [r.outputs.transitRouterAttachmentId, r.outputs.transitRouterId]),
    );
    for (const r of deployed.resources) {
        const table = r.outputs.transitRouterRouteTableId;
        const router = routerOf.get(r.outputs.transitRouterAttachmentId);
        if (
            (r.type.endsWith("TransitRouterRouteTableAssociation") ||
                r.type.endsWith("TransitRouterRouteTablePropagation")) &&
            typeof table === "string" &&
            typeof router === "string" &&
            !custom.has(table)
        ) {
            tables.set(router, table);
        }
    }
    return tables;
}
