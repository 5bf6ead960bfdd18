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
