// CenSecurityDomains: the isolation guide's example (VPC1 talks to VPC2 and
// VPC3, VPC2 and VPC3 never talk) as three domains, its graph in each
// engine mode, the pings the model walks, a four-domain network across two
// regions, adding a VPC, and the checks on the arguments.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { pingMatrix } from "../../sdk/src/model/reachability";
import { GraphView } from "../harness/graphView";
import { childLines, MODES, reportedProblems } from "../harness/graphAssertions";
import { vpcArgs } from "../harness/cenFixtures";
import { updatePlan } from "../harness/lifecycle";
import { THREE_ACCOUNTS, threeDomains } from "../harness/threeDomains";

/** Per VPC pair (`from -> to`), whether a ping gets there and back, and whether any packet arrives. */
function pings(graph: Graph): Map<string, { ping: boolean; arrives: boolean }> {
    const stack = stackGraphOf(graph);
    const result = new Map<string, { ping: boolean; arrives: boolean }>();
    for (const r of pingMatrix(buildNetworkModel(stack), endpointsOf(stack))) {
        const key = `${r.from.label.split("/")[0]} -> ${r.to.label.split("/")[0]}`;
        const seen = result.get(key) ?? { ping: true, arrives: false };
        result.set(key, {
            ping: seen.ping && r.outcome.kind === "delivered",
            arrives: seen.arrives || r.forward.outcome.kind === "delivered",
        });
    }
    return result;
}

/** The pairs whose every ping succeeds, and those into which no packet arrives, sorted. */
function verdicts(graph: Graph) {
    const all = [...pings(graph)].filter(([k]) => k.split(" -> ")[0] !== k.split(" -> ")[1]);
    return {
        reach: all
            .filter(([, v]) => v.ping)
            .map(([k]) => k)
            .sort(),
        none: all
            .filter(([, v]) => !v.arrives)
            .map(([k]) => k)
            .sort(),
    };
}

