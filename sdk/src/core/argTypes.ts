// Arguments of the wrong kind, as JavaScript callers and Outputs produce them:
// each problem names the argument and says what it must be.

/** Pulumi Outputs mark themselves so (and Promises have `then`), across copies of the SDK. */
function isDeferred(value: unknown): boolean {
    return (
        typeof value === "object" &&
        value !== null &&
        ("__pulumiOutput" in value || typeof (value as { then?: unknown }).then === "function")
    );
}

/**
 * A value that decides which resources the component creates (a route mode,
 * a region) must be known when the program runs, not later.
 */
export function plainValueProblem(argument: string, value: unknown): string | undefined {
    return isDeferred(value)
        ? `${argument} is an Output or a Promise; it decides which resources the component creates, so it must be a plain value when the program runs: pass the value itself.`
        : undefined;
}

/** A flag given as anything but a boolean, e.g. the string "false", which would count as true. */
export function booleanProblem(argument: string, value: unknown): string | undefined {
    return value === undefined || typeof value === "boolean"
        ? undefined
        : `${argument} ${JSON.stringify(value)} must be true or false (a boolean).`;
}

/** A quota: a whole number of at least 1. */
export function positiveIntegerProblem(argument: string, value: unknown): string | undefined {
    return wholeNumberProblem(argument, value, 1);
}

/** A count: a whole number of at least `minimum`. */
export function wholeNumberProblem(argument: string, value: unknown, minimum: number): string | undefined {
    return value === undefined || (Number.isInteger(value) && (value as number) >= minimum)
        ? undefined
        : `${argument} ${typeof value === "number" ? String(value) : JSON.stringify(value)} must be a whole number of at least ${minimum}.`;
}

/**
 * An optional id argument given as an empty string or null: present, but
 * naming nothing. Values not known yet (Outputs) pass; they are checked by
 * the API.
 */
export function emptyIdProblem(argument: string, value: unknown, what: string): string | undefined {
    return value === "" || value === null
        ? `${argument} ${JSON.stringify(value)} is empty; pass ${what}, or leave ${argument.split(/[.\s]/).pop()} out.`
        : undefined;
}

/** A required id: present and not empty. */
export function requiredIdProblem(argument: string, value: unknown, what: string): string | undefined {
    if (value !== undefined && value !== null && value !== "") return undefined;
    return `${argument} ${value === undefined ? "is missing" : `${JSON.stringify(value)} is empty`}; pass ${what}.`;
}

/**
 * A list argument given as something else (a string, one object): says it
 * must be a list, and of what. Undefined for a list or an absent value.
 */
export function listProblem(argument: string, value: unknown, of: string): string | undefined {
    if (value === undefined || Array.isArray(value)) return undefined;
    const shown = ["string", "number", "boolean"].includes(typeof value) ? ` ${JSON.stringify(value)}` : "";
    return `${argument}${shown} must be a list of ${of}.`;
}

/** A required list: a list, with at least one entry; `whenEmpty` says what to give. */
export function nonEmptyListProblem(
    argument: string,
    value: unknown,
    of: string,
    whenEmpty: string,
): string | undefined {
    return (
        listProblem(argument, value, of) ??
        (Array.isArray(value) && value.length > 0 ? undefined : `${argument} is empty; ${whenEmpty}`)
    );
}

/** The list, or no entries when the argument is not a list (reported by listProblem). */
export function entriesOf<T>(value: readonly T[] | undefined): readonly T[] {
    return Array.isArray(value) ? value : [];
}

/** The problems found, without the checks that found none. */
export function found(...problems: (string | undefined)[]): string[] {
    return problems.filter((p): p is string => p !== undefined);
}
