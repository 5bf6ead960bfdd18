// CrossAccountCenBasicEdition: VPCs and a CCN instance of two accounts on a
// CEN's Basic Edition transit router, in one region, with a VPC firewall on
// one VPC. Each other account's instance is granted by its owner first
// (cen.InstanceGrant, cloudconnect.NetworkGrant) and attached by the CEN
// owner after the grant; the model proves the VPCs reach each other and the
// branches behind the CCN; the grant policy finds nothing to stop; bad
// input is refused before anything is created.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenBasicEdition, CrossAccountCenBasicEditionArgs } from "alicloud-multi-account-network";
import { crossAccountGrantFindings } from "../../sdk/src/checks/crossAccountGrant";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { ping, verdictOf } from "../../sdk/src/model/reachability";
import { unmodelledResources } from "../../sdk/src/model/unmodelled";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { accountProviders, REGION } from "../harness/cenFixtures";
import { GraphView } from "../harness/graphView";
import { childLines, MODES } from "../harness/graphAssertions";

type Change = (args: CrossAccountCenBasicEditionArgs) => CrossAccountCenBasicEditionArgs;

/** vpc1 of account a (which owns the CEN), vpc2 and the CCN of account b; a VPC firewall on vpc2. */
function program(change: Change = (a) => a) {
    return () => {
        const p = accountProviders("a", "b");
        const vpc = (name: string, provider: alicloud.Provider, second: number) => {
            const network = new alicloud.vpc.Network(
                name,
                { cidrBlock: `10.${second}.0.0/16` },
                { provider },
            );
            new alicloud.vpc.Switch(
                `${name}-vsw0`,
                { vpcId: network.id, cidrBlock: `10.${second}.0.0/24`, zoneId: `${REGION}a` },
                { provider },
            );
            return { name, provider, vpcId: network.id };
        };
        new CrossAccountCenBasicEdition(
            "branches",
            change({
                cenProvider: p.a,
                region: REGION,
                vpcs: [vpc("vpc1", p.a, 1), vpc("vpc2", p.b, 2)],
                ccns: [
                    {
                        name: "stores",
                        provider: p.b,
                        ccnId: "ccn-stores",
                        onPremisesCidrBlocks: ["192.168.0.0/16"],
                    },
                ],
                vpcFirewall: { vpcs: ["vpc2"] },
            }),
        );
    };
}

