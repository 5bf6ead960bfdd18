// Lists of pairs of names (a security domains' `allow`, a peering's `deny`):
// a list, each entry two known, different names, each pair once (a pair
// holds both ways).

/** How a pair list's messages name what it pairs. */
export interface PairedNames {
    /** `domain`, `VPC`. */
    readonly noun: string;
    /** An entry as a user writes it, for the messages: `["office", "shared"]`. */
    readonly example: string;
    /** Why pairing a name with itself is wrong. */
    readonly selfPairing: string;
}

/** What is wrong with the pair list given as `argument`, against the names that exist. */
export function pairListProblems(
    argument: string,
    value: unknown,
    known: ReadonlySet<string>,
    paired: PairedNames,
): string[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
        return [`${argument} must be a list of pairs of ${paired.noun} names, e.g. [${paired.example}].`];
    }
    const problems: string[] = [];
    const seen = new Set<string>();
    value.forEach((pair: unknown, i) => {
        const where = `${argument}[${i}] ${JSON.stringify(pair)}`;
        if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((n) => typeof n === "string")) {
            return problems.push(`${where} must be a pair of ${paired.noun} names, e.g. ${paired.example}.`);
        }
        const unknown = pair.filter((n) => !known.has(n));
        if (unknown.length > 0) {
            return problems.push(
                `${where} names ${unknown.map((n) => `'${n}'`).join(" and ")}, which is not a ${paired.noun}; use the names of ${paired.noun}s: ${[...known].join(", ")}.`,
            );
        }
        if (pair[0] === pair[1]) {
            return problems.push(`${where} pairs a ${paired.noun} with itself; ${paired.selfPairing}`);
        }
        const key = [...pair].sort().join("\u0000");
        if (seen.has(key)) {
            return problems.push(`${where} is given twice (pairs ${argument} both ways); remove one.`);
        }
        seen.add(key);
    });
    return problems;
}
