// `npm start`: the offline plan, run as a user runs it, in its own process.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PACKAGE_ROOT, runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { plan } from "../harness/planCli";
import { topologyMermaid } from "../../sdk/src/plan/mermaid";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { parseMermaidFiles } from "../harness/mermaid";
import Ajv2020 from "ajv/dist/2020";
import { PLAN_SCHEMA } from "../../sdk/src/plan/planSchema";

describe("alicloud-network-plan: the offline plan", function () {
    this.timeout(90000);

    describe("of the root stack program (connect VPCs across accounts)", () => {
        let run: ReturnType<typeof plan>;
        before(() => {
            run = plan();
        });

        it("exits 0 and says plainly that it is an offline plan", () => {
            assert.equal(run.status, 0, run.stderr);
            assert.match(
                run.stdout,
                /^=+\nOFFLINE PLAN of examples\/cross-account-cen\/index\.ts \(project cross-account-cen\)\nNothing is deployed and no credentials are used/,
            );
        });

        it("lists the resources to create by account and by component", () => {
            assert.match(
                run.stdout,
                /Resources to create: 39\n\n {2}In account \d+ \(provider account-a; region ap-southeast-1\): 29\n {4}\(stack\):/,
            );
            assert.match(
                run.stdout,
                /In account \d+ \(provider account-b; region ap-southeast-1\): 10\n(.*\n)* {4}CrossAccountCenPeering cen1:\n {6}\+ cen\.TransitRouterGrantAttachment cen1-grant-vpc3/,
            );
        });

        it("prints the guide's transit router table and each VPC table", () => {
            for (const row of [
                "192.168.1.0/24         | attachment cen1-attachment-vpc3 | Propagated",
                "10.0.0.0/8             | attachment cen1-attachment-vpc3 | Custom",
            ]) {
                assert.ok(run.stdout.includes(row), row);
            }
            assert.equal(run.stdout.match(/^VPC vpc\d \(vtb-vpc\d\)$/gm)?.length, 3);
        });

        it("shows that all three VPCs ping each other, and the pack's verdict", () => {
            assert.ok(run.stdout.includes("vpc3      | yes   | yes   | local"));
            assert.ok(run.stdout.includes("All 24 endpoint pairs ping each other."));
            assert.ok(run.stdout.includes("Policy pack: no violations."));
        });

        it("writes the plan and a Mermaid diagram of the topology next to it", () => {
            const dir = run.out;
            assert.equal(
                fs.readFileSync(path.join(dir, "plan.txt"), "utf8").split("\n")[1],
                "OFFLINE PLAN of examples/cross-account-cen/index.ts (project cross-account-cen)",
            );
            const mermaid = fs.readFileSync(path.join(dir, "topology.mmd"), "utf8");
            assert.match(mermaid, /^flowchart LR\n {2}subgraph acct0\["Account \d+ \(account-a\)"\]/);
            assert.equal(mermaid.match(/-->\|associated\| rt0/g)?.length, 3);
            assert.equal(mermaid.match(/-\.->\|propagates\| rt0/g)?.length, 3);
            assert.ok(mermaid.includes('["VPC vpc3<br/>192.168.0.0/16"]'));
            assert.deepEqual(parseMermaidFiles([path.join(dir, "topology.mmd")]), ["ok flowchart-v2"]);
        });
    });

    it("plans the hybrid example: each account's on-premises resources and the on-premises rows of the matrix", () => {
        const run = plan("examples/hybrid");
        assert.equal(run.status, 0, run.stderr);
        const accountSection = (provider: string) =>
            run.stdout
                .split(/\n(?= {2}In account| {2}Checks)/)
                .find((s) => s.includes(`(provider ${provider};`)) ?? "";
        // The VBR owner grants its VBR; the ECR owner grants and associates its router; the CEN owner attaches all.
        assert.match(accountSection("account-b"), /cen\.TransitRouterGrantAttachment hybrid-grant-dc\n/);
        assert.match(
            accountSection("account-d"),
            /expressconnect\.RouterTrAssociation hybrid-ecr-association-site2/,
        );
        for (const attachment of ["Vbr", "Vpn", "Ecr"]) {
            assert.match(
                accountSection("account-a"),
                new RegExp(`cen\\.TransitRouter${attachment}Attachment hybrid-attachment-`),
            );
        }
        const matrix = run.stdout.slice(run.stdout.indexOf("Ping matrix"));
        assert.match(
            matrix,
            /from \\ to +\| shared +\| team-b +\| team-c +\| on-premises branch +\| on-premises dc +\| on-premises site2\n/,
        );
        assert.match(matrix, /\nteam-b +\| yes +\| local +\| isolated +\| yes +\| yes +\| yes\n/);
        assert.match(matrix, /\non-premises dc +\| yes +\| yes +\| yes +\| yes +\| local +\| yes\n/);
    });

    it("plans the ecr-authorization example: the VPC owner's authorizations, the ECR owner's ECR and associations", () => {
        const run = plan("examples/ecr-authorization");
        assert.equal(run.status, 0, run.stderr);
        const accountSection = (provider: string) =>
            (
                run.stdout
                    .split(/\n(?= {2}In account|Effective route tables)/)
                    .find((s) => s.includes(`(provider ${provider};`)) ?? ""
            )
                .split("\n")
                .filter((l) => l.includes(" + "))
                .map((l) => l.trim())
                .sort();
        assert.deepEqual(accountSection("account-b"), [
            "+ expressconnect.RouterGrantAssociation dc-router-grant-app",
            "+ expressconnect.RouterGrantAssociation dc-router-grant-dc",
            "+ vpc.Network app",
        ]);
        assert.deepEqual(accountSection("account-a"), [
            "+ expressconnect.RouterExpressConnectRouter dc-router-ecr",
            "+ expressconnect.RouterVbrChildInstance dc-router-association-dc",
            "+ expressconnect.RouterVpcAssociation dc-router-association-app",
        ]);
        assert.match(run.stdout, /\nPolicy pack: no violations\.\n/);
    });

    it("plans the privatelink example: each consumer reaches the service on its port, one way, and the VPCs stay apart", () => {
        const run = plan("examples/privatelink");
        assert.equal(run.status, 0, run.stderr);
        const section = run.stdout.slice(run.stdout.indexOf("PrivateLink (consumer -> service"));
        assert.match(
            section,
            /\nconsumer-b \(orders-endpoint-consumer-b\) \| orders-service \| yes: TCP 443\n/,
        );
        assert.match(
            section,
            /\n {2}yes consumer-c in provider account-c's account -> orders-service in provider account-a's account: whitelisted by orders-whitelist-account-c/,
        );
        const matrix = run.stdout.slice(
            run.stdout.indexOf("Ping matrix"),
            run.stdout.indexOf("PrivateLink ("),
        );
        assert.match(matrix, /\nconsumer-b +\| no +\| local +\| no\n/);
        assert.match(matrix, /\nservice +\| local +\| no +\| no\n/);
        const json = plan("examples/privatelink", "--json");
        const doc = JSON.parse(json.stdout) as {
            privateLink: { consumerVpc: string; result: string; ports: number[] }[];
        };
        assert.deepEqual(
            doc.privateLink.map((a) => [a.consumerVpc, a.result, a.ports]),
            [
                ["consumer-b", "yes", [443]],
                ["consumer-c", "yes", [443]],
            ],
        );
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);
        assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
    });

    it("plans the hand-written routing example as JSON: PrefixList and Dynamic routes, the route map's mark, valid against the plan's schema", () => {
        type JsonRoute = {
            destination: string;
            type: string;
            used: boolean | null;
            routeMap?: { name: string; effect: string };
        };
        const doc = JSON.parse(plan("examples/routing-raw", "--json").stdout) as {
            routeTables: { vpc: { routes: JsonRoute[] }[]; transitRouter: { routes: JsonRoute[] }[] };
        };
        const routes = [...doc.routeTables.vpc, ...doc.routeTables.transitRouter].flatMap((t) => t.routes);
        assert.deepEqual(
            routes.filter((r) => r.type === "PrefixList").map((r) => r.destination),
            ["10.20.9.0/25", "10.20.9.128/25"],
        );
        assert.deepEqual(
            [...new Set(routes.filter((r) => r.type === "Dynamic").map((r) => r.destination))],
            ["10.0.0.0/8"],
        );
        const lab = routes.find((r) => r.destination === "10.30.9.0/24" && r.type === "Propagated")!;
        assert.deepEqual(
            [lab.used, lab.routeMap?.name, lab.routeMap?.effect],
            [false, "no-ops-lab", "denied"],
        );
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);
        assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
    });

    it("plans the firewall example: pings through Cloud Firewall by its access control policies, text and JSON", () => {
        const run = plan("examples/security-domains-firewall");
        assert.equal(run.status, 0, run.stderr);
        const firewall = "Cloud Firewall domains-firewall (policy domains-fw-redirect-office-production)";
        assert.match(run.stdout, /\nproduction +\| yes +\| no +\| local\n/);
        assert.ok(
            run.stdout.includes(
                `\n  no production/production-ecs (10.3.0.10) -> office/office-ecs (10.2.0.10): stopped at ${firewall}: access control policy domains-fw-policy-production-to-office drops it\n`,
            ),
            run.stdout,
        );
        assert.ok(
            run.stdout.includes(
                `\nPings through a firewall or inspection appliance (4):\n  yes office/office-ecs (10.2.0.10) -> production/production-ecs (10.3.0.10): ${firewall}: access control policy domains-fw-policy-office-ping-production accepts it\n`,
            ),
        );
        // The plan applies the transit router firewall's access control policies: they are not listed as unfollowed.
        assert.doesNotMatch(run.stdout, /Not followed by the plan/);
        const doc = JSON.parse(plan("examples/security-domains-firewall", "--json").stdout) as {
            pings: { from: { vpc: string }; to: { vpc: string }; result: string; firewall?: string }[];
        };
        const byPair = new Map(doc.pings.map((p) => [`${p.from.vpc} -> ${p.to.vpc}`, p]));
        assert.deepEqual(
            ["office -> production", "production -> office", "office -> shared"].map((k) => [
                byPair.get(k)!.result,
                byPair.get(k)!.firewall?.split(": ")[1],
            ]),
            [
                ["yes", "access control policy domains-fw-policy-office-ping-production accepts it"],
                ["no", "access control policy domains-fw-policy-production-to-office drops it"],
                ["yes", undefined],
            ],
        );
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);
        assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
    });

    it("plans the hybrid domains example: the data centre and the branch as members of the onprem domain, production isolated from them, text and JSON", () => {
        const run = plan("examples/security-domains-hybrid");
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /\non-premises dc +\| yes +\| yes +\| isolated +\| yes +\| local\n/);
        assert.match(run.stdout, /\nproduction +\| yes +\| isolated +\| local +\| isolated +\| isolated\n/);
        assert.ok(
            run.stdout.includes(
                "\nIsolated as intended (6 pair(s)): office -> production, production -> office, production -> on-premises branch, production -> on-premises dc, on-premises branch -> production, on-premises dc -> production\n",
            ),
            run.stdout,
        );
        const doc = JSON.parse(plan("examples/security-domains-hybrid", "--json").stdout) as {
            pings: {
                from: { vpc: string; onPremises?: string };
                to: { vpc: string; onPremises?: string };
                result: string;
                isolatedAsIntended?: true;
            }[];
        };
        const fromDc = doc.pings.filter((p) => p.from.onPremises === "dc");
        assert.deepEqual(
            [
                ...new Set(
                    fromDc.map(
                        (p) =>
                            `${p.to.onPremises ?? p.to.vpc}: ${p.result}${p.isolatedAsIntended ? " (isolated as intended)" : ""}`,
                    ),
                ),
            ],
            ["shared: yes", "office: yes", "production: no (isolated as intended)", "branch: yes"],
        );
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);
        assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
    });

    it("exits 1 with the mandatory violations on stderr when the pack refuses the program", () => {
        const run = plan(path.join(PACKAGE_ROOT, "tests/plan/fixtures/overlap.ts"));
        assert.equal(run.status, 1);
        assert.match(
            run.stderr,
            /^1 mandatory policy violation\(s\); pulumi up with this policy pack would refuse this program:\n {2}alicloud-vpc-cidrs-no-overlap: VPC vpc1 \(cidrBlock 10\.0\.0\.0\/16/m,
        );
        assert.match(run.stdout, /\[mandatory\] alicloud-vpc-cidrs-no-overlap on vpc1/);
    });

    it("exits 1 for a program whose VPC lies in a range Alibaba Cloud reserves, naming the block and the fix", () => {
        const run = plan(path.join(PACKAGE_ROOT, "tests/plan/fixtures/reservedBlock.ts"));
        assert.equal(run.status, 1, run.stderr);
        assert.match(
            run.stderr,
            /^ {2}alicloud-vpc-cidr-blocks-allowed: VPC vpc2: cidrBlock 100\.64\.0\.0\/16 lies in 100\.64\.0\.0\/10 \(shared address space, used by Alibaba Cloud's own services\), which a VPC cannot use; choose a block in 10\.0\.0\.0\/8, 172\.16\.0\.0\/12 or 192\.168\.0\.0\/16\.$/m,
        );
    });

    it("exits 1 for a program whose VPC route leads to another VPC's attachment, and its pings say why", () => {
        const run = plan(path.join(PACKAGE_ROOT, "tests/plan/fixtures/foreignNextHop.ts"));
        assert.equal(run.status, 1, run.stderr);
        assert.match(
            run.stderr,
            /^ {2}alicloud-vpc-route-own-attachment: Route entry vpc1-route in VPC vpc1 \(to 192\.168\.0\.0\/16\) delivers nothing: its next hop is att2, the attachment of VPC vpc2; a VPC route can only lead to its own VPC's attachment\. Point it at VPC vpc1's own attachment\.$/m,
        );
        assert.match(
            run.stdout,
            /no vpc1\/vpc1-vsw0 \(10\.0\.0\.1\) -> vpc2\/vpc2-vsw0 \(192\.168\.0\.1\): stopped at VPC vpc1 route table: the route to 192\.168\.0\.0\/16 goes nowhere: its next hop is att2/,
        );
    });

    it("exits 1 for two components that would each create a transit router on one CEN in one region", () => {
        const run = plan(path.join(PACKAGE_ROOT, "tests/plan/fixtures/twoTransitRouters.ts"));
        assert.equal(run.status, 1, run.stderr);
        assert.match(
            run.stderr,
            /^ {2}alicloud-cen-one-transit-router-per-region: Transit router dev-tr would be a second transit router of CEN cen-shared in ap-southeast-1, after prod-tr; a CEN has one transit router per region and the API refuses another\. Use prod-tr: pass its transitRouterId instead of creating one\.$/m,
        );
        const preview = plan(
            path.join(PACKAGE_ROOT, "tests/plan/fixtures/twoTransitRouters.ts"),
            "--preview",
        );
        assert.equal(preview.status, 1, preview.stderr);
        assert.match(preview.stderr, /alicloud-cen-one-transit-router-per-region: Transit router dev-tr/);
    });

    it("exits 1 for a program whose VPC is in another region than the transit router, and no ping reaches it", () => {
        const run = plan(path.join(PACKAGE_ROOT, "tests/plan/fixtures/remoteVpc.ts"));
        assert.equal(run.status, 1, run.stderr);
        assert.match(
            run.stderr,
            /^ {2}alicloud-regions-agree: TransitRouterVpcAttachment att2 is created in ap-southeast-1 \(provider account-a\), but its vpcId names Network vpc2 in ap-southeast-5 \(provider account-b\); Alibaba Cloud looks vpcId up in the caller's region only, so the API refuses it\. Create both with providers of one region; a VPC in ap-southeast-5 needs a transit router in its own region, joined to this one by an inter-region connection\.$/m,
        );
        assert.match(
            run.stdout,
            /no vpc2\/vpc2-vsw0 \(192\.168\.0\.1\) -> vpc1\/vpc1-vsw0 \(10\.0\.0\.1\): stopped at attachment att2: it is never created: TransitRouterVpcAttachment att2/,
        );
    });

    it("exits 1 in a preview whose component was told blocks that are not its VPC's, and 2 once the component can look", () => {
        const fixture = path.join(PACKAGE_ROOT, "tests/plan/fixtures/declaredBlocks.ts");
        const preview = plan(fixture, "--preview");
        assert.equal(preview.status, 1, preview.stderr);
        assert.match(
            preview.stderr,
            /^ {2}alicloud-declared-cidr-blocks: peering: the cidrBlocks of VPC 'two' \[10\.7\.0\.0\/16\] are not the blocks of VPC two \(10\.1\.0\.0\/16 primary\): it declares 10\.7\.0\.0\/16, which the VPC does not have and omits 10\.1\.0\.0\/16, which it has\./m,
        );
        const update = plan(fixture);
        assert.equal(update.status, 2, update.stderr);
        assert.match(
            update.stderr,
            /peering: invalid arguments:\n {2}- vpcs\[1\] 'two': cidrBlocks \[10\.7\.0\.0\/16\] are not the blocks of VPC vpc-two \(10\.1\.0\.0\/16 primary\)/,
        );
    });

    it("exits 1 for a raw program sharing a vSwitch where VPC sharing is not available, and 0 once the policy's list names the region", () => {
        const fixture = path.join(PACKAGE_ROOT, "tests/plan/fixtures/shareOutsideRegions.ts");
        const refused = plan(fixture);
        assert.equal(refused.status, 1, refused.stderr);
        assert.match(
            refused.stderr,
            /^ {2}alicloud-vpc-sharing: SharedResource share-vsw shares a vSwitch in eu-west-9 \(provider owner\), where VPC sharing is not available; the shared VPC guide's regions are cn-hangzhou \(China \(Hangzhou\)\), .*\. If Alibaba Cloud has made VPC sharing available in eu-west-9 since, add "eu-west-9" to the policy's additionalSharingRegions\.$/m,
        );
        const config = path.join(refused.out, "policy-config.json");
        fs.writeFileSync(
            config,
            JSON.stringify({ "alicloud-vpc-sharing": { additionalSharingRegions: ["eu-west-9"] } }),
        );
        const allowed = plan(fixture, "--policy-config", config);
        assert.equal(allowed.status, 0, allowed.stderr);
    });

    it("exits 2 when two resources share a URN, with the engine's message, as pulumi up fails", () => {
        const run = plan(path.join(PACKAGE_ROOT, "tests/plan/fixtures/duplicateUrn.ts"));
        assert.equal(run.status, 2, run.stderr);
        assert.match(
            run.stderr,
            /failed to register new resource shared \[alicloud:vpc\/network:Network\]: Duplicate resource URN 'urn:pulumi:[^']*alicloud:vpc\/network:Network::shared'; try giving it a unique name/,
        );
        assert.equal(run.stdout, "");
    });

    it("exits 2 with the program's error when the program fails", () => {
        const run = plan(path.join(PACKAGE_ROOT, "tests/plan/fixtures/invalid.ts"));
        assert.equal(run.status, 2);
        assert.match(
            run.stderr,
            /The program failed under the mock engine, so there is no plan:\n {2}bad: invalid arguments:\n {2}- vpcs\[0\] 'only': zoneMappings cover 1 zone/,
        );
        assert.equal(run.stdout, "");
    });

    it("exits 2 naming a program that does not exist", () => {
        const run = plan("no/such/program");
        assert.equal(run.status, 2);
        assert.match(
            run.stderr,
            /no\/such\/program does not exist; give a Pulumi project directory or a program file\./,
        );
    });
});

