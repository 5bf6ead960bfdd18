// The offline plan as text: what will be created in which account, the
// effective route tables, who can reach whom, and the policy pack's verdicts.
import { NetworkModel } from "../model/networkModel";
import { firewallHop, pathResources, PingResult, verdictOf } from "../model/reachability";
import { openersText } from "../model/componentVpcs";
import { Route, RouteChoice, routeChoices } from "../model/routeTables";
import { unmodelledResources } from "../model/unmodelled";
import { StackResource, typeLabel, UNKNOWN_VALUE } from "../model/stackGraph";
import { onPremisesSites } from "../model/onPremises";
import { PrivateLinkAccess } from "../model/privateLink";
import { accountText, Graph, RecordedResource, STACK_TYPE } from "./graph";
import { Diagnostic } from "./policyPack";
import { textTable } from "./textTable";
import { PAYER_LOCK_TYPE } from "../core/typeTokens";

const shortType = (type: string) => type.split(":").pop() ?? type;

/**
 * Resources to create (or, of a state, deployed), grouped by account (one
 * group per account, whatever its providers) and then by the component that
 * owns them.
 */
export function resourcesSection(graph: Graph, of: "program" | "deployed" | "change" = "program"): string {
    const deployed = of !== "program";
    const custom = graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
    const groups = new Map<
        string,
        { providers: Set<string>; regions: Set<string>; resources: RecordedResource[] }
    >();
    for (const r of custom) {
        const key = r.provider
            ? accountText(r.provider)
            : r.type === PAYER_LOCK_TYPE
              ? "checks in no account (they call no API)"
              : r.type.startsWith("pulumi-nodejs:dynamic")
                ? "dynamic resources (the machine's credential chain, or the role they assume)"
                : "default provider's account";
        const group = groups.get(key) ?? { providers: new Set(), regions: new Set(), resources: [] };
        if (r.provider) {
            group.providers.add(r.provider.name);
            if (r.provider.region) group.regions.add(r.provider.region);
        }
        group.resources.push(r);
        groups.set(key, group);
    }
    const owner = (r: RecordedResource) => {
        const parent = graph.resources.find((p) => p.urn === r.parent);
        return parent && parent.type !== STACK_TYPE ? `${shortType(parent.type)} ${parent.name}` : "(stack)";
    };
    const title = {
        program: "Resources to create",
        deployed: "Resources deployed",
        change: "Resources after the change",
    }[of];
    const lines = [`${title}: ${custom.length}`];
    for (const [account, { providers, regions, resources }] of groups) {
        const details = [
            ...(providers.size > 0
                ? [`${providers.size > 1 ? "providers" : "provider"} ${[...providers].sort().join(", ")}`]
                : []),
            ...(regions.size > 0
                ? [`${regions.size > 1 ? "regions" : "region"} ${[...regions].sort().join(", ")}`]
                : []),
        ];
        lines.push(
            "",
            `  In ${account}${details.length > 0 ? ` (${details.join("; ")})` : ""}: ${resources.length}`,
        );
        const byOwner = new Map<string, RecordedResource[]>();
        for (const r of resources) byOwner.set(owner(r), [...(byOwner.get(owner(r)) ?? []), r]);
        for (const [component, rs] of byOwner) {
            lines.push(`    ${component}:`);
            for (const r of rs) lines.push(`      ${deployed ? " " : "+"} ${typeLabel(r.type)} ${r.name}`);
        }
    }
    return lines.join("\n");
}

/** Names next hops after their attachments, which read better than ids. */
function hopName(model: NetworkModel, hop: string): string {
    if (hop === "Local" || hop === "BlackHole") return hop;
    if (hop === UNKNOWN_VALUE) return "(known after deploy)";
    const attachment = model.attachmentById(hop);
    return attachment ? `attachment ${attachment.name}` : hop;
}

const HEADER = ["Destination CIDR Block", "Next Hop", "Route Type"];

/**
 * A table in the console's columns; when it holds several routes for one
 * destination, a fourth column says which is used and why.
 */
function routeTable(model: NetworkModel, routes: readonly Route[]): string {
    const choices = routeChoices(routes);
    const explained = choices.some((c) => c.why);
    const rows = routes.map((r, i) => [
        r.destination === UNKNOWN_VALUE ? "(known after deploy)" : r.destination,
        hopName(model, r.nextHop),
        r.type,
        ...(explained ? [usedText(choices[i])] : []),
    ]);
    return textTable(explained ? [...HEADER, "Used"] : HEADER, rows);
}

function usedText({ used, why }: RouteChoice): string {
    const word = used === undefined ? "unknown" : used ? "yes" : "no";
    return why ? `${word}: ${why}` : word;
}