describe("CrossAccountCenBasicEdition", () => {
    for (const mode of MODES) {
        it(`grants in each owner's account, attachments after their grants, the firewall after its VPC's attachment (${mode.name})`, async () => {
            const graph = await runProgram(program(), { preview: mode.preview });
            assert.deepEqual(graph.errors, []);
            const view = new GraphView(graph);
            assert.deepEqual(
                childLines(view, view.named("branches")).map((l) => l.replace(/, vpc\d(-vsw0)?/g, "")),
                [
                    "FirewallVpcFirewallCen branches-firewall-vpc2 @a <- branches-attachment-vpc2, branches-cen",
                    "Instance branches-cen @a <- ",
                    "InstanceAttachment branches-attachment-stores @a <- branches-cen, branches-grant-stores",
                    "InstanceAttachment branches-attachment-vpc1 @a <- branches-cen",
                    "InstanceAttachment branches-attachment-vpc2 @a <- branches-cen, branches-grant-vpc2",
                    "InstanceGrant branches-grant-vpc2 @b <- branches-cen",
                    "NetworkGrant branches-grant-stores @b <- branches-cen",
                ],
            );
            const attachment = view.named("branches-attachment-stores");
            assert.deepEqual(
                [attachment.inputs.childInstanceType, attachment.inputs.childInstanceRegionId],
                ["CCN", REGION],
            );
        });

        it(`the model: the VPCs reach each other and the branches behind the CCN, through the firewall; the pack finds no grant missing (${mode.name})`, async () => {
            const graph = await runProgram(program(), { preview: mode.preview });
            const stack = stackGraphOf(graph);
            const model = buildNetworkModel(stack);
            assert.deepEqual(unmodelledResources(stack), []);
            const endpoints = endpointsOf(stack);
            const byName = (name: string) => endpoints.find((e) => e.name === name)!;
            for (const [from, to] of [
                ["vpc1-vsw0", "vpc2-vsw0"],
                ["vpc2-vsw0", "vpc1-vsw0"],
                ["vpc1-vsw0", "stores-192.168.0.0/16"],
            ]) {
                assert.equal(verdictOf(ping(model, byName(from), byName(to))), "pings", `${from} -> ${to}`);
            }
            const toVpc2 = ping(model, byName("vpc1-vsw0"), byName("vpc2-vsw0"));
            assert.ok(
                toVpc2.forward.hops.some((h) => h.at.startsWith("VPC firewall branches-firewall-vpc2")),
            );
            assert.deepEqual(crossAccountGrantFindings(stack), []);
        });
    }

    it("refuses, once accounts resolve, an owner's account id the attachment API cannot take as a number, and a provider of the CEN's account passed as another account's; nothing is created", async () => {
        const graph = await runProgram(() => {
            const a = new alicloud.Provider("a", { region: REGION, accountId: "1111111111111111" });
            const huge = new alicloud.Provider("huge", { region: REGION, accountId: "99999999999999999999" });
            const again = new alicloud.Provider("a-again", { region: REGION, accountId: "1111111111111111" });
            new CrossAccountCenBasicEdition("branches", {
                cenProvider: a,
                region: REGION,
                vpcs: [
                    { name: "vpc1", provider: huge, vpcId: "vpc-1" },
                    { name: "vpc2", provider: again, vpcId: "vpc-2" },
                ],
            });
        });
        assert.equal(graph.errors.length, 1, JSON.stringify(graph.errors));
        assert.match(
            graph.errors[0],
            /vpcs 'vpc1': account id 99999999999999999999 cannot be passed to the CEN instance attachment API, which take it as a number; check provider\./,
        );
        assert.match(
            graph.errors[0],
            /vpcs 'vpc2': its provider resolves to account 1111111111111111, which also owns the CEN instance/,
        );
        assert.deepEqual(
            graph.resources.filter((r) => r.custom && r.name.startsWith("branches-")).map((r) => r.name),
            [],
        );
    });

    it("refuses a region that is no CCN area's, a name used twice, a firewall on no VPC of the network and a CCN without its blocks; nothing is created", async () => {
        const graph = await runProgram(
            program((a) => ({
                ...a,
                region: "cn-hangzhou",
                vpcs: [a.vpcs[0], { ...a.vpcs[1], name: "vpc1" }],
                ccns: [{ ...a.ccns![0], onPremisesCidrBlocks: [] }],
                vpcFirewall: { vpcs: ["vpc9"] },
            })),
        );
        assert.equal(graph.errors.length, 1, JSON.stringify(graph.errors));
        const problems = graph.errors[0]
            .split("\n")
            .slice(1)
            .map((l) => l.replace(/^\s*- /, ""));
        assert.deepEqual(problems, [
            "region cn-hangzhou is not a region of a CCN area, so CCN instances cannot be attached there; CCN instances are attached in cn-shanghai, cn-shanghai-finance-1, cn-hongkong, ap-southeast-1, ap-southeast-3, ap-southeast-5, ap-northeast-1, eu-central-1. Choose one of them, or remove ccns.",
            "vpcs[1].name 'vpc1' is already used by vpcs[0]: VPC and CCN names key the child resources and must be unique; rename one of them.",
            `ccns[0].onPremisesCidrBlocks must list the blocks of the branch networks behind the CCN, e.g. ["192.168.0.0/16"]; the plan reaches them through it.`,
            `vpcFirewall.vpcs[0] "vpc9" is not a VPC of this network; use the names of vpcs: vpc1.`,
        ]);
        assert.deepEqual(
            graph.resources.filter((r) => r.custom && r.name.startsWith("branches-")).map((r) => r.name),
            [],
        );
    });
});
