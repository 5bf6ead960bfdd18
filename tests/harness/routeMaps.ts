// The isolation guide's three VPCs (vpc1 in account a, vpc2 and vpc3 in
// account b) peered on one transit router table, with whatever routing
// resources a case adds (route maps, prefix lists, aggregates), planned as
// the plan does: pairs and outcomes across worlds, the stack and its model.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import {
    CenVpcArgs,
    CrossAccountCenPeering,
    CrossAccountCenPeeringArgs,
} from "alicloud-multi-account-network";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { PingResult, verdictOf } from "../../sdk/src/model/reachability";
import { networkWorlds, pingsAcrossWorlds } from "../../sdk/src/model/worlds";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { accountProviders, REGION } from "./cenFixtures";
import { vpcWithSwitches } from "./spokeNetworks";

/** A CEN route map of a peering's CEN in the fixtures' region: Deny, priority 10, RegionIn, unless the case says otherwise. */
export function routeMapOf(
    name: string,
    peering: CrossAccountCenPeering,
    provider: alicloud.Provider,
    args: Partial<alicloud.cen.RouteMapArgs>,
): alicloud.cen.RouteMap {
    return new alicloud.cen.RouteMap(
        name,
        {
            cenId: peering.cenId,
            cenRegionId: REGION,
            mapResult: "Deny",
            priority: 10,
            transmitDirection: "RegionIn",
            ...args,
        },
        { provider },
    );
}

/** What a case adds to the guide's network: it gets the peering, the providers by account and the VPC ids by name. */
export type GuideExtras = (
    peering: CrossAccountCenPeering,
    p: Record<string, alicloud.Provider>,
    vpcIds: Record<string, pulumi.Input<string>>,
) => void;

/** Two VPCs of accounts a and b (10.1.0.0/16, 10.2.0.0/16) on one peering, with options a case adds. */
export function peeringOfTwo(name: string, options: Partial<CrossAccountCenPeeringArgs> = {}) {
    const p = accountProviders("a", "b");
    const vpcs = [vpcWithSwitches("vpc1", p.a, "10.1.0.0/16"), vpcWithSwitches("vpc2", p.b, "10.2.0.0/16")];
    const peering = new CrossAccountCenPeering(name, { cenProvider: p.a, vpcs, ...options });
    return { p, vpcs, peering };
}

/** The guide's three VPCs: vpc1 in account a, vpc2 and vpc3 in account b, 10.<n>.0.0/16 each. */
export function guideVpcs(p: Record<string, alicloud.Provider>): CenVpcArgs[] {
    return [
        vpcWithSwitches("vpc1", p.a, "10.1.0.0/16"),
        vpcWithSwitches("vpc2", p.b, "10.2.0.0/16"),
        vpcWithSwitches("vpc3", p.b, "10.3.0.0/16"),
    ];
}

/** The guide's network with a case's extras. */
export function guideProgram(extras: GuideExtras) {
    return () => {
        const p = accountProviders("a", "b");
        const vpcs = guideVpcs(p);
        const peering = new CrossAccountCenPeering("guide", { cenProvider: p.a, vpcs });
        extras(peering, p, Object.fromEntries(vpcs.map((v) => [v.name, v.vpcId])));
    };
}

/** Plans a program as the plan does: the verdict and outcome of each pair of VPCs, the stack and its model. */
export async function planPairs(program: () => void, preview: boolean) {
    const graph = await runProgram(program, { preview });
    assert.deepEqual(graph.errors, []);
    const stack = stackGraphOf(graph);
    const pings = pingsAcrossWorlds(networkWorlds(stack));
    const pairs: Record<string, string> = {};
    const outcomes: Record<string, PingResult["outcome"]> = {};
    for (const r of pings) {
        const key = `${r.from.vpc.name}->${r.to.vpc.name}`;
        pairs[key] = verdictOf(r);
        outcomes[key] = r.outcome;
    }
    return { pairs, outcomes, stack, model: buildNetworkModel(stack) };
}

/** Plans the guide's network with a case's extras. */
export function guidePlan(extras: GuideExtras, preview: boolean) {
    return planPairs(guideProgram(extras), preview);
}

/** Why a ping did not get through; empty when it did. */
export const outcomeReason = (outcome: PingResult["outcome"]) =>
    outcome.kind === "delivered" ? "" : outcome.reason;

/**
 * The guide's pairs when nothing reaches vpc3: vpc3's requests arrive (the
 * others' routes are in the table), their replies do not.
 */
export const VPC3_CUT_OFF: Readonly<Record<string, string>> = {
    "vpc1->vpc2": "pings",
    "vpc1->vpc3": "no",
    "vpc2->vpc1": "pings",
    "vpc2->vpc3": "no",
    "vpc3->vpc1": "one-way",
    "vpc3->vpc2": "one-way",
};

/** The guide's pairs when vpc2 and vpc3 are kept from each other and every other pair pings. */
export const VPC2_VPC3_APART: Readonly<Record<string, string>> = {
    "vpc1->vpc2": "pings",
    "vpc1->vpc3": "pings",
    "vpc2->vpc1": "pings",
    "vpc2->vpc3": "no",
    "vpc3->vpc1": "pings",
    "vpc3->vpc2": "no",
};
