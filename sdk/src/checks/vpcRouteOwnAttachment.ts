// A VPC route entry whose next hop is a transit router attachment leads to
// its own VPC's attachment: one to another VPC's delivers nothing. The rule
// is the network model's, so the plan and the pack agree.
import { foreignAttachment } from "../model/networkModel";
import { attachmentReferenced } from "../model/routeTables";
import { StackGraph, TYPES } from "../model/stackGraph";
import { Finding, violation } from "./finding";

export function vpcRouteOwnAttachmentFindings(graph: StackGraph): Finding[] {
    const findings: Finding[] = [];
    for (const entry of graph.ofType(TYPES.vpcRouteEntry)) {
        if (entry.props.nexthopType !== "Attachment") continue;
        const vpc = graph.referenced(entry, "routeTableId", TYPES.vpc, "routeTableId");
        const attachment = attachmentReferenced(graph, entry, "nexthopId");
        const problem = vpc && attachment && foreignAttachment(graph, vpc, attachment);
        if (problem) {
            findings.push(
                violation(
                    entry.urn,
                    `Route entry ${entry.name} in VPC ${vpc.name} (to ${String(entry.props.destinationCidrblock)}) delivers nothing: ${problem}. Point it at VPC ${vpc.name}'s own attachment.`,
                ),
            );
        }
    }
    return findings;
}
