import { ReportViolation, StackValidationPolicy } from "@pulumi/policy";
import { Finding } from "../checks/finding";
import { StackGraph } from "../model/stackGraph";
import { stackGraphOf } from "./stackResources";

/** The object form of reportViolation, which the policy server accepts but its typings omit. */
type ReportObject = (violation: { message: string; urn?: string; enforcementLevel?: "advisory" }) => void;

/**
 * Reports findings: violations at the policy's enforcement level, undecided
 * ones (unknown during preview) as advisory, so one unknown value never hides
 * a violation among the known ones and never blocks a preview.
 */
export function reportFindings(findings: readonly Finding[], reportViolation: ReportViolation): void {
    const report = reportViolation as unknown as ReportObject;
    for (const f of findings) {
        report(
            f.undecided
                ? { message: f.message, urn: f.urn, enforcementLevel: "advisory" }
                : { message: f.message, urn: f.urn },
        );
    }
}

/** A policy with no settings whose check reads only the stack graph: it reports what the check finds. */
export function graphPolicy(
    policy: Omit<StackValidationPolicy, "validateStack" | "configSchema">,
    check: (graph: StackGraph) => Finding[],
): StackValidationPolicy {
    return {
        ...policy,
        validateStack: (args, reportViolation) =>
            reportFindings(check(stackGraphOf(args.resources)), reportViolation),
    };
}
