// Hand-built stack policy arguments, as the policy server would build them:
// props behind the SDK's unknown-checking proxy, dependencies as resources.
import { PolicyResource, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unknownCheckingProxy } = require("@pulumi/policy/proxy") as { unknownCheckingProxy<T>(o: T): T };

/** An unknown value as the policy server deserializes it during preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** A resource of a hand-built stack; links are by name. */
export interface Spec {
    readonly type: string;
    readonly name: string;
    readonly props: Record<string, unknown>;
    /** Provider name, or undefined for the default provider. */
    readonly provider?: string;
    /** Property name → names of the resources its value came from. */
    readonly deps?: Record<string, string[]>;
    readonly dependsOn?: string[];
}

const urnOf = (type: string, name: string) => `urn:pulumi:dev::project::${type}::${name}`;

/** Turns specs into the PolicyResource objects a stack policy receives. */
export function policyResources(specs: readonly Spec[]): PolicyResource[] {
    const byName = new Map<string, PolicyResource>();
    const resources = specs.map((s) => {
        const provider = s.provider
            ? specs.find((p) => p.name === s.provider && p.type.startsWith("pulumi:providers:"))
            : undefined;
        const r = {
            type: s.type,
            name: s.name,
            urn: urnOf(s.type, s.name),
            props: unknownCheckingProxy(s.props),
            opts: {
                protect: false,
                ignoreChanges: [],
                aliases: [],
                customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
                additionalSecretOutputs: [],
            },
            provider: provider && {
                type: provider.type,
                name: provider.name,
                urn: urnOf(provider.type, provider.name),
                props: unknownCheckingProxy(provider.props),
            },
            dependencies: [],
            propertyDependencies: {},
            isType: () => false,
            asType: () => undefined,
        } as unknown as PolicyResource;
        byName.set(s.name, r);
        return r;
    });
    specs.forEach((s, i) => {
        const r = resources[i] as {
            dependencies: PolicyResource[];
            propertyDependencies: Record<string, PolicyResource[]>;
        };
        r.dependencies = (s.dependsOn ?? []).map((n) => byName.get(n)!);
        for (const [prop, names] of Object.entries(s.deps ?? {})) {
            r.propertyDependencies[prop] = names.map((n) => byName.get(n)!);
        }
    });
    return resources;
}

export interface Reported {
    readonly message: string;
    readonly urn?: string;
    /** The level the report asked for; undefined means the policy's own level. */
    readonly enforcementLevel?: string;
}

/** Runs a stack policy on hand-built resources and returns what it reported. */
export async function runStackPolicy(
    policy: StackValidationPolicy,
    specs: readonly Spec[],
    config: object = {},
): Promise<Reported[]> {
    // Each analysis arrives on its own turn of the event loop, as AnalyzeStack
    // calls do; the policies share one stack graph within a turn only.
    await new Promise((resolve) => setImmediate(resolve));
    const reported: Reported[] = [];
    const args: StackValidationArgs = {
        resources: policyResources(specs),
        stackTags: new Map(),
        getConfig: <T extends object>() => config as T,
        notApplicable: (reason?: string) => {
            throw new Error(`not applicable: ${reason}`);
        },
    };
    const report = (message: string | Reported, urn?: string) =>
        reported.push(typeof message === "string" ? { message, urn } : message);
    await policy.validateStack(args, report as never);
    return reported;
}

/** The URN a spec gets, for assertions. */
export function urnOfSpec(specs: readonly Spec[], name: string): string {
    const s = specs.find((x) => x.name === name)!;
    return urnOf(s.type, s.name);
}
