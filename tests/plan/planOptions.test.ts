// The planner's options, as users give them on the command line.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import { PLAN_SCHEMA } from "../../sdk/src/plan/planSchema";
import { plan } from "../harness/planCli";

const fixture = (name: string) => path.join(__dirname, "fixtures", name);
const CONFIGURED = fixture("configured");

describe("alicloud-network-plan options", function () {
    this.timeout(90000);

    it("--help documents every option and exits 0 without planning", () => {
        const run = plan(undefined, "--help");
        assert.equal(run.status, 0);
        for (const option of [
            "--stack",
            "--config",
            "--policy-config",
            "--preview",
            "--json",
            "--out",
            "--typecheck",
        ]) {
            assert.ok(run.stdout.includes(option), option);
        }
        assert.match(run.stdout, /^Usage: alicloud-network-plan \[options\] \[project\]/);
        assert.deepEqual(fs.readdirSync(run.out), []);
    });

    it("refuses an unknown option, naming it", () => {
        const run = plan(undefined, "--prevue");
        assert.equal(run.status, 2);
        assert.match(run.stderr, /Unknown option '--prevue'.*; see alicloud-network-plan --help\./);
    });

    it("without --stack, a program that requires its configuration fails as under pulumi up", () => {
        const run = plan(CONFIGURED);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /Missing required configuration variable 'configured:region'/);
        assert.match(
            run.stderr,
            /Give the stack whose configuration to use: --stack dev, or values with --config key=value\.\n$/,
        );
    });

    it("--stack reads Pulumi.<stack>.yaml and Pulumi.yaml's defaults, and names a secret it cannot decrypt", () => {
        const run = plan(CONFIGURED, "--stack", "dev");
        assert.equal(run.status, 2);
        assert.equal(
            run.stderr,
            "Pulumi.dev.yaml holds secret(s) configured:accessKeySecret, which the offline plan cannot decrypt; give each as plain text with --config accessKeySecret=<value>.\n",
        );
    });

    it("--config gives the secret, and the program plans with the stack's values", () => {
        const run = plan(CONFIGURED, "--stack", "dev", "--config", "accessKeySecret=offline");
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /OFFLINE PLAN of .*configured\/index\.ts \(project configured\)/);
        assert.ok(run.stdout.includes("All 8 endpoint pairs ping each other."));
    });

    it("--config alone is enough, and overrides Pulumi.yaml's default", () => {
        const run = plan(
            CONFIGURED,
            "-c",
            "region=cn-hangzhou",
            "-c",
            "zoneA=cn-hangzhou-h",
            "-c",
            "zoneB=cn-hangzhou-k",
            "-c",
            "accessKeySecret=x",
            "--json",
        );
        assert.equal(run.status, 0, run.stderr);
        const doc = JSON.parse(run.stdout) as { routeTables: { vpc: { vpc: string }[] } };
        assert.deepEqual(
            doc.routeTables.vpc.map((t) => t.vpc),
            ["vpc0", "vpc1"],
        );
    });

    it("--preview plans with unknown ids: what depends on them is undecided, and the plan says so", () => {
        const update = plan(CONFIGURED, "-s", "dev", "-c", "accessKeySecret=x", "--json");
        const preview = plan(CONFIGURED, "-s", "dev", "-c", "accessKeySecret=x", "--json", "--preview");
        assert.equal(update.status, 0, update.stderr);
        assert.equal(preview.status, 0, preview.stderr);
        type Doc = { preview: boolean; pings: { result: string; from: { ip: string | null } }[] };
        const [u, p] = [JSON.parse(update.stdout) as Doc, JSON.parse(preview.stdout) as Doc];
        assert.deepEqual([u.preview, p.preview], [false, true]);
        assert.deepEqual([...new Set(u.pings.map((x) => x.result))], ["yes"]);
        assert.deepEqual([...new Set(p.pings.map((x) => x.result))], ["undecided"]);
        assert.ok(p.pings.every((x) => x.from.ip === null));
        const text = plan(CONFIGURED, "-s", "dev", "-c", "accessKeySecret=x", "--preview");
        assert.match(text.stdout, /as pulumi preview sees it/);
        assert.match(text.stdout, /vpc0 {6}\| local \| \?/);
    });

    it("--policy-config turns on mustNotReach: a hub and spokes whose spokes reach each other exits 1", () => {
        const permissive = plan(fixture("leakyHubSpoke.ts"));
        assert.equal(permissive.status, 0, permissive.stderr);
        const config = path.join(permissive.out, "policy-config.json");
        fs.writeFileSync(
            config,
            JSON.stringify({
                "alicloud-intended-connectivity": {
                    mustNotReach: [
                        { from: "vpc1", to: "vpc2" },
                        { from: "vpc2", to: "vpc1" },
                    ],
                },
                "alicloud-explicit-providers": "disabled",
            }),
        );
        const strict = plan(fixture("leakyHubSpoke.ts"), "--policy-config", config);
        assert.equal(strict.status, 1);
        assert.match(strict.stderr, /^2 mandatory policy violation\(s\)/);
        assert.match(strict.stderr, /alicloud-intended-connectivity: .*vpc1.*vpc2/);
    });

    it("--policy-config names a policy or setting the pack does not have", () => {
        const out = plan(undefined, "--help").out;
        const config = path.join(out, "bad.json");
        fs.writeFileSync(config, JSON.stringify({ "alicloud-vpc-cidrs-no-overlap": { scop: "stack" } }));
        const run = plan(undefined, "--policy-config", config);
        assert.equal(run.status, 2);
        assert.match(
            run.stderr,
            /alicloud-vpc-cidrs-no-overlap has no setting scop; its settings are scope\./,
        );
    });

    it("--json prints one document that validates against the published schema", () => {
        const run = plan(undefined, "--json");
        assert.equal(run.status, 0, run.stderr);
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);
        const doc = JSON.parse(run.stdout) as {
            resources: unknown[];
            routeTables: { transitRouter: { routes: { used: boolean }[] }[] };
            pings: unknown[];
        };
        const valid: boolean = validate(doc);
        assert.ok(valid, JSON.stringify(validate.errors, null, 2));
        assert.equal(doc.resources.length, 42);
        assert.equal(doc.pings.length, 24);
        assert.ok(doc.routeTables.transitRouter[0].routes.every((r) => r.used));
        assert.equal(fs.readFileSync(path.join(run.out, "plan.json"), "utf8"), run.stdout);
    });

    describe("--json on failure prints one error document (exit status 2)", () => {
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);
        const failure = (target: string | undefined, ...options: string[]) => {
            const run = plan(target, ...options, "--json");
            assert.equal(run.status, 2, run.stderr);
            const doc = JSON.parse(run.stdout) as {
                error: { kind: string; message: string; problems: string[] };
            };
            assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
            // The text stays on stderr for people; the document is what CI reads.
            assert.ok(run.stderr.includes(doc.error.problems[0].split("\n")[0].replace(/^\w+: /, "")));
            return doc.error;
        };

        it("usage: an option the command does not have", () => {
            const error = failure(undefined, "--prevue");
            assert.equal(error.kind, "usage");
            assert.match(error.message, /Unknown option '--prevue'/);
        });

        it("usage: a project that does not exist", () => {
            const error = failure(fixture("nowhere"));
            assert.equal(error.kind, "usage");
            assert.match(error.message, /nowhere does not exist; give a Pulumi project directory/);
        });

        it("config: configuration the program requires and the command did not give", () => {
            const error = failure(CONFIGURED);
            assert.equal(error.kind, "config");
            assert.match(error.problems[0], /^Missing required configuration variable 'configured:region'/);
        });

        it("config: a secret the plan cannot decrypt", () => {
            const error = failure(CONFIGURED, "--stack", "dev");
            assert.equal(error.kind, "config");
            assert.match(error.message, /holds secret\(s\) configured:accessKeySecret/);
        });

        it("arguments: a component's refusal, one problem per argument, named by component", () => {
            const error = failure(fixture("invalid.ts"));
            assert.equal(error.kind, "arguments");
            assert.deepEqual(error.problems, [
                "bad: vpcs[0] 'only': zoneMappings cover 1 zone (ap-southeast-1a); a transit router attachment needs vSwitches in at least 2 zones: add a vSwitch in another zone of the region to zoneMappings.",
            ]);
        });

        it("program: a program that throws", () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "throwing-"));
            fs.writeFileSync(path.join(dir, "index.ts"), 'throw new Error("no such account: prod");\n');
            const error = failure(dir);
            assert.equal(error.kind, "program");
            assert.deepEqual(error.problems, ["no such account: prod"]);
        });
    });
});
