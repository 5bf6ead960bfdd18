// Route synchronisation and aggregate routes in the model: a VPC whose
// attachment has route synchronisation on learns its transit router table's
// routes (as Dynamic routes to its attachment), so it needs no route entries
// of its own; an aggregate route (scope VPC) is advertised in place of the
// routes it covers, while the transit router still forwards by the specific
// routes; a RegionOut route map decides what a VPC learns. Aggregates
// advertised to other network instances are named as unevaluated.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { parseAddress } from "../../sdk/src/core/cidr";
import { walk } from "../../sdk/src/model/reachability";
import { unmodelledResources } from "../../sdk/src/model/unmodelled";
import { routeTablesSection } from "../../sdk/src/plan/planReport";
import { meshRouteMap, MeshParts, rawMesh } from "./rawMesh";
import { planPairs, outcomeReason as reason } from "../harness/routeMaps";

const MESH = [
    { name: "vpc1", cidr: "10.1.0.0/16", vswitches: ["10.1.0.0/24"] },
    { name: "vpc2", cidr: "10.2.0.0/16", vswitches: ["10.2.0.0/24"] },
    { name: "vpc3", cidr: "10.3.0.0/16", vswitches: ["10.3.0.0/24"] },
];

function aggregate(name: string, parts: MeshParts, cidr: string, scopes: string[] = ["VPC"]) {
    new alicloud.cen.TransitRouteTableAggregation(
        name,
        {
            transitRouteTableId: parts.table.transitRouterRouteTableId,
            transitRouteTableAggregationCidr: cidr,
            transitRouteTableAggregationScopeLists: scopes,
        },
        { provider: parts.provider },
    );
}

describe("model: route synchronisation and aggregate routes", () => {
    it("VPCs with route synchronisation and no routes of their own reach each other by what they learn; without it they have no route", async () => {
        const synced = await planPairs(rawMesh(MESH, { sync: true }), false);
        assert.ok(
            Object.values(synced.pairs).every((v) => v === "pings"),
            JSON.stringify(synced.pairs),
        );
        const printed = routeTablesSection(synced.model);
        assert.match(printed, /10\.2\.0\.0\/24 +\| attachment vpc1-attachment +\| Dynamic/);
        // Nothing tells the VPC its own routes back.
        assert.doesNotMatch(printed, /vpc1 \(vtb-vpc1\)[^]*10\.1\.0\.0\/24 +\| attachment vpc1-attachment/);

        const bare = await planPairs(rawMesh(MESH, { sync: false, ownRoutes: false }), false);
        assert.ok(
            Object.values(bare.pairs).every((v) => v === "no"),
            JSON.stringify(bare.pairs),
        );
        assert.match(reason(bare.outcomes["vpc1->vpc2"]), /^no route to 10\.2\.0\.\d+$/);
    });

    it("an aggregate route is learned instead of the routes it covers, and the transit router still forwards by the specific ones", async () => {
        const { pairs, model, stack } = await planPairs(
            rawMesh(MESH, { sync: true, extras: (parts) => aggregate("summary", parts, "10.0.0.0/8") }),
            false,
        );
        assert.ok(
            Object.values(pairs).every((v) => v === "pings"),
            JSON.stringify(pairs),
        );
        const vpc1 = [...model.vpcTables.values()].find((t) => t.vpc.name === "vpc1")!;
        assert.deepEqual(
            vpc1.routes.map((r) => `${r.destination} ${r.type} ${r.origin?.name}`),
            ["10.1.0.0/24 System vpc1-vsw0", "10.0.0.0/8 Dynamic summary"],
        );
        assert.deepEqual(unmodelledResources(stack), []);
    });

    it("an aggregate wider than what the table knows sends the VPC's packets for unknown addresses to the transit router, which has no route", async () => {
        const { model } = await planPairs(
            rawMesh(MESH.slice(0, 2), {
                sync: true,
                extras: (parts) => aggregate("wide", parts, "10.0.0.0/8"),
            }),
            false,
        );
        const [vpc1, vpc2] = [...model.vpcTables.values()].map((t) => t.vpc);
        const nowhere = parseAddress("10.9.0.1")!;
        const sent = walk(model, vpc1, nowhere, vpc2, { source: parseAddress("10.1.0.1")!, reply: false });
        assert.deepEqual(
            sent.hops.map((h) => h.route && `${h.at}: ${h.route.destination} ${h.route.type}`),
            ["VPC vpc1 route table: 10.0.0.0/8 Dynamic"],
        );
        assert.equal(sent.outcome.kind, "denied");
        assert.match(reason(sent.outcome), /^no route to 10\.9\.0\.1$/);
    });

    it("a RegionOut route map keeping vpc3's routes from vpc1: vpc1 learns no route to vpc3, and the walk names the map", async () => {
        const { pairs, outcomes } = await planPairs(
            rawMesh(MESH, {
                sync: true,
                extras: (parts) =>
                    meshRouteMap(parts, "hide-vpc3-from-vpc1", {
                        transmitDirection: "RegionOut",
                        sourceInstanceIds: ["vpc-vpc3"],
                        destinationInstanceIds: ["vpc-vpc1"],
                    }),
            }),
            false,
        );
        assert.equal(pairs["vpc1->vpc3"], "no");
        assert.equal(pairs["vpc3->vpc1"], "one-way");
        assert.equal(pairs["vpc2->vpc3"], "pings");
        assert.match(
            reason(outcomes["vpc1->vpc3"]),
            /^no route to 10\.3\.0\.\d+: route map hide-vpc3-from-vpc1 \(RegionOut\) denied the route to 10\.3\.0\.0\/24/,
        );
    });

    it("an aggregate also advertised to VBRs is not followed: the plan names it, and what crosses its table is undecided", async () => {
        const { pairs, stack } = await planPairs(
            rawMesh(MESH, {
                sync: true,
                extras: (parts) => aggregate("to-dc", parts, "10.0.0.0/8", ["VPC", "VBR"]),
            }),
            false,
        );
        assert.ok(
            Object.values(pairs).every((v) => v === "undecided"),
            JSON.stringify(pairs),
        );
        assert.deepEqual(
            unmodelledResources(stack).map((u) => u.resources),
            [["to-dc"]],
        );
    });

    it("before deployment the same: what each VPC learns is followed through the references to its table", async () => {
        const { pairs } = await planPairs(rawMesh(MESH, { sync: true }), true);
        assert.ok(
            Object.values(pairs).every((v) => v === "pings"),
            JSON.stringify(pairs),
        );
    });
});
