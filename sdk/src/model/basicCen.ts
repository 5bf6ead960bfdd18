// A CEN whose network instances are attached at CEN level
// (cen.InstanceAttachment: VPCs, VBRs and CCN instances), the Basic Edition
// transit router's way: every instance attached in a region learns the
// routes of every other one there, and the VPCs get them in their route
// tables without route entries. The model follows such a CEN when all its
// instances are in one region and no Enterprise Edition transit router of
// the stack belongs to it; across regions, Basic Edition needs a bandwidth
// package the plan does not follow, and such a CEN stays unevaluated, named.
// https://www.alibabacloud.com/help/en/cen/user-guide/connect-vpcs
import { onPremisesSites } from "./onPremises";
import { Route, TransitRouterRouteTable, vswitchesOf } from "./routeTables";
import { advertised, systemBlocks } from "./routeSync";
import {
    cenKey,
    isKnown,
    oncePerGraph,
    knownString,
    StackGraph,
    StackResource,
    TYPES,
    UNKNOWN_VALUE,
} from "./stackGraph";

/** A Basic Edition CEN the model follows: its attachments, all in one region. */
interface BasicCen {
    readonly cen: string;
    readonly label: string;
    readonly attachments: readonly StackResource[];
}

type BasicCens = { followed: BasicCen[]; unfollowed: StackResource[] };

/** The Basic Edition CENs the model follows, and the instance attachments it does not; found once per graph. */
export const basicCens = oncePerGraph(findBasicCens);

function findBasicCens(graph: StackGraph): BasicCens {
    const byCen = new Map<string | undefined, StackResource[]>();
    for (const a of graph.ofType(TYPES.instanceAttachment)) {
        const cen = cenKey(graph, a, "instanceId");
        byCen.set(cen, [...(byCen.get(cen) ?? []), a]);
    }
    const withRouters = new Set(graph.ofType(TYPES.transitRouter).map((tr) => cenKey(graph, tr)));
    const followed: BasicCen[] = [];
    const unfollowed: StackResource[] = [];
    for (const [cen, attachments] of byCen) {
        const regions = new Set(attachments.map((a) => a.props.childInstanceRegionId));
        const oneRegion =
            regions.size === 1 && [...regions].every((r) => typeof r === "string" && isKnown(r));
        if (cen === undefined || withRouters.has(cen) || !oneRegion) {
            unfollowed.push(...attachments);
            continue;
        }
        const name = graph.resource(cen)?.name ?? cen;
        followed.push({ cen, label: `CEN ${name} in ${[...regions][0]} (Basic Edition)`, attachments });
    }
    return { followed, unfollowed };
}

/** The VPC an instance attachment attaches, when it attaches one of the stack's. */
export function attachedVpc(graph: StackGraph, attachment: StackResource): StackResource | undefined {
    return attachment.props.childInstanceType === "VPC"
        ? graph.referenced(attachment, "childInstanceId", TYPES.vpc)
        : undefined;
}

/** How routes name an instance attachment as next hop: its id when known, else its URN. */
export function instanceAttachmentKey(attachment: StackResource): string {
    return knownString(attachment.id) ?? attachment.urn;
}

/** What an attached instance brings into the CEN: a VPC's vSwitch blocks, a site's declared blocks. */
function routesOf(graph: StackGraph, attachment: StackResource): Route[] {
    const nextHop = instanceAttachmentKey(attachment);
    const vpc = attachedVpc(graph, attachment);
    const blocks = vpc
        ? vswitchesOf(graph, vpc).map((s) => knownString(s.props.cidrBlock) ?? UNKNOWN_VALUE)
        : (onPremisesSites(graph)
              .get(attachment.urn)
              ?.blocks.map((b) => b.cidr) ?? []);
    return blocks.map((destination) => ({ destination, nextHop, type: "Propagated", origin: attachment }));
}

/**
 * Each followed Basic Edition CEN as one route table, keyed `basic:<CEN>`:
 * every attached instance is associated with it and propagates into it.
 */
export function basicCenTables(
    graph: StackGraph,
    cens: readonly BasicCen[],
): Map<string, TransitRouterRouteTable> {
    return new Map(
        cens.map((c) => {
            const key = `basic:${c.cen}`;
            return [
                key,
                {
                    key,
                    label: c.label,
                    routes: c.attachments.flatMap((a) => routesOf(graph, a)),
                    associated: c.attachments,
                    associations: new Map(),
                    propagating: c.attachments,
                },
            ];
        }),
    );
}

/** The routes each VPC attached to a followed Basic Edition CEN learns from it, keyed by VPC URN. */
export function basicLearnedRoutes(
    graph: StackGraph,
    tables: ReadonlyMap<string, TransitRouterRouteTable>,
): Map<string, Route[]> {
    const byVpc = new Map<string, Route[]>();
    for (const table of tables.values()) {
        for (const attachment of table.associated) {
            const vpc = attachedVpc(graph, attachment);
            if (!vpc) continue;
            const key = instanceAttachmentKey(attachment);
            const routes = advertised(table, attachment, vpc, key, [], systemBlocks(graph, vpc));
            byVpc.set(vpc.urn, [...(byVpc.get(vpc.urn) ?? []), ...routes]);
        }
    }
    return byVpc;
}