describe("CenSecurityDomains", () => {
    for (const mode of MODES) {
        it(`the isolation guide's example: a table per domain, each VPC associated with its own and propagated into those allowed to reach it (${mode.name})`, async () => {
            const view = new GraphView(
                await runModule("examples/security-domains/index.ts", { preview: mode.preview }),
            );
            const lines = childLines(view, view.named("isolation")).filter(
                (l) => !l.startsWith("RouteEntry ") && !l.startsWith("TransitRouterVpcAttachment "),
            );
            assert.deepEqual(lines, [
                "Instance isolation-cen @account-a <- ",
                "TransitRouter isolation-tr @account-a <- isolation-cen",
                "TransitRouterGrantAttachment isolation-grant-vpc2 @account-b <- isolation-cen, vpc2",
                "TransitRouterGrantAttachment isolation-grant-vpc3 @account-c <- isolation-cen, vpc3",
                "TransitRouterRouteTable isolation-table-vpc1 @account-a <- isolation-tr",
                "TransitRouterRouteTable isolation-table-vpc2 @account-a <- isolation-tr",
                "TransitRouterRouteTable isolation-table-vpc3 @account-a <- isolation-tr",
                "TransitRouterRouteTableAssociation isolation-association-vpc1 @account-a <- isolation-attachment-vpc1, isolation-table-vpc1",
                "TransitRouterRouteTableAssociation isolation-association-vpc2 @account-a <- isolation-attachment-vpc2, isolation-table-vpc2",
                "TransitRouterRouteTableAssociation isolation-association-vpc3 @account-a <- isolation-attachment-vpc3, isolation-table-vpc3",
                "TransitRouterRouteTablePropagation isolation-propagation-vpc1-vpc1 @account-a <- isolation-attachment-vpc1, isolation-table-vpc1",
                "TransitRouterRouteTablePropagation isolation-propagation-vpc1-vpc2 @account-a <- isolation-attachment-vpc1, isolation-table-vpc2",
                "TransitRouterRouteTablePropagation isolation-propagation-vpc1-vpc3 @account-a <- isolation-attachment-vpc1, isolation-table-vpc3",
                "TransitRouterRouteTablePropagation isolation-propagation-vpc2-vpc1 @account-a <- isolation-attachment-vpc2, isolation-table-vpc1",
                "TransitRouterRouteTablePropagation isolation-propagation-vpc2-vpc2 @account-a <- isolation-attachment-vpc2, isolation-table-vpc2",
                "TransitRouterRouteTablePropagation isolation-propagation-vpc3-vpc1 @account-a <- isolation-attachment-vpc3, isolation-table-vpc1",
                "TransitRouterRouteTablePropagation isolation-propagation-vpc3-vpc3 @account-a <- isolation-attachment-vpc3, isolation-table-vpc3",
            ]);
            // Each VPC's attachment by the CEN owner, after its owner's grant; its routes in its own account.
            assert.deepEqual(
                childLines(view, view.named("isolation"))
                    .filter((l) => l.startsWith("TransitRouterVpcAttachment ") || l.startsWith("RouteEntry "))
                    .map((l) => l.split(" <- ")[0]),
                [
                    ...["vpc1", "vpc2", "vpc3"].flatMap((v, i) =>
                        ["10-0-0-0-8", "172-16-0-0-12", "192-168-0-0-16"].map(
                            (b) => `RouteEntry isolation-route-${v}-rt0-${b} @account-${"abc"[i]}`,
                        ),
                    ),
                    "TransitRouterVpcAttachment isolation-attachment-vpc1 @account-a",
                    "TransitRouterVpcAttachment isolation-attachment-vpc2 @account-a",
                    "TransitRouterVpcAttachment isolation-attachment-vpc3 @account-a",
                ],
            );
        });
    }

    it("the isolation guide's example pings: VPC1 reaches VPC2 and VPC3 and back, not one packet crosses between VPC2 and VPC3", async () => {
        assert.deepEqual(verdicts(await runModule("examples/security-domains/index.ts")), {
            reach: ["vpc1 -> vpc2", "vpc1 -> vpc3", "vpc2 -> vpc1", "vpc3 -> vpc1"],
            none: ["vpc2 -> vpc3", "vpc3 -> vpc2"],
        });
    });

    it("across two regions: every domain reaches shared services, production's two regions each other, and nothing else arrives, over one connection", async () => {
        const graph = await runModule("examples/security-domains-regions/index.ts");
        const { reach, none } = verdicts(graph);
        const shared = ["office-sg", "test-sg", "test-jk", "prod-sg", "prod-jk"];
        assert.deepEqual(
            reach,
            [
                ...shared.flatMap((v) => [`${v} -> shared-sg`, `shared-sg -> ${v}`]),
                "prod-jk -> prod-sg",
                "prod-sg -> prod-jk",
            ].sort(),
        );
        // Every other pair: not a single packet arrives (office, the isolated testing VPCs, production apart).
        assert.equal(none.length, 6 * 5 - reach.length);
        const view = new GraphView(graph);
        // The connection is associated on each side with the inbound table; each domain routes to remote members statically.
        assert.deepEqual(
            view.graph.resources
                .filter(
                    (r) => r.name.startsWith("domains-route-") && r.type.endsWith("TransitRouterRouteEntry"),
                )
                .map((r) => r.name)
                .sort(),
            [
                "domains-route-production-ap-southeast-1-prod-jk-10-5-0-0-16",
                "domains-route-production-ap-southeast-5-prod-sg-10-4-0-0-16",
                "domains-route-testing-ap-southeast-5-shared-sg-10-0-0-0-16",
                "domains-route-production-ap-southeast-5-shared-sg-10-0-0-0-16",
                "domains-route-shared-ap-southeast-1-test-jk-10-3-0-0-16",
                "domains-route-shared-ap-southeast-1-prod-jk-10-5-0-0-16",
            ].sort(),
        );
    });

    const ACCOUNTS = THREE_ACCOUNTS;
    const build = threeDomains;

    it("adding a VPC to a domain creates only its own resources and its routes' propagations", async () => {
        const before = await runProgram(
            build(() => ({})),
            { accounts: ACCOUNTS },
        );
        const after = await runProgram(
            build((p) => ({
                domains: [
                    { name: "office", vpcs: [vpcArgs("o1", p.b, "10.1.0.0/16")] },
                    {
                        name: "prod",
                        vpcs: [vpcArgs("p1", p.c, "10.2.0.0/16"), vpcArgs("p2", p.c, "10.3.0.0/16")],
                    },
                    { name: "shared", vpcs: [vpcArgs("s1", p.a, "10.0.0.0/16")] },
                ],
            })),
            { accounts: ACCOUNTS },
        );
        const plan = updatePlan(before, after);
        assert.deepEqual([plan.updated, plan.replaced, plan.deleted], [[], [], []]);
        assert.deepEqual(plan.created, [
            "net-association-p2",
            "net-attachment-p2",
            "net-grant-p2",
            "net-propagation-p2-prod",
            "net-propagation-p2-shared",
            "net-route-p2-vtb-p2-10-0-0-0-8",
            "net-route-p2-vtb-p2-172-16-0-0-12",
            "net-route-p2-vtb-p2-192-168-0-0-16",
        ]);
    });

    it("allows overlapping blocks between domains that never talk where no table learns both, and refuses them where one does, naming it", async () => {
        const domains = (p: Record<string, alicloud.Provider>, office: string, prod: string) => [
            { name: "office", vpcs: [vpcArgs("o1", p.b, office)] },
            { name: "prod", vpcs: [vpcArgs("p1", p.c, prod)] },
            { name: "shared", vpcs: [vpcArgs("s1", p.a, "10.0.0.0/16")] },
        ];
        // Only the office reaches shared services: no table learns both the office and production.
        const apart = await runProgram(
            build((p) => ({
                domains: domains(p, "10.1.0.0/16", "10.1.0.0/16"),
                allow: [["office", "shared"]],
            })),
            { accounts: ACCOUNTS },
        );
        assert.deepEqual(apart.errors, []);
        // Both reach shared services: its table would hold two routes for 10.1.0.0/16.
        const third = await runProgram(
            build((p) => ({ domains: domains(p, "10.1.0.0/16", "10.1.0.0/16") })),
            { accounts: ACCOUNTS },
        );
        assert.deepEqual(reportedProblems(third), [
            "domains[1].vpcs[0] 'p1': cidrBlocks[0] 10.1.0.0/16 overlaps domains[0].vpcs[0] 'o1': cidrBlocks[0] 10.1.0.0/16; the route table of domain shared would learn both, and route one of them arbitrarily: give one of them a block that does not overlap.",
        ]);
        const clash = await runProgram(
            build((p) => ({ domains: domains(p, "10.0.0.0/16", "10.2.0.0/16") })),
            { accounts: ACCOUNTS },
        );
        assert.deepEqual(reportedProblems(clash), [
            "domains[2].vpcs[0] 's1': cidrBlocks[0] 10.0.0.0/16 overlaps domains[0].vpcs[0] 'o1': cidrBlocks[0] 10.0.0.0/16; the route table of domain office would learn both, and route one of them arbitrarily: give one of them a block that does not overlap.",
        ]);
    });

    it("says what is wrong with the domains and the allow list, before anything is created", async () => {
        const graph = await runProgram(
            build((p) => ({
                domains: [
                    { name: "office", vpcs: [vpcArgs("o1", p.b, "10.1.0.0/16")] },
                    { name: "office", vpcs: [vpcArgs("p1", p.c, "10.2.0.0/16")] },
                    { name: "empty", vpcs: [] },
                    { name: "bad name", vpcs: [vpcArgs("o1", p.b, "10.3.0.0/16")] },
                ],
                allow: [
                    ["office", "finance"],
                    ["office", "office"],
                    ["office", "empty"],
                    ["empty", "office"],
                    "office" as never,
                ],
                interRegion: { topology: { hubRegion: "ap-southeast-1" } },
            })),
            { accounts: ACCOUNTS },
        );
        assert.deepEqual(reportedProblems(graph), [
            `interRegion.topology {"hubRegion":"ap-southeast-1"}: security domains route each region's members straight to the other regions, so every two regions are joined; leave topology out (full mesh).`,
            "domains[1].name 'office' is already used by domains[0]; each domain needs a name of its own.",
            "domains[2] 'empty' has no members; give it at least one VPC (or VBR, IPsec-VPN connection, Express Connect Router), or remove the domain (and its pairs in allow).",
            `domains[3].name "bad name" is not a valid domain name: use letters, digits, '_' or '-', starting with a letter or digit (it names the domain's route table).`,
            "domains[3].vpcs[0] 'o1' is already a member of domains[0] 'office'; an attachment is associated with one route table, so a VPC or network instance belongs to one domain: remove it from one of them.",
            `allow[0] ["office","finance"] names 'finance', which is not a domain; use the names of domains: office, empty.`,
            'allow[1] ["office","office"] pairs a domain with itself; members of a domain reach each other unless its isolateMembers is true.',
            'allow[3] ["empty","office"] is given twice (pairs allow both ways); remove one.',
            'allow[4] "office" must be a pair of domain names, e.g. ["office", "shared"].',
            "interRegion is given but there is one region; add the other regions to regions, or remove interRegion.",
            "domains[3].vpcs[0].name 'o1' is already used by domains[0].vpcs[0]: VPC names key the child resources and must be unique; rename one of them.",
        ]);
    });
});
