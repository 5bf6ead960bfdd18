// Who must and must not reach whom, proven with the network model's ping
// walk rather than assumed from the resources' shape.
import { Endpoint, endpointsOfVpc, onPremisesEndpoints } from "../model/endpoints";
import { onPremisesSites, siteLabel } from "../model/onPremises";
import { componentMember, domainsOutput, openersText, reportedOn } from "../model/componentVpcs";
import { NetworkModel } from "../model/networkModel";
import { ambiguityText } from "../model/candidates";
import { networkWorlds, Worlds } from "../model/worlds";
import { isolationResting, pathResources, ping, PingResult, valuePending } from "../model/reachability";
import { pairOracle } from "../model/pairOracle";
import { recordOf, StackGraph, StackResource, TYPES } from "../model/stackGraph";
import {
    CEN_SECURITY_DOMAINS_TYPE,
    CROSS_ACCOUNT_CEN_PEERING_TYPE,
    ISOLATED_SPOKES_TYPE,
} from "../core/typeTokens";
import { advisory, Finding, undecided, violation } from "./finding";

/**
 * A pair of VPCs, by their resource names, in one direction. An on-premises
 * network is named by its connection's transit router attachment resource.
 */
export interface VpcPair {
    readonly from: string;
    readonly to: string;
}

export interface ConnectivityIntent {
    /** Every endpoint of `from` must ping every endpoint of `to`. */
    readonly mustReach: readonly VpcPair[];
    /** No packet from an endpoint of `from` may arrive at an endpoint of `to`. */
    readonly mustNotReach: readonly VpcPair[];
    /**
     * Every packet from `from` to `to` must be routed through a firewall,
     * and what the firewall accepts must reach `to`.
     */
    readonly mustPassFirewall?: readonly VpcPair[];
}

const why = (r: PingResult) => (r.outcome.kind === "delivered" ? "" : `${r.outcome.at}: ${r.outcome.reason}`);

/** The intent of the stack's components, and the members it could not find. */
export interface ComponentsIntent extends ConnectivityIntent {
    /** A member whose VPC the policy cannot find: its isolation goes unchecked, which is said. */
    readonly unresolved: readonly Finding[];
}

/**
 * What the stack's components promise. Each IsolatedSpokesWithSharedHub:
 * each spoke reaches the hub and back, no spoke reaches another (its
 * `isolation` output). Each CenSecurityDomains: the members of every allowed
 * pair of domains (and of one domain, unless isolated) reach each other, no
 * other pair delivers a packet (its `domains` output). The components'
 * `attachmentUrns` outputs lead to the VPC resources.
 */
export function componentsIntent(graph: StackGraph): ComponentsIntent {
    const parts = [isolatedSpokesIntent(graph), securityDomainsIntent(graph), deniedPairsIntent(graph)];
    return {
        mustReach: parts.flatMap((p) => p.mustReach),
        mustNotReach: parts.flatMap((p) => p.mustNotReach),
        mustPassFirewall: parts.flatMap((p) => p.mustPassFirewall ?? []),
        unresolved: parts.flatMap((p) => p.unresolved),
    };
}

/**
 * Each CrossAccountCenPeering with deny pairs (its `deny` output): the
 * denied VPCs deliver no packet to each other, every other pair of its VPCs
 * reaches each other. A peering without deny states nothing here.
 */
function deniedPairsIntent(graph: StackGraph): ComponentsIntent {
    const mustReach: VpcPair[] = [];
    const mustNotReach: VpcPair[] = [];
    const unresolved: Finding[] = [];
    for (const component of graph.ofType(CROSS_ACCOUNT_CEN_PEERING_TYPE)) {
        const deny = Array.isArray(component.props.deny) ? (component.props.deny as unknown[][]) : [];
        if (deny.length === 0) continue;
        const vpcName = memberNamer(graph, component, "CrossAccountCenPeering", unresolved);
        const keys = Object.keys(recordOf(component.props.attachmentUrns));
        const names = new Map(keys.map((k) => [k, vpcName("VPC", k)]));
        const denied = new Set(
            deny.flatMap(([a, b]) => [`${String(a)}\u0000${String(b)}`, `${String(b)}\u0000${String(a)}`]),
        );
        for (const a of keys) {
            for (const b of keys) {
                const [from, to] = [names.get(a), names.get(b)];
                if (a === b || !from || !to) continue;
                (denied.has(`${a}\u0000${b}`) ? mustNotReach : mustReach).push({ from, to });
            }
        }
    }
    return { mustReach, mustNotReach, unresolved };
}

