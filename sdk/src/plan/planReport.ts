// The offline plan as text: what will be created in which account, the
// effective route tables, who can reach whom, and the policy pack's verdicts.
import { NetworkModel } from "../model/networkModel";
import { PingResult } from "../model/reachability";
import { Route } from "../model/routeTables";
import { UNKNOWN_VALUE } from "../model/stackGraph";
import { Graph, RecordedResource } from "./graph";
import { Diagnostic } from "./policyPack";
import { textTable } from "./textTable";

const shortType = (type: string) => type.split(":").pop() ?? type;

/** Resources to create, grouped by account and then by the component that owns them. */
export function resourcesSection(graph: Graph): string {
    const custom = graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
    const byAccount = new Map<string, RecordedResource[]>();
    for (const r of custom) {
        const account = r.provider
            ? `account ${r.provider.accountId} (provider ${r.provider.name})`
            : r.type.startsWith("pulumi-nodejs:dynamic")
              ? "dynamic resources (the machine's credential chain, or the role they assume)"
              : "default provider's account";
        byAccount.set(account, [...(byAccount.get(account) ?? []), r]);
    }
    const owner = (r: RecordedResource) => {
        const parent = graph.resources.find((p) => p.urn === r.parent);
        return parent && parent.type !== "pulumi:pulumi:Stack"
            ? `${shortType(parent.type)} ${parent.name}`
            : "(stack)";
    };
    const lines = [`Resources to create: ${custom.length}`];
    for (const [account, resources] of byAccount) {
        lines.push("", `  In ${account}: ${resources.length}`);
        const byOwner = new Map<string, RecordedResource[]>();
        for (const r of resources) byOwner.set(owner(r), [...(byOwner.get(owner(r)) ?? []), r]);
        for (const [component, rs] of byOwner) {
            lines.push(`    ${component}:`);
            for (const r of rs) lines.push(`      + ${shortType(r.type)} ${r.name}`);
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

function routeRows(model: NetworkModel, routes: readonly Route[]): string[][] {
    return routes.map((r) => [
        r.destination === UNKNOWN_VALUE ? "(known after deploy)" : r.destination,
        hopName(model, r.nextHop),
        r.type,
    ]);
}

const HEADER = ["Destination CIDR Block", "Next Hop", "Route Type"];

/** Every VPC and transit router route table, in the console's columns. */
export function routeTablesSection(model: NetworkModel): string {
    const parts = ["Effective route tables"];
    for (const t of model.trTables.values()) {
        parts.push(
            "",
            `Transit router route table ${t.label}`,
            `  associated: ${t.associated.map((a) => a.name).join(", ") || "none"}`,
            `  propagating: ${t.propagating.map((a) => a.name).join(", ") || "none"}`,
            textTable(HEADER, routeRows(model, t.routes)),
        );
    }
    for (const t of model.vpcTables.values()) {
        parts.push("", `VPC ${t.label}`, textTable(HEADER, routeRows(model, t.routes)));
    }
    return parts.join("\n");
}

const CELL = { delivered: "yes", denied: "no", undecided: "?" } as const;

/** The VPC-by-VPC ping matrix, then every pair that does not ping with where and why. */
export function pingSection(model: NetworkModel, results: readonly PingResult[]): string {
    const vpcs = [...model.vpcTables.values()].map((t) => t.vpc);
    const cell = (from: string, to: string) => {
        const pairs = results.filter((r) => r.from.vpc.name === from && r.to.vpc.name === to);
        const kinds = new Set(pairs.map((p) => p.outcome.kind));
        if (kinds.size === 0) return "-";
        if (kinds.size === 1) return CELL[[...kinds][0]];
        return kinds.has("undecided") && !kinds.has("denied") ? "?" : "partly";
    };
    const rows = vpcs.map((from) => [
        from.name,
        ...vpcs.map((to) => (to === from ? "local" : cell(from.name, to.name))),
    ]);
    const lines = [
        "Ping matrix (row pings column; both directions and security groups must allow it)",
        textTable(["from \\ to", ...vpcs.map((v) => v.name)], rows),
    ];
    const failed = results.filter((r) => r.outcome.kind !== "delivered");
    lines.push(
        "",
        results.length === 0
            ? "No endpoints in different VPCs: nothing to ping across."
            : failed.length === 0
              ? `All ${results.length} endpoint pairs ping each other.`
              : `Pairs that do not ping (${failed.length} of ${results.length}):`,
    );
    for (const r of failed) {
        if (r.outcome.kind !== "delivered")
            lines.push(
                `  ${r.outcome.kind === "denied" ? "no" : "? "} ${r.from.label} -> ${r.to.label}: stopped at ${r.outcome.at}: ${r.outcome.reason}`,
            );
    }
    return lines.join("\n");
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
