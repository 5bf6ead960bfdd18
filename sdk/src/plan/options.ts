// The planner's command line: what `alicloud-network-plan --help` documents.
import * as path from "path";
import { parseArgs } from "util";
import { UsageError } from "./planFailure";
import { FAIL_ON, FailOn } from "../diff/planDiff";

export const COMMAND = "alicloud-network-plan";

export interface PlanOptions {
    /** The Pulumi project directory or program file to plan. */
    readonly target: string;
    /** `Pulumi.<stack>.yaml` to read configuration from. */
    readonly stack?: string;
    /** `key=value` pairs, over the stack file's values. */
    readonly config: readonly string[];
    /** A JSON file in the shape `pulumi preview --policy-pack-config` takes. */
    readonly policyConfig?: string;
    /** Plan as `pulumi preview` sees it: ids of new resources unknown. */
    readonly preview: boolean;
    /** Print one JSON document on stdout instead of the text plan. */
    readonly json: boolean;
    /** Where to write plan.txt (or plan.json) and topology.mmd. */
    readonly outDir: string;
    /** Type-check TypeScript programs as they load, as `pulumi up` does by default. */
    readonly typecheck: boolean;
    /** State files of deployed stacks (`pulumi stack export`, Terraform state), joined into one network. */
    readonly states: readonly string[];
    /** Plan the states alone, even where a program is found. */
    readonly stateOnly: boolean;
    /** The account of each provider (Pulumi provider name, Terraform alias) its state does not tell. */
    readonly accounts: Readonly<Record<string, string>>;
    /** An earlier --json plan to compare this one with. */
    readonly against?: string;
    /** What in the change sets exit status 1. */
    readonly failOn: readonly FailOn[];
    /** `--explain FROM TO`: print one pair's path instead of the plan. */
    readonly explain?: readonly [string, string];
}

export const HELP = `Usage: ${COMMAND} [options] [project]

Plans a Pulumi program offline: runs it under a mock engine (the real Pulumi
SDK and @pulumi/alicloud classes, no credentials, no Pulumi CLI) and prints
what it creates in which account, the effective route tables, which endpoints
ping each other, and the verdicts of the package's policy pack.

  project                  a Pulumi project directory (its Pulumi.yaml names
                           the program) or a program file   [default: .]

Options:
  -s, --stack <name>       read configuration from Pulumi.<name>.yaml
  -c, --config <key=value> set a configuration value (repeatable); a key
                           without a namespace is the project's. Secrets are
                           given here as plain text: nothing is decrypted.
      --policy-config <file>
                           policy pack configuration, the JSON that
                           pulumi preview --policy-pack-config takes
      --preview            plan as pulumi preview sees it: ids of resources
                           to create are unknown, so pings may be undecided
      --json               print one JSON document (resources, routeTables,
                           pings, verdicts) on stdout
      --state <file>       plan what is deployed: a pulumi stack export file
                           (deployment version 3) or a Terraform state
                           (version 4, terraform state pull); repeatable, the
                           states joined into one network by the ids they hold
      --state-only         plan the states alone, even in a directory that
                           holds a Pulumi project (without a project there,
                           --state alone does)
      --account <name=id>  the account id of a provider (its Pulumi name, or
                           a Terraform provider alias) that the state does not
                           tell; repeatable
                           With a program and --state (its stack's export),
                           the plan is of the change: what pulumi up creates,
                           updates, replaces and deletes, which endpoint
                           pairs gain or lose reach, which routes change, and
                           what interrupts traffic while it runs
      --against <plan.json>
                           compare with an earlier --json plan (the base
                           branch's): the same diff, from the two plans
      --fail-on <list>     exit 1 when the change does any of: lost, gained,
                           replace, interrupt (comma-separated)
      --explain <from> <to>
                           print one pair's whole path, request and reply
                           (a VPC's name, or vpc/endpoint), instead of the
                           plan; beyond 40 VPCs the matrix is by group
  -o, --out <dir>          where to write plan.txt (or plan.json) and
                           topology.mmd                [default: ./plan-output]
      --typecheck          type-check TypeScript as it loads (slower); by
                           default the program is only transpiled
  -h, --help               print this help

Exit status: 0 the pack finds no mandatory violation; 1 it does, or the
policy configuration asks for pings that fail; 2 the program or the options
are wrong, and there is no plan.
`;

