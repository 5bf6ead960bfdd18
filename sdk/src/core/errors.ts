/**
 * The message of a validation failure: every problem found, one per line,
 * each naming the argument, the value and how to fix it, so a user fixes
 * them all in one pass instead of one per `pulumi up`.
 */
export function validationMessage(component: string, problems: readonly string[]): string {
    return `${component}: invalid arguments:\n${problems.map((p) => `  - ${p}`).join("\n")}`;
}