/** Every VPC and transit router route table, in the console's columns. */
export function routeTablesSection(model: NetworkModel): string {
    const parts = ["Effective route tables"];
    for (const t of model.trTables.values()) {
        parts.push(
            "",
            `Transit router route table ${t.label}`,
            `  associated: ${t.associated.map((a) => a.name).join(", ") || "none"}`,
            `  propagating: ${t.propagating.map((a) => a.name).join(", ") || "none"}`,
            routeTable(model, t.routes),
        );
    }
    for (const t of model.vpcTables.values()) {
        parts.push("", `VPC ${t.label}`, routeTable(model, t.routes));
    }
    return parts.join("\n");
}

/** A VPC pair the stack declares isolated, as `from→to` by VPC resource names. */
export const pairKey = (from: string, to: string) => `${from}→${to}`;

const LEGEND = [
    "yes: every endpoint pair pings; no: none does; partly: some do and some do not;",
    "one-way: requests arrive and the replies are dropped (packets cross: no isolation);",
    "?: not known before deployment, the packet leaves the modelled network, or something the plan does not evaluate acts on its path (see below);",
    "isolated: no packet arrives, as the stack intends (IsolatedSpokesWithSharedHub, CenSecurityDomains, a peering's deny, mustNotReach);",
    "local: the VPC itself; -: nothing to ping.",
];

/** The endpoint pairs of each ordered VPC pair, by pairKey. */
function byVpcPair(results: readonly PingResult[]): Map<string, PingResult[]> {
    const byPair = new Map<string, PingResult[]>();
    for (const r of results) {
        const key = pairKey(r.from.vpc.name, r.to.vpc.name);
        byPair.set(key, [...(byPair.get(key) ?? []), r]);
    }
    return byPair;
}

/**
 * A pair the stack declares isolated whose requests arrive, as far as the
 * plan can tell: security groups that drop them at the door do not isolate
 * network domains, so they count as arriving.
 */
export function isLeak(result: PingResult, isolated: ReadonlySet<string>): boolean {
    return (
        isolated.has(pairKey(result.from.vpc.name, result.to.vpc.name)) &&
        result.forward.outcome.kind === "delivered" &&
        result.outcome.kind !== "undecided"
    );
}

/** The declared-isolated VPC pairs (by pairKey) that no packet of any endpoint pair reaches. */
export function isolatedAsIntended(
    results: readonly PingResult[],
    isolated: ReadonlySet<string>,
): ReadonlySet<string> {
    return intendedOf(byVpcPair(results), isolated);
}

function intendedOf(
    byPair: ReadonlyMap<string, PingResult[]>,
    isolated: ReadonlySet<string>,
): ReadonlySet<string> {
    return new Set(
        [...byPair]
            .filter(
                ([key, pairs]) =>
                    isolated.has(key) &&
                    pairs.every((p) => p.forward.outcome.kind === "denied" && p.outcome.kind === "denied"),
            )
            .map(([key]) => key),
    );
}

/** The matrix cell for one ordered VPC pair. */
function cellOf(pairs: readonly PingResult[], isolatedAsIntended: boolean): string {
    if (pairs.length === 0) return "-";
    if (isolatedAsIntended) return "isolated";
    const verdicts = new Set(pairs.map(verdictOf));
    if (verdicts.has("undecided")) return "?";
    if (verdicts.has("pings")) return verdicts.size === 1 ? "yes" : "partly";
    return verdicts.has("one-way") ? "one-way" : "no";
}

const FAILURE_MARK = { "one-way": "one-way", no: "no", undecided: "?", pings: "yes" } as const;

/** One line for a pair that does not ping: where it stopped, the reply's walk said as such. */
function failureLine(r: PingResult): string {
    const mark = FAILURE_MARK[verdictOf(r)];
    const reply = r.reply?.outcome;
    const where =
        reply && reply.kind !== "delivered"
            ? `reply stopped at ${reply.at}: ${reply.reason}`
            : r.outcome.kind === "delivered"
              ? ""
              : `stopped at ${r.outcome.at}: ${r.outcome.reason}`;
    return `  ${mark} ${r.from.label} -> ${r.to.label}: ${where}`;
}

/**
 * The VPC-by-VPC ping matrix and its legend, the pairs isolated as the stack
 * intends, then every other pair that does not ping with where and why.
 */
