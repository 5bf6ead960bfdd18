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
    const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => `  - ${shortenQuoted(p)}`);
    if (problems.length > LISTED_PROBLEMS) {
        listed.push(
            `  ... and ${problems.length - LISTED_PROBLEMS} more problem(s) of the same kinds; fix these first and run again.`,
        );
    }
    return `${shortened(component)}: invalid arguments:\n${listed.join("\n")}`;
}

/** Values longer than this are shown by their start and their length. */
export const SHOWN_LENGTH = 80;

/**
 * A value as a message shows it: whole when short, else its start and its
 * length, so a 10,000-character name does not make a 20 kB message.
 */
export function shortened(text: string): string {
    return text.length <= SHOWN_LENGTH ? text : `${text.slice(0, 40)}... (${text.length} characters)`;
}

/**
 * Every long quoted value ('...' or "...") in a message, shortened. Values
 * that long are names and ids, with no spaces; prose between two apostrophes
 * has them, and is left alone.
 */
export function shortenQuoted(message: string): string {
    return message.replace(
        new RegExp(`(["'])([^"'\\s]{${SHOWN_LENGTH + 1},})\\1`, "g"),
        (_all, quote: string, text: string) =>
            `${quote}${text.slice(0, 40)}...${quote} (${text.length} characters)`,
    );
}
