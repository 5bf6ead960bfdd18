// Which VPCs route maps keep apart: two VPCs that a route map has kept out
// of some table, and that no table learns both of, cannot be confused with
// each other by the transit routers, even when their blocks overlap.
import { ALL_ATTACHMENT_KINDS } from "../core/attachmentKinds";
import { reference } from "../core/routeMaps";
import { attachmentKeyOf, deniedByMap, transitRouterRouteTables } from "../model/routeTables";
import { knownString, StackGraph, StackResource, TYPES } from "../model/stackGraph";

/**
 * Whether two VPCs may meet in a transit router table: unless a route map
 * denied routes of one of them somewhere, yes (the CEN guide's rule holds
 * for every VPC of a CEN); else whether some table holds usable routes to
 * both (a route a map denied does not count). A table with a route whose VPC
 * cannot be told (learned over an inter-region connection from an instance
 * the stack does not name) is taken to hold every VPC.
 */
export function learnedTogether(graph: StackGraph): (a: StackResource, b: StackResource) => boolean {
    const byAttachment = new Map<string, string>();
    const byInstance = new Map<string, string>();
    for (const attachment of graph.ofType(TYPES.vpcAttachment)) {
        const vpc = graph.referenced(attachment, "vpcId", TYPES.vpc);
        if (!vpc) continue;
        byAttachment.set(attachmentKeyOf(attachment), vpc.urn);
        // Routes name their source VPC by id, or before deployment by reference.
        const id = knownString(vpc.id);
        if (id) byInstance.set(id, vpc.urn);
        byInstance.set(reference(vpc.urn), vpc.urn);
    }
    // Routes to on-premises connections lead to none of the VPCs.
    const onPremises = new Set(
        ALL_ATTACHMENT_KINDS.filter(
            (k) => k.type !== TYPES.vpcAttachment && k.type !== TYPES.peerAttachment,
        ).flatMap((k) => graph.ofType(k.type).map(attachmentKeyOf)),
    );
    const holdings: { vpcs: Set<string>; all: boolean }[] = [];
    const keptOut = new Set<string>();
    for (const table of transitRouterRouteTables(graph).values()) {
        const vpcs = new Set<string>();
        let all = false;
        for (const route of table.routes) {
            const vpc =
                byAttachment.get(route.nextHop) ??
                (route.source?.sourceInstanceId ? byInstance.get(route.source.sourceInstanceId) : undefined);
            if (deniedByMap(route)) {
                if (vpc) keptOut.add(vpc);
                continue;
            }
            const elsewhere =
                route.nextHop === "BlackHole" ||
                onPremises.has(route.nextHop) ||
                (route.source?.sourceChildInstanceType ?? "VPC") !== "VPC";
            if (vpc) vpcs.add(vpc);
            else if (!elsewhere) all = true;
        }
        holdings.push({ vpcs, all });
    }
    return (a, b) =>
        !(keptOut.has(a.urn) || keptOut.has(b.urn)) ||
        holdings.some((h) => h.all || (h.vpcs.has(a.urn) && h.vpcs.has(b.urn)));
}
