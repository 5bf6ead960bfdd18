// Inspection points between security domains, Cloud Firewall or an
// appliance of your own: which pairs each inspects, how Cloud Firewall's
// redirection policies cover them, and the rules of their arguments. Pure.
import { CidrBlock, cidrContains, cidrsOverlap, parseCidr } from "./cidr";
import { isValidKey } from "./naming";

/** The traffic-redirection scenario and scope of one inspected pair of domains. */
export interface Redirection {
    /** `office-production`: names the policy. */
    readonly key: string;
    readonly policyType: "fullmesh" | "end_to_end";
    readonly sourceDomain: string;
    /** The same as the source for traffic among one domain's members. */
    readonly destinationDomain: string;
}

/**
 * One policy per inspected pair: `fullmesh` among one domain's members,
 * `end_to_end` between two domains (both directions pass the firewall).
 */
export function redirections(inspect: readonly (readonly [string, string])[]): Redirection[] {
    return inspect.map(([a, b]) => ({
        key: a === b ? a : `${a}-${b}`,
        policyType: a === b ? "fullmesh" : "end_to_end",
        sourceDomain: a,
        destinationDomain: b,
    }));
}

/** An inspection point (`what`, given as `argument`) serves one region: refused when `regions` lists several. */
export function oneRegionProblem(argument: string, what: string, regions: unknown): string | undefined {
    const count = Array.isArray(regions) ? regions.length : 0;
    return count > 1
        ? `${argument}: ${what} in the path is built for a network in one region, and regions lists ${count}; put the inspected VPCs in one region, or leave ${argument} out.`
        : undefined;
}

export const CONTROL_ACTIONS = ["accept", "drop", "log"] as const;
export const CONTROL_PROTOCOLS = ["ANY", "TCP", "UDP", "ICMP"] as const;

/** What the firewall's checks see of the arguments. */
export interface CloudFirewallFacts {
    readonly inspect?: unknown;
    readonly network?: unknown;
    readonly memberAccounts?: unknown;
    readonly controlPolicies?: unknown;
    /** Per domain name, the domains its members may reach; without it, `inspect` is not the user's to give. */
    readonly reach?: ReadonlyMap<string, ReadonlySet<string>>;
    /** The member VPCs' blocks known now, named for messages. */
    readonly vpcBlocks: readonly { readonly label: string; readonly cidr: string }[];
}

/** Every problem of `firewall`, each naming the argument and value and saying how to fix it. */
export function checkCloudFirewall(facts: CloudFirewallFacts): string[] {
    return [
        ...(facts.reach ? checkInspect("firewall.inspect", facts.inspect, facts.reach) : []),
        ...checkNetwork(facts.network, facts.vpcBlocks),
        ...checkNamedList(facts.memberAccounts, "firewall.memberAccounts", (m, where) =>
            m.provider === undefined && m.accountId === undefined
                ? [
                      `${where} gives neither provider nor accountId; give the member account's provider or its id.`,
                  ]
                : [],
        ),
        ...checkNamedList(facts.controlPolicies, "firewall.controlPolicies", controlPolicyProblems),
    ];
}

/** The pairs of domains an inspection point sees: allowed pairs, each once. */
export function checkInspect(
    argument: string,
    inspect: unknown,
    reach: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
    if (!Array.isArray(inspect) || inspect.length === 0) {
        return [
            `${argument} ${JSON.stringify(inspect)} must list the pairs of domains whose traffic is inspected, e.g. [["office", "production"]].`,
        ];
    }
    const seen = new Set<string>();
    return inspect.flatMap((pair: unknown, i) => {
        const where = `${argument}[${i}] ${JSON.stringify(pair)}`;
        if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((n) => typeof n === "string")) {
            return [`${where} must be a pair of domain names, e.g. ["office", "production"].`];
        }
        const [a, b] = pair as [string, string];
        const unknown = [a, b].filter((n) => !reach.has(n));
        if (unknown.length > 0) {
            return [
                `${where} names ${unknown.map((n) => `'${n}'`).join(" and ")}, which is not a domain; use the names of domains: ${[...reach.keys()].join(", ")}.`,
            ];
        }
        if (!reach.get(a)!.has(b)) {
            return [
                a === b
                    ? `${where}: members of '${a}' do not reach each other (isolateMembers), so there is nothing to inspect; remove the pair.`
                    : `${where}: '${a}' and '${b}' are not allowed to talk, so no traffic between them is there to inspect; add the pair to allow, or remove it here.`,
            ];
        }
        const key = [a, b].sort().join("\u0000");
        if (seen.has(key)) return [`${where} is given twice (a pair is inspected both ways); remove one.`];
        seen.add(key);
        return [];
    });
}