/** Names a component's member VPC by key; a member it cannot find is recorded in `unresolved`. */
function memberNamer(graph: StackGraph, component: StackResource, kind: string, unresolved: Finding[]) {
    return (role: string, key: unknown): string | undefined => {
        const member = componentMember(graph, component, key);
        if (member.resource) return member.resource.name;
        const message = `${kind} ${component.name}: ${role} '${member.key}' cannot be found in the stack (${member.unresolved}), so its isolation is not checked.`;
        // A VPC outside the stack (attached by id) is a fact of the program; a lost attachment is not.
        unresolved.push(
            member.outside ? undecided(component.urn, message) : violation(component.urn, message),
        );
        return undefined;
    };
}

/** Each IsolatedSpokesWithSharedHub: spokes reach the hub and back (through its firewall, if any), never each other. */
function isolatedSpokesIntent(graph: StackGraph): ComponentsIntent {
    const mustReach: VpcPair[] = [];
    const mustNotReach: VpcPair[] = [];
    const mustPassFirewall: VpcPair[] = [];
    const unresolved: Finding[] = [];
    for (const component of graph.ofType(ISOLATED_SPOKES_TYPE)) {
        const isolation = component.props.isolation as
            { hub?: unknown; spokes?: unknown; inspected?: unknown } | undefined;
        // With a firewall, spoke and hub traffic must be routed through it.
        const toHub = isolation?.inspected === true ? mustPassFirewall : mustReach;
        const vpcName = memberNamer(graph, component, "IsolatedSpokesWithSharedHub", unresolved);
        const hub = vpcName("hub", isolation?.hub);
        const spokes = (Array.isArray(isolation?.spokes) ? isolation.spokes : [])
            .map((key) => vpcName("spoke", key))
            .filter((s): s is string => s !== undefined);
        for (const spoke of spokes) {
            if (hub) toHub.push({ from: spoke, to: hub }, { from: hub, to: spoke });
            for (const other of spokes) {
                if (other !== spoke) mustNotReach.push({ from: spoke, to: other });
            }
        }
    }
    return { mustReach, mustNotReach, mustPassFirewall, unresolved };
}

/**
 * Each CenSecurityDomains: members of domains allowed to talk (and of one
 * domain, unless isolated) reach each other; no other pair delivers a packet;
 * the members of inspected pairs reach each other through the firewall.
 */
export function securityDomainsIntent(graph: StackGraph): ComponentsIntent {
    const mustReach: VpcPair[] = [];
    const mustNotReach: VpcPair[] = [];
    const mustPassFirewall: VpcPair[] = [];
    const unresolved: Finding[] = [];
    for (const component of graph.ofType(CEN_SECURITY_DOMAINS_TYPE)) {
        const vpcName = memberNamer(graph, component, "CenSecurityDomains", unresolved);
        const output = domainsOutput(component);
        const { reach, inspected } = output;
        const domains = output.domains.map((d) => ({
            name: d.name,
            members: d.members
                .map((key) => vpcName(`member of ${d.name}`, key))
                .filter((v): v is string => v !== undefined),
        }));
        for (const from of domains) {
            const reachable = reach.get(from.name)!;
            for (const to of domains) {
                const passes = inspected.get(from.name)!.has(to.name);
                for (const a of from.members) {
                    for (const b of to.members.filter((v) => v !== a)) {
                        const list = passes
                            ? mustPassFirewall
                            : reachable.has(to.name)
                              ? mustReach
                              : mustNotReach;
                        list.push({ from: a, to: b });
                    }
                }
            }
        }
    }
    return { mustReach, mustNotReach, mustPassFirewall, unresolved };
}

