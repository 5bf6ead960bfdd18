// What an Output holds, now: the plugin needs the values that decide a
// component's children before it constructs it, as a TypeScript program has
// them.
import * as pulumi from "@pulumi/pulumi";
import { internalsOf } from "../validation/detached";

/** Why an Output cannot stand where a prompt value is required. */
export type NotPrompt = "unknown" | "secret";

/** The value of `output`, or why it has none the plugin may use. */
export async function promptValue<T>(
    output: pulumi.Output<T>,
): Promise<{ value: T } | { problem: NotPrompt }> {
    const { isKnown, promise } = internalsOf(output);
    if (!(await isKnown)) return { problem: "unknown" };
    if (await pulumi.isSecret(output)) return { problem: "secret" };
    return { value: await promise!() };
}

/** A resource's URN, known for every resource a program passes. */
export function urnOf(resource: pulumi.Resource): Promise<string> {
    return internalsOf(resource.urn).promise!();
}
