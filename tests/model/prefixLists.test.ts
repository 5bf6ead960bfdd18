// Prefix lists in the model: a VPC prefix list associated with a transit
// router table adds a route per entry, to an attachment or BlackHole; the
// longest prefix decides as for any route, and where a prefix-list route
// ties with a propagated one the plan says it does not know which is used
// (Alibaba Cloud does not document it). A list the stack does not hold is
// named as unevaluated.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { routeChoices } from "../../sdk/src/model/routeTables";
import { unmodelledResources } from "../../sdk/src/model/unmodelled";
import { routeTablesSection } from "../../sdk/src/plan/planReport";
import { guidePlan, outcomeReason as reason, VPC3_CUT_OFF } from "../harness/routeMaps";

/** A prefix list of `blocks` in account a, associated with the guide's table with this next hop. */
function prefixList(
    name: string,
    peering: CrossAccountCenPeering,
    provider: alicloud.Provider,
    blocks: readonly string[],
    nextHop: pulumi.Input<string> | "BlackHole",
    prefixListId?: string,
) {
    const list = prefixListId
        ? undefined
        : new alicloud.vpc.PrefixList(name, { entrys: blocks.map((cidr) => ({ cidr })) }, { provider });
    new alicloud.cen.TransitRouterPrefixListAssociation(
        `${name}-association`,
        {
            prefixListId: list?.id ?? prefixListId!,
            transitRouterId: peering.transitRouterId,
            transitRouterTableId: peering.transitRouterRouteTableId,
            ownerUid: 1111111111111111,
            nextHop,
            nextHopType: nextHop === "BlackHole" ? "BlackHole" : "VPC",
        },
        { provider },
    );
}

describe("model: prefix lists on transit router tables", () => {
    for (const preview of [false, true]) {
        it(`BlackHole blocks more specific than vpc3's routes: nothing reaches vpc3 and the walk names the association (${preview ? "preview" : "update"})`, async () => {
            const { pairs, outcomes, model, stack } = await guidePlan(
                (peering, p) =>
                    prefixList(
                        "drop-vpc3",
                        peering,
                        p.a,
                        ["10.3.0.0/25", "10.3.0.128/25", "10.3.1.0/25", "10.3.1.128/25"],
                        "BlackHole",
                    ),
                preview,
            );
            assert.deepEqual(pairs, VPC3_CUT_OFF);
            assert.match(
                reason(outcomes["vpc1->vpc3"]),
                /10\.3\.\d\.\d+\/25 is a BlackHole route \(prefix list association drop-vpc3-association\)/,
            );
            assert.deepEqual(unmodelledResources(stack), []);
            const printed = routeTablesSection(model);
            assert.match(printed, /10\.3\.0\.0\/25 +\| BlackHole +\| PrefixList/);
        });
    }

    it("a prefix-list route for the same block as a propagated route, to another next hop: which is used is not documented, so the pairs it decides are undecided", async () => {
        const { pairs, outcomes, model } = await guidePlan(
            (peering, p) =>
                prefixList("drop-vpc3", peering, p.a, ["10.3.0.0/24", "10.3.1.0/24"], "BlackHole"),
            false,
        );
        assert.equal(pairs["vpc1->vpc3"], "undecided");
        assert.equal(pairs["vpc1->vpc2"], "pings");
        assert.match(
            reason(outcomes["vpc1->vpc3"]),
            /a prefix-list route and a Propagated route for 10\.3\.\d\.0\/24 lead to different next hops, and Alibaba Cloud does not document which one a transit router uses/,
        );
        const [table] = [...model.trTables.values()];
        const choices = routeChoices(table.routes);
        const unsure = table.routes.filter((_, i) => choices[i].used === undefined);
        assert.deepEqual(unsure.map((r) => `${r.destination} ${r.type}`).sort(), [
            "10.3.0.0/24 PrefixList",
            "10.3.0.0/24 Propagated",
            "10.3.1.0/24 PrefixList",
            "10.3.1.0/24 Propagated",
        ]);
    });

    it("a prefix list to vpc2's attachment for vpc3's blocks sends vpc1's packets for vpc3 into vpc2, which sends them back: a loop", async () => {
        const { pairs, outcomes } = await guidePlan(
            (peering, p) =>
                prefixList(
                    "to-vpc2",
                    peering,
                    p.a,
                    ["10.3.0.0/25", "10.3.1.0/25"],
                    peering.attachmentIds.apply((ids) => ids.vpc2),
                ),
            false,
        );
        assert.equal(pairs["vpc1->vpc2"], "pings");
        assert.equal(pairs["vpc1->vpc3"], "no");
        assert.match(reason(outcomes["vpc1->vpc3"]), /routing loop/);
    });

    it("a prefix list the stack does not hold: its entries are not known, so what crosses the table is undecided, naming the association", async () => {
        const { pairs, outcomes, stack } = await guidePlan(
            (peering, p) => prefixList("elsewhere", peering, p.a, [], "BlackHole", "pl-made-elsewhere"),
            false,
        );
        assert.ok(
            Object.values(pairs).every((v) => v === "undecided"),
            JSON.stringify(pairs),
        );
        assert.match(
            reason(outcomes["vpc1->vpc2"]),
            /TransitRouterPrefixListAssociation elsewhere-association/,
        );
        assert.deepEqual(
            unmodelledResources(stack).map((u) => u.resources),
            [["elsewhere-association"]],
        );
    });
});
