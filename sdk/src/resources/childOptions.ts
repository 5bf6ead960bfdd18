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
    return { ...extra, parent: ctx.parent, provider, dependsOn: withGate(ctx, dependsOn) };
}

/**
 * The context for children that take an input from a gated resource (an
 * attachment id, a route table id): they wait for the gate through it, so
 * listing the gate again would only add work to every registration.
 */
export function downstream(ctx: ChildContext): ChildContext {
    return { ...ctx, gate: undefined };
}

/** Invoke options for a child lookup: the component as parent and an explicit provider. */
export function invokeOptions(
    ctx: ChildContext,
    provider: pulumi.ProviderResource,
): pulumi.InvokeOutputOptions {
    return { parent: ctx.parent, provider };
}

/**
 * Explicit dependencies plus the validation gate. The gate stays a separate
 * element: while it is unknown (preview) it adds nothing, and the explicit
 * dependencies still show in the graph.
 */
export function withGate(
    ctx: ChildContext,
    dependsOn: readonly pulumi.Resource[],
): pulumi.Input<pulumi.Resource>[] {
    // The SDK flattens an Output of resources inside the list (gatherExplicitDependencies).
    return ctx.gate ? [...dependsOn, ctx.gate as unknown as pulumi.Input<pulumi.Resource>] : [...dependsOn];
}
