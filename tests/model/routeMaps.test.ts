// Route maps in the model: a transit router table's RegionIn maps decide
// which propagated routes it learns, RegionOut maps which routes it
// advertises; the plan shows what a map denied, the walk names the map that
// stopped a packet, and what cannot be told before deployment stays
// undecided, naming the map.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { routeChoices } from "../../sdk/src/model/routeTables";
import { unmodelledResources } from "../../sdk/src/model/unmodelled";
import { routeTablesSection } from "../../sdk/src/plan/planReport";
import { networkWorlds, pingsAcrossWorlds } from "../../sdk/src/model/worlds";
import { verdictOf } from "../../sdk/src/model/reachability";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { accountProviders, REGION } from "../harness/cenFixtures";
import { vpcWithSwitches } from "../harness/spokeNetworks";
import { guidePlan as plan, outcomeReason as reason, VPC3_CUT_OFF, routeMapOf } from "../harness/routeMaps";

const routeMap = routeMapOf;

describe("model: route maps on transit router tables", () => {
    it("a RegionIn map denying vpc3's routes into the table: nothing reaches vpc3, the rest still pings, and the walk names the map", async () => {
        const { pairs, outcomes, model, stack } = await plan(
            (peering, p, ids) =>
                routeMap("deny-vpc3", peering, p.a, {
                    sourceInstanceIds: [ids.vpc3 as pulumi.Input<string>],
                    transitRouterRouteTableId: peering.transitRouterRouteTableId,
                }),
            false,
        );
        assert.deepEqual(pairs, VPC3_CUT_OFF);
        assert.match(
            reason(outcomes["vpc1->vpc3"]),
            /no route to 10\.3\.\d+\.\d+: route map deny-vpc3 \(RegionIn\) denied the route to 10\.3\.\d\.0\/24/,
        );
        // The reply from vpc3 finds no route back: vpc3's routes never entered, the others did.
        assert.match(reason(outcomes["vpc3->vpc1"]), /reply: .*deny-vpc3/);
        // The table shows the denied routes, marked, beside the used ones.
        const [table] = [...model.trTables.values()];
        const choices = routeChoices(table.routes);
        const denied = table.routes.filter((_, i) => choices[i].used === false).map((r) => r.destination);
        assert.deepEqual(denied.sort(), ["10.3.0.0/24", "10.3.1.0/24"]);
        assert.ok(choices.some((c) => c.why === "route map deny-vpc3 (RegionIn) denied it"));
        // As the plan prints it: the console's columns, and why each denied route is not used.
        const printed = routeTablesSection(model);
        assert.match(
            printed,
            /10\.3\.0\.0\/24 +\| attachment guide-attachment-vpc3 +\| Propagated \| no: route map deny-vpc3 \(RegionIn\) denied it/,
        );
        // A map the model follows is not listed among what the plan does not evaluate.
        assert.deepEqual(unmodelledResources(stack), []);
    });

    it("before deployment the map names vpc3 by the VPC its id will come from: the same pairs are decided", async () => {
        const deny = (ids: Record<string, pulumi.Input<string>>) => [ids.vpc3 as pulumi.Input<string>];
        const { pairs } = await plan(
            (peering, p, ids) =>
                routeMap("deny-vpc3", peering, p.a, {
                    sourceInstanceIds: deny(ids),
                    transitRouterRouteTableId: peering.transitRouterRouteTableId,
                }),
            true,
        );
        assert.deepEqual(pairs, VPC3_CUT_OFF);
    });

    it("before deployment a map naming a VPC by an id given as text cannot be matched with VPCs not created yet: the pairs it could touch are undecided, naming the map", async () => {
        const { pairs, outcomes } = await plan(
            (peering, p) =>
                routeMap("deny-existing", peering, p.a, {
                    sourceInstanceIds: ["vpc-created-elsewhere"],
                    transitRouterRouteTableId: peering.transitRouterRouteTableId,
                }),
            true,
        );
        assert.ok(
            Object.values(pairs).every((v) => v === "undecided"),
            JSON.stringify(pairs),
        );
        assert.match(
            reason(outcomes["vpc1->vpc3"]),
            /route map deny-existing \(RegionIn\) may deny the route to .*: whether its sourceInstanceIds condition matches is not known/,
        );
    });

    it("a map without a table acts on the System table of its CEN's transit router in cenRegionId", async () => {
        const { pairs } = await plan(
            (peering, p, ids) =>
                routeMap("deny-vpc2", peering, p.a, {
                    sourceInstanceIds: [ids.vpc2 as pulumi.Input<string>],
                }),
            false,
        );
        assert.equal(pairs["vpc1->vpc2"], "no");
        assert.equal(pairs["vpc1->vpc3"], "pings");
    });

    it("destination blocks in Include mode deny a block's more specific routes; in Complete mode only the block itself", async () => {
        const include = await plan(
            (peering, p) =>
                routeMap("deny-10-2", peering, p.a, {
                    destinationCidrBlocks: ["10.2.0.0/16"],
                    cidrMatchMode: "Include",
                    transitRouterRouteTableId: peering.transitRouterRouteTableId,
                }),
            false,
        );
        assert.equal(include.pairs["vpc1->vpc2"], "no");
        assert.equal(include.pairs["vpc1->vpc3"], "pings");
        const complete = await plan(
            (peering, p) =>
                routeMap("deny-10-2", peering, p.a, {
                    destinationCidrBlocks: ["10.2.0.0/16"],
                    cidrMatchMode: "Complete",
                    transitRouterRouteTableId: peering.transitRouterRouteTableId,
                }),
            false,
        );
        // The vSwitch routes are /24s: none is 10.2.0.0/16 itself.
        assert.equal(complete.pairs["vpc1->vpc2"], "pings");
    });

    it("a permitting map before the deny keeps the route: the first map whose conditions match decides", async () => {
        const { pairs, outcomes } = await plan((peering, p, ids) => {
            routeMap("keep-vpc2", peering, p.a, {
                mapResult: "Permit",
                priority: 5,
                sourceInstanceIds: [ids.vpc2 as pulumi.Input<string>],
                transitRouterRouteTableId: peering.transitRouterRouteTableId,
            });
            routeMap("deny-all", peering, p.a, {
                priority: 20,
                sourceChildInstanceTypes: ["VPC"],
                transitRouterRouteTableId: peering.transitRouterRouteTableId,
            });
        }, false);
        // Only vpc2's routes are in the table: requests to vpc2 arrive, and no reply finds its way back.
        assert.deepEqual(pairs, {
            "vpc1->vpc2": "one-way",
            "vpc1->vpc3": "no",
            "vpc2->vpc1": "no",
            "vpc2->vpc3": "no",
            "vpc3->vpc1": "no",
            "vpc3->vpc2": "one-way",
        });
        assert.match(
            reason(outcomes["vpc1->vpc2"]),
            /^reply: .*route map deny-all \(RegionIn\) denied the route to 10\.1\./,
        );
    });

    it("an AS path condition the plan does not evaluate leaves the routes it could match undecided, naming it", async () => {
        const { pairs, outcomes } = await plan(
            (peering, p) =>
                routeMap("as-path", peering, p.a, {
                    matchAsns: ["65501"],
                    transitRouterRouteTableId: peering.transitRouterRouteTableId,
                }),
            false,
        );
        assert.ok(
            Object.values(pairs).every((v) => v === "undecided"),
            JSON.stringify(pairs),
        );
        assert.match(reason(outcomes["vpc1->vpc2"]), /the plan does not evaluate its matchAsns conditions/);
    });

    it("a RegionOut map on Singapore's table keeps vpc1's routes from Jakarta: Jakarta cannot reach vpc1, and vpc1's requests get no reply", async () => {
        const SG = REGION;
        const JK = "ap-southeast-5";
        const graph = await runProgram(
            () => {
                const sg = new alicloud.Provider("a-sg", { region: SG, accountId: "1111111111111111" });
                const jk = new alicloud.Provider("a-jk", { region: JK, accountId: "1111111111111111" });
                const inRegion = (
                    name: string,
                    provider: alicloud.Provider,
                    cidr: string,
                    region: string,
                ) => {
                    const vpc = vpcWithSwitches(name, provider, cidr, region);
                    return { ...vpc, region };
                };
                const vpcs = [
                    inRegion("vpc1", sg, "10.1.0.0/16", SG),
                    inRegion("vpc2", sg, "10.2.0.0/16", SG),
                    inRegion("vpc4", jk, "10.4.0.0/16", JK),
                ];
                const peering = new CrossAccountCenPeering("two", {
                    cenProvider: sg,
                    regions: [
                        { region: SG, provider: sg },
                        { region: JK, provider: jk },
                    ],
                    interRegion: { bandwidth: 10 },
                    vpcs,
                });
                routeMap("keep-vpc1-home", peering, sg, {
                    transmitDirection: "RegionOut",
                    sourceInstanceIds: [vpcs[0].vpcId],
                    transitRouterRouteTableId: peering.transitRouterRouteTableIds.apply((t) => t[SG]),
                });
            },
            { preview: false },
        );
        assert.deepEqual(graph.errors, []);
        const pings = pingsAcrossWorlds(networkWorlds(stackGraphOf(graph)));
        const pairs = Object.fromEntries(
            pings.map((r) => [`${r.from.vpc.name}->${r.to.vpc.name}`, verdictOf(r)]),
        );
        assert.deepEqual(pairs, {
            "vpc1->vpc2": "pings",
            "vpc1->vpc4": "one-way",
            "vpc2->vpc1": "pings",
            "vpc2->vpc4": "pings",
            "vpc4->vpc1": "no",
            "vpc4->vpc2": "pings",
        });
        const toVpc1 = pings.find((r) => r.from.vpc.name === "vpc4" && r.to.vpc.name === "vpc1")!;
        assert.match(
            reason(toVpc1.outcome),
            /route map keep-vpc1-home \(RegionOut\) denied the route to 10\.1\./,
        );
    });

    it("a RegionOut map that does not advertise vpc2 to the VBR: the data centre cannot send to vpc2, and vpc2's requests get no reply", async () => {
        const graph = await runProgram(
            () => {
                const p = accountProviders("a", "b");
                const vpcs = [
                    vpcWithSwitches("vpc1", p.a, "10.1.0.0/16"),
                    vpcWithSwitches("vpc2", p.b, "10.2.0.0/16"),
                ];
                const peering = new CrossAccountCenPeering("dc", {
                    cenProvider: p.a,
                    vpcs,
                    vbrs: [
                        {
                            name: "dc",
                            provider: p.a,
                            vbrId: "vbr-dc",
                            onPremisesCidrBlocks: ["192.168.0.0/16"],
                        },
                    ],
                });
                routeMap("hide-vpc2", peering, p.a, {
                    transmitDirection: "RegionOut",
                    destinationChildInstanceTypes: ["VBR"],
                    sourceInstanceIds: [vpcs[1].vpcId],
                    transitRouterRouteTableId: peering.transitRouterRouteTableId,
                });
            },
            { preview: false },
        );
        assert.deepEqual(graph.errors, []);
        const pings = pingsAcrossWorlds(networkWorlds(stackGraphOf(graph)));
        const site = (name: string) => (name.startsWith("dc-attachment") ? "dc" : name);
        const pairs = Object.fromEntries(
            pings.map((r) => [`${site(r.from.vpc.name)}->${site(r.to.vpc.name)}`, verdictOf(r)]),
        );
        assert.deepEqual(pairs, {
            "dc->vpc1": "pings",
            "dc->vpc2": "no",
            "vpc1->dc": "pings",
            "vpc1->vpc2": "pings",
            "vpc2->dc": "one-way",
            "vpc2->vpc1": "pings",
        });
        const toVpc2 = pings.find((r) => site(r.from.vpc.name) === "dc" && r.to.vpc.name === "vpc2")!;
        assert.match(
            reason(toVpc2.outcome),
            /route map hide-vpc2 \(RegionOut\) does not advertise the route to 10\.2\.\d\.0\/24 to VBR attachment dc-attachment-dc, so the data centre has no route to it/,
        );
    });
});
