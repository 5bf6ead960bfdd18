// Variants of CrossAccountCenPeering beyond the guide's example: same-account only,
// three accounts, payer, existing CEN and transit router, route modes, IPv6
// and several route tables, each in update and preview mode.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import {
    CenVpcArgs,
    CrossAccountCenPeering,
    CrossAccountCenPeeringArgs,
} from "alicloud-multi-account-network";
import { Graph, RecordedResource } from "../../sdk/src/plan/graph";
import { GraphView } from "../harness/graphView";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { accountProviders, vpcArgs } from "../harness/cenFixtures";
import { MODES } from "../harness/graphAssertions";

const ACCOUNTS = { a: "1111111111111111", b: "2222222222222222", c: "3333333333333333" };
const T = {
    grant: "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment",
    attachment: "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
    association: "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation",
    route: "alicloud:vpc/routeEntry:RouteEntry",
    cen: "alicloud:cen/instance:Instance",
    tr: "alicloud:cen/transitRouter:TransitRouter",
};

type Providers = Record<string, alicloud.Provider>;
type Build = (p: Providers) => CrossAccountCenPeeringArgs;

const MESH = [
    { name: "x", account: "a", cidr: "10.0.0.0/16" },
    { name: "y", account: "b", cidr: "10.1.0.0/16" },
    { name: "z", account: "c", cidr: "10.2.0.0/16" },
];

/** VPCs x, y (and z) of accounts a, b (and c), the CEN in account a; each part can be overridden. */
function mesh(
    count: 2 | 3,
    args: Partial<CrossAccountCenPeeringArgs> = {},
    vpcs: Partial<CenVpcArgs>[] = [],
): Build {
    return (p) => ({
        cenProvider: p.a,
        vpcs: MESH.slice(0, count).map((v, i) => vpcArgs(v.name, p[v.account], v.cidr, vpcs[i])),
        ...args,
    });
}

async function run(build: Build, preview: boolean): Promise<GraphView> {
    const graph: Graph = await runProgram(
        () => {
            new CrossAccountCenPeering("mesh", build(accountProviders("a", "b", "c")));
        },
        { preview, accounts: ACCOUNTS },
    );
    assert.deepEqual(graph.errors, []);
    return new GraphView(graph);
}

const names = (rs: RecordedResource[]) => rs.map((r) => r.name).sort();
const destinations = (view: GraphView, prefix: string) =>
    view
        .ofType(T.route)
        .filter((r) => r.name.startsWith(prefix))
        .map((r) => String(r.inputs.destinationCidrblock));

