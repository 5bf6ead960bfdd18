// What an Output holds, now: the plugin needs the values that decide a
// component's children before it constructs it, as a TypeScript program has
// them. The SDK's Output keeps them behind members it marks internal (its own
// provider server reads them the same way).
import * as pulumi from "@pulumi/pulumi";

/** The members of the SDK's Output the plugin reads. */
interface OutputInternals<T> {
    readonly isKnown: Promise<boolean>;
    readonly isSecret: Promise<boolean>;
    promise(withUnknowns?: boolean): Promise<T>;
}

/** Why an Output cannot stand where a prompt value is required. */
export type NotPrompt = "unknown" | "secret";

/** The value of `output`, or why it has none the plugin may use. */
export async function promptValue<T>(
    output: pulumi.Output<T>,
): Promise<{ value: T } | { problem: NotPrompt }> {
    const internals = output as unknown as OutputInternals<T>;
    if (!(await internals.isKnown)) return { problem: "unknown" };
    if (await internals.isSecret) return { problem: "secret" };
    return { value: await internals.promise() };
}

/** A resource's URN, known for every resource a program passes. */
export function urnOf(resource: pulumi.Resource): Promise<string> {
    return (resource.urn as unknown as OutputInternals<string>).promise();
}
