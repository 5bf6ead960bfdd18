// The resources a change creates, updates, replaces and deletes, and where
// that interrupts traffic: a replaced or deleted attachment, association,
// propagation or route that a pair's path takes, and a replacement the API
// refuses while the old resource stands (Pulumi creates the new one first).
import { ALL_ATTACHMENT_KINDS } from "../core/attachmentKinds";
import { NetworkModel } from "../model/networkModel";
import { pathResources, ping, PingResult, verdictOf } from "../model/reachability";
import { GroupedPings } from "../model/groupedPings";
import { attachmentReferenced } from "../model/routeTables";
import { TYPES } from "../model/stackGraph";
import { EngineStep, engineSteps } from "../plan/engineSteps";
import { Graph, RecordedResource } from "../plan/graph";

export interface ResourceChange {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly op: EngineStep["op"];
    readonly changed: readonly string[];
    /** The provider's rules do not cover the type: this update may be a replacement. */
    readonly mayReplace?: true;
    /** Why traffic stops while the step runs, or why the step fails. */
    readonly interruption?: string;
}

/** The types that carry traffic: replacing or deleting one on a path stops that path. */
const FORWARDING = new Set<string>([
    ...ALL_ATTACHMENT_KINDS.map((k) => k.type),
    TYPES.association,
    TYPES.propagation,
    TYPES.trRouteEntry,
    TYPES.vpcRouteEntry,
]);

/** The resources each delivered pair's path takes, either way, and the pairs that take each. */
function carriers(model: NetworkModel, pings: readonly PingResult[]): Map<string, string[]> {
    const pairs = new Map<string, string[]>();
    for (const p of pings) {
        if (verdictOf(p) !== "pings" && verdictOf(p) !== "one-way") continue;
        const walks = [p.forward, ...(p.reply ? [p.reply] : [])];
        const used = new Set<string>();
        for (const w of walks) {
            for (const r of pathResources(w)) used.add(r.urn);
            for (const hop of w.hops) {
                const attachment = hop.route ? model.attachmentById(hop.route.nextHop) : undefined;
                if (attachment) used.add(attachment.urn);
            }
        }
        const pair = `${p.from.vpc.name} -> ${p.to.vpc.name}`;
        for (const urn of used) {
            const list = pairs.get(urn) ?? [];
            if (!list.includes(pair)) list.push(pair);
            pairs.set(urn, list);
        }
    }
    return pairs;
}

/**
 * What the API refuses while the old resource stands: a second attachment of
 * one VPC to one transit router, a second VPC route for one destination in
 * one table. Pulumi replaces create-before-delete unless deleteBeforeReplace.
 */
function refusedWhileOldStands(old: RecordedResource, now: RecordedResource): string | undefined {
    if (now.deleteBeforeReplace) return undefined;
    const same = (k: string) => JSON.stringify(old.inputs[k]) === JSON.stringify(now.inputs[k]);
    if (now.type === TYPES.vpcAttachment && same("vpcId") && same("transitRouterId")) {
        return "the API refuses a second attachment of the VPC to the transit router while the old one stands, and Pulumi creates the replacement first: pulumi up fails; set deleteBeforeReplace (traffic stops meanwhile)";
    }
    if (now.type === TYPES.vpcRouteEntry && same("routeTableId") && same("destinationCidrblock")) {
        return `the route table would hold two entries for ${String(now.inputs.destinationCidrblock)} while Pulumi creates the replacement first, which the API refuses: pulumi up fails; set deleteBeforeReplace (traffic stops meanwhile)`;
    }
    return undefined;
}

/**
 * The pairs that could carry a changed resource's traffic in an estate walked
 * by group: its VPC's endpoints with one member of every group, both ways
 * (every group's example for a resource no VPC owns).
 */
function estatePairs(model: NetworkModel, grouped: GroupedPings, resource: RecordedResource): PingResult[] {
    const graph = model.graph;
    const r = graph.resource(resource.urn);
    const attachment =
        r &&
        (TYPES.vpcAttachment === r.type ? r : attachmentReferenced(graph, r, "transitRouterAttachmentId"));
    const vpc =
        (attachment && graph.referenced(attachment, "vpcId", TYPES.vpc)) ??
        (r?.type === TYPES.vpcRouteEntry
            ? graph.referenced(r, "routeTableId", TYPES.vpc, "routeTableId")
            : undefined);
    if (!vpc) return grouped.results.map((g) => g.result);
    const own = grouped.groups.flatMap((g) => g.members.filter((e) => e.vpc.urn === vpc.urn));
    const others = grouped.groups.flatMap((g) => g.members.find((e) => e.vpc.urn !== vpc.urn) ?? []);
    return own.flatMap((a) => others.flatMap((b) => [ping(model, a, b), ping(model, b, a)]));
}

/** The steps from the deployed stack to the program's graph, with their interruptions. */
export function resourceDiff(
    deployed: Graph,
    program: Graph,
    before: { model: NetworkModel; pings: readonly PingResult[]; grouped?: GroupedPings },
): ResourceChange[] {
    const grouped = before.grouped;
    const pairsOf = (r: RecordedResource) =>
        grouped ? carriers(before.model, estatePairs(before.model, grouped, r)) : carrying;
    const carrying = carriers(before.model, before.pings);
    const old = new Map(deployed.resources.map((r) => [r.urn, r]));
    const now = new Map(program.resources.map((r) => [r.urn, r]));
    return engineSteps(deployed, program).map((step) => {
        const { urn, type, name, op, changed } = step;
        const base = {
            urn,
            type,
            name,
            op,
            changed,
            ...(step.forceNewUnknown ? { mayReplace: true as const } : {}),
        };
        if (op === "replace") {
            const refused = refusedWhileOldStands(old.get(urn)!, now.get(urn)!);
            if (refused) return { ...base, interruption: refused };
        }
        const changedCarrier = (op === "replace" || op === "delete") && FORWARDING.has(type);
        const pairs = changedCarrier ? pairsOf(old.get(urn)!).get(urn) : undefined;
        if (changedCarrier && pairs) {
            const what = op === "replace" ? `replaced (${(step.replacing ?? []).join(", ")})` : "deleted";
            return {
                ...base,
                interruption: `${what} while it carries ${pairs.slice(0, 5).join(", ")}${pairs.length > 5 ? ` and ${pairs.length - 5} more pairs` : ""}: their traffic stops ${op === "replace" ? "until the replacement is in place" : "for good"}`,
            };
        }
        return base;
    });
}
