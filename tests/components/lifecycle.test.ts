// Edits users make to a deployed network, and what `pulumi up` would then do:
// child names follow what each child is (a destination, a route table, a
// VPC), so an edit touches only the children it is about, and no route table
// ever holds two entries for one destination during the update.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import {
    CenVpcArgs,
    CrossAccountCenPeering,
    CrossAccountCenPeeringArgs,
} from "alicloud-multi-account-network";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { accountProviders, vpcArgs } from "../harness/cenFixtures";
import { duplicateRouteEntriesDuringUpdate, updatePlan } from "../harness/lifecycle";

const ACCOUNTS = { a: "1111111111111111", b: "2222222222222222", c: "3333333333333333" };
type Providers = Record<string, alicloud.Provider>;

async function deploy(build: (p: Providers) => CrossAccountCenPeeringArgs): Promise<Graph> {
    const graph = await runProgram(
        () => {
            new CrossAccountCenPeering("net", build(accountProviders("a", "b", "c")));
        },
        { accounts: ACCOUNTS },
    );
    assert.deepEqual(graph.errors, []);
    return graph;
}

/** x in account a with two route tables, y in account b with two blocks; exact peer routes. */
function network(edit: { yBlocks?: string[]; xTables?: string[]; payer?: CenVpcArgs["payer"] } = {}) {
    return (p: Providers): CrossAccountCenPeeringArgs => ({
        cenProvider: p.a,
        vpcRoutes: "peer-cidrs",
        vpcs: [
            vpcArgs("x", p.a, "10.0.0.0/16", { routeTableIds: edit.xTables ?? ["vtb-x-main", "vtb-x-db"] }),
            vpcArgs("y", p.b, "10.1.0.0/16", {
                cidrBlocks: edit.yBlocks ?? ["10.1.0.0/16", "10.9.0.0/16"],
                payer: edit.payer ?? "cen-owner",
            }),
        ],
    });
}

describe("lifecycle: edits to a deployed CrossAccountCenPeering", () => {
    let base: Graph;
    before(async () => {
        base = await deploy(network());
    });

    it("removing a peer's first block deletes only that block's routes, and renames nothing", async () => {
        const after = await deploy(network({ yBlocks: ["10.9.0.0/16"] }));
        assert.deepEqual(updatePlan(base, after), {
            created: [],
            updated: [],
            replaced: [],
            deleted: ["net-route-x-vtb-x-db-10-1-0-0-16", "net-route-x-vtb-x-main-10-1-0-0-16"],
        });
        assert.deepEqual(duplicateRouteEntriesDuringUpdate(base, after), []);
    });

    it("reordering a VPC's route tables changes nothing", async () => {
        const after = await deploy(network({ xTables: ["vtb-x-db", "vtb-x-main"] }));
        assert.deepEqual(updatePlan(base, after), { created: [], updated: [], replaced: [], deleted: [] });
    });

    it("adding a VPC in the middle of the list creates its children and its peers' routes to it, nothing else", async () => {
        const after = await deploy((p) => {
            const args = network()(p);
            return { ...args, vpcs: [args.vpcs[0], vpcArgs("w", p.c, "10.5.0.0/16"), args.vpcs[1]] };
        });
        const plan = updatePlan(base, after);
        assert.deepEqual(plan.updated, []);
        assert.deepEqual(plan.replaced, []);
        assert.deepEqual(plan.deleted, []);
        assert.deepEqual(plan.created, [
            "net-association-w",
            "net-attachment-w",
            "net-grant-w",
            "net-propagation-w",
            "net-route-w-vtb-w-10-0-0-0-16",
            "net-route-w-vtb-w-10-1-0-0-16",
            "net-route-w-vtb-w-10-9-0-0-16",
            "net-route-x-vtb-x-db-10-5-0-0-16",
            "net-route-x-vtb-x-main-10-5-0-0-16",
            "net-route-y-vtb-y-10-5-0-0-16",
        ]);
        assert.deepEqual(duplicateRouteEntriesDuringUpdate(base, after), []);
    });

    it("changing the payer updates the grant and the attachment in place, and replaces nothing", async () => {
        const after = await deploy(network({ payer: "resource-owner" }));
        assert.deepEqual(updatePlan(base, after), {
            created: [],
            updated: [
                { name: "net-grant-y", changed: ["orderType"] },
                { name: "net-attachment-y", changed: ["orderType"] },
            ],
            replaced: [],
            deleted: [],
        });
    });

    it("names by position only what is known at deployment, and the update check sees the clash that causes", async () => {
        // Blocks given as Outputs cannot name their routes: removing the first renumbers the second,
        // which the engine replaces create-before-delete while the old entry still holds the destination.
        const withOutputs = (blocks: string[]) => (p: Providers) => {
            const args = network()(p);
            const y = { ...args.vpcs[1], cidrBlocks: blocks.map((b) => pulumi.output(b)) };
            return { ...args, vpcs: [args.vpcs[0], y] };
        };
        const before = await deploy(withOutputs(["10.1.0.0/16", "10.9.0.0/16"]));
        const after = await deploy(withOutputs(["10.9.0.0/16"]));
        assert.deepEqual(
            updatePlan(before, after)
                .replaced.map((r) => r.name)
                .sort(),
            ["net-route-x-vtb-x-db-y-0", "net-route-x-vtb-x-main-y-0"],
        );
        assert.deepEqual(duplicateRouteEntriesDuringUpdate(before, after), [
            "vtb-x-db 10.9.0.0/16: net-route-x-vtb-x-db-y-1 and net-route-x-vtb-x-db-y-0",
            "vtb-x-main 10.9.0.0/16: net-route-x-vtb-x-main-y-1 and net-route-x-vtb-x-main-y-0",
        ]);
    });
});
