// CrossAccountCenPeering's routing-policy design (`deny`): the isolation
// guide's three VPCs of two accounts, vpc2 and vpc3 kept apart in one
// transit router table. Each VPC learns its routes from the transit router,
// and a RegionOut route map per VPC keeps the denied VPC's routes from it:
// the model proves the allowed pairs ping both ways and the denied pair gets
// no packet, before and after deployment.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { CenVpcArgs, CrossAccountCenPeering } from "alicloud-multi-account-network";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { componentsIntent, intendedConnectivityFindings } from "../../sdk/src/checks/intendedConnectivity";
import { accountProviders } from "../harness/cenFixtures";
import { GraphView } from "../harness/graphView";
import { childLines, MODES } from "../harness/graphAssertions";
import { guideVpcs, planPairs, outcomeReason as reason, VPC2_VPC3_APART } from "../harness/routeMaps";
import { vpcWithSwitches } from "../harness/spokeNetworks";

type Extra = (vpcs: CenVpcArgs[], p: Record<string, alicloud.Provider>) => void;

/** The guide's VPCs with vpc2 and vpc3 denied to each other; `extra` adds what a case needs. */
function guide(deny: string[][] = [["vpc2", "vpc3"]], extra: Extra = () => undefined) {
    return () => {
        const p = accountProviders("a", "b");
        const vpcs = guideVpcs(p);
        new CrossAccountCenPeering("guide", { cenProvider: p.a, vpcs, deny });
        extra(vpcs, p);
    };
}

/** The problems of the one validation error, one per line. */
function problemsOf(graph: { errors: readonly string[] }): string[] {
    assert.equal(graph.errors.length, 1, JSON.stringify(graph.errors));
    return graph.errors[0]
        .split("\n")
        .slice(1)
        .map((l) => l.replace(/^\s*- /, ""));
}

