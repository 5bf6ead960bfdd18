// Two regions joined by an inter-region peer attachment, written with raw
// resources: the peer is associated with a table on each transit router and
// propagates into each the routes of the other side, so VPCs on both sides
// ping each other; a VPC whose routes reach only a table nothing is
// associated with pings nobody.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { pingMatrix } from "../../sdk/src/model/reachability";
import { MODES } from "../harness/graphAssertions";
import { routeToOwnAttachment } from "./rawRoutes";

interface Side {
    readonly provider: alicloud.Provider;
    readonly tr: alicloud.cen.TransitRouter;
    /** The table the side's VPC and the peer are associated with and propagate into. */
    readonly tableId: alicloud.cen.TransitRouterRouteTable["transitRouterRouteTableId"];
}

/**
 * Singapore (vpc-sg, 10.1.0.0/16) and Jakarta (vpc-jk, 10.2.0.0/16) on one CEN.
 * `tables`: "system" uses each transit router's System table (looked up),
 * "custom" a custom table on each. `orphanJakarta` propagates Jakarta's VPC
 * only into a second Jakarta table that nothing is associated with.
 */
function twoRegions(tables: "system" | "custom", options: { orphanJakarta?: boolean } = {}) {
    return () => {
        const cenProvider = new alicloud.Provider("net-sg", {
            region: "ap-southeast-1",
            accountId: "1111111111111111",
        });
        const jkProvider = new alicloud.Provider("net-jk", {
            region: "ap-southeast-5",
            accountId: "1111111111111111",
        });
        const cen = new alicloud.cen.Instance("cen", {}, { provider: cenProvider });
        const side = (name: string, provider: alicloud.Provider): Side => {
            const tr = new alicloud.cen.TransitRouter(`tr-${name}`, { cenId: cen.id }, { provider });
            const tableId =
                tables === "system"
                    ? alicloud.cen
                          .getTransitRouterRouteTablesOutput(
                              { transitRouterId: tr.transitRouterId, transitRouterRouteTableType: "System" },
                              { provider },
                          )
                          .apply((t) => t.tables[0].transitRouterRouteTableId)
                    : new alicloud.cen.TransitRouterRouteTable(
                          `${name}-table`,
                          { transitRouterId: tr.transitRouterId },
                          { provider },
                      ).transitRouterRouteTableId;
            return { provider, tr, tableId };
        };
        const sg = side("sg", cenProvider);
        const jk = side("jk", jkProvider);
        const orphan = new alicloud.cen.TransitRouterRouteTable(
            "jk-orphan",
            { transitRouterId: jk.tr.transitRouterId },
            { provider: jkProvider },
        );
        const vpc = (name: string, s: Side, second: number) => {
            const network = new alicloud.vpc.Network(
                name,
                { cidrBlock: `10.${second}.0.0/16` },
                { provider: s.provider },
            );
            const vswitch = new alicloud.vpc.Switch(
                `${name}-vsw`,
                { vpcId: network.id, cidrBlock: `10.${second}.0.0/24`, zoneId: "a" },
                { provider: s.provider },
            );
            const attachment = new alicloud.cen.TransitRouterVpcAttachment(
                `${name}-attachment`,
                {
                    cenId: cen.id,
                    transitRouterId: s.tr.transitRouterId,
                    vpcId: network.id,
                    zoneMappings: [{ zoneId: "a", vswitchId: vswitch.id }],
                },
                { provider: s.provider },
            );
            const ids = (tableId: Side["tableId"]) => ({
                transitRouterAttachmentId: attachment.transitRouterAttachmentId,
                transitRouterRouteTableId: tableId,
            });
            new alicloud.cen.TransitRouterRouteTableAssociation(`${name}-association`, ids(s.tableId), {
                provider: s.provider,
            });
            const orphaned = options.orphanJakarta && s === jk;
            new alicloud.cen.TransitRouterRouteTablePropagation(
                `${name}-propagation`,
                ids(orphaned ? orphan.transitRouterRouteTableId : s.tableId),
                { provider: s.provider },
            );
            routeToOwnAttachment(name, network, attachment, s.provider);
        };
        vpc("vpc-sg", sg, 1);
        vpc("vpc-jk", jk, 2);
        const peer = new alicloud.cen.TransitRouterPeerAttachment(
            "peer",
            {
                cenId: cen.id,
                transitRouterId: sg.tr.transitRouterId,
                peerTransitRouterId: jk.tr.transitRouterId,
                peerTransitRouterRegionId: "ap-southeast-5",
                bandwidthType: "DataTransfer",
                bandwidth: 10,
            },
            { provider: cenProvider },
        );
        for (const s of [sg, jk]) {
            const ids = {
                transitRouterAttachmentId: peer.transitRouterAttachmentId,
                transitRouterRouteTableId: s.tableId,
            };
            const suffix = s === sg ? "sg" : "jk";
            new alicloud.cen.TransitRouterRouteTableAssociation(`peer-association-${suffix}`, ids, {
                provider: s.provider,
            });
            new alicloud.cen.TransitRouterRouteTablePropagation(`peer-propagation-${suffix}`, ids, {
                provider: s.provider,
            });
        }
    };
}