export function pingSection(
    model: NetworkModel,
    results: readonly PingResult[],
    isolated: ReadonlySet<string> = new Set(),
): string {
    // VPCs, then on-premises networks (by their connection's attachment).
    const sites = onPremisesSites(model.graph);
    const vpcs = [
        ...[...model.vpcTables.values()].map((t) => t.vpc),
        ...[...sites.values()].map((s) => s.attachment),
    ];
    const shown = (r: StackResource) => (sites.has(r.urn) ? `on-premises ${sites.get(r.urn)!.name}` : r.name);
    const byPair = byVpcPair(results);
    const intended = intendedOf(byPair, isolated);
    const rows = vpcs.map((from) => [
        shown(from),
        ...vpcs.map((to) => {
            if (to === from) return "local";
            const key = pairKey(from.name, to.name);
            return cellOf(byPair.get(key) ?? [], intended.has(key));
        }),
    ]);
    const lines = [
        "Ping matrix (row pings column; both directions and security groups must allow it)",
        textTable(["from \\ to", ...vpcs.map(shown)], rows),
        ...LEGEND,
    ];
    if (intended.size > 0) {
        const shownByName = new Map(vpcs.map((r) => [r.name, shown(r)]));
        const pair = (key: string) =>
            key
                .split("→")
                .map((name) => shownByName.get(name) ?? name)
                .join(" -> ");
        lines.push(
            "",
            `Isolated as intended (${intended.size} pair(s)): ${[...intended].map(pair).join(", ")}`,
        );
    }
    const leaks = results.filter((r) => isLeak(r, isolated));
    if (leaks.length > 0) {
        lines.push(
            "",
            `Leaks: pairs the stack declares isolated where packets arrive (${leaks.length}):`,
            ...leaks.map(
                (r) =>
                    `  ${FAILURE_MARK[verdictOf(r)]} ${r.from.label} -> ${r.to.label}: ${openersText(model.graph, pathResources(r.forward))}`,
            ),
        );
    }
    const failed = results.filter(
        (r) => r.outcome.kind !== "delivered" && !intended.has(pairKey(r.from.vpc.name, r.to.vpc.name)),
    );
    lines.push(
        "",
        results.length === 0
            ? "No endpoints in different VPCs: nothing to ping across."
            : failed.length === 0
              ? intended.size === 0
                  ? `All ${results.length} endpoint pairs ping each other.`
                  : "Every other endpoint pair pings."
              : `Pairs that do not ping (${failed.length} of ${results.length}):`,
    );
    lines.push(...failed.map(failureLine));
    const inspected = results.filter((r) => r.outcome.kind === "delivered" && firewallHop(r));
    if (inspected.length > 0) {
        lines.push(
            "",
            `Pings through a firewall or inspection appliance (${inspected.length}):`,
            ...inspected.map((r) => `  yes ${r.from.label} -> ${r.to.label}: ${firewallHop(r)!.at}`),
        );
    }
    return lines.join("\n");
}

const VERDICT_MARK: Record<PrivateLinkAccess["verdict"], string> = { yes: "yes", no: "no", undecided: "?" };

/** Each PrivateLink endpoint, consumer → service, and why; empty when the stack has none. */
export function privateLinkSection(access: readonly PrivateLinkAccess[]): string {
    if (access.length === 0) return "";
    const rows = access.map((a) => [
        `${a.consumerVpc} (${a.endpoint})`,
        a.service,
        a.verdict === "yes" ? `yes: TCP ${a.ports.join(", ")}` : VERDICT_MARK[a.verdict],
    ]);
    return [
        "PrivateLink (consumer -> service, one way: the service cannot open connections to its consumers,",
        "and the VPCs stay isolated from each other in the ping matrix)",
        textTable(["consumer VPC (endpoint)", "service", "reaches"], rows),
        ...access.map(
            (a) =>
                `  ${VERDICT_MARK[a.verdict].padEnd(3)} ${a.consumerVpc} in ${a.consumerAccount} -> ${a.service} in ${a.serviceAccount}: ${a.why}`,
        ),
    ].join("\n");
}

/** What the model does not follow, said before anyone trusts the matrix; empty when there is none. */
export function unmodelledSection(model: NetworkModel): string {
    const unmodelled = unmodelledResources(model.graph);
    if (unmodelled.length === 0) return "";
    return [
        "Not followed by the plan (every pair whose path, either way, crosses what these act on is ? in the matrix):",
        ...unmodelled.map((u) => `  ${typeLabel(u.type)} (${u.resources.join(", ")}): ${u.description}`),
    ].join("\n");
}

/** What of the state files the plan could not read: secrets it cannot decrypt, types it does not read. */
export function unreadSection(unread: readonly string[]): string {
    if (unread.length === 0) return "";
    return ["Not read from the state (unknown to the plan):", ...unread.map((u) => `  ${u}`)].join("\n");
}

/** The policy pack's diagnostics, mandatory first. */
export function policySection(diagnostics: readonly Diagnostic[]): string {
    if (diagnostics.length === 0) return "Policy pack: no violations.";
    const order = ["mandatory", "advisory"];
    const sorted = [...diagnostics].sort(
        (a, b) => order.indexOf(a.enforcementLevel) - order.indexOf(b.enforcementLevel),
    );
    return [
        `Policy pack: ${diagnostics.filter((d) => d.enforcementLevel === "mandatory").length} mandatory, ${diagnostics.filter((d) => d.enforcementLevel === "advisory").length} advisory`,
        ...sorted.map(
            (d) => `  [${d.enforcementLevel}] ${d.policyName} on ${d.urn.split("::").pop()}: ${d.message}`,
        ),
    ].join("\n");
}
