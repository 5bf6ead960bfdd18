// The networks a stack can turn out to be. Where every forwarding resource
// names what it acts on, there is one; where a preview leaves some naming one
// of several resources (see candidates.ts), there is one per combination, and
// an answer holds only when it holds in all of them.
import {
    AmbiguousResource,
    ambiguityText,
    ambiguousResources,
    Choice,
    combinations,
    graphWith,
} from "./candidates";
import { Endpoint, endpointsOf } from "./endpoints";
import { PrivateLinkAccess, privateLinkAccess } from "./privateLink";
import { buildNetworkModel, NetworkModel } from "./networkModel";
import { AFTER_DEPLOYMENT, Outcome, ping, PingResult, Verdict, verdictOf } from "./reachability";
import { StackGraph } from "./stackGraph";

/** Past this many combinations, the model does not follow each one, and no pair is decided. */
export const WORLD_LIMIT = 256;

/** One combination of choices, and the network it makes. */
export interface World {
    readonly model: NetworkModel;
    readonly choices: readonly Choice[];
}

export interface Worlds {
    /** The stack's network as it stands: references not pinned down are left out. */
    readonly base: NetworkModel;
    /** One network per combination; just the base when nothing is ambiguous. */
    readonly worlds: readonly World[];
    readonly ambiguous: readonly AmbiguousResource[];
    /** More than {@link WORLD_LIMIT} combinations: the model followed none of them. */
    readonly overflow: boolean;
}

/** The networks the stack can be. */
export function networkWorlds(graph: StackGraph, limit = WORLD_LIMIT): Worlds {
    const base = buildNetworkModel(graph);
    const ambiguous = ambiguousResources(graph);
    if (ambiguous.length === 0)
        return { base, worlds: [{ model: base, choices: [] }], ambiguous, overflow: false };
    const all = combinations(ambiguous, limit);
    if (!all) return { base, worlds: [{ model: base, choices: [] }], ambiguous, overflow: true };
    const worlds = all.map((choices) => ({ model: buildNetworkModel(graphWith(graph, choices)), choices }));
    return { base, worlds, ambiguous, overflow: false };
}

const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
    pings: "it pings",
    "one-way": "its requests arrive and the replies are dropped",
    no: "no packet arrives",
    undecided: "it is not known",
};

/** The choices that differ between two worlds, as messages name them: `leak names iso-attachment-spoke1`. */
function differences(a: World, b: World): string {
    const parts: string[] = [];
    a.choices.forEach((choice, i) => {
        for (const [property, picked] of choice.picked) {
            const other = b.choices[i].picked.get(property);
            if (other !== picked) parts.push(`${choice.resource.name}'s ${property} is ${picked.name}`);
        }
    });
    return parts.join(" and ");
}

/** The resources whose choices two worlds make: `leak, route`. */
function chosen(a: World, b: World): string[] {
    return [...new Set([...a.choices, ...b.choices].map((c) => c.resource.name))];
}

/**
 * Why an answer is not known: what differs between the first world and world
 * `j`, and what each gives; or that there were too many worlds to follow.
 */
function dependsOn(worlds: Worlds, j: number, first: string, other: string): string {
    if (worlds.overflow) {
        return `${worlds.ambiguous.length} resources can each name one of several resources, ${AFTER_DEPLOYMENT} (${worlds.ambiguous.map(ambiguityText).join("; ")}), too many combinations to follow; wire them by explicit ids, or plan after pulumi up`;
    }
    const [a, b] = [worlds.worlds[0], worlds.worlds[j]];
    const names = chosen(a, b);
    return `it depends on what ${names.join(" and ")} name${names.length > 1 ? "" : "s"}, ${AFTER_DEPLOYMENT}: if ${differences(a, b)}, ${first}; if ${differences(b, a)}, ${other}`;
}

/** An outcome that is not known, for a pair whose verdict depends on the choices. */
function undecidedAcross(worlds: Worlds, results: readonly PingResult[]): PingResult {
    const first = results[0];
    const verdicts = results.map(verdictOf);
    const j = Math.max(
        0,
        verdicts.findIndex((v) => v !== verdicts[0]),
    );
    const outcome: Outcome = {
        kind: "undecided",
        at: worlds.overflow
            ? worlds.ambiguous.map((a) => a.resource.name).join(", ")
            : chosen(worlds.worlds[0], worlds.worlds[j]).join(", "),
        reason: dependsOn(worlds, j, VERDICT_TEXT[verdicts[0]], VERDICT_TEXT[verdicts[j]]),
    };
    return { from: first.from, to: first.to, forward: { hops: first.forward.hops, outcome }, outcome };
}

/**
 * Pings every ordered pair of endpoints in different VPCs, in every world: a
 * pair is decided when all worlds agree, else undecided, naming the resources
 * whose choice decides it. Endpoints are in every world where they are in the
 * base graph; a world's model reads its own copy of what it pins (an
 * instance's security groups).
 */
export function pingsAcrossWorlds(worlds: Worlds): PingResult[] {
    const endpoints = endpointsOf(worlds.base.graph);
    return endpoints.flatMap((from) =>
        endpoints.filter((to) => to.vpc.urn !== from.vpc.urn).map((to) => pingAcrossWorlds(worlds, from, to)),
    );
}

/** Pings one pair of endpoints in every world, decided as {@link pingsAcrossWorlds} decides. */
export function pingAcrossWorlds(worlds: Worlds, from: Endpoint, to: Endpoint): PingResult {
    const results = worlds.worlds.map((w) => ping(w.model, from, to));
    const agree = !worlds.overflow && results.every((r) => verdictOf(r) === verdictOf(results[0]));
    return agree ? results[0] : undecidedAcross(worlds, results);
}

/** How a PrivateLink consumer fares, for comparing worlds: the verdict and the ports reached. */
const accessText = (a: PrivateLinkAccess) =>
    a.verdict === "yes"
        ? `it reaches TCP ${a.ports.join(", ")}`
        : VERDICT_TEXT[a.verdict === "no" ? "no" : "undecided"];

/**
 * Every PrivateLink endpoint's access in every world: decided when all worlds
 * give the same verdict on the same ports, else undecided, naming the choice.
 * Endpoints are not pinned, so each world lists them in the same order.
 */
export function privateLinkAcrossWorlds(worlds: Worlds): PrivateLinkAccess[] {
    const perWorld = worlds.worlds.map((w) => privateLinkAccess(w.model));
    return perWorld[0].map((first, i) => {
        const texts = perWorld.map((accesses) => accessText(accesses[i]));
        const j = texts.findIndex((t) => t !== texts[0]);
        if (!worlds.overflow && j < 0) return first;
        const k = Math.max(0, j);
        return { ...first, verdict: "undecided", ports: [], why: dependsOn(worlds, k, texts[0], texts[k]) };
    });
}