describe("topology diagrams: Mermaid's own parser accepts every example's", function () {
    this.timeout(60000);

    it("parses the diagrams of every example, and refuses a broken one", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mermaid-"));
        const files = [];
        const examples = [
            "cross-account-cen",
            "isolated-spokes",
            "shared-vswitch",
            "multi-region",
            "multi-region-spokes",
            "hybrid",
            "ecr-authorization",
            "security-domains",
            "security-domains-regions",
            "security-domains-firewall",
            "security-domains-inspection",
            "security-domains-hybrid",
            "privatelink",
        ];
        for (const example of examples) {
            const graph = await runModule(`examples/${example}/index.ts`);
            assert.deepEqual(graph.errors, [], example);
            const file = path.join(dir, `${example}.mmd`);
            fs.writeFileSync(file, topologyMermaid(graph, buildNetworkModel(stackGraphOf(graph))));
            files.push(file);
        }
        const broken = path.join(dir, "broken.mmd");
        fs.writeFileSync(broken, 'flowchart LR\n  n0["VPC"] -->|associated| \n');
        const results = parseMermaidFiles([...files, broken]);
        assert.deepEqual(results.slice(0, examples.length), Array(examples.length).fill("ok flowchart-v2"));
        assert.match(results[examples.length], /^error Parse error on line \d+:$/);
    });
});
