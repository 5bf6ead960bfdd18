// The CEN cross-account guide's sample, run as examples/cross-account-cen: the whole graph the
// component registers, in update and in preview mode.
import { strict as assert } from "assert";
import { Graph, UNKNOWN } from "../../sdk/src/plan/graph";
import { GraphView } from "../harness/graphView";
import { childLines, MODES } from "../harness/graphAssertions";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { transitRouterPropagatedRoutes, vpcRouteTables } from "../../sdk/src/model/routeTables";

const EXAMPLE = "examples/cross-account-cen/index.ts";
const ACCOUNTS = { "account-a": "1111111111111111", "account-b": "2222222222222222" };

const attachment = (vpc: string) => `TransitRouterVpcAttachment cen1-attachment-${vpc} @account-a`;
const routes = (vpc: string, account: string) => [
    `RouteEntry cen1-route-${vpc}-rt0-10-0-0-0-8 @${account} <- cen1-attachment-${vpc}, ${vpc}`,
    `RouteEntry cen1-route-${vpc}-rt0-172-16-0-0-12 @${account} <- cen1-attachment-${vpc}, cen1-route-${vpc}-rt0-10-0-0-0-8, ${vpc}`,
    `RouteEntry cen1-route-${vpc}-rt0-192-168-0-0-16 @${account} <- cen1-attachment-${vpc}, cen1-route-${vpc}-rt0-172-16-0-0-12, ${vpc}`,
];
const tableLinks = (vpc: string) => [
    `TransitRouterRouteTableAssociation cen1-association-${vpc} @account-a <- cen1-attachment-${vpc}, cen1-tr`,
    `TransitRouterRouteTablePropagation cen1-propagation-${vpc} @account-a <- cen1-attachment-${vpc}, cen1-tr`,
];

/** The guide's graph: every child, its account and its dependencies. */
const GUIDE_CHILDREN = [
    "Instance cen1-cen @account-a <- ",
    "TransitRouter cen1-tr @account-a <- cen1-cen",
    "TransitRouterGrantAttachment cen1-grant-vpc3 @account-b <- cen1-cen, vpc3",
    `${attachment("vpc1")} <- cen1-cen, cen1-tr, vpc1, vpc1-vsw1, vpc1-vsw2`,
    `${attachment("vpc2")} <- cen1-cen, cen1-tr, vpc2, vpc2-vsw1, vpc2-vsw2`,
    `${attachment("vpc3")} <- cen1-cen, cen1-grant-vpc3, cen1-tr, vpc3, vpc3-vsw1, vpc3-vsw2`,
    ...["vpc1", "vpc2", "vpc3"].flatMap(tableLinks),
    ...routes("vpc1", "account-a"),
    ...routes("vpc2", "account-a"),
    ...routes("vpc3", "account-b"),
].sort();

