import * as pulumi from "@pulumi/pulumi";

/**
 * The members of the SDK's Output that it marks internal and the package
 * reads (the SDK's own provider server reads them the same way): whether the
 * value is known, and its promise; `withUnknowns` keeps unknown values rather
 * than answering undefined. Absent from an SDK without them.
 */
export interface OutputInternals<T> {
    readonly isKnown?: Promise<boolean>;
    readonly promise?: (withUnknowns?: boolean) => Promise<T>;
}

/** The internal members of `output`. */
export function internalsOf<T>(output: pulumi.Output<T>): OutputInternals<T> {
    return output as unknown as OutputInternals<T>;
}

/**
 * The value of an Output as a new Output that does not carry the resources
 * the value came from: a child that waits for it (through the validation
 * gate) would otherwise list each of them as a dependency, and a gate over
 * every VPC of a component would give every child every VPC. Undefined
 * while the value is not known (preview); a failure stays a failure.
 */
export function detached<T>(output: pulumi.Output<T>): pulumi.Output<T | undefined> {
    const { promise } = internalsOf(output);
    if (typeof promise !== "function") {
        // An SDK without it: the children then list the dependencies, which is correct, only longer.
        return output;
    }
    return pulumi.output(promise(false) as Promise<T | undefined>) as pulumi.Output<T | undefined>;
}
