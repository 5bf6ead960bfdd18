// The state files given with --state, each read by what it holds (a Pulumi
// stack export or a Terraform state), joined into one network: a hub stack
// and its spokes' stacks, or a Terraform-built hub and Pulumi-built spokes,
// meet by the ids their resources name.
import * as fs from "fs";
import * as path from "path";
import { Graph } from "../plan/graph";
import { withOwnerAccounts } from "./ownerAccounts";
import { isPulumiExport, pulumiStateGraph, StateGraph } from "./pulumiState";
import { StateProblem } from "./stateProblem";
import { isTerraformState, terraformStateGraph } from "./terraformState";

/** One state file, as the plan's `sources` list names it. */
export interface StateSource {
    readonly file: string;
    readonly kind: "pulumi" | "terraform";
    /** Its resources the planner read (providers and the stack's own resource left out). */
    readonly resources: number;
}

/** The deployed network of every state given, and what could not be read of it. */
export interface DeployedStates {
    readonly graph: Graph;
    readonly sources: readonly StateSource[];
    /** Secrets not decrypted, and resources not placed: what the plan does not know, by where it is. */
    readonly unread: readonly string[];
}

/** Reads and joins the state files; `accounts` names the accounts of providers by name or alias. */
export function readStates(
    files: readonly string[],
    accounts: Readonly<Record<string, string>>,
): DeployedStates {
    const twice = files.find((f, i) => files.indexOf(f) !== i);
    if (twice !== undefined)
        throw new StateProblem(shownPath(twice), "is given twice: give each stack's state once");
    const read = files.map((file) => ({ file: shownPath(file), ...readState(file, accounts) }));
    const seen = new Map<string, string>();
    for (const { file, state } of read) {
        for (const r of state.graph.resources.filter((x) => x.custom)) {
            const other = seen.get(r.urn);
            if (other !== undefined && other !== file) {
                throw new StateProblem(
                    file,
                    `holds ${r.urn}, which --state ${other} holds too: they are states of one stack (the same project and stack name); give each stack's state once`,
                );
            }
            seen.set(r.urn, file);
        }
    }
    return {
        // Owner ids in one stack can name the account of another's provider (a hub's attachment, a spoke's VPC).
        graph: withOwnerAccounts({
            preview: false,
            resources: read.flatMap((s) => s.state.graph.resources),
            invokes: [],
            errors: [],
            stackOutputs: Object.assign({}, ...read.map((s) => s.state.graph.stackOutputs)) as Record<
                string,
                unknown
            >,
        }),
        sources: read.map(({ file, kind, state }) => ({
            file,
            kind,
            resources: state.graph.resources.filter(
                (r) => r.custom && !r.type.startsWith("pulumi:providers:"),
            ).length,
        })),
        unread: read.flatMap((s) => s.state.unread),
    };
}

/** How messages and the JSON name a file: relative to where the command runs. */
const shownPath = (file: string) => path.relative(process.cwd(), file) || file;

function readState(
    file: string,
    accounts: Readonly<Record<string, string>>,
): { kind: StateSource["kind"]; state: StateGraph } {
    const shown = shownPath(file);
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (err) {
        throw new StateProblem(
            shown,
            `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
        );
    }
    let document: unknown;
    try {
        document = JSON.parse(text);
    } catch (err) {
        const truncated = text.trim().length > 0 && !/[}\]]\s*$/.test(text);
        throw new StateProblem(
            shown,
            `is not JSON (${(err as Error).message.replace(/\s+/g, " ").trim()})${truncated ? "; it looks cut short: export the state again" : ""}. Give the output of pulumi stack export, or a Terraform state (terraform state pull)`,
        );
    }
    if (isPulumiExport(document)) {
        return {
            kind: "pulumi",
            state: onlyAlibabaCloud(shown, pulumiStateGraph(document, shown, accounts), "alicloud:"),
        };
    }
    if (isTerraformState(document)) {
        return {
            kind: "terraform",
            state: onlyAlibabaCloud(shown, terraformStateGraph(document, shown, accounts), "alicloud:"),
        };
    }
    throw new StateProblem(
        shown,
        "is neither a Pulumi stack export ({ version: 3, deployment }) nor a Terraform state ({ version: 4, resources }). Give the output of pulumi stack export, or of terraform state pull",
    );
}

/** A state with no Alibaba Cloud resource is the wrong file: say what it holds. */
function onlyAlibabaCloud(file: string, state: StateGraph, prefix: string): StateGraph {
    const custom = state.graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
    if (custom.length === 0 || custom.some((r) => r.type.startsWith(prefix))) return state;
    const packages = [...new Set(custom.map((r) => r.type.split(":")[0]))].sort();
    throw new StateProblem(
        file,
        `holds no Alibaba Cloud resource: its ${custom.length} resources are of ${packages.join(", ")}. Give the state of the stack or workspace that holds the network`,
    );
}
