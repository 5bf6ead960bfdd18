import * as pulumi from "@pulumi/pulumi";
import { validationMessage } from "../core/errors";

/**
 * Invalid component arguments. A `pulumi.ResourceError` on the component with
 * its stack hidden, so `pulumi up` prints the problems as a diagnostic of the
 * component, not as a crash with a stack trace.
 */
export class ValidationError extends pulumi.ResourceError {
    /** The component's name. */
    public readonly component: string;
    /** Each problem: the argument, its value and how to fix it. */
    public readonly problems: readonly string[];

    constructor(component: string, problems: readonly string[], resource: pulumi.Resource) {
        super(validationMessage(component, problems), resource, true);
        this.name = "ValidationError";
        // A failure found once Outputs resolve comes after the program's top
        // level has returned, and the SDK then prints `stack`, not `message`.
        this.stack = this.message;
        this.component = component;
        this.problems = problems;
    }
}

/** Throws a ValidationError on `resource` when there is any problem; does nothing otherwise. */
export function throwIfProblems(
    resource: pulumi.Resource,
    component: string,
    problems: readonly string[],
): void {
    if (problems.length > 0) {
        throw new ValidationError(component, problems, resource);
    }
}
