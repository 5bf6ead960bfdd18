// A change against what is deployed: a program and its stack's export
// (--state) plan what `pulumi up` does (create, update, replace, delete by
// URN, replacements decided by the provider's ForceNew arguments), what it
// does to traffic (pairs gained and lost, routes added and removed), and
// what interrupts traffic or fails while it runs; --fail-on sets the exit
// status. The deployed network is fixtures/change/base.ts, exported as
// `pulumi stack export` writes it; each other program there is one change.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import { runModule } from "../../sdk/src/plan/programs";
import { PLAN_SCHEMA } from "../../sdk/src/plan/planSchema";
import { plan } from "../harness/planCli";
import { stackExport } from "../harness/stackExport";

const CHANGES = path.join(__dirname, "fixtures", "change");
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);

interface Change {
    urn: string;
    type: string;
    name: string;
    op: string;
    changed: string[];
    interruption?: string;
}
interface PairChange {
    from: { vpc: string; name: string };
    to: { vpc: string; name: string };
    before: string;
    result: string;
}
interface Json {
    diff: {
        against: { kind: string; files: string[] };
        resources: Change[];
        reach: { gained: PairChange[]; lost: PairChange[]; undecided: PairChange[] };
        routes: {
            added: { table: string; destination: string; nextHop: string }[];
            removed: { table: string; destination: string; nextHop: string }[];
        };
    };
}

let deployed: string;

/** The change `program` makes to the deployed network, as JSON checked against the schema. */
function change(program: string, ...options: string[]) {
    const run = plan(path.join(CHANGES, program), "--state", deployed, "--json", ...options);
    assert.ok(run.stdout.length > 0, run.stderr);
    const json = JSON.parse(run.stdout) as Json;
    assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
    return { json, status: run.status, stderr: run.stderr };
}

const vpcPairs = (pairs: PairChange[]) =>
    [...new Set(pairs.map((p) => `${p.from.vpc} -> ${p.to.vpc}: ${p.before} -> ${p.result}`))].sort();
const steps = (json: Json) =>
    json.diff.resources.map(
        (r) => `${r.op} ${r.name}${r.changed.length ? ` (${r.changed.join(", ")})` : ""}`,
    );