/** Checks each stated pair; names that are not in the stack are reported too. */
export function intendedConnectivityFindings(graph: StackGraph, intent: ConnectivityIntent): Finding[] {
    const worlds = networkWorlds(graph);
    const endpoints = endpointsByMember(worlds.base);
    // Members by name: VPCs, and on-premises networks by their connection's attachment.
    const members = new Map([
        ...graph.ofType(TYPES.vpc).map((v) => [v.name, v] as const),
        ...[...onPremisesSites(graph).values()].map((s) => [s.attachment.name, s.attachment] as const),
    ]);
    const findings: Finding[] = [];
    const check = (pair: VpcPair, must: Must) => {
        const from = members.get(pair.from);
        const to = members.get(pair.to);
        if (!from || !to) {
            const missing = [pair.from, pair.to].filter((n) => !members.has(n));
            findings.push(
                violation(
                    (from ?? to)?.urn ?? "",
                    `The intended connectivity names ${missing.map((n) => `VPC ${n}`).join(" and ")}, which this stack does not have; use the names of VPC resources or of on-premises connections' attachments (${[...members.keys()].join(", ") || "none"}).`,
                ),
            );
            return;
        }
        findings.push(...checkAcrossWorlds(worlds, endpoints, from, to, must));
    };
    const inspected = new Set((intent.mustPassFirewall ?? []).map((p) => `${p.from}\u0000${p.to}`));
    // A pair inspected is checked once, as inspected: what its firewall drops is no routing failure.
    intent.mustReach
        .filter((p) => !inspected.has(`${p.from}\u0000${p.to}`))
        .forEach((p) => check(p, "reach"));
    (intent.mustPassFirewall ?? []).forEach((p) => check(p, "through a firewall"));
    intent.mustNotReach.forEach((p) => check(p, "not reach"));
    return findings;
}

/**
 * A pair checked in every network the stack can turn out to be (see
 * model/worlds.ts): a violation in all of them is a violation whatever the
 * ambiguous resources name; in some of them, an advisory on the resource
 * whose choice opens it, naming the choice, so that an unknown value never
 * hides a violation.
 */
function checkAcrossWorlds(
    worlds: Worlds,
    endpoints: (vpc: StackResource) => Endpoint[],
    from: StackResource,
    to: StackResource,
    must: Must,
): Finding[] {
    const per = worlds.worlds.map((w) => checkPair(w.model, endpoints, from, to, must));
    const ambiguous = worlds.ambiguous.map((a) => a.resource);
    if (worlds.overflow) {
        return [
            undecided(
                ambiguous[0].urn,
                `Whether ${memberLabel(worlds.base.graph, from)} ${must === "not reach" ? "is kept from" : "reaches"} ${memberLabel(worlds.base.graph, to)} is not known before deployment: ${ambiguous.length} resources can each name one of several resources (${worlds.ambiguous.map(ambiguityText).join("; ")}), too many combinations to follow; wire them by explicit ids, or check after pulumi up.`,
            ),
        ];
    }
    if (per.length === 1) return per[0];
    const violations = per.map((findings) => findings.find((f) => !f.undecided));
    const names = ambiguous.map((r) => r.name).join(" and ");
    if (violations.every((v) => v !== undefined)) {
        return [
            violation(
                violations[0]!.urn,
                `${violations[0]!.message} This holds whatever ${names} name once deployed.`,
            ),
        ];
    }
    const i = violations.findIndex((v) => v !== undefined);
    if (i >= 0) {
        const world = worlds.worlds[i];
        const picks = world.choices.flatMap((c) =>
            [...c.picked].map(([property, picked]) => `${c.resource.name}'s ${property} is ${picked.name}`),
        );
        return [
            undecided(
                world.choices[0].resource.urn,
                `${violations[i]!.message} That is if ${picks.join(" and ")}: ${worlds.ambiguous.map(ambiguityText).join("; ")}, known only after deployment.`,
            ),
        ];
    }
    return per.find((findings) => findings.length > 0) ?? [];
}

/** The request stopped at a firewall, by its access control policies. */
const droppedByFirewall = (r: PingResult) =>
    r.forward.outcome.kind === "denied" && r.forward.hops[r.forward.hops.length - 1]?.inspected === true;

/** What a pair must do: ping, reach the firewall and pass what it accepts, or not deliver a packet. */
type Must = "reach" | "through a firewall" | "not reach";

/** Each member's endpoints (a VPC's, or an on-premises network's), found once: every member is in a pair with every other. */
function endpointsByMember(model: NetworkModel): (member: StackResource) => Endpoint[] {
    const found = new Map<string, Endpoint[]>();
    const sites = onPremisesSites(model.graph);
    return (member) => {
        let endpoints = found.get(member.urn);
        if (!endpoints) {
            endpoints = sites.has(member.urn)
                ? onPremisesEndpoints(model.graph).filter((e) => e.vpc === member)
                : endpointsOfVpc(model.graph, member);
            found.set(member.urn, endpoints);
        }
        return endpoints;
    };
}

