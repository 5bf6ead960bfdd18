// The resource graph a program registers, as the mock engine records it.

/** Where a recorded value was unknown (preview): the engine's unknown sentinel. */
export const UNKNOWN = "<unknown>";

export interface RecordedProvider {
    readonly urn: string;
    readonly name: string;
    /** The account this provider acts as (what getAccount answers through it). */
    readonly accountId: string;
    /** The account its own configuration names (accountId or assume-role ARN), as a policy can read it. */
    readonly configuredAccountId?: string;
    /** The region its configuration names. */
    readonly region?: string;
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