describe("alicloud-network-plan, a program against its deployed stack (--state)", function () {
    this.timeout(60000);
    before(async () => {
        const graph = await runModule(path.join(CHANGES, "base.ts"), {
            project: "hub-spoke-change",
            stack: "dev",
        });
        assert.deepEqual(graph.errors, []);
        deployed = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "change-")), "dev.json");
        fs.writeFileSync(deployed, JSON.stringify(stackExport(graph)));
    });

    it("the deployed program itself changes nothing: no step, no pair, no route", () => {
        const { json, status } = change("base.ts", "--fail-on", "lost,gained,replace,interrupt");
        assert.equal(status, 0);
        assert.deepEqual(json.diff.resources, []);
        assert.deepEqual(json.diff.reach, { gained: [], lost: [], undecided: [] });
        assert.deepEqual(json.diff.routes, { added: [], removed: [] });
        assert.deepEqual(json.diff.against, {
            kind: "state",
            files: [path.relative(process.cwd(), deployed)],
        });
    });

    it("a hand-added leak: two propagations created, the spokes gain each other, the spoke table gains their routes", () => {
        const { json, status, stderr } = change("leak.ts", "--fail-on", "gained");
        assert.deepEqual(steps(json), ["create vpc1-leak", "create vpc2-leak"]);
        assert.deepEqual(vpcPairs(json.diff.reach.gained), [
            "vpc1 -> vpc2: no -> yes",
            "vpc2 -> vpc1: no -> yes",
        ]);
        assert.deepEqual(json.diff.reach.lost, []);
        assert.deepEqual(
            json.diff.routes.added
                .map((r) => `${r.table.split(" ")[0]} ${r.destination} -> ${r.nextHop}`)
                .sort(),
            [
                "spoke-table 10.1.0.0/24 -> vpc1-attachment",
                "spoke-table 10.1.1.0/24 -> vpc1-attachment",
                "spoke-table 10.2.0.0/24 -> vpc2-attachment",
                "spoke-table 10.2.1.0/24 -> vpc2-attachment",
            ],
        );
        assert.equal(status, 1);
        assert.match(stderr, /--fail-on gained: the change gains reach\./);
    });

    it("a removed propagation: the hub loses VPC1 (its replies, and its requests), deleted while it carries that traffic", () => {
        const { json, status } = change("dropPropagation.ts", "--fail-on", "lost");
        assert.deepEqual(steps(json), ["delete vpc1-propagation"]);
        assert.deepEqual(vpcPairs(json.diff.reach.lost), [
            "vpc1 -> vpc3: yes -> one-way",
            "vpc3 -> vpc1: yes -> no",
        ]);
        assert.match(
            json.diff.resources[0].interruption ?? "",
            /^deleted while it carries vpc1 -> vpc3, vpc3 -> vpc1: their traffic stops for good$/,
        );
        assert.deepEqual(
            json.diff.routes.removed.map((r) => `${r.table.split(" ")[0]} ${r.destination}`).sort(),
            ["hub-table 10.1.0.0/24", "hub-table 10.1.1.0/24"],
        );
        assert.equal(status, 1);
    });

    it("a replaced attachment: the API refuses a second attachment of the VPC while the old one stands", () => {
        const { json, status } = change("replaceAttachment.ts", "--fail-on", "interrupt");
        const attachment = json.diff.resources.find((r) => r.name === "vpc2-attachment");
        assert.deepEqual(attachment && [attachment.op, attachment.changed], ["replace", ["vpcOwnerId"]]);
        assert.match(
            attachment!.interruption ?? "",
            /refuses a second attachment of the VPC to the transit router/,
        );
        // What names the new attachment's id is updated or replaced with it: its association, propagation and route.
        assert.deepEqual(
            json.diff.resources
                .filter((r) => r !== attachment)
                .map((r) => `${r.op} ${r.name}`)
                .sort(),
            ["replace vpc2-association", "replace vpc2-propagation", "replace vpc2-route"],
        );
        assert.deepEqual(json.diff.reach, { gained: [], lost: [], undecided: [] });
        assert.equal(status, 1);
    });

    it("a route entry renamed: replaced create-before-delete, two entries for one destination at once", () => {
        const { json, status } = change("renameRoute.ts");
        assert.deepEqual(steps(json), ["replace vpc1-route (name)"]);
        assert.match(
            json.diff.resources[0].interruption ?? "",
            /^the route table would hold two entries for 10\.0\.0\.0\/8 while Pulumi creates the replacement first, which the API refuses/,
        );
        // Without --fail-on, the change alone does not fail the plan.
        assert.equal(status, 0);
    });

    it("a component-built stack whose ids and accounts the mock engine cannot guess changes nothing against itself", async () => {
        const graph = await runModule(path.join(CHANGES, "components.ts"), {
            project: "hub-spoke-change",
            stack: "dev",
        });
        assert.deepEqual(graph.errors, []);
        // Ids and account numbers as Alibaba Cloud gives them: opaque, none the mock would compute.
        const ids = new Map<string, string>();
        const real = JSON.stringify(stackExport(graph)).replace(
            /\b(vtb-system-tr-[\w-]+|(?:vpc|vsw|vtb|vrt|tr-attach|tr|cen)-[a-z][\w-]*|1\d{15})\b/g,
            (id) => {
                if (!ids.has(id)) {
                    const n = String(ids.size).padStart(4, "0");
                    ids.set(
                        id,
                        /^\d+$/.test(id) ? `1${"7".repeat(11)}${n}` : `${id.split("-")[0]}-gw8${n}x5y9m0`,
                    );
                }
                return ids.get(id)!;
            },
        );
        const state = path.join(path.dirname(deployed), "components.json");
        fs.writeFileSync(state, real);
        const run = plan(path.join(CHANGES, "components.ts"), "--state", state, "--json");
        assert.equal(run.status, 0, run.stderr);
        const json = JSON.parse(run.stdout) as Json;
        assert.deepEqual(steps(json), []);
        assert.deepEqual(json.diff.reach, { gained: [], lost: [], undecided: [] });
    });

    it("refuses states of another project, and a --stack that is not the state's", () => {
        const terraform = path.join(__dirname, "fixtures", "cen-shared-vpc.tfstate");
        const other = plan(path.join(CHANGES, "leak.ts"), "--state", terraform);
        assert.equal(other.status, 2);
        assert.match(
            other.stderr,
            /^none of the states \(.*cen-shared-vpc\.tfstate\) is of project hub-spoke-change, the program's \(they are of terraform\); give its stack's pulumi stack export, or plan the states alone with --state-only\.$/m,
        );
        const stack = plan(path.join(CHANGES, "leak.ts"), "--state", deployed, "--stack", "prod");
        assert.equal(stack.status, 2);
        assert.match(
            stack.stderr,
            /--stack prod is not the stack of the state \(dev\); give --stack dev, or that stack's export\./,
        );
    });

    it("shows the change first in the text report", () => {
        const run = plan(path.join(CHANGES, "leak.ts"), "--state", deployed);
        assert.match(
            run.stdout,
            /^=+\n(.*\n)+?=+\n\nChanges against the deployed stack \(.*dev\.json\):\n {2}Resources: 2 to create, 0 to update, 0 to replace, 0 to delete\n {4}\+ cen\.TransitRouterRouteTablePropagation vpc1-leak\n/,
        );
        assert.match(
            run.stdout,
            /\n {2}Reach gained \(8\):\n {4}vpc1\/vpc1-vsw0 -> vpc2\/vpc2-vsw0: no -> yes\n/,
        );
    });
});

