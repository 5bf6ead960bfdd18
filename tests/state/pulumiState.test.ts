// Pulumi stack exports, read as `pulumi stack export` writes them: URNs as
// the engine makes them, the default provider, resources pending deletion,
// secrets (encrypted: unknown and named; in plain text with --show-secrets:
// used), and state files the planner cannot read (exit 2, one message
// naming the file and what to give instead, a JSON error of kind "state").
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { runModule } from "../../sdk/src/plan/programs";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { plan } from "../harness/planCli";
import { secretValue, stackExport } from "../harness/stackExport";
import { accountProviders, vpcArgs } from "../harness/cenFixtures";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-state-"));
const write = (name: string, content: unknown) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
    return file;
};

interface Json {
    pings: { from: { vpc: string }; to: { vpc: string }; result: string; reason?: string }[];
    unread: string[];
    resources: { urn: string }[];
}

describe("the mock engine's URNs, as the engine makes them", () => {
    it("qualifies a child with its parent's type, and a child of the stack with none", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a");
            new alicloud.vpc.Network("vpc1", { cidrBlock: "10.0.0.0/16" }, { provider: p.a });
            new CrossAccountCenPeering("net", { cenProvider: p.a, vpcs: [vpcArgs("x", p.a, "10.1.0.0/16")] });
        });
        const urn = (name: string) => graph.resources.find((r) => r.name === name)?.urn;
        assert.equal(urn("vpc1"), "urn:pulumi:dev::project::alicloud:vpc/network:Network::vpc1");
        assert.equal(urn("a"), "urn:pulumi:dev::project::pulumi:providers:alicloud::a");
        assert.equal(
            urn("net"),
            "urn:pulumi:dev::project::alicloud-multi-account-network:index:CrossAccountCenPeering::net",
        );
        assert.equal(
            urn("net-cen"),
            "urn:pulumi:dev::project::alicloud-multi-account-network:index:CrossAccountCenPeering$alicloud:cen/instance:Instance::net-cen",
        );
        assert.equal(urn("project-dev"), "urn:pulumi:dev::project::pulumi:pulumi:Stack::project-dev");
    });
});

