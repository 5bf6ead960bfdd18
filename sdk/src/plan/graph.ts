// The resource graph a program registers, as the mock engine records it.

/** The type of the stack's own resource, the root every other resource descends from. */
export const STACK_TYPE = "pulumi:pulumi:Stack";

/** `urn:pulumi:<stack>::<project>::...`: the stack and project a Pulumi URN is of. */
export function stackOfUrn(urn: string): { stack: string; project: string } | undefined {
    const m = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(urn);
    return m ? { stack: m[1], project: m[2] } : undefined;
}

/** The URN of a provider reference as the engine writes it (`<urn>::<id>`); empty for none. */
export function providerRefUrn(ref: string | undefined): string {
    return (ref ?? "").split("::").slice(0, -1).join("::");
}

/** Where a recorded value was unknown (preview): the engine's unknown sentinel. */
export const UNKNOWN = "<unknown>";

export interface RecordedProvider {
    readonly urn: string;
    readonly name: string;
    /** The account this provider acts as (what getAccount answers through it); not known for a deployed state's provider that names none. */
    readonly accountId?: string;
    /** The account its own configuration names (accountId or assume-role ARN), as a policy can read it. */
    readonly configuredAccountId?: string;
    /** The region its configuration names. */
    readonly region?: string;
}

/** How reports name a provider's account: `account 1234…`, or that it is not known and whose it is. */
export function accountText(provider: RecordedProvider): string {
    return provider.accountId
        ? `account ${provider.accountId}`
        : `the account of provider ${provider.name} (not known: give --account ${provider.name}=<id>)`;
}

export interface RecordedResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly custom: boolean;
    /** Inputs as the engine receives them; unknown values are {@link UNKNOWN}. */
    readonly inputs: Record<string, unknown>;
    /** Outputs as the engine returned them (inputs plus what the provider computed). */
    readonly outputs: Record<string, unknown>;
    readonly id?: string;
    /** The explicit provider; undefined for components, providers and default-provider resources. */
    readonly provider?: RecordedProvider;
    readonly parent?: string;
    readonly dependencies: readonly string[];
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
    readonly deleteBeforeReplace: boolean;
    readonly customTimeouts?: { create: string; update: string; delete: string };
}

export interface RecordedInvoke {
    readonly token: string;
    readonly args: Record<string, unknown>;
    readonly provider?: RecordedProvider;
}

export interface Graph {
    readonly preview: boolean;
    readonly resources: readonly RecordedResource[];
    readonly invokes: readonly RecordedInvoke[];
    /** Errors the program raised, as the CLI would print them. */
    readonly errors: readonly string[];
    /** The stack's outputs (the program module's exports). */
    readonly stackOutputs: Record<string, unknown>;
}