describe("alicloud-network-plan --against: this plan against an earlier one", function () {
    this.timeout(60000);

    it("compares the head branch's plan with the base branch's: resources created and deleted, pairs gained", () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "against-"));
        const base = plan(path.join(CHANGES, "base.ts"), "--json");
        const earlier = path.join(out, "base.json");
        fs.writeFileSync(earlier, base.stdout);
        const run = plan(
            path.join(CHANGES, "leak.ts"),
            "--against",
            earlier,
            "--json",
            "--fail-on",
            "gained,lost",
        );
        const json = JSON.parse(run.stdout) as Json;
        assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
        assert.deepEqual(steps(json), ["create vpc1-leak", "create vpc2-leak"]);
        assert.deepEqual(vpcPairs(json.diff.reach.gained), [
            "vpc1 -> vpc2: no -> yes",
            "vpc2 -> vpc1: no -> yes",
        ]);
        assert.equal(json.diff.against.kind, "plan");
        assert.equal(run.status, 1);
    });

    it("refuses an earlier plan that is not a plan", () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "against-")), "error.json");
        fs.writeFileSync(file, JSON.stringify({ error: { kind: "program", message: "m", problems: [] } }));
        const run = plan(path.join(CHANGES, "leak.ts"), "--against", file);
        assert.equal(run.status, 2);
        assert.match(
            run.stderr,
            /--against .*error\.json is not a plan: .* \(this one is an error document\)\./,
        );
    });

    it("refuses --fail-on with nothing to compare, and a category it does not know", () => {
        const nothing = plan(path.join(CHANGES, "leak.ts"), "--fail-on", "lost");
        assert.equal(nothing.status, 2);
        assert.match(nothing.stderr, /--fail-on judges a change/);
        const unknown = plan(path.join(CHANGES, "leak.ts"), "--against", "x.json", "--fail-on", "lost,moved");
        assert.equal(unknown.status, 2);
        assert.match(unknown.stderr, /"moved" is not one of lost, gained, replace, interrupt/);
    });
});
