import * as pulumi from "@pulumi/pulumi";

/** Output's own promise, internal to the SDK; `withUnknowns` keeps unknown values rather than answering undefined. */
interface OutputPromise {
    promise?: (withUnknowns?: boolean) => Promise<unknown>;
}

/**
 * The value of an Output as a new Output that does not carry the resources
 * the value came from: a child that waits for it (through the validation
 * gate) would otherwise list each of them as a dependency, and a gate over
 * every VPC of a component would give every child every VPC. Undefined
 * while the value is not known (preview); a failure stays a failure.
 */
export function detached<T>(output: pulumi.Output<T>): pulumi.Output<T | undefined> {
    const internal = output as unknown as OutputPromise;
    if (typeof internal.promise !== "function") {
        // An SDK without it: the children then list the dependencies, which is correct, only longer.
        return output;
    }
    return pulumi.output(internal.promise(false) as Promise<T | undefined>) as pulumi.Output<T | undefined>;
}