for (const mode of MODES) {
    describe(`CrossAccountCenPeering: the CEN cross-account guide sample (${mode.name})`, () => {
        let graph: Graph;
        let view: GraphView;
        before(async () => {
            graph = await runModule(EXAMPLE, { preview: mode.preview, accounts: ACCOUNTS });
            view = new GraphView(graph);
        });

        it("runs without errors", () => {
            assert.deepEqual(graph.errors, []);
        });

        it("registers exactly the guide's children, each in the right account and order", () => {
            assert.deepEqual(childLines(view, view.named("cen1")), GUIDE_CHILDREN);
        });

        it("gives every alicloud resource of the stack an explicit provider", () => {
            const implicit = graph.resources.filter((r) => r.type.startsWith("alicloud:") && !r.provider);
            assert.deepEqual(
                implicit.map((r) => r.name),
                [],
            );
        });

        it("invokes through explicit providers only: getAccount once per account", () => {
            const accounts = graph.invokes
                .filter((i) => i.token === "alicloud:index/getAccount:getAccount")
                .map((i) => i.provider?.name)
                .sort();
            assert.deepEqual(accounts, ["account-a", "account-b"]);
            assert.deepEqual(
                graph.invokes.filter((i) => !i.provider),
                [],
            );
        });

        it("grants VPC3 to CEN1 in account B, with account A as CEN owner and payer", () => {
            const grant = view.named("cen1-grant-vpc3");
            assert.equal(grant.inputs.instanceType, "VPC");
            assert.equal(grant.inputs.cenOwnerId, ACCOUNTS["account-a"]);
            assert.equal(grant.inputs.orderType, "PayByCenOwner");
            assert.deepEqual(view.propertyDependencyNames(grant, "instanceId"), ["vpc3"]);
            assert.deepEqual(view.propertyDependencyNames(grant, "cenId"), ["cen1-cen"]);
            assert.equal(
                view.ofType("alicloud:cen/instanceGrant:InstanceGrant").length,
                0,
                "never the deprecated grant",
            );
        });

        it("attaches each VPC in two zones, with vpcOwnerId only for account B's VPC", () => {
            for (const vpc of ["vpc1", "vpc2", "vpc3"]) {
                const a = view.named(`cen1-attachment-${vpc}`);
                const zones = (a.inputs.zoneMappings as { zoneId: string }[]).map((z) => z.zoneId);
                assert.deepEqual(zones, ["ap-southeast-1a", "ap-southeast-1b"]);
                assert.equal(a.inputs.vpcOwnerId, vpc === "vpc3" ? ACCOUNTS["account-b"] : undefined);
                assert.equal(a.inputs.autoPublishRouteEnabled, false);
                assert.equal(a.inputs.routeTableAssociationEnabled, undefined, "never the deprecated flags");
                assert.deepEqual(a.customTimeouts, { create: "45m", update: "10m", delete: "25m" });
            }
        });

        it("replaces associations delete-before-create (one table per attachment)", () => {
            for (const a of view.ofType(
                "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation",
            )) {
                assert.equal(a.deleteBeforeReplace, true, a.name);
            }
        });

        it("points every VPC route at the VPC's own attachment", () => {
            for (const entry of view.ofType("alicloud:vpc/routeEntry:RouteEntry")) {
                const vpc = entry.name.split("-")[2];
                assert.equal(entry.inputs.nexthopType, "Attachment");
                assert.deepEqual(view.propertyDependencyNames(entry, "nexthopId"), [
                    `cen1-attachment-${vpc}`,
                ]);
                assert.deepEqual(view.propertyDependencyNames(entry, "routeTableId"), [vpc]);
            }
        });

        it(mode.preview ? "leaves ids unknown, as a preview does" : "exports the component's outputs", () => {
            if (mode.preview) {
                assert.equal(view.named("cen1-route-vpc1-rt0-10-0-0-0-8").inputs.nexthopId, UNKNOWN);
                assert.equal(view.named("cen1-grant-vpc3").inputs.instanceId, UNKNOWN);
            } else {
                assert.deepEqual(graph.stackOutputs.attachmentIds, {
                    vpc1: "tr-attach-cen1-attachment-vpc1",
                    vpc2: "tr-attach-cen1-attachment-vpc2",
                    vpc3: "tr-attach-cen1-attachment-vpc3",
                });
                assert.deepEqual(graph.stackOutputs.grantIds, {
                    vpc3: `VPC:vpc-vpc3:${ACCOUNTS["account-a"]}:cen-cen1-cen`,
                });
            }
        });
    });
}

describe("CrossAccountCenPeering: the CEN cross-account guide route tables (update)", () => {
    let graph: Graph;
    before(async () => {
        graph = await runModule(EXAMPLE, { accounts: ACCOUNTS });
    });

    it("the transit router table learns exactly the six vSwitch routes of the guide's TR table", () => {
        const tables = transitRouterPropagatedRoutes(stackGraphOf(graph));
        assert.deepEqual([...tables.keys()], ["vtb-system-tr-cen1-tr"]);
        const learned = tables
            .get("vtb-system-tr-cen1-tr")!
            .map((r) => `${r.destination} ${r.type}`)
            .sort();
        assert.deepEqual(learned, [
            "10.0.0.0/24 Propagated",
            "10.0.1.0/24 Propagated",
            "172.16.0.0/24 Propagated",
            "172.16.1.0/24 Propagated",
            "192.168.0.0/24 Propagated",
            "192.168.1.0/24 Propagated",
        ]);
    });

    it("each VPC route table holds its system routes and the guide's three routes to its attachment", () => {
        const tables = vpcRouteTables(stackGraphOf(graph));
        const guide: Record<string, string[]> = {
            vpc1: ["10.0.0.0/24", "10.0.1.0/24"],
            vpc2: ["172.16.0.0/24", "172.16.1.0/24"],
            vpc3: ["192.168.0.0/24", "192.168.1.0/24"],
        };
        for (const [vpc, vswitches] of Object.entries(guide)) {
            const table = [...tables.values()].find((t) => t.vpc.name === vpc)!;
            const rows = table.routes.map((r) => `${r.destination} | ${r.nextHop} | ${r.type}`);
            const hop = `tr-attach-cen1-attachment-${vpc}`;
            assert.deepEqual(rows, [
                `${vswitches[0]} | Local | System`,
                `${vswitches[1]} | Local | System`,
                `10.0.0.0/8 | ${hop} | Custom`,
                `172.16.0.0/12 | ${hop} | Custom`,
                `192.168.0.0/16 | ${hop} | Custom`,
            ]);
        }
    });
});