async function pings(program: () => void, preview = false) {
    const model = buildNetworkModel(stackGraphOf(await runProgram(program, { preview })));
    return { model, results: pingMatrix(model, endpointsOf(model.graph)) };
}

describe("model: inter-region peer attachments", () => {
    it("the mock engine gives the peer attachment its attachment id, so it takes part in the tables", async () => {
        const graph = await runProgram(twoRegions("custom"));
        const peer = graph.resources.find((r) => r.name === "peer")!;
        assert.equal(peer.outputs.transitRouterAttachmentId, "tr-attach-peer");
    });

    for (const tables of ["system", "custom"] as const) {
        it(`with ${tables} tables on both sides, each learns the other side's routes through the peer, and the VPCs ping both ways`, async () => {
            const { model, results } = await pings(twoRegions(tables));
            const learned = [...model.trTables.values()].map((t) =>
                t.routes
                    .map((r) => `${r.destination} ${model.attachmentById(r.nextHop)?.name ?? r.nextHop}`)
                    .sort(),
            );
            assert.deepEqual(learned.filter((r) => r.length > 0).sort(), [
                ["10.1.0.0/24 peer", "10.2.0.0/24 vpc-jk-attachment"],
                ["10.1.0.0/24 vpc-sg-attachment", "10.2.0.0/24 peer"],
            ]);
            assert.deepEqual(
                results.map((r) => [r.from.vpc.name, r.to.vpc.name, r.outcome.kind]),
                [
                    ["vpc-sg", "vpc-jk", "delivered"],
                    ["vpc-jk", "vpc-sg", "delivered"],
                ],
            );
        });
    }

    for (const mode of MODES) {
        it(`custom tables, ${mode.name}: ids or, in a preview, property dependencies lead through the peer`, async () => {
            const { results } = await pings(twoRegions("custom"), mode.preview);
            assert.deepEqual(
                results.map((r) => r.outcome.kind),
                ["delivered", "delivered"],
            );
        });
    }

    it("System tables looked up by an invoke are not known in a preview: the pings say so instead of guessing", async () => {
        const { results } = await pings(twoRegions("system"), true);
        assert.deepEqual(
            results.map((r) =>
                r.outcome.kind === "delivered" ? r.outcome.kind : [r.outcome.kind, r.outcome.reason],
            ),
            [
                ["undecided", "its route table association is known only after deployment"],
                ["undecided", "its route table association is known only after deployment"],
            ],
        );
    });

    it("a VPC whose routes are propagated only into a table nothing is associated with pings nobody", async () => {
        const { results } = await pings(twoRegions("custom", { orphanJakarta: true }));
        assert.deepEqual(
            results.map((r) => [r.from.vpc.name, r.to.vpc.name, r.outcome.kind]),
            [
                ["vpc-sg", "vpc-jk", "denied"],
                ["vpc-jk", "vpc-sg", "denied"],
            ],
        );
        const fromSg = results[0].outcome;
        assert.ok(
            fromSg.kind === "denied" && /no route to 10\.2\.0\.1/.test(fromSg.reason),
            JSON.stringify(fromSg),
        );
    });
});
