// Why there is no plan: the planner's failures, each of a kind a pipeline can
// branch on, written as text on stderr or, with --json, as one JSON document
// on stdout (the published schema's error document).

/**
 * What went wrong: the command line (`usage`), the stack or policy
 * configuration (`config`), a component's arguments (`arguments`), the
 * program itself (`program`), or a state file given with --state (`state`).
 */
export type FailureKind = "program" | "arguments" | "config" | "usage" | "state";

/** A plan that cannot be made; the message says what to change. */
export class PlanFailure extends Error {
    constructor(
        readonly kind: FailureKind,
        message: string,
        /** Each problem on its own, as the message lists them. */
        readonly problems: readonly string[] = [message],
        /** Not a failure the planner foresaw (stderr marks it `error:`). */
        readonly unforeseen = false,
    ) {
        super(message);
    }
}

/** The command line cannot be taken, or a file it names is not what it must be. */
export class UsageError extends PlanFailure {
    constructor(message: string, kind: "usage" | "config" = "usage") {
        super(kind, message);
    }
}

// A component's validation message: "<name>: invalid arguments:" then "  - <problem>" lines.
const INVALID_ARGUMENTS = /: invalid arguments:\n/;
const MISSING_CONFIG = /Missing required configuration/;

/** The failure of a program that stopped under the mock engine, from the errors it stopped with. */
export function programFailure(errors: readonly string[], hint: string): PlanFailure {
    const message = `The program failed under the mock engine, so there is no plan:\n${errors.map((e) => `  ${e}`).join("\n")}\n${hint}`;
    if (errors.every((e) => INVALID_ARGUMENTS.test(e))) {
        const problems = errors.flatMap((e) => {
            const [head, ...lines] = e.split("\n");
            const component = head.replace(/: invalid arguments:$/, "");
            return lines
                .filter((l) => l.startsWith("  - "))
                .map((l) => `${component}: ${l.slice("  - ".length)}`);
        });
        return new PlanFailure("arguments", message.trimEnd(), problems);
    }
    const kind = errors.some((e) => MISSING_CONFIG.test(e)) ? "config" : "program";
    return new PlanFailure(kind, message.trimEnd(), errors);
}

/** Any error thrown while planning, as a failure of its kind: a usage or configuration error, else the program's. */
export function asFailure(err: unknown): PlanFailure {
    if (err instanceof PlanFailure) return err;
    const message = err instanceof Error ? err.message : String(err);
    return new PlanFailure("program", message, [message], true);
}

/** How the failure reads on stderr. */
export function failureText(failure: PlanFailure): string {
    return `${failure.unforeseen ? "error: " : ""}${failure.message}\n`;
}

/** The --json document of a failure. */
export function failureDocument(failure: PlanFailure): {
    error: { kind: FailureKind; message: string; problems: readonly string[] };
} {
    return { error: { kind: failure.kind, message: failure.message, problems: failure.problems } };
}
