/** How many problems a validation message lists before it counts the rest. */
export const LISTED_PROBLEMS = 50;

/**
 * The message of a validation failure: every problem found, one per line,
 * each naming the argument, the value and how to fix it, so a user fixes
 * them all in one pass instead of one per `pulumi up`. Past
 * {@link LISTED_PROBLEMS}, the rest are counted, not listed: 500 VPCs with
 * one block would otherwise make a message of 125,000 lines.
 */
export function validationMessage(component: string, problems: readonly string[]): string {
    const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => `  - ${p}`);
    if (problems.length > LISTED_PROBLEMS) {
        listed.push(
            `  ... and ${problems.length - LISTED_PROBLEMS} more problem(s) of the same kinds; fix these first and run again.`,
        );
    }
    return `${component}: invalid arguments:\n${listed.join("\n")}`;
}
