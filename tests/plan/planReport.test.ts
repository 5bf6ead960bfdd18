// The plan's text says what it means: matrix cells and their legend, pairs
// isolated as the stack intends apart from failures, replies that stop said
// as such, and resources grouped by account with unambiguous types.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { componentsIntent } from "../../sdk/src/checks/intendedConnectivity";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { pingMatrix } from "../../sdk/src/model/reachability";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { pairKey, pingSection, resourcesSection, unmodelledSection } from "../../sdk/src/plan/planReport";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { hubAndSpokes } from "../harness/spokeNetworks";
import { rawMesh } from "../model/rawMesh";

async function section(program: () => void, isolatedFromComponents = false) {
    const model = buildNetworkModel(stackGraphOf(await runProgram(program)));
    const isolated = isolatedFromComponents
        ? new Set(componentsIntent(model.graph).mustNotReach.map((p) => pairKey(p.from, p.to)))
        : new Set<string>();
    return pingSection(model, pingMatrix(model, endpointsOf(model.graph)), isolated);
}

/** The matrix rows of a ping section, as cells. */
const matrix = (text: string) =>
    text
        .split("\n")
        .slice(3)
        .filter((l) => l.includes("|"))
        .map((l) => l.split("|").map((c) => c.trim()));

describe("plan text: what the matrix and the lists mean", () => {
    it("shows the spokes of an IsolatedSpokesWithSharedHub as isolated as intended, not as failures", async () => {
        const text = await section(hubAndSpokes(2), true);
        assert.deepEqual(matrix(text), [
            ["hub", "local", "yes", "yes"],
            ["spoke1", "yes", "local", "isolated"],
            ["spoke2", "yes", "isolated", "local"],
        ]);
        assert.match(text, /\nIsolated as intended \(2 pair\(s\)\): spoke1 -> spoke2, spoke2 -> spoke1\n/);
        assert.match(text, /\nEvery other endpoint pair pings\.$/);
        assert.match(text, /\nisolated: no packet arrives, as the stack intends/);
    });

    it("says partly only where some pairs ping and some do not, and ? where the rest is not known", async () => {
        const twin = (name: string, own: number) => ({
            name,
            cidr: "10.5.0.0/16",
            vswitches: ["10.5.0.0/24", `10.5.${own}.0/24`],
        });
        const text = await section(
            rawMesh([
                twin("twin1", 1),
                twin("twin2", 2),
                { name: "vpc3", cidr: "10.3.0.0/16", vswitches: ["10.3.0.0/24"] },
            ]),
        );
        const rows = Object.fromEntries(matrix(text).map(([from, ...cells]) => [from, cells]));
        // Columns in the stack's VPC order: twin1, vpc3, twin2.
        assert.deepEqual(rows.twin1, ["local", "?", "partly"]);
        assert.deepEqual(rows.vpc3, ["?", "local", "?"]);
    });

    it("says that a reply stopped, and where: the requests arrive (one-way), which is no isolation", async () => {
        const text = await section(
            rawMesh(
                [
                    { name: "vpc1", cidr: "10.1.0.0/16", vswitches: ["10.1.0.0/24"] },
                    { name: "vpc2", cidr: "10.2.0.0/16", vswitches: ["10.2.0.0/24"] },
                ],
                { blackHole: "10.1.0.0/24" },
            ),
        );
        assert.match(
            text,
            /\n {2}one-way vpc1\/vpc1-vsw0 \(10\.1\.0\.1\) -> vpc2\/vpc2-vsw0 \(10\.2\.0\.1\): reply stopped at transit router table mesh \(vtb-mesh\): 10\.1\.0\.0\/24 is a BlackHole route/,
        );
        assert.match(
            text,
            /\n {2}no vpc2\/vpc2-vsw0 \(10\.2\.0\.1\) -> vpc1\/vpc1-vsw0 \(10\.1\.0\.1\): stopped at transit router table mesh \(vtb-mesh\): 10\.1\.0\.0\/24 is a BlackHole route/,
        );
    });

    it("groups resources by account, one group for several providers of one account, with regions and module-qualified types", async () => {
        const graph = await runProgram(() => {
            const sg = new alicloud.Provider("net-sg", {
                region: "ap-southeast-1",
                accountId: "1111111111111111",
            });
            const jk = new alicloud.Provider("net-jk", {
                region: "ap-southeast-5",
                accountId: "1111111111111111",
            });
            new alicloud.vpc.Network("sg", { cidrBlock: "10.1.0.0/16" }, { provider: sg });
            new alicloud.vpc.Network("jk", { cidrBlock: "10.2.0.0/16" }, { provider: jk });
            new alicloud.ecs.Instance("box", { instanceType: "ecs.g7.large" }, { provider: sg });
            new alicloud.cen.Instance("cen", {}, { provider: sg });
        });
        const [count, blank, account, owner, ...resources] = resourcesSection(graph).split("\n");
        assert.deepEqual(
            [count, blank, account, owner],
            [
                "Resources to create: 4",
                "",
                "  In account 1111111111111111 (providers net-jk, net-sg; regions ap-southeast-1, ap-southeast-5): 4",
                "    (stack):",
            ],
        );
        // Listed in the order they register, which the engine does not fix.
        assert.deepEqual(resources.sort(), [
            "      + cen.Instance cen",
            "      + ecs.Instance box",
            "      + vpc.Network jk",
            "      + vpc.Network sg",
        ]);
    });

    it("names the resources that change forwarding which the model does not follow, instead of pretending", async () => {
        const graph = await runProgram(() => {
            const p = new alicloud.Provider("net", {
                region: "ap-southeast-1",
                accountId: "1111111111111111",
            });
            const vpc = new alicloud.vpc.Network("vpc", { cidrBlock: "10.1.0.0/16" }, { provider: p });
            new alicloud.vpc.NatGateway("nat", { vpcId: vpc.id, natType: "Enhanced" }, { provider: p });
            new alicloud.vpc.RouteTable("custom", { vpcId: vpc.id }, { provider: p });
        });
        const model = buildNetworkModel(stackGraphOf(graph));
        assert.equal(
            unmodelledSection(model),
            [
                "Not followed by the plan (every pair whose path, either way, crosses what these act on is ? in the matrix):",
                "  vpc.NatGateway (nat): NAT gateways translate addresses",
                "  vpc.RouteTable (custom): custom VPC route tables replace the system route table for the vSwitches bound to them; the plan reads each VPC's system route table",
            ].join("\n"),
        );
        const plain = buildNetworkModel(stackGraphOf(await runProgram(hubAndSpokes(1))));
        assert.equal(unmodelledSection(plain), "", "a stack without such resources gets no section");
    });
});
