// What a user gets from `npm install alicloud-multi-account-network`: the
// tarball `npm pack` makes, installed into a fresh consumer project from the
// local npm cache (harness/consumer.ts), then used the three ways the package promises.
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import { PolicyPackProcess } from "../sdk/src/plan/policyPack";
import { PACKAGE_ROOT, runModule } from "../sdk/src/plan/programs";
import { ConsumerVersions, installConsumer, LATEST, nodeBinary } from "./harness/consumer";
import { startPlugin } from "./harness/pluginHost";
import { StandInEngine } from "./harness/standInEngine";
import { SCENARIOS } from "./plugin/scenarios";
import { registerProgram } from "./plugin/wireHandles";

const versionOf = (pkg: string) =>
    (JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`), "utf8")) as { version: string })
        .version;

/** What a consumer project is installed and run with. */
interface Toolchain {
    readonly name: string;
    /** The Node.js binary that runs tsc, the planner and the pack. */
    readonly node: () => string;
    /** Versions of the SDKs and TypeScript the consumer installs. */
    readonly versions: () => ConsumerVersions;
    /** Further Node.js majors the planner and the pack run on with the same install. */
    readonly alsoOn?: readonly number[];
}

const TOOLCHAINS: readonly Toolchain[] = [
    {
        name: "Node.js 20, the locked SDKs (the peer floor) and TypeScript 5",
        node: () => process.execPath,
        versions: () => ({
            "@pulumi/pulumi": versionOf("@pulumi/pulumi"),
            "@pulumi/alicloud": versionOf("@pulumi/alicloud"),
            typescript: versionOf("typescript"),
        }),
    },
    {
        name: "Node.js 24, the latest SDKs and TypeScript 6 (and Node.js 22)",
        node: () => nodeBinary(24),
        versions: () => LATEST,
        alsoOn: [22],
    },
];

for (const toolchain of TOOLCHAINS) {
    describe(`the npm package, installed into a consumer project: ${toolchain.name}`, function () {
        consumerTests(this, toolchain);
    });
}

function consumerTests(suite: Mocha.Suite, toolchain: Toolchain) {
    suite.timeout(600000);
    let files: string[];
    let consumer: string;
    let installed: string;
    let node: string;

    before(() => {
        node = toolchain.node();
        ({
            dir: consumer,
            installed,
            files,
        } = installConsumer("tests/package/consumer", toolchain.versions()));
    });

    it("ships the compiled sdk, the prebuilt pack and the license; no tests, sources or source maps", () => {
        assert.deepEqual(
            files.filter((f) => !/^sdk\/bin\/.*\.(js|d\.ts)$/.test(f)),
            [
                "LICENSE",
                "README.md",
                "package.json",
                "policypack/PulumiPolicy.yaml",
                "policypack/bin/index.js",
                "policypack/package.json",
                "sdk/plugin/PulumiPlugin.yaml",
                "sdk/plugin/index.js",
                "sdk/plugin/package.json",
                "sdk/schema/schema.json",
            ],
        );
        for (const entry of [
            "sdk/bin/index.js",
            "sdk/bin/index.d.ts",
            "sdk/bin/policies/index.js",
            "sdk/bin/plan/cli.js",
        ]) {
            assert.ok(files.includes(entry), entry);
        }
        // The pack and the plugin depend on this very version: what `pulumi policy publish` and
        // `pulumi package add` install for them.
        const root = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
        for (const dir of ["policypack", "sdk/plugin"]) {
            const manifest = JSON.parse(fs.readFileSync(path.join(installed, dir, "package.json"), "utf8"));
            assert.equal(manifest.dependencies["alicloud-multi-account-network"], root.version, dir);
            assert.equal(manifest.version, root.version, dir);
        }
        const js = files.filter((f) => f.endsWith(".js"));
        for (const f of js) {
            assert.doesNotMatch(fs.readFileSync(path.join(installed, f), "utf8"), /sourceMappingURL/, f);
        }
        assert.deepEqual(
            files.filter((f) => /graphView|harness|mocha|\/tests?\//i.test(f)),
            [],
        );
    });

    it("depends at run time on exactly the packages its shipped code imports, and on the SDKs as peers", () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8")) as {
            dependencies: Record<string, string>;
            peerDependencies: Record<string, string>;
            name: string;
        };
        const imported = new Set<string>();
        for (const f of files.filter((file) => file.endsWith(".js"))) {
            const source = fs.readFileSync(path.join(installed, f), "utf8");
            for (const [, id] of source.matchAll(/require\("([^"./][^"]*)"\)/g)) {
                const name = id.startsWith("@") ? id.split("/").slice(0, 2).join("/") : id.split("/")[0];
                if (!builtinModules.includes(name.replace(/^node:/, ""))) imported.add(name);
            }
        }
        const peers = Object.keys(manifest.peerDependencies).sort();
        assert.deepEqual(peers, ["@pulumi/alicloud", "@pulumi/pulumi"]);
        assert.deepEqual(
            Object.keys(manifest.dependencies).sort(),
            [...imported].filter((n) => !peers.includes(n) && n !== manifest.name).sort(),
        );
    });

    it("publishes no internals, and its main entry loads neither the planner, the policy SDK nor Alibaba's API clients", () => {
        for (const file of ["components/sharedVSwitchTenant.d.ts", "args/sharedVSwitchArgs.d.ts"]) {
            const declarations = fs.readFileSync(path.join(installed, "sdk/bin", file), "utf8");
            assert.doesNotMatch(declarations, /\bgate\b|[Gg]ate\b|sharedResources|checkedByShare/, file);
        }
        const probe = spawnSync(
            node,
            [
                "-e",
                `const m = require("alicloud-multi-account-network");
                 console.log(JSON.stringify({
                   exports: Object.keys(m).sort(),
                   planner: Object.keys(require.cache).filter((f) => f.includes("/sdk/bin/plan/")).length,
                   policy: Object.keys(require.cache).filter((f) => f.includes("@pulumi/policy")).length,
                   alibabaClients: Object.keys(require.cache).filter((f) => f.includes("@alicloud/pop-core") || f.includes("@alicloud/credentials")).length,
                 }));
                 try { require("alicloud-multi-account-network/sdk/bin/core/cidr"); } catch (e) { console.log(e.code); }
                 console.log(require("alicloud-multi-account-network/plan-schema").PLAN_SCHEMA.title);`,
            ],
            { cwd: consumer, encoding: "utf8" },
        );
        assert.equal(probe.stderr, "");
        const [summary, deepImport, schema] = probe.stdout.trim().split("\n");
        assert.equal(schema, "alicloud-network-plan --json");
        assert.deepEqual(JSON.parse(summary), {
            exports: [
                "APPLIANCE_NEXT_HOP_TYPES",
                "CenSecurityDomains",
                "CrossAccountCenBasicEdition",
                "CrossAccountCenPeering",
                "CrossAccountExpressConnectRouter",
                "CrossAccountPrivateLink",
                "DEFAULT_SHARING_QUOTAS",
                "IsolatedSpokesWithSharedHub",
                "PAYERS",
                "PRIVATELINK_PAYERS",
                "PRIVATELINK_RESOURCE_TYPES",
                "RFC1918_SUMMARIES",
                "ROUTE_POLICY_TYPES",
                "ResourceShareInvitationAccepter",
                "SHARING_MODES",
                "SHARING_REGIONS",
                "SharedVSwitchShare",
                "SharedVSwitchTenant",
                "TrFirewallRoutePolicy",
                "VPC_ROUTE_MODES",
                "ValidationError",
            ],
            planner: 0,
            policy: 0,
            alibabaClients: 0,
        });
        assert.equal(deepImport, "ERR_PACKAGE_PATH_NOT_EXPORTED");
    });

    it("type-checks a strict program using every component, and a pack built from the policies", () => {
        const tsc = (project: string) =>
            spawnSync(
                node,
                [path.join(consumer, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", project],
                { cwd: consumer, encoding: "utf8" },
            );
        // The program with Pulumi's template settings, the package's typings checked too (no skipLibCheck).
        const program = tsc("tsconfig.json");
        assert.equal(program.status, 0, program.stdout + program.stderr);
        // @pulumi/policy 1.21's own index.d.ts fails a lib check (it re-exports names its proxy.d.ts strips), so a pack needs skipLibCheck.
        const pack = tsc("guardrails/tsconfig.json");
        assert.equal(pack.status, 0, pack.stdout + pack.stderr);
    });

    it("plans the consumer's project with the installed command, as text and as JSON", () => {
        const text = spawnSync(
            node,
            [cli(), "--stack", "dev", "--config", "dbPassword=offline", "--out", "out"],
            {
                cwd: consumer,
                encoding: "utf8",
            },
        );
        assert.equal(text.status, 0, text.stderr);
        assert.match(text.stdout, /OFFLINE PLAN of index\.ts \(project consumer\)/);
        assert.match(
            text.stdout,
            /pulumi preview --policy-pack node_modules\/alicloud-multi-account-network\/policypack,/,
        );
        assert.match(text.stdout, /IsolatedSpokesWithSharedHub landing-zone:/);
        assert.match(text.stdout, /SharedVSwitchShare platform-share:/);
        assert.match(
            text.stdout,
            /CrossAccountExpressConnectRouter dc-router:\n {6}\+ expressconnect\.RouterGrantAssociation dc-router-grant-edge\n/,
        );
        assert.match(text.stdout, /\nlab \(registry-endpoint-lab\) +\| registry-service \| yes: TCP 443\n/);
        assert.ok(text.stdout.includes("Policy pack: no violations."));
        assert.ok(fs.existsSync(path.join(consumer, "out", "topology.mmd")));

        const json = spawnSync(
            node,
            [cli(), "-s", "dev", "-c", "dbPassword=offline", "--json", "--out", "out"],
            {
                cwd: consumer,
                encoding: "utf8",
            },
        );
        assert.equal(json.status, 0, json.stderr);
        const plan = JSON.parse(json.stdout) as {
            project: string;
            pings: { from: { vpc: string }; to: { vpc: string }; result: string }[];
            verdicts: unknown[];
        };
        assert.equal(plan.project, "consumer");
        const result = (from: string, to: string) => [
            ...new Set(plan.pings.filter((p) => p.from.vpc === from && p.to.vpc === to).map((p) => p.result)),
        ];
        assert.deepEqual(result("team-a", "shared-services"), ["yes"]);
        assert.deepEqual(result("team-a", "team-b"), ["no"]);
        assert.deepEqual(result("analytics", "warehouse"), ["yes"]);
        assert.deepEqual(result("lab", "ops"), ["no"]);
        assert.deepEqual(result("ops", "planes-attachment-ops-dc"), ["yes"]);
        assert.deepEqual(result("planes-attachment-ops-dc", "lab"), ["no"]);
        assert.deepEqual(result("kiosk", "stores-attachment-shops"), ["yes"]);
        assert.deepEqual(plan.verdicts, []);
    });

    it("runs the README's quickstart as written: it type-checks, and plans with the stack's configuration", () => {
        const readme = fs.readFileSync(path.join(PACKAGE_ROOT, "README.md"), "utf8");
        /** The first fenced block of `lang` after `marker` in the README. */
        const block = (marker: string, lang: string) => {
            const start = readme.indexOf("```" + lang + "\n", readme.indexOf(marker)) + lang.length + 4;
            return readme.slice(start, readme.indexOf("```", start));
        };
        const project = path.join(consumer, "quickstart");
        fs.mkdirSync(project);
        fs.writeFileSync(path.join(project, "Pulumi.yaml"), block("`Pulumi.yaml`:", "yaml"));
        fs.writeFileSync(path.join(project, "Pulumi.dev.yaml"), block("`Pulumi.dev.yaml`", "yaml"));
        fs.writeFileSync(path.join(project, "tsconfig.json"), block("`tsconfig.json` (Pulumi's", "json"));
        fs.writeFileSync(
            path.join(project, "index.ts"),
            block("`index.ts`: one provider per account", "typescript"),
        );
        const tsc = spawnSync(node, [path.join(consumer, "node_modules/typescript/bin/tsc"), "--noEmit"], {
            cwd: project,
            encoding: "utf8",
        });
        assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
        const run = spawnSync(node, [cli(), "--stack", "dev", "--json"], {
            cwd: project,
            encoding: "utf8",
        });
        assert.equal(run.status, 0, run.stderr);
        const plan = JSON.parse(run.stdout) as { project: string; pings: { result: string }[] };
        assert.equal(plan.project, "landing-zone");
        assert.deepEqual([...new Set(plan.pings.map((p) => p.result))], ["yes"]);
    });

    it("serves the installed pack as the CLI does, and refuses a broken stack over the Analyzer protocol", async () => {
        const broken = await runModule("tests/plan/fixtures/overlap.ts");
        const pack = await PolicyPackProcess.start(path.join(installed, "policypack"), node);
        try {
            const info = await pack.getAnalyzerInfo();
            assert.equal(info.name, "alicloud-multi-account-network");
            assert.equal(info.policies.length, 16);
            await pack.configure({});
            const diagnostics = await pack.run(broken);
            assert.deepEqual(
                diagnostics.map((d) => [d.policyName, d.enforcementLevel]),
                [["alicloud-vpc-cidrs-no-overlap", "mandatory"]],
            );
        } finally {
            pack.stop();
        }
    });

    it("serves the components to other languages: the installed plugin, as the language host runs it, answers GetSchema and constructs a peering", async () => {
        const engine = new StandInEngine();
        await engine.start();
        const handles = registerProgram(engine);
        const plugin = await startPlugin(path.join(installed, "sdk", "plugin"), engine, node);
        try {
            assert.equal(
                await plugin.getSchema(),
                fs.readFileSync(path.join(installed, "sdk", "schema", "schema.json"), "utf8"),
            );
            const scenario = SCENARIOS.peering;
            const result = await plugin.construct({
                engine,
                type: `alicloud-multi-account-network:index:${scenario.component}`,
                name: scenario.name,
                inputs: scenario.args(handles),
            });
            assert.equal(
                result.urn,
                "urn:pulumi:dev::host::alicloud-multi-account-network:index:CrossAccountCenPeering::peering",
            );
            const attachments = engine.registrations.filter(
                (r) => r.type === "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
            );
            assert.deepEqual(
                attachments.map((r) => [r.name, r.provider]),
                [
                    [
                        "peering-attachment-shared",
                        "urn:pulumi:dev::host::pulumi:providers:alicloud::hub::hub-id",
                    ],
                    [
                        "peering-attachment-orders",
                        "urn:pulumi:dev::host::pulumi:providers:alicloud::hub::hub-id",
                    ],
                ],
            );
            assert.deepEqual(Object.keys(result.state.attachmentIds as object).sort(), ["orders", "shared"]);
        } finally {
            plugin.stop();
            engine.stop();
        }
    });

    it("serves the consumer's own pack composed from the policies library, with its levels", async () => {
        const pack = await PolicyPackProcess.start(path.join(consumer, "guardrails"), node);
        try {
            const info = await pack.getAnalyzerInfo();
            assert.equal(info.name, "team-guardrails");
            const levels = Object.fromEntries(info.policies.map((p) => [p.name, p.enforcementLevel]));
            assert.equal(levels["alicloud-explicit-providers"], "mandatory");
            assert.equal(
                (
                    info.policies.find((p) => p.name === "alicloud-vpc-cidrs-no-overlap")!.configSchema
                        .scope as {
                        default: string;
                    }
                ).default,
                "stack",
            );
        } finally {
            pack.stop();
        }
    });

    /** The installed command's script, which its bin link runs with whatever `node` is on the PATH. */
    const cli = () => path.join(installed, "sdk/bin/plan/cli.js");

    it("runs on the Node.js versions it declares, the installed versions as the toolchain says", () => {
        const versions = spawnSync(
            node,
            [
                "-p",
                "JSON.stringify([process.versions.node, ...['@pulumi/pulumi', 'typescript'].map((p) => require(p + '/package.json').version)])",
            ],
            { cwd: consumer, encoding: "utf8" },
        );
        assert.equal(versions.status, 0, versions.stderr);
        const [nodeVersion, pulumiVersion, typescriptVersion] = JSON.parse(versions.stdout) as string[];
        const wanted = toolchain.versions();
        assert.equal(
            Number(nodeVersion.split(".")[0]),
            node === process.execPath ? Number(process.versions.node.split(".")[0]) : 24,
        );
        if (wanted.typescript.startsWith("^"))
            assert.equal(typescriptVersion.split(".")[0], wanted.typescript.slice(1));
        else assert.equal(typescriptVersion, wanted.typescript);
        if (wanted["@pulumi/pulumi"] !== "latest") assert.equal(pulumiVersion, wanted["@pulumi/pulumi"]);
        // The latest SDK is one that Node.js 20 cannot run (3.249 and later need Node.js 22).
        else assert.ok(Number(pulumiVersion.split(".")[1]) >= 249, pulumiVersion);
        const engines = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8")).engines
            .node as string;
        assert.equal(engines, "^20.0.0 || ^22.0.0 || ^24.0.0");
    });

    for (const major of toolchain.alsoOn ?? []) {
        it(`plans the quickstart and serves the installed pack on Node.js ${major} too`, async () => {
            const other = nodeBinary(major);
            const run = spawnSync(other, [cli(), "--stack", "dev", "--json", "--out", "out"], {
                cwd: path.join(consumer, "quickstart"),
                encoding: "utf8",
            });
            assert.equal(run.status, 0, run.stderr);
            assert.deepEqual(
                [
                    ...new Set(
                        (JSON.parse(run.stdout) as { pings: { result: string }[] }).pings.map(
                            (p) => p.result,
                        ),
                    ),
                ],
                ["yes"],
            );
            const pack = await PolicyPackProcess.start(path.join(installed, "policypack"), other);
            try {
                assert.equal((await pack.getAnalyzerInfo()).policies.length, 16);
            } finally {
                pack.stop();
            }
        });
    }
}
