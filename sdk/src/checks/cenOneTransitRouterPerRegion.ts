// A CEN instance has one transit router per region: the API refuses a
// second, minutes into `pulumi up` (two components given one cenId and no
// transitRouterId each create one).
import { StackGraph, StackResource, TYPES } from "../model/stackGraph";
import { cenKeyOf } from "./cenGroups";
import { Finding, violation } from "./finding";

export function cenOneTransitRouterPerRegionFindings(graph: StackGraph): Finding[] {
    const findings: Finding[] = [];
    const first = new Map<string, StackResource>();
    for (const tr of graph.ofType(TYPES.transitRouter)) {
        const cen = cenKeyOf(graph, tr);
        const region = tr.provider?.region;
        if (cen === undefined || region === undefined) continue;
        const key = `${cen} ${region}`;
        const existing = first.get(key);
        if (!existing) {
            first.set(key, tr);
            continue;
        }
        const cenName = cen.startsWith("id:") ? cen.slice(3) : (graph.resource(cen)?.name ?? cen);
        findings.push(
            violation(
                tr.urn,
                `Transit router ${tr.name} would be a second transit router of CEN ${cenName} in ${region}, after ${existing.name}; a CEN has one transit router per region and the API refuses another. Use ${existing.name}: pass its transitRouterId instead of creating one.`,
            ),
        );
    }
    return findings;
}
