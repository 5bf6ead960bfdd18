// The planner on Terraform states (format 4), written by hand as
// `terraform state pull` prints them after `terraform apply` of:
// - fixtures/cen-shared-vpc.tfstate: Alibaba Cloud's quickstart
//   "201-use-case-allow-isolated-vpcs-to-access-a-shared-vpc"
//   (alibabacloud-automation/landing-with-terraform, quickstarts/
//   Cloud_Enterprise_Network(CEN)): three VPCs, the System table found with
//   the alicloud_cen_transit_router_route_tables data source, VPC1 and VPC2
//   on a custom table that routes only to VPC3;
// - fixtures/landing-zone-cross-account.tfstate: the landing zone's CEN
//   attachment module with the quickstart "101-cen-instance-grant-docs-Example":
//   a VPC of an application account (alias `vpc`) granted with the
//   deprecated alicloud_cen_instance_grant and attached by the network
//   account (alias `cen`) with vpc_owner_id.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import { PLAN_SCHEMA } from "../../sdk/src/plan/planSchema";
import { UNMODELLED } from "../../sdk/src/model/unmodelled";
import { TERRAFORM_TYPES } from "../../sdk/src/state/terraformTypes";
import { plan } from "../harness/planCli";

const FIXTURES = path.join(__dirname, "fixtures");
const SHARED_VPC = path.join(FIXTURES, "cen-shared-vpc.tfstate");
const LANDING_ZONE = path.join(FIXTURES, "landing-zone-cross-account.tfstate");
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);

interface Json {
    resources: { name: string; account: string | null; provider: string | null }[];
    pings: { from: { vpc: string }; to: { vpc: string }; result: string; at?: string; why?: string }[];
    routeTables: { transitRouter: { table: string; routeTableId: string | null }[] };
    verdicts: { policy: string; level: string; message: string }[];
    sources: { file: string; kind: string; resources: number }[];
    unread: string[];
}

/** Plans state files alone, as JSON, checked against the published schema. */
function planJson(...args: string[]): { json: Json; status: number | null; stderr: string } {
    const run = plan(undefined, "--state-only", "--json", ...args);
    const json = JSON.parse(run.stdout) as Json;
    assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
    return { json, status: run.status, stderr: run.stderr };
}

/** The VPC-level verdicts: `vpc[0] -> vpc[2]: pings`, each pair once. */
function byVpc(json: Json): Record<string, string> {
    const short = (v: string) => v.replace(/^alicloud_vpc\./, "");
    const verdicts: Record<string, Set<string>> = {};
    for (const p of json.pings)
        (verdicts[`${short(p.from.vpc)} -> ${short(p.to.vpc)}`] ??= new Set()).add(p.result);
    return Object.fromEntries(Object.entries(verdicts).map(([k, v]) => [k, [...v].sort().join("|")]));
}

/** The resources a provider manages (the providers themselves left out). */
const managed = (json: Json) => json.resources.filter((r) => r.provider !== null);

/** A copy of a fixture changed by `edit`, in a temporary directory. */
function edited(file: string, edit: (state: { resources: Record<string, unknown>[] }) => void): string {
    const state = JSON.parse(fs.readFileSync(file, "utf8")) as { resources: Record<string, unknown>[] };
    edit(state);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tfstate-")), path.basename(file));
    fs.writeFileSync(out, JSON.stringify(state));
    return out;
}