/** A message starts with a capital: `On-premises through VBR dc1 must ...`. */
const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How messages name a member: `VPC o1`, or `on-premises through VBR dc1`. */
function memberLabel(graph: StackGraph, member: StackResource): string {
    const site = onPremisesSites(graph).get(member.urn);
    return site ? siteLabel(site) : `VPC ${member.name}`;
}

function checkPair(
    model: NetworkModel,
    endpoints: (vpc: StackResource) => Endpoint[],
    from: StackResource,
    to: StackResource,
    must: Must,
): Finding[] {
    // Verdicts by group pair; what a finding says of one pair, that pair's own walk.
    const oracle = pairOracle(model);
    const results = endpoints(from).flatMap((a) => endpoints(to).map((b) => oracle.result(a, b)));
    const own = (r: PingResult | undefined) => r && ping(model, r.from, r.to);
    const [fromLabel, toLabel] = [memberLabel(model.graph, from), memberLabel(model.graph, to)];
    const unknown = own(results.find((r) => r.outcome.kind === "undecided"));
    if (must === "through a firewall") {
        const bypass = own(
            results.find(
                (r) =>
                    r.forward.outcome.kind === "delivered" &&
                    r.outcome.kind !== "undecided" &&
                    !r.forward.hops.some((h) => h.inspected),
            ),
        );
        if (bypass) {
            const path = bypass.forward.hops.map((h) => h.at).join(" -> ");
            return [
                violation(
                    from.urn,
                    `Traffic from ${fromLabel} to ${toLabel} must pass the firewall, but ${bypass.from.label} reaches ${bypass.to.label} without it (via ${path}).`,
                ),
            ];
        }
    }
    if (must !== "not reach") {
        // Where a firewall inspects the pair, what it drops is its access control policies' decision.
        const failed = own(
            results.find(
                (r) =>
                    r.outcome.kind === "denied" && !(must === "through a firewall" && droppedByFirewall(r)),
            ),
        );
        if (failed) {
            const how = must === "through a firewall" ? " through the firewall" : "";
            return [
                violation(
                    from.urn,
                    `${upper(fromLabel)} must reach ${toLabel}${how}, but ${failed.from.label} cannot ping ${failed.to.label}: ${why(failed)}.`,
                ),
            ];
        }
    } else {
        // Isolation is broken by one packet arriving, whether or not a reply
        // could return (security groups do not isolate network domains, Alibaba Cloud's ECS guide "Use VPCs for network isolation").
        const leak = own(
            results.find((r) => r.forward.outcome.kind === "delivered" && r.outcome.kind !== "undecided"),
        );
        if (leak) {
            const path = leak.forward.hops.map((h) => h.at).join(" -> ");
            const openers = pathResources(leak.forward);
            const opened = openersText(model.graph, openers);
            return [
                violation(
                    reportedOn(model.graph, openers, from.urn),
                    `${upper(fromLabel)} must not reach ${toLabel}, but packets from ${leak.from.label} reach ${leak.to.label} (via ${path}).${opened ? ` ${opened}` : ""}`,
                ),
            ];
        }
    }
    if (must === "not reach" && !unknown) {
        for (const r of results) {
            if (!oracle.restsOnOneLayer(r.from, r.to)) continue;
            const resting = isolationResting(model, ping(model, r.from, r.to));
            if (!resting) continue;
            const path = resting.path.hops.map((h) => h.at).join(" -> ");
            const openers = pathResources(resting.path);
            return [
                advisory(
                    reportedOn(model.graph, openers, from.urn),
                    `Isolation of ${fromLabel} from ${toLabel} rests only on ${resting.layer}: the transit router would deliver ${r.from.label}'s packets to ${r.to.label} (via ${path}) as soon as that changes. ${openersText(model.graph, openers)}`.trimEnd(),
                ),
            ];
        }
    }
    return unknown
        ? [
              undecided(
                  from.urn,
                  valuePending(unknown.outcome)
                      ? `Whether ${fromLabel} reaches ${toLabel} is not known yet: ${why(unknown)}; it is checked when the values are known (pulumi up).`
                      : `Whether ${fromLabel} reaches ${toLabel} is not known: ${why(unknown)}.`,
              ),
          ]
        : [];
}