for (const mode of MODES) {
    describe(`CrossAccountCenPeering variants (${mode.name})`, () => {
        it("same-account VPCs get no grant and no vpcOwnerId", async () => {
            const view = await run((p) => mesh(2, {}, [{}, { provider: p.a }])(p), mode.preview);
            assert.deepEqual(view.ofType(T.grant), []);
            for (const a of view.ofType(T.attachment)) {
                assert.equal(a.inputs.vpcOwnerId, undefined);
                assert.equal(a.inputs.orderType, undefined);
                assert.equal(a.provider?.name, "a");
            }
        });

        it("three accounts: one grant per foreign VPC, each by its owner, all naming the CEN owner", async () => {
            const view = await run(mesh(3), mode.preview);
            const grants = view.ofType(T.grant);
            assert.deepEqual(names(grants), ["mesh-grant-y", "mesh-grant-z"]);
            assert.deepEqual(grants.map((g) => [g.name, g.provider?.name, g.inputs.cenOwnerId]).sort(), [
                ["mesh-grant-y", "b", ACCOUNTS.a],
                ["mesh-grant-z", "c", ACCOUNTS.a],
            ]);
            assert.equal(view.named("mesh-attachment-y").inputs.vpcOwnerId, ACCOUNTS.b);
            assert.equal(view.named("mesh-attachment-z").inputs.vpcOwnerId, ACCOUNTS.c);
            for (const vpc of ["y", "z"]) {
                assert.ok(
                    view.dependencyNames(view.named(`mesh-attachment-${vpc}`)).includes(`mesh-grant-${vpc}`),
                );
            }
        });

        it("attachments of different VPCs never wait for each other", async () => {
            const view = await run(mesh(3), mode.preview);
            for (const a of view.ofType(T.attachment)) {
                const others = view
                    .dependencyNames(a)
                    .filter((d) => d.startsWith("mesh-attachment-") || d.startsWith("mesh-route-"));
                assert.deepEqual(others, [], a.name);
            }
        });

        it("the VPC owner as payer sets PayByResourceOwner on grant and attachment", async () => {
            const view = await run(mesh(2, {}, [{}, { payer: "resource-owner" }]), mode.preview);
            assert.equal(view.named("mesh-grant-y").inputs.orderType, "PayByResourceOwner");
            assert.equal(view.named("mesh-attachment-y").inputs.orderType, "PayByResourceOwner");
        });

        it("uses an existing CEN and transit router, and finds its System route table through the CEN owner", async () => {
            const view = await run(
                mesh(2, { cenId: "cen-existing", transitRouterId: "tr-existing" }),
                mode.preview,
            );
            assert.deepEqual(view.ofType(T.cen), []);
            assert.deepEqual(view.ofType(T.tr), []);
            assert.equal(view.named("mesh-attachment-y").inputs.cenId, "cen-existing");
            assert.equal(view.named("mesh-attachment-y").inputs.transitRouterId, "tr-existing");
            assert.equal(view.named("mesh-grant-y").inputs.cenId, "cen-existing");
            const lookups = view.graph.invokes.filter((i) => i.token.endsWith("getTransitRouterRouteTables"));
            assert.deepEqual(
                lookups.map((i) => [
                    i.provider?.name,
                    i.args.transitRouterId,
                    i.args.transitRouterRouteTableType,
                ]),
                [["a", "tr-existing", "System"]],
            );
            for (const a of view.ofType(T.association)) {
                assert.equal(a.inputs.transitRouterRouteTableId, "vtb-system-tr-existing");
            }
        });

        it("uses a given route table without looking one up", async () => {
            const view = await run(
                mesh(2, {
                    cenId: "cen-existing",
                    transitRouterId: "tr-existing",
                    transitRouterRouteTableId: "vtb-custom",
                }),
                mode.preview,
            );
            assert.deepEqual(
                view.graph.invokes.filter((i) => i.token.endsWith("getTransitRouterRouteTables")),
                [],
            );
            assert.deepEqual(
                view.ofType(T.association).map((a) => a.inputs.transitRouterRouteTableId),
                ["vtb-custom", "vtb-custom"],
            );
        });

        it("given account ids are used as they are, without getAccount", async () => {
            const view = await run(
                mesh(2, { cenAccountId: "9999" }, [{ accountId: "9999" }, { accountId: "8888" }]),
                mode.preview,
            );
            assert.deepEqual(
                view.graph.invokes.filter((i) => i.token.endsWith("getAccount")),
                [],
            );
            assert.equal(view.named("mesh-grant-y").inputs.cenOwnerId, "9999");
            assert.equal(view.named("mesh-attachment-y").inputs.vpcOwnerId, "8888");
        });

        it('"peer-cidrs" routes exactly the other VPCs\' blocks, secondary blocks included', async () => {
            const view = await run(
                mesh(2, { vpcRoutes: "peer-cidrs" }, [{}, { cidrBlocks: ["10.1.0.0/16", "11.0.0.0/16"] }]),
                mode.preview,
            );
            assert.deepEqual(destinations(view, "mesh-route-x-"), ["10.1.0.0/16", "11.0.0.0/16"]);
            assert.deepEqual(destinations(view, "mesh-route-y-"), ["10.0.0.0/16"]);
        });

        it('"none" adds no VPC route entries', async () => {
            const view = await run(mesh(2, { vpcRoutes: "none" }, [{ routeTableIds: [] }]), mode.preview);
            assert.deepEqual(view.ofType(T.route), []);
        });

        it("IPv6 enables the attachment option and routes the other VPCs' IPv6 blocks", async () => {
            const view = await run(
                mesh(3, { ipv6: true }, [
                    { ipv6CidrBlocks: ["2408:4004:100::/56"] },
                    { ipv6CidrBlocks: ["2408:4004:200::/56"] },
                ]),
                mode.preview,
            );
            assert.deepEqual(view.named("mesh-attachment-x").inputs.options, { ipv6Support: "enable" });
            assert.deepEqual(view.named("mesh-attachment-y").inputs.options, { ipv6Support: "enable" });
            assert.equal(view.named("mesh-attachment-z").inputs.options, undefined);
            assert.deepEqual(destinations(view, "mesh-route-x-"), [
                "10.0.0.0/8",
                "172.16.0.0/12",
                "192.168.0.0/16",
                "2408:4004:200::/56",
            ]);
            assert.deepEqual(destinations(view, "mesh-route-z-"), [
                "10.0.0.0/8",
                "172.16.0.0/12",
                "192.168.0.0/16",
            ]);
        });

        it("chains entries within one VPC route table and writes different tables in parallel", async () => {
            const view = await run(
                mesh(2, {}, [{ routeTableIds: ["vtb-main", "vtb-second"] }]),
                mode.preview,
            );
            const chainOf = (table: string) =>
                view
                    .ofType(T.route)
                    .filter((r) => r.name.startsWith(`mesh-route-x-${table}-`))
                    .map((r) => view.dependencyNames(r).filter((d) => d.startsWith("mesh-route-")));
            assert.deepEqual(chainOf("vtb-main"), [
                [],
                ["mesh-route-x-vtb-main-10-0-0-0-8"],
                ["mesh-route-x-vtb-main-172-16-0-0-12"],
            ]);
            assert.deepEqual(chainOf("vtb-second"), [
                [],
                ["mesh-route-x-vtb-second-10-0-0-0-8"],
                ["mesh-route-x-vtb-second-172-16-0-0-12"],
            ]);
            assert.deepEqual(
                view
                    .ofType(T.route)
                    .filter((r) => r.name.includes("-vtb-second-"))
                    .map((r) => r.inputs.routeTableId),
                ["vtb-second", "vtb-second", "vtb-second"],
            );
        });
    });
}
