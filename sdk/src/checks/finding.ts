/**
 * What a stack check found about one resource. A violation breaks a rule; an
 * undecided finding could not be checked because a value is unknown (preview)
 * and is reported as advisory, to be checked in full at `pulumi up`.
 */
export interface Finding {
    readonly urn: string;
    readonly message: string;
    readonly undecided?: boolean;
}

export function violation(urn: string, message: string): Finding {
    return { urn, message };
}

export function undecided(urn: string, message: string): Finding {
    return { urn, message, undecided: true };
}

/** A weakness rather than a broken rule: reported as advisory whatever the policy's level. */
export function advisory(urn: string, message: string): Finding {
    // Reported as an undecided finding is: advisory, and never counted as a violation.
    return undecided(urn, message);
}
