import * as pulumi from "@pulumi/pulumi";

/** What every child of a component shares: its parent, its name prefix and the validation gate. */
export interface ChildContext {
    /** The component's name: the prefix of every child name. */
    readonly component: string;
    readonly parent: pulumi.Resource;
    /** Late validation that must pass before any child is registered (see lateValidationGate). */
    readonly gate?: pulumi.Output<pulumi.Resource[]>;
}

/**
 * Resource options for a child: always the component as parent and an
 * explicit provider (never the default provider), the validation gate, and
 * the given dependencies.
 */
export function childOptions(
    ctx: ChildContext,
    provider: pulumi.ProviderResource,
    dependsOn: readonly pulumi.Resource[] = [],
    extra: Omit<pulumi.CustomResourceOptions, "parent" | "provider" | "dependsOn"> = {},
): pulumi.CustomResourceOptions {
    const deps = ctx.gate ? ctx.gate.apply((gated) => [...gated, ...dependsOn]) : [...dependsOn];
    return { ...extra, parent: ctx.parent, provider, dependsOn: deps };
}

/** Invoke options for a child lookup: the component as parent and an explicit provider. */
export function invokeOptions(
    ctx: ChildContext,
    provider: pulumi.ProviderResource,
): pulumi.InvokeOutputOptions {
    return { parent: ctx.parent, provider };
}
