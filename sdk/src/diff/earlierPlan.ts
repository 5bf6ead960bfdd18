// The earlier plan --against compares with: the --json output of this
// planner (a pull request's check plans the base branch, then the head).
import * as fs from "fs";
import { PlanDocument } from "../plan/planJson";
import { UsageError } from "../plan/planFailure";

/** Reads an earlier `--json` plan; a clear error when the file is not one. */
export function earlierPlan(file: string): PlanDocument {
    let document: unknown;
    try {
        document = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (err) {
        const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message.replace(/\s+/g, " ");
        throw new UsageError(
            `--against ${file} cannot be read as JSON (${reason}); give the output of alicloud-network-plan --json.`,
        );
    }
    const d = document as Partial<PlanDocument> | null;
    if (!d || !Array.isArray(d.pings) || !Array.isArray(d.resources) || !d.routeTables) {
        throw new UsageError(
            `--against ${file} is not a plan: it has no pings, resources and routeTables; give the output of alicloud-network-plan --json${(document as { error?: unknown })?.error ? " from a run that made a plan (this one is an error document)" : ""}.`,
        );
    }
    return d as PlanDocument;
}
