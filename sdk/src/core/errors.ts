/**
 * Thrown when component arguments are invalid. It lists every problem found,
 * one per line, each naming the argument, the value and how to fix it, so a
 * user fixes them all in one pass instead of one per `pulumi up`.
 */
export class ValidationError extends Error {
    constructor(
        readonly component: string,
        readonly problems: readonly string[],
    ) {
        super(`${component}: invalid arguments:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
        this.name = "ValidationError";
    }
}

/** Throws a ValidationError when there is any problem; does nothing otherwise. */
export function throwIfProblems(component: string, problems: readonly string[]): void {
    if (problems.length > 0) {
        throw new ValidationError(component, problems);
    }
}
