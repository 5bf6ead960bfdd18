// alicloud-route-maps: the route maps the API refuses (a priority used twice
// in a table and direction, a nextPriority that is not later or on a Deny
// map, a table of another region's transit router) and those that deny
// nothing or name instances the stack does not attach.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { routeMapFindings } from "../../sdk/src/checks/routeMaps";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { peeringOfTwo, routeMapOf } from "../harness/routeMaps";

type Maps = (peering: CrossAccountCenPeering, a: alicloud.Provider, ids: pulumi.Input<string>[]) => void;

async function findings(maps: Maps) {
    const graph = await runProgram(
        () => {
            const { p, vpcs, peering } = peeringOfTwo("net");
            maps(
                peering,
                p.a,
                vpcs.map((v) => v.vpcId),
            );
        },
        { preview: false },
    );
    assert.deepEqual(graph.errors, []);
    return routeMapFindings(stackGraphOf(graph)).map(
        (f) => `${f.undecided ? "advisory" : "mandatory"}: ${f.message}`,
    );
}

/** A route map on the peering's table unless the case names another. */
const map = (
    name: string,
    peering: CrossAccountCenPeering,
    provider: alicloud.Provider,
    args: Partial<alicloud.cen.RouteMapArgs>,
) =>
    routeMapOf(name, peering, provider, {
        transitRouterRouteTableId: peering.transitRouterRouteTableId,
        ...args,
    });

describe("policy alicloud-route-maps", () => {
    it("passes maps that each deny a route of their table, with their own priorities", async () => {
        assert.deepEqual(
            await findings((peering, a, ids) => {
                map("deny-vpc1", peering, a, { sourceInstanceIds: [ids[0]] });
                map("deny-vpc2", peering, a, { sourceInstanceIds: [ids[1]], priority: 20 });
            }),
            [],
        );
    });

    it("refuses a priority used twice in one table and direction, and allows it in the other direction", async () => {
        const found = await findings((peering, a, ids) => {
            map("first", peering, a, { sourceInstanceIds: [ids[0]] });
            map("second", peering, a, { sourceInstanceIds: [ids[1]] });
            map("outbound", peering, a, { sourceInstanceIds: [ids[1]], transmitDirection: "RegionOut" });
        });
        assert.deepEqual(found, [
            "mandatory: route map second: priority 10 in RegionIn is also route map first's, on the same table; the API takes one route map per priority in a table and direction. Give it another priority.",
        ]);
    });

    it("refuses a nextPriority that is not later, or on a Deny map", async () => {
        const found = await findings((peering, a, ids) => {
            map("back", peering, a, {
                mapResult: "Permit",
                priority: 20,
                nextPriority: 10,
                sourceInstanceIds: [ids[0]],
            });
            map("deny-chain", peering, a, { priority: 30, nextPriority: 40, sourceInstanceIds: [ids[1]] });
        });
        assert.deepEqual(found, [
            "mandatory: route map back: nextPriority 10 is not later than its priority 20; the route map it hands routes on to must come after it (a larger number).",
            "mandatory: route map deny-chain: nextPriority 40 on a Deny map; only a Permit map hands the routes it permits on. Remove nextPriority, or make the map Permit.",
        ]);
    });

    it("refuses a map whose table belongs to a transit router of another region", async () => {
        const found = await findings((peering, a, ids) => {
            const table = new alicloud.cen.TransitRouterRouteTable(
                "custom",
                { transitRouterId: peering.transitRouterId },
                { provider: a },
            );
            map("elsewhere", peering, a, {
                cenRegionId: "ap-southeast-5",
                transitRouterRouteTableId: table.transitRouterRouteTableId,
                sourceInstanceIds: [ids[0]],
            });
        });
        assert.ok(
            found.includes(
                "mandatory: route map elsewhere: transitRouterRouteTableId names table custom of transit router net-tr in ap-southeast-1, but cenRegionId is ap-southeast-5; a route map acts on the tables of its region's transit router. Set cenRegionId to ap-southeast-1, or name a table of the ap-southeast-5 transit router.",
            ),
            found.join("\n"),
        );
    });

    it("advises on a Deny map that denies nothing: a stale id no attachment of the stack attaches", async () => {
        const found = await findings((peering, a) => {
            map("stale", peering, a, { sourceInstanceIds: ["vpc-gone"] });
        });
        assert.deepEqual(found, [
            "advisory: route map stale: sourceInstanceIds vpc-gone is attached to no transit router of this stack; check the id.",
            "advisory: route map stale (RegionIn, Deny) matches no route its table learns in this stack, so it denies nothing; check its conditions.",
        ]);
    });
});