describe("CrossAccountCenPeering: deny pairs with routing policies", () => {
    for (const mode of MODES) {
        it(`one RegionOut map per denied VPC, attachments that learn their routes after it, no VPC route entries (${mode.name})`, async () => {
            const graph = await runProgram(guide(), { preview: mode.preview });
            assert.deepEqual(graph.errors, []);
            const view = new GraphView(graph);
            const lines = childLines(view, view.named("guide"));
            assert.deepEqual(
                lines.filter((l) => /RouteMap|VpcAttachment|RouteEntry/.test(l)),
                [
                    "RouteMap guide-deny-vpc2 @a <- guide-cen, guide-tr, vpc2, vpc3",
                    "RouteMap guide-deny-vpc3 @a <- guide-cen, guide-tr, vpc2, vpc3",
                    "TransitRouterVpcAttachment guide-attachment-vpc1 @a <- guide-cen, guide-tr, vpc1, vpc1-vsw0, vpc1-vsw1",
                    "TransitRouterVpcAttachment guide-attachment-vpc2 @a <- guide-cen, guide-deny-vpc2, guide-grant-vpc2, guide-tr, vpc2, vpc2-vsw0, vpc2-vsw1",
                    "TransitRouterVpcAttachment guide-attachment-vpc3 @a <- guide-cen, guide-deny-vpc3, guide-grant-vpc3, guide-tr, vpc3, vpc3-vsw0, vpc3-vsw1",
                ],
            );
            const map = view.named("guide-deny-vpc2");
            assert.equal(map.inputs.transmitDirection, "RegionOut");
            assert.equal(map.inputs.mapResult, "Deny");
            assert.deepEqual([map.inputs.priority, view.named("guide-deny-vpc3").inputs.priority], [1, 2]);
            assert.deepEqual(view.propertyDependencyNames(map, "sourceInstanceIds"), ["vpc3"]);
            assert.deepEqual(view.propertyDependencyNames(map, "destinationInstanceIds"), ["vpc2"]);
            assert.equal(view.named("guide-attachment-vpc1").inputs.autoPublishRouteEnabled, true);
        });

        it(`the model: the allowed pairs ping both ways, vpc2 and vpc3 have no route to each other (${mode.name})`, async () => {
            const { pairs, outcomes } = await planPairs(guide(), mode.preview);
            assert.deepEqual(pairs, VPC2_VPC3_APART);
            assert.match(
                reason(outcomes["vpc2->vpc3"]),
                /^no route to 10\.3\.(\d)\.1: route map guide-deny-vpc2 \(RegionOut\) denied the route to 10\.3\.\1\.0\/24$/,
            );
        });
    }

    it("the pack reads the pairs from the component's deny output: kept apart and reaching, no finding; a hand-written route that opens the pair is a violation", async () => {
        const kept = stackGraphOf(await runProgram(guide()));
        const component = kept.ofType("alicloud-multi-account-network:index:CrossAccountCenPeering")[0];
        assert.deepEqual(component.props.deny, [["vpc2", "vpc3"]]);
        // Kept apart and reaching: what remains is the advisory that the isolation rests on what the
        // VPCs learn alone (the transit router's shared table would deliver), which is this design.
        const advisories = intendedConnectivityFindings(kept, componentsIntent(kept));
        assert.deepEqual(
            advisories.map((f) => [f.undecided, f.message.split(":")[0]]),
            [
                [true, "Isolation of VPC vpc2 from VPC vpc3 rests only on the route table of VPC vpc2"],
                [true, "Isolation of VPC vpc3 from VPC vpc2 rests only on the route table of VPC vpc3"],
            ],
        );

        const opened = stackGraphOf(
            await runProgram(
                guide(undefined, (vpcs, p) => {
                    const attachment = "tr-attach-guide-attachment-vpc2";
                    new alicloud.vpc.RouteEntry(
                        "vpc2-to-vpc3",
                        {
                            routeTableId: vpcs[1].routeTableIds![0],
                            destinationCidrblock: "10.3.0.0/16",
                            nexthopType: "Attachment",
                            nexthopId: attachment,
                        },
                        { provider: p.b },
                    );
                }),
            ),
        );
        const violations = intendedConnectivityFindings(opened, componentsIntent(opened))
            .filter((f) => !f.undecided)
            .map((f) => f.message);
        assert.equal(violations.length, 1, JSON.stringify(violations));
        assert.match(
            violations[0],
            /^VPC vpc2 must not reach VPC vpc3, but packets from vpc2\/vpc2-vsw0 \(10\.2\.0\.1\) reach vpc3\/vpc3-vsw0 .*opened by vpc\.RouteEntry vpc2-to-vpc3/,
        );
    });

    it("refuses pairs that name no VPC, a VPC with itself, a pair twice, and vpcRoutes beside deny; nothing is created", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            const vpcs = [
                vpcWithSwitches("vpc1", p.a, "10.1.0.0/16"),
                vpcWithSwitches("vpc2", p.b, "10.2.0.0/16"),
            ];
            new CrossAccountCenPeering("guide", {
                cenProvider: p.a,
                vpcs,
                vpcRoutes: "rfc1918",
                deny: [["vpc1", "vpc9"], ["vpc1", "vpc1"], ["vpc1", "vpc2"], ["vpc2", "vpc1"], ["vpc2"]],
            });
        });
        const created = graph.resources.filter((r) => r.custom && r.name.startsWith("guide-"));
        assert.deepEqual(created, [], "nothing of the component is created");
        assert.deepEqual(problemsOf(graph), [
            `deny[0] ["vpc1","vpc9"] names 'vpc9', which is not a VPC; use the names of VPCs: vpc1, vpc2.`,
            `deny[1] ["vpc1","vpc1"] pairs a VPC with itself; a VPC cannot be kept from itself.`,
            `deny[3] ["vpc2","vpc1"] is given twice (pairs deny both ways); remove one.`,
            `deny[4] ["vpc2"] must be a pair of VPC names, e.g. ["vpc2", "vpc3"].`,
            `vpcRoutes "rfc1918" cannot be given with deny: with deny each VPC learns its routes from the transit router (route synchronisation), and static VPC routes would send the denied traffic to the transit router anyway. Remove vpcRoutes.`,
        ]);
    });
});
