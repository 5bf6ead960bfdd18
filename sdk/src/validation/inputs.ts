import * as pulumi from "@pulumi/pulumi";

/** The value of an input when it is a plain value now, else undefined (an Output or Promise, checked later). */
export function plainNow<T extends string | number | boolean>(
    input: pulumi.Input<T> | undefined,
): T | undefined {
    return typeof input === "string" || typeof input === "number" || typeof input === "boolean"
        ? (input as T)
        : undefined;
}

/** True when every input in the list is a plain value now. */
export function allPlainNow(inputs: readonly (pulumi.Input<string> | undefined)[]): boolean {
    return inputs.every((i) => i === undefined || typeof i === "string");
}

/** A value of each member, by name; members without one are left out. */
export function byName<T>(
    members: ReadonlyMap<string, T>,
    value: (member: T) => pulumi.Output<string> | undefined,
): pulumi.Output<Record<string, string>> {
    const entries = [...members].map(([name, m]) => [name, value(m)] as const);
    return pulumi.output(Object.fromEntries(entries.filter(([, v]) => v !== undefined))) as pulumi.Output<
        Record<string, string>
    >;
}

/**
 * An optional argument that must be a provider when given: a string or a
 * plain object would otherwise fail deep inside the SDK
 * (`provider.getPackage is not a function`).
 */
export function optionalProviderProblem(argument: string, value: unknown, whose: string): string | undefined {
    if (value === undefined || pulumi.ProviderResource.isInstance(value)) return undefined;
    const shown = ["string", "number", "boolean"].includes(typeof value) ? ` ${JSON.stringify(value)}` : "";
    return `${argument}${shown} is not an alicloud.Provider; pass ${whose}, or leave ${argument.split(/[.\]]/).pop()} out.`;
}