/** Parses the command line; `undefined` when help was asked for. */
/** `--explain FROM TO` takes two values, which parseArgs does not: taken out first. */
function explainArgs(argv: readonly string[]): { rest: string[]; explain?: [string, string] } {
    const at = argv.indexOf("--explain");
    if (at < 0) return { rest: [...argv] };
    const [from, to] = argv.slice(at + 1, at + 3);
    if (from === undefined || to === undefined || from.startsWith("-") || to.startsWith("-")) {
        throw new UsageError(
            `--explain takes two names, FROM and TO: --explain vpc1 vpc2; see ${COMMAND} --help.`,
        );
    }
    return { rest: [...argv.slice(0, at), ...argv.slice(at + 3)], explain: [from, to] };
}

export function parsePlanArgs(argv: readonly string[], cwd: string): PlanOptions | undefined {
    const { rest, explain } = explainArgs(argv);
    let parsed;
    try {
        parsed = parseArgs({
            args: rest,
            allowPositionals: true,
            options: {
                stack: { type: "string", short: "s" },
                config: { type: "string", short: "c", multiple: true },
                "policy-config": { type: "string" },
                preview: { type: "boolean" },
                json: { type: "boolean" },
                out: { type: "string", short: "o" },
                typecheck: { type: "boolean" },
                state: { type: "string", multiple: true },
                "state-only": { type: "boolean" },
                account: { type: "string", multiple: true },
                against: { type: "string" },
                "fail-on": { type: "string" },
                help: { type: "boolean", short: "h" },
            },
        });
    } catch (err) {
        throw new UsageError(`${(err as Error).message}; see ${COMMAND} --help.`);
    }
    const { values, positionals } = parsed;
    if (values.help) return undefined;
    if (positionals.length > 1) {
        throw new UsageError(
            `give one project directory or program file, not ${positionals.length} (${positionals.join(", ")}); see ${COMMAND} --help.`,
        );
    }
    for (const pair of values.config ?? []) {
        if (!/^[^=]+=/.test(pair)) {
            throw new UsageError(
                `--config ${pair} is not key=value; write it as --config region=ap-southeast-1.`,
            );
        }
    }
    const accounts: Record<string, string> = {};
    for (const pair of values.account ?? []) {
        const m = /^([^=]+)=(\d{16})$/.exec(pair);
        if (!m) {
            throw new UsageError(
                `--account ${pair} is not name=id with a 16-digit account id; write it as --account hub=1234567890123456.`,
            );
        }
        accounts[m[1]] = m[2];
    }
    if (values["state-only"] && !values.state?.length) {
        throw new UsageError(`--state-only needs at least one --state <file>; see ${COMMAND} --help.`);
    }
    if (values["state-only"] && values.preview) {
        throw new UsageError(
            "--preview plans a program as pulumi preview sees it; a deployed state has every id known: leave out --preview or --state-only.",
        );
    }
    const failOn = (values["fail-on"] ?? "")
        .split(",")
        .map((f) => f.trim())
        .filter((f) => f !== "");
    const unknownFail = failOn.find((f) => !(FAIL_ON as readonly string[]).includes(f));
    if (unknownFail !== undefined) {
        throw new UsageError(
            `--fail-on ${values["fail-on"]}: ${JSON.stringify(unknownFail)} is not one of ${FAIL_ON.join(", ")}; write e.g. --fail-on lost,interrupt.`,
        );
    }
    if (failOn.length > 0 && !values.against && !values.state?.length) {
        throw new UsageError(
            "--fail-on judges a change: give the deployed stack with --state (and the program), or an earlier plan with --against.",
        );
    }
    return {
        target: path.resolve(cwd, positionals[0] ?? "."),
        stack: values.stack,
        config: values.config ?? [],
        policyConfig: values["policy-config"] && path.resolve(cwd, values["policy-config"]),
        preview: values.preview ?? false,
        json: values.json ?? false,
        outDir: path.resolve(cwd, values.out ?? "plan-output"),
        typecheck: values.typecheck ?? false,
        states: (values.state ?? []).map((f) => path.resolve(cwd, f)),
        stateOnly: values["state-only"] ?? false,
        accounts,
        against: values.against && path.resolve(cwd, values.against),
        failOn: failOn as FailOn[],
        explain,
    };
}
