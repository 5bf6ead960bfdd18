// Every child of every example, in update and in preview, against the real
// provider's argument rules (providerRules.ts): what the mock engine accepts
// but `pulumi preview` or `pulumi up` would refuse.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { PACKAGE_ROOT, runModule } from "../../sdk/src/plan/programs";
import { MODES } from "../harness/graphAssertions";
import { accountProviders } from "../harness/cenFixtures";
import { vpcWithSwitches } from "../harness/spokeNetworks";
import { PROVIDER_RULES } from "../../sdk/src/core/providerRules";
import { brokenRules } from "./ruleTypes";

const EXAMPLES = fs
    .readdirSync(path.join(PACKAGE_ROOT, "examples"))
    .filter((e) => fs.existsSync(path.join(PACKAGE_ROOT, "examples", e, "Pulumi.yaml")));

/** Every rule each provider resource of the graph breaks, and the types no rules are written for. */
function check(graph: Graph): { broken: string[]; unknownTypes: string[] } {
    const resources = graph.resources.filter(
        (r) => r.type.startsWith("alicloud:") || r.type === "pulumi:providers:alicloud",
    );
    return {
        broken: resources.flatMap((r) =>
            PROVIDER_RULES[r.type] ? brokenRules(r, PROVIDER_RULES[r.type]) : [],
        ),
        unknownTypes: [...new Set(resources.filter((r) => !PROVIDER_RULES[r.type]).map((r) => r.type))],
    };
}

describe("the provider's own rules, for every child of every example", () => {
    it("covers every example", () => assert.equal(EXAMPLES.length, 16));
    for (const example of EXAMPLES) {
        for (const mode of MODES) {
            it(`${example} (${mode.name})`, async () => {
                const graph = await runModule(`examples/${example}/index.ts`, { preview: mode.preview });
                assert.deepEqual(graph.errors, []);
                assert.deepEqual(check(graph), { broken: [], unknownTypes: [] });
            });
        }
    }

    for (const mode of MODES) {
        it(`long names the package accepts give children the provider accepts: a 60-character component, 50-character VPCs (${mode.name})`, async () => {
            const graph = await runProgram(
                () => {
                    const p = accountProviders("a", "b");
                    new CrossAccountCenPeering("c".repeat(60), {
                        cenProvider: p.a,
                        vpcs: [
                            vpcWithSwitches("a".repeat(50), p.a, "10.1.0.0/16"),
                            vpcWithSwitches("b".repeat(50), p.b, "10.2.0.0/16"),
                        ],
                    });
                },
                { preview: mode.preview },
            );
            assert.deepEqual(graph.errors, []);
            const entries = graph.resources.filter((r) => r.type === "alicloud:vpc/routeEntry:RouteEntry");
            assert.ok(entries.length > 0);
            // Too long for the automatic name: each gets a name of its own, at most 128 characters.
            for (const e of entries)
                assert.ok(String(e.inputs.name).length <= 128 && e.name.length + 8 > 128);
            assert.deepEqual(check(graph), { broken: [], unknownTypes: [] });
        });
    }

    it("catches what the provider refuses: a deprecated argument, an automatic name too long, a value not allowed", () => {
        const base = { custom: true, outputs: {}, dependencies: [], propertyDependencies: {} };
        const graph = {
            preview: false,
            invokes: [],
            errors: [],
            stackOutputs: {},
            resources: [
                {
                    ...base,
                    urn: "urn:vpn",
                    name: "branch",
                    type: "alicloud:cen/transitRouterVpnAttachment:TransitRouterVpnAttachment",
                    inputs: { vpnId: "vpn-1", transitRouterAttachmentName: "branch" },
                },
                {
                    ...base,
                    urn: "urn:entry",
                    name: "r".repeat(125),
                    type: "alicloud:vpc/routeEntry:RouteEntry",
                    inputs: {
                        routeTableId: "vtb-1",
                        destinationCidrblock: "10.0.0.0/8",
                        nexthopType: "Attachment",
                    },
                },
                {
                    ...base,
                    urn: "urn:grant",
                    name: "grant",
                    type: "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment",
                    inputs: {
                        cenId: "cen-1",
                        cenOwnerId: "1111111111111111",
                        instanceId: "vpc-1",
                        instanceType: "VPC",
                        orderType: "PayByOwner",
                    },
                },
            ],
        } as unknown as Graph;
        const { broken } = check(graph);
        assert.equal(broken.length, 3, broken.join("\n"));
        assert.match(
            broken[0],
            /^branch: transitRouterAttachmentName is set: Field 'transit_router_attachment_name' has been deprecated since provider version 1\.274\.0/,
        );
        assert.match(
            broken[1],
            /^r+: name is not set, so it is named after the resource \(125 \+ 8 characters\), more than the 128 it takes/,
        );
        assert.match(
            broken[2],
            /^grant: orderType "PayByOwner" is not one of PayByResourceOwner, PayByCenOwner/,
        );
    });
});
