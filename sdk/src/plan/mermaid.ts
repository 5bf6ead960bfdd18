// The topology as a Mermaid flowchart: accounts, VPCs, transit routers,
// route tables, and which attachment is associated with and propagates to
// which table.
import { ATTACHMENT_TYPES } from "../core/attachmentKinds";
import { NetworkModel } from "../model/networkModel";
import { StackResource, TYPES, knownString } from "../model/stackGraph";
import { Graph } from "./graph";

const quote = (text: string) => `"${text.replace(/"/g, "'")}"`;

function accountOf(graph: Graph, r: StackResource): string {
    const recorded = graph.resources.find((x) => x.urn === r.urn);
    return recorded?.provider
        ? `Account ${recorded.provider.accountId ?? "not known"} (${recorded.provider.name})`
        : "Default provider's account";
}

export function topologyMermaid(graph: Graph, model: NetworkModel): string {
    const lines = ["flowchart LR"];
    const ids = new Map<string, string>();
    const id = (urn: string) => ids.get(urn) ?? ids.set(urn, `n${ids.size}`).get(urn)!;
    const accounts = new Map<string, string[]>();
    const place = (r: StackResource, label: string) => {
        const account = accountOf(graph, r);
        accounts.set(account, [...(accounts.get(account) ?? []), `    ${id(r.urn)}[${quote(label)}]`]);
    };
    const g = model.graph;
    for (const vpc of g.ofType(TYPES.vpc))
        place(vpc, `VPC ${vpc.name}<br/>${knownString(vpc.props.cidrBlock) ?? ""}`);
    for (const tr of g.ofType(TYPES.transitRouter)) place(tr, `Transit router ${tr.name}`);
    const attachments = [...ATTACHMENT_TYPES].flatMap((type) => g.ofType(type));
    for (const a of attachments) place(a, `Attachment ${a.name}`);
    let n = 0;
    for (const [account, nodes] of accounts) {
        lines.push(`  subgraph acct${n++}[${quote(account)}]`, ...nodes, "  end");
    }
    const tableIds = new Map([...model.trTables.values()].map((t, i) => [t.key, `rt${i}`]));
    for (const t of model.trTables.values())
        lines.push(`  ${tableIds.get(t.key)}[(${quote(`Route table ${t.label}`)})]`);
    for (const a of attachments) {
        const vpc = model.vpcOfAttachment(a);
        if (vpc) lines.push(`  ${id(vpc.urn)} --- ${id(a.urn)}`);
        const tr = g.referenced(a, "transitRouterId", TYPES.transitRouter, "transitRouterId");
        if (tr) lines.push(`  ${id(a.urn)} --- ${id(tr.urn)}`);
    }
    for (const t of model.trTables.values()) {
        for (const a of t.associated) lines.push(`  ${id(a.urn)} -->|associated| ${tableIds.get(t.key)}`);
        for (const a of t.propagating) lines.push(`  ${id(a.urn)} -.->|propagates| ${tableIds.get(t.key)}`);
    }
    return lines.join("\n") + "\n";
}
