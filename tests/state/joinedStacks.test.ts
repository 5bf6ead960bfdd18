// Several stacks, one network: a network team's hub stack and an application
// team's spoke stack (which hold each other's ids, as a StackReference or a
// copied id would give them), and a Terraform-built hub with a Pulumi-built
// spoke. Given together with --state, they are planned as the one network
// they make: the same pings as one program that builds it all.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { CrossAccountCenPeering, CenVpcArgs } from "alicloud-multi-account-network";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { sampleVpc } from "../../examples/lib/sampleNetwork";
import { plan } from "../harness/planCli";
import { stackExport } from "../harness/stackExport";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "joined-"));
const ZONES = ["ap-southeast-1a", "ap-southeast-1b"];

/** The application team's VPC: 10.2.0.0/16, two vSwitches and an instance, in account B. */
function appVpc(): CenVpcArgs {
    const b = new alicloud.Provider("account-b", { region: "ap-southeast-1" });
    const vswitches = ZONES.map((zone, i) => ({ cidr: `10.2.${i}.0/24`, zone }));
    return sampleVpc(new pulumi.Config(), "app", b, "10.2.0.0/16", vswitches, "10.2.0.10");
}

/** The hub: the CEN in account A with its own VPC, and the app VPC joined to it by `app`'s ids. */
function hub(app: () => CenVpcArgs) {
    return () => {
        const a = new alicloud.Provider("account-a", { region: "ap-southeast-1" });
        const vswitches = ZONES.map((zone, i) => ({ cidr: `10.1.${i}.0/24`, zone }));
        const shared = sampleVpc(new pulumi.Config(), "shared", a, "10.1.0.0/16", vswitches, "10.1.0.10");
        new CrossAccountCenPeering("net", { cenProvider: a, vpcs: [shared, app()] });
    };
}

/** The app VPC as the hub stack knows it: its ids, read from the app stack's outputs. */
const appByIds = (): CenVpcArgs => ({
    name: "app",
    provider: new alicloud.Provider("account-b", { region: "ap-southeast-1" }),
    vpcId: "vpc-app",
    cidrBlocks: ["10.2.0.0/16"],
    zoneMappings: ZONES.map((zoneId, i) => ({ zoneId, vswitchId: `vsw-app-vsw${i + 1}` })),
    routeTableIds: ["vtb-app"],
});

async function exportOf(program: () => void, project: string, file: string): Promise<string> {
    const graph = await runProgram(program, { project, stack: "prod" });
    assert.deepEqual(graph.errors, []);
    const out = path.join(tmp, file);
    fs.writeFileSync(out, JSON.stringify(stackExport(graph)));
    return out;
}

interface Json {
    pings: { from: { vpc: string; name: string }; to: { vpc: string; name: string }; result: string }[];
    sources: { file: string; kind: string; resources: number }[];
    verdicts: unknown[];
}

const pingsOf = (json: Json) =>
    json.pings.map((p) => `${p.from.vpc}/${p.from.name} -> ${p.to.vpc}/${p.to.name}: ${p.result}`).sort();

describe("alicloud-network-plan --state, several stacks as one network", function () {
    this.timeout(60000);

    it("joins a hub stack and a spoke stack by the ids they hold: the pings of one program that builds both", async () => {
        const spoke = await exportOf(() => void appVpc(), "app", "app.json");
        const hubState = await exportOf(hub(appByIds), "network", "network.json");
        const whole = await exportOf(hub(appVpc), "whole", "whole.json");
        const joined = JSON.parse(
            plan(undefined, "--state", hubState, "--state", spoke, "--state-only", "--json").stdout,
        ) as Json;
        const one = JSON.parse(plan(undefined, "--state", whole, "--state-only", "--json").stdout) as Json;
        assert.deepEqual(pingsOf(joined), pingsOf(one));
        assert.ok(pingsOf(joined).some((p) => p.startsWith("app/app-ecs -> shared/shared-ecs: yes")));
        assert.deepEqual(joined.verdicts, []);
        assert.deepEqual(
            joined.sources.map((s) => [path.basename(s.file), s.kind]),
            [
                ["network.json", "pulumi"],
                ["app.json", "pulumi"],
            ],
        );
        // Alone, the hub stack attaches a VPC it cannot see: its pairs are not claimed.
        const alone = JSON.parse(
            plan(undefined, "--state", hubState, "--state-only", "--json").stdout,
        ) as Json;
        assert.ok(alone.pings.every((p) => p.from.vpc !== "app" && p.to.vpc !== "app"));
    });

    it("joins a Terraform-built hub with a Pulumi-built spoke", async () => {
        // The landing zone's state, its application VPC built with Pulumi instead: the hub holds that VPC's ids.
        const hubState = JSON.parse(
            fs
                .readFileSync(path.join(__dirname, "fixtures", "landing-zone-cross-account.tfstate"), "utf8")
                .replace(/vpc-gw8kd3pacj1r0yemk5wkk/g, "vpc-app")
                .replace(/vtb-gw85wj3m1cbfkpdhjrmgl/g, "vtb-app")
                .replace(/vsw-gw8appax5y9m0r1t2u3v/g, "vsw-app-vsw1")
                .replace(/vsw-gw8appbx5y9m0r1t2u3v/g, "vsw-app-vsw2"),
        ) as { resources: { module?: string }[] };
        hubState.resources = hubState.resources.filter((r) => r.module !== 'module.vpc["app"]');
        const terraformHub = path.join(tmp, "hub.tfstate");
        fs.writeFileSync(terraformHub, JSON.stringify(hubState));
        const spoke = await exportOf(() => void appVpc(), "app", "app-spoke.json");
        const run = plan(undefined, "--state", terraformHub, "--state", spoke, "--state-only", "--json");
        assert.equal(run.status, 0, run.stderr);
        const json = JSON.parse(run.stdout) as Json;
        assert.deepEqual(
            json.sources.map((x) => [path.basename(x.file), x.kind]),
            [
                ["hub.tfstate", "terraform"],
                ["app-spoke.json", "pulumi"],
            ],
        );
        const pairs = new Set(json.pings.map((p) => `${p.from.vpc} -> ${p.to.vpc}: ${p.result}`));
        assert.deepEqual([...pairs].sort(), [
            'app -> module.vpc["shared"].alicloud_vpc.this: yes',
            'module.vpc["shared"].alicloud_vpc.this -> app: yes',
        ]);
        assert.deepEqual(json.verdicts, []);
    });
});