describe("alicloud-network-plan --state with a Terraform state", function () {
    this.timeout(60000);

    it("plans the isolated-VPCs-with-a-shared-VPC quickstart: VPC1 and VPC2 reach VPC3 only, through the System table the data source found", () => {
        const { json, status } = planJson("--state", SHARED_VPC);
        assert.equal(status, 0);
        assert.deepEqual(byVpc(json), {
            "vpc[0] -> vpc[1]": "no",
            "vpc[0] -> vpc[2]": "yes",
            "vpc[1] -> vpc[0]": "no",
            "vpc[1] -> vpc[2]": "yes",
            "vpc[2] -> vpc[0]": "yes",
            "vpc[2] -> vpc[1]": "yes",
        });
        assert.deepEqual(json.routeTables.transitRouter.map((t) => [t.table, t.routeTableId]).sort(), [
            [
                "System table of alicloud_cen_transit_router.tr (vtb-bp1h7tb7ph6qbpqhn1ffp)",
                "vtb-bp1h7tb7ph6qbpqhn1ffp",
            ],
            [
                "alicloud_cen_transit_router_route_table.custom_table (vtb-bp1xbcgpgcz9axl9m1ir1)",
                "vtb-bp1xbcgpgcz9axl9m1ir1",
            ],
        ]);
        assert.deepEqual(json.verdicts, []);
        assert.deepEqual(json.sources, [
            { file: path.relative(process.cwd(), SHARED_VPC), kind: "terraform", resources: 38 },
        ]);
        // One account, told by the attachments' vpc_owner_id.
        assert.deepEqual([...new Set(managed(json).map((r) => r.account))], ["1387261926470451"]);
    });

    it("reads the landing zone's cross-account attachment: two accounts from owner ids, the deprecated instance grant as the grant", () => {
        const { json, status } = planJson("--state", LANDING_ZONE);
        assert.equal(status, 0);
        assert.deepEqual(byVpc(json), {
            'module.vpc["shared"].alicloud_vpc.this -> module.vpc["app"].alicloud_vpc.this': "yes",
            'module.vpc["app"].alicloud_vpc.this -> module.vpc["shared"].alicloud_vpc.this': "yes",
        });
        const accounts = Object.fromEntries(json.resources.map((r) => [r.name, r.account]));
        assert.equal(accounts['module.vpc["app"].alicloud_vpc.this'], "1939584123379023");
        assert.equal(accounts["module.cen.alicloud_cen_instance.this"], "1566287344910772");
        assert.deepEqual(json.verdicts, []);
    });

    it("stops the same attachment without its grant, as pulumi preview with the pack would", () => {
        const state = edited(LANDING_ZONE, (s) => {
            s.resources = s.resources.filter((r) => r.type !== "alicloud_cen_instance_grant");
        });
        const { json, status } = planJson("--state", state);
        assert.equal(status, 1);
        assert.deepEqual(
            json.verdicts.map((v) => [v.policy, v.level]),
            [["alicloud-cross-account-grant", "mandatory"]],
        );
        assert.match(json.verdicts[0].message, /no cen\.TransitRouterGrantAttachment grants it/);
    });

    it("takes an account from --account where nothing in the state tells it", () => {
        const withoutOwners = edited(SHARED_VPC, (s) => {
            for (const r of s.resources)
                for (const i of r.instances as { attributes: Record<string, unknown> }[])
                    delete i.attributes.vpc_owner_id;
        });
        const unknown = planJson("--state", withoutOwners).json;
        assert.deepEqual([...new Set(managed(unknown).map((r) => r.account))], [null]);
        const told = planJson("--state", withoutOwners, "--account", "alicloud=1234567890123456").json;
        assert.deepEqual([...new Set(managed(told).map((r) => r.account))], ["1234567890123456"]);
        assert.deepEqual(byVpc(told), byVpc(unknown));
    });

    it("names the types it does not read, and a route map on the System table makes the pairs through it not known", () => {
        const state = edited(SHARED_VPC, (s) => {
            const provider = 'provider["registry.terraform.io/aliyun/alicloud"]';
            s.resources.push(
                {
                    mode: "managed",
                    type: "alicloud_oss_bucket",
                    name: "logs",
                    provider,
                    instances: [
                        { schema_version: 0, attributes: { id: "logs-bucket", bucket: "logs-bucket" } },
                    ],
                },
                {
                    mode: "managed",
                    type: "alicloud_cen_route_map",
                    name: "deny_vpc1",
                    provider,
                    instances: [
                        {
                            schema_version: 0,
                            attributes: {
                                id: "cen-7w2phf4sbtlp9wqcjq:cenrmap-y40mxdtcfocby2l4bt",
                                cen_id: "cen-7w2phf4sbtlp9wqcjq",
                                cen_region_id: "cn-hangzhou",
                                transmit_direction: "RegisterToCen",
                                map_result: "Deny",
                                priority: 1,
                                transit_router_route_table_id: "vtb-bp1h7tb7ph6qbpqhn1ffp",
                                source_instance_ids: ["vpc-bp1q4ll9ki4bvnjcmfu3u"],
                            },
                        },
                    ],
                },
            );
        });
        const { json } = planJson("--state", state);
        assert.deepEqual(json.unread, [
            `1 alicloud_oss_bucket (${path.relative(process.cwd(), state)}): a type the planner does not read`,
        ]);
        const verdicts = byVpc(json);
        // Every pair through the System table (to and from VPC3) is now undecided; VPC1 and VPC2 still never meet.
        assert.equal(verdicts["vpc[0] -> vpc[2]"], "undecided");
        assert.equal(verdicts["vpc[2] -> vpc[1]"], "undecided");
        assert.equal(verdicts["vpc[0] -> vpc[1]"], "no");
    });

    it("reads every type the model names as unfollowed under its Terraform name", () => {
        const readable = new Set(Object.values(TERRAFORM_TYPES));
        assert.deepEqual(
            Object.keys(UNMODELLED).filter((type) => !readable.has(type)),
            [],
        );
    });
});
