// A state file the planner cannot read: which file, and what to do about it.
import { PlanFailure } from "../plan/planFailure";

export class StateProblem extends PlanFailure {
    constructor(file: string, problem: string) {
        super("state", `--state ${file} ${problem}.`);
    }
}
