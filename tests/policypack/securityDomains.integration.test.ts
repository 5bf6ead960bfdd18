// Security domains through the pack's real entry point (Analyzer gRPC): the
// intended-connectivity policy reads each CenSecurityDomains' `domains`
// output and proves every allowed pair pings and no other pair delivers a
// packet; the overlap policy agrees with the component that domains which
// never talk may overlap.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CenSecurityDomains } from "alicloud-multi-account-network";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { mandatoryFindings, packForSuite } from "../harness/packSession";
import { runModule } from "../../sdk/src/plan/programs";
import { MODES } from "../harness/graphAssertions";
import { regionalSampleVpc } from "../../examples/lib/sampleNetwork";

const REGION = "ap-southeast-1";

/** Three domains of one VPC each; office and production share a block, talking only to shared. */
function domainsProgram(leak: boolean) {
    return () => {
        const config = new pulumi.Config();
        const [a, b, c] = ["a", "b", "c"].map((n) => new alicloud.Provider(n, { region: REGION }));
        const shared = regionalSampleVpc(config, "shared", a, REGION, 0);
        const office = regionalSampleVpc(config, "office", b, REGION, 1);
        const prod = regionalSampleVpc(config, "prod", c, REGION, 2);
        const network = new CenSecurityDomains("net", {
            cenProvider: a,
            domains: [
                { name: "shared", vpcs: [shared] },
                { name: "office", vpcs: [office] },
                { name: "prod", vpcs: [prod] },
            ],
            allow: [
                ["office", "shared"],
                ["prod", "shared"],
            ],
        });
        if (leak) {
            // A propagation added by hand: production's table learns the office VPC.
            new alicloud.cen.TransitRouterRouteTablePropagation(
                "leak",
                {
                    transitRouterAttachmentId: network.attachmentIds.apply((ids) => ids.office),
                    transitRouterRouteTableId: network.routeTableIds.apply((ids) => ids.prod),
                },
                { provider: a },
            );
        }
    };
}

describe("security domains through the pack's real entry point", function () {
    this.timeout(120000);
    const pack = packForSuite();
    const mandatory = mandatoryFindings;

    for (const mode of MODES) {
        it(`passes the security-domains examples with no diagnostic: allowed pairs ping (through the firewall where it inspects, to and from on-premises members), the rest proven apart (${mode.name})`, async () => {
            for (const example of [
                "security-domains",
                "security-domains-regions",
                "security-domains-firewall",
                "security-domains-inspection",
                "security-domains-hybrid",
            ]) {
                const graph = await runModule(`examples/${example}/index.ts`, { preview: mode.preview });
                assert.deepEqual(graph.errors, [], example);
                assert.deepEqual(await pack().run(graph), [], example);
            }
        });
    }

    it("stops a propagation added by hand that lets production reach the office, on that propagation, naming the path and what opens it", async () => {
        const graph = await runProgram(domainsProgram(true));
        assert.deepEqual(graph.errors, []);
        const found = mandatory(await pack().run(graph));
        assert.equal(found.length, 1, found.join("\n"));
        assert.equal(
            found[0],
            "alicloud-intended-connectivity leak: VPC prod must not reach VPC office, but packets from prod/prod-ecs (10.2.0.10) reach office/office-ecs (10.1.0.10) (via VPC prod route table -> transit router table net-table-prod (vtb-net-table-prod) -> VPC office route table). The path is opened by cen.TransitRouterRouteTablePropagation leak (urn:pulumi:dev::project::alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation::leak), which no component of this package created; vpc.RouteEntry net-route-prod-rt0-10-0-0-0-8 (urn:pulumi:dev::project::alicloud-multi-account-network:index:CenSecurityDomains$alicloud:vpc/routeEntry:RouteEntry::net-route-prod-rt0-10-0-0-0-8), of net; cen.TransitRouterRouteTableAssociation net-association-prod (urn:pulumi:dev::project::alicloud-multi-account-network:index:CenSecurityDomains$alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation::net-association-prod), of net.",
        );
    });

    it("lets domains that never talk overlap where no table learns both, as the component does; stops them where a third domain's table would", async () => {
        const program = () => {
            const config = new pulumi.Config();
            const [a, b, c] = ["a", "b", "c"].map((n) => new alicloud.Provider(n, { region: REGION }));
            new CenSecurityDomains("net", {
                cenProvider: a,
                domains: [
                    { name: "shared", vpcs: [regionalSampleVpc(config, "shared", a, REGION, 0)] },
                    { name: "office", vpcs: [regionalSampleVpc(config, "office", b, REGION, 2)] },
                    { name: "prod", vpcs: [regionalSampleVpc(config, "prod", c, REGION, 2)] },
                ],
                allow: [["office", "shared"]],
            });
        };
        const apart = await runProgram(program);
        assert.deepEqual(apart.errors, []);
        assert.deepEqual(mandatory(await pack().run(apart)), []);
        // The same stack as if production reached shared services too (its output says so):
        // the shared table would learn both blocks, and the pack stops it as the component would.
        const component = apart.resources.find((r) => r.name === "net")!;
        const domains = component.outputs.domains as { allow: string[][] };
        const third = {
            ...apart,
            resources: apart.resources.map((r) =>
                r === component
                    ? {
                          ...r,
                          outputs: {
                              ...r.outputs,
                              domains: { ...domains, allow: [...domains.allow, ["prod", "shared"]] },
                          },
                      }
                    : r,
            ),
        };
        const found = mandatory(await pack().run(third)).filter((f) =>
            f.startsWith("alicloud-vpc-cidrs-no-overlap"),
        );
        assert.equal(found.length, 1, found.join("\n"));
        assert.match(found[0], /VPC prod .* overlaps VPC office /);
    });
});
