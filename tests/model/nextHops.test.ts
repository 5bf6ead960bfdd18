// Next hops the model does not forward through (an instance, a HaVip, a VPN
// gateway, an IPsec-VPN or VBR attachment of the transit router): the plan says where the packet leaves the modelled network and
// that it cannot tell whether it arrives, in update and preview, never that
// no attachment has that id.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { pingMatrix } from "../../sdk/src/model/reachability";
import { MODES } from "../harness/graphAssertions";
import { routeToOwnAttachment } from "./rawRoutes";

/** Two VPCs of one account; VPC a sends VPC b's block to `nextHop` in VPC a. */
function viaNextHop(nexthopType: "Instance" | "HaVip" | "VpnGateway") {
    return () => {
        const p = new alicloud.Provider("account-a", { region: "ap-southeast-1" });
        const vpc = (name: string, cidr: string) => {
            const network = new alicloud.vpc.Network(name, { cidrBlock: cidr }, { provider: p });
            const vswitch = new alicloud.vpc.Switch(
                `${name}-vsw`,
                { vpcId: network.id, cidrBlock: cidr.replace(/\/16$/, "/24"), zoneId: "ap-southeast-1a" },
                { provider: p },
            );
            return { network, vswitch };
        };
        const a = vpc("a", "10.0.0.0/16");
        vpc("b", "10.1.0.0/16");
        const router = new alicloud.ecs.Instance(
            "router",
            {
                vswitchId: a.vswitch.id,
                privateIp: "10.0.0.10",
                instanceType: "ecs.g7.large",
                imageId: "aliyun_3_x64",
            },
            { provider: p },
        );
        new alicloud.vpc.RouteEntry(
            "a-to-b",
            {
                routeTableId: a.network.routeTableId,
                destinationCidrblock: "10.1.0.0/16",
                nexthopType,
                nexthopId: nexthopType === "Instance" ? router.id : `${nexthopType.toLowerCase()}-1`,
            },
            { provider: p },
        );
    };
}

describe("model: next hops outside the modelled network", () => {
    for (const mode of MODES) {
        it(`a route to an instance leaves the modelled network there: undecided, saying where (${mode.name})`, async () => {
            const graph = stackGraphOf(await runProgram(viaNextHop("Instance"), { preview: mode.preview }));
            const ping = pingMatrix(buildNetworkModel(graph), endpointsOf(graph)).find(
                (r) => r.from.vpc.name === "a" && r.to.vpc.name === "b",
            );
            const id = mode.preview ? "(its id is known after deployment)" : "i-router";
            assert.deepEqual(ping?.outcome, {
                kind: "undecided",
                at: "VPC a route table",
                reason: `the route to 10.1.0.0/16 leaves the modelled network at instance ${id}, which the plan does not follow`,
            });
        });
    }

    it("names HaVips and VPN gateways as such", async () => {
        for (const [type, kind] of [
            ["HaVip", "HaVip havip-1"],
            ["VpnGateway", "VPN gateway vpngateway-1"],
        ] as const) {
            const graph = stackGraphOf(await runProgram(viaNextHop(type)));
            const ping = pingMatrix(buildNetworkModel(graph), endpointsOf(graph)).find(
                (r) => r.from.vpc.name === "a" && r.to.vpc.name === "b",
            );
            const outcome = ping?.outcome;
            assert.ok(outcome?.kind === "undecided", JSON.stringify(outcome));
            assert.match(outcome.reason, new RegExp(`leaves the modelled network at ${kind},`));
        }
    });

    for (const mode of MODES) {
        it(`a transit router route to an IPsec-VPN or VBR attachment leaves the modelled network there, by the attachment's id (${mode.name})`, async () => {
            for (const [kind, noun] of [
                ["vpn", "IPsec-VPN connection"],
                ["vbr", "VBR"],
            ] as const) {
                const program = viaTransitRouterTo(kind);
                const graph = stackGraphOf(await runProgram(program, { preview: mode.preview }));
                const ping = pingMatrix(buildNetworkModel(graph), endpointsOf(graph)).find(
                    (r) => r.from.vpc.name === "a" && r.to.vpc.name === "b",
                );
                assert.deepEqual(ping?.outcome, {
                    kind: "undecided",
                    at: `transit router table table (${mode.preview ? "id known after deploy" : "vtb-table"})`,
                    reason: `the route to 10.1.0.0/16 leaves the modelled network at ${noun} attachment ${kind}, which the plan does not follow: no on-premises blocks are declared behind it (a CEN component's onPremisesCidrBlocks)`,
                });
            }
        });
    }
});

/**
 * VPC a attached to a transit router whose table sends VPC b's block to an
 * IPsec-VPN or VBR attachment; the IPsec-VPN attachment's id is its resource
 * id (it has no transitRouterAttachmentId output), the VBR's an output.
 */
function viaTransitRouterTo(kind: "vpn" | "vbr") {
    return () => {
        const p = new alicloud.Provider("account-a", {
            region: "ap-southeast-1",
            accountId: "1111111111111111",
        });
        const cen = new alicloud.cen.Instance("cen", {}, { provider: p });
        const tr = new alicloud.cen.TransitRouter("tr", { cenId: cen.id }, { provider: p });
        const table = new alicloud.cen.TransitRouterRouteTable(
            "table",
            { transitRouterId: tr.transitRouterId },
            { provider: p },
        );
        const a = new alicloud.vpc.Network("a", { cidrBlock: "10.0.0.0/16" }, { provider: p });
        const vsw = new alicloud.vpc.Switch(
            "a-vsw",
            { vpcId: a.id, cidrBlock: "10.0.0.0/24", zoneId: "ap-southeast-1a" },
            { provider: p },
        );
        const b = new alicloud.vpc.Network("b", { cidrBlock: "10.1.0.0/16" }, { provider: p });
        new alicloud.vpc.Switch(
            "b-vsw",
            { vpcId: b.id, cidrBlock: "10.1.0.0/24", zoneId: "ap-southeast-1a" },
            { provider: p },
        );
        const attachment = new alicloud.cen.TransitRouterVpcAttachment(
            "a-attachment",
            {
                cenId: cen.id,
                transitRouterId: tr.transitRouterId,
                vpcId: a.id,
                zoneMappings: [{ zoneId: "ap-southeast-1a", vswitchId: vsw.id }],
            },
            { provider: p },
        );
        new alicloud.cen.TransitRouterRouteTableAssociation(
            "a-association",
            {
                transitRouterAttachmentId: attachment.transitRouterAttachmentId,
                transitRouterRouteTableId: table.transitRouterRouteTableId,
            },
            { provider: p },
        );
        routeToOwnAttachment("a", a, attachment, p);
        const nextHop =
            kind === "vpn"
                ? new alicloud.cen.TransitRouterVpnAttachment(
                      "vpn",
                      { cenId: cen.id, transitRouterId: tr.transitRouterId, vpnId: "vco-onprem" },
                      { provider: p },
                  ).id
                : new alicloud.cen.TransitRouterVbrAttachment(
                      "vbr",
                      { cenId: cen.id, transitRouterId: tr.transitRouterId, vbrId: "vbr-onprem" },
                      { provider: p },
                  ).transitRouterAttachmentId;
        new alicloud.cen.TransitRouterRouteEntry(
            "to-onprem",
            {
                transitRouterRouteTableId: table.transitRouterRouteTableId,
                transitRouterRouteEntryDestinationCidrBlock: "10.1.0.0/16",
                transitRouterRouteEntryNextHopType: "Attachment",
                transitRouterRouteEntryNextHopId: nextHop,
            },
            { provider: p },
        );
    };
}