/** The firewall VPC's blocks: valid, nested in `vpcCidr`, apart from each other and from every member VPC. */
function checkNetwork(network: unknown, vpcBlocks: CloudFirewallFacts["vpcBlocks"]): string[] {
    const n = network as Partial<Record<string, unknown>> | undefined;
    if (typeof n !== "object" || n === null) {
        const given = network === undefined ? "is missing" : `${JSON.stringify(network)} is not an object`;
        return [
            `firewall.network ${given}; give the firewall VPC's blocks: { vpcCidr, subnetCidr, attachmentCidrs: [primary, secondary] }.`,
        ];
    }
    const problems: string[] = [];
    const parsed = (argument: string, value: unknown): CidrBlock | undefined => {
        const result = typeof value === "string" ? parseCidr(value) : undefined;
        if (result?.ok && result.block.family === "ipv4") return result.block;
        problems.push(
            `${argument} ${JSON.stringify(value)} ${result && !result.ok ? result.reason : "must be an IPv4 CIDR block"}.`,
        );
        return undefined;
    };
    const vpc = parsed("firewall.network.vpcCidr", n.vpcCidr);
    const attachments = Array.isArray(n.attachmentCidrs) ? n.attachmentCidrs : [];
    if (attachments.length !== 2) {
        problems.push(
            `firewall.network.attachmentCidrs ${JSON.stringify(n.attachmentCidrs)} must be two blocks (primary, secondary vSwitch of the firewall VPC's attachment).`,
        );
    }
    const inner = [
        { argument: "firewall.network.subnetCidr", value: n.subnetCidr },
        ...attachments.map((value, i) => ({ argument: `firewall.network.attachmentCidrs[${i}]`, value })),
    ].map((s) => ({ ...s, block: parsed(s.argument, s.value) }));
    for (const [i, s] of inner.entries()) {
        if (!s.block) continue;
        if (vpc && !cidrContains(vpc, s.block)) {
            problems.push(
                `${s.argument} ${String(s.value)} is not inside firewall.network.vpcCidr ${String(n.vpcCidr)}.`,
            );
        }
        const clash = inner.slice(0, i).find((o) => o.block && cidrsOverlap(o.block, s.block!));
        if (clash)
            problems.push(
                `${s.argument} ${String(s.value)} overlaps ${clash.argument} ${String(clash.value)}; give each vSwitch a block of its own.`,
            );
    }
    const zones = n.attachmentZones;
    if (zones !== undefined && (!Array.isArray(zones) || zones.length !== 2 || zones[0] === zones[1])) {
        problems.push(
            `firewall.network.attachmentZones ${JSON.stringify(zones)} must be two different zones (primary, secondary), or left out.`,
        );
    }
    if (vpc) {
        for (const member of vpcBlocks) {
            const block = parseCidr(member.cidr);
            if (block.ok && cidrsOverlap(vpc, block.block)) {
                problems.push(
                    `firewall.network.vpcCidr ${String(n.vpcCidr)} overlaps ${member.label}'s block ${member.cidr}; the firewall VPC is attached to the same transit router, so give it a block no member uses.`,
                );
            }
        }
    }
    return problems;
}

function controlPolicyProblems(p: Record<string, unknown>, where: string): string[] {
    const oneOf = (field: string, allowed: readonly string[]) =>
        allowed.includes(String(p[field]))
            ? []
            : [`${where}.${field} ${JSON.stringify(p[field])} must be one of ${allowed.join(", ")}.`];
    const address = (field: "source" | "destination", typeField: string, types: readonly string[]) => {
        const kind = oneOf(typeField, types);
        if (kind.length > 0 || p[typeField] !== "net" || typeof p[field] !== "string") return kind;
        const block = parseCidr(p[field] as string);
        return block.ok
            ? []
            : [`${where}.${field} ${JSON.stringify(p[field])} ${block.reason} (${typeField} is "net").`];
    };
    return [
        ...oneOf("aclAction", CONTROL_ACTIONS),
        ...oneOf("proto", CONTROL_PROTOCOLS),
        ...address("source", "sourceType", ["net", "group"]),
        ...address("destination", "destinationType", ["net", "group", "domain"]),
    ];
}

/** A list of named entries: a list, each entry with a valid name of its own, then the entry's own checks. */
function checkNamedList(
    list: unknown,
    argument: string,
    entryProblems: (entry: Record<string, unknown>, where: string) => string[],
): string[] {
    if (list === undefined) return [];
    if (!Array.isArray(list)) return [`${argument} must be a list, or left out.`];
    const names = new Set<string>();
    return list.flatMap((entry: unknown, i) => {
        const where = `${argument}[${i}]`;
        if (typeof entry !== "object" || entry === null)
            return [`${where} ${JSON.stringify(entry)} must be an object with a name.`];
        const e = entry as Record<string, unknown>;
        if (!isValidKey(e.name)) {
            return [
                `${where}.name ${JSON.stringify(e.name)} is not a valid name: use letters, digits, '_' or '-', starting with a letter or digit (it names the child resource).`,
            ];
        }
        if (names.has(e.name))
            return [`${where}.name '${e.name}' is used twice; give each entry a name of its own.`];
        names.add(e.name);
        return entryProblems(e, where);
    });
}