describe("alicloud-network-plan --state with a Pulumi stack export", function () {
    this.timeout(60000);
    let deployed: Record<string, unknown>;
    before(async () => {
        const graph = await runModule("examples/cross-account-cen/index.ts");
        deployed = stackExport(graph);
    });

    it("takes an encrypted secret as unknown and names it; the pairs that depend on it are not known", async () => {
        const graph = await runModule("examples/cross-account-cen/index.ts");
        const file = write("secret.json", stackExport(graph, { secrets: { "vpc1-vsw1": ["cidrBlock"] } }));
        const run = plan(undefined, "--state", file, "--state-only", "--json");
        const json = JSON.parse(run.stdout) as Json;
        assert.deepEqual(json.unread, [
            `cidrBlock (outputs of vpc1-vsw1) in ${path.relative(process.cwd(), file)}: a secret the planner cannot decrypt, so it is unknown here (pulumi stack export --show-secrets gives it)`,
        ]);
        const involving = json.pings.filter((p) => p.to.vpc === "vpc1");
        assert.ok(involving.length > 0);
        // The secret vSwitch's block is unknown: no pair into vpc1 is claimed either way.
        assert.ok(
            involving.some((p) => p.result === "undecided"),
            JSON.stringify(involving, null, 2),
        );
        assert.ok(involving.every((p) => p.result === "undecided" || p.result === "yes"));
        const text = plan(undefined, "--state", file, "--state-only");
        assert.match(
            text.stdout,
            /Not read from the state \(unknown to the plan\):\n {2}cidrBlock \(outputs of vpc1-vsw1\)/,
        );
    });

    it("uses a secret exported in plain text (--show-secrets), and skips resources pending deletion", () => {
        const copy = structuredClone(deployed) as {
            deployment: {
                resources: {
                    urn: string;
                    type: string;
                    outputs: Record<string, unknown>;
                    delete?: boolean;
                }[];
            };
        };
        const resources = copy.deployment.resources;
        const vsw = resources.find((r) => r.urn.endsWith("::vpc1-vsw1"))!;
        vsw.outputs.cidrBlock = secretValue(vsw.outputs.cidrBlock, true);
        // A VPC the last update replaced, still listed until it is deleted.
        const old = structuredClone(resources.find((r) => r.urn.endsWith("::vpc2"))!);
        resources.push({ ...old, delete: true });
        const file = write("shown.json", copy);
        const fromState = JSON.parse(
            plan(undefined, "--state", file, "--state-only", "--json").stdout,
        ) as Json;
        const plain = JSON.parse(
            plan(undefined, "--state", write("plain.json", deployed), "--state-only", "--json").stdout,
        ) as Json;
        assert.deepEqual(fromState.unread, []);
        assert.deepEqual(fromState.pings, plain.pings);
        assert.equal(fromState.resources.filter((r) => r.urn.endsWith("::vpc2")).length, 1);
    });

    const unreadable: [string, () => string, RegExp][] = [
        [
            "a file that is not there",
            () => path.join(tmp, "missing.json"),
            /^--state .*missing\.json cannot be read \(ENOENT\)\.$/,
        ],
        [
            "a file that is not JSON",
            () => write("text.json", "resources: []\n"),
            /^--state .*text\.json is not JSON \(.*\)\. Give the output of pulumi stack export, or a Terraform state \(terraform state pull\)\.$/,
        ],
        [
            "an export cut short",
            () => write("cut.json", JSON.stringify(deployed).slice(0, 500)),
            /is not JSON \(.*\); it looks cut short: export the state again\./,
        ],
        [
            "an export of deployment version 2",
            () => write("v2.json", { version: 2, deployment: { resources: [] } }),
            /is a Pulumi deployment of version 2; the planner reads version 3, which pulumi stack export writes since Pulumi 1\.0: export it again with a current Pulumi CLI\.$/,
        ],
        [
            "a Terraform state of format 3",
            () => write("v3.tfstate", { version: 3, terraform_version: "0.11.14", modules: [] }),
            /is a Terraform state of format version 3; the planner reads version 4, which Terraform 0\.12 and later write/,
        ],
        [
            "a stack of another cloud only",
            () =>
                write("aws.json", {
                    version: 3,
                    deployment: {
                        resources: [
                            {
                                urn: "urn:pulumi:dev::web::aws:s3/bucket:Bucket::site",
                                custom: true,
                                type: "aws:s3/bucket:Bucket",
                                id: "site",
                            },
                        ],
                    },
                }),
            /holds no Alibaba Cloud resource: its 1 resources are of aws\. Give the state of the stack or workspace that holds the network\.$/,
        ],
        [
            "a JSON document that is neither",
            () => write("other.json", { name: "not a state" }),
            /is neither a Pulumi stack export \(\{ version: 3, deployment \}\) nor a Terraform state \(\{ version: 4, resources \}\)/,
        ],
    ];
    for (const [what, file, message] of unreadable) {
        it(`refuses ${what}: exit 2, the file and what to give, as text and as a JSON error`, () => {
            const f = file();
            const run = plan(undefined, "--state", f, "--state-only");
            assert.equal(run.status, 2);
            assert.match(run.stderr.trim(), message);
            assert.doesNotMatch(run.stderr, /\n\s+at /);
            const json = plan(undefined, "--state", f, "--state-only", "--json");
            assert.equal(json.status, 2);
            const error = (JSON.parse(json.stdout) as { error: { kind: string; message: string } }).error;
            assert.equal(error.kind, "state");
            assert.match(error.message, message);
        });
    }

    it("refuses a state given twice, and two states of one stack", () => {
        const file = write("twice.json", deployed);
        const run = plan(undefined, "--state", file, "--state", file, "--state-only");
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^--state .*twice\.json is given twice: give each stack's state once\.$/m);
        const copy = write("copy.json", deployed);
        const both = plan(undefined, "--state", file, "--state", copy, "--state-only");
        assert.equal(both.status, 2);
        assert.match(
            both.stderr,
            /^--state .*copy\.json holds urn:pulumi:dev::project::\S+, which --state .*twice\.json holds too: they are states of one stack \(the same project and stack name\); give each stack's state once\.$/m,
        );
    });

    it("refuses --state-only without a state, and --preview of a state", () => {
        const noState = plan(undefined, "--state-only");
        assert.equal(noState.status, 2);
        assert.match(noState.stderr, /--state-only needs at least one --state <file>/);
        const preview = plan(undefined, "--state", write("p.json", deployed), "--state-only", "--preview");
        assert.equal(preview.status, 2);
        assert.match(
            preview.stderr,
            /a deployed state has every id known: leave out --preview or --state-only/,
        );
    });
});
