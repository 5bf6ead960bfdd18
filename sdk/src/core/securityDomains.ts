// Security domains (segments) on a transit router: named groups of VPCs, the
// pairs of domains allowed to talk, and who may therefore reach whom. Pure:
// it sees the domains' names and their members' keys (VPCs and on-premises
// connections alike: each is one attachment in one domain's table).
import { pairListProblems } from "./namePairs";
import { isValidKey } from "./naming";

/** A domain as validation and routing see it. */
export interface DomainFacts {
    /** Where it is in the arguments: `domains[0]`. */
    readonly path: string;
    readonly name: unknown;
    /** Its members as given: where each is (`domains[0].vbrs[1]`) and its key (name). */
    readonly members: readonly { readonly path: string; readonly key: unknown }[];
}

/** Who may reach whom: domains by name, and the allowed pairs (both ways). */
export interface DomainPolicy {
    readonly domains: readonly { readonly name: string; readonly isolateMembers: boolean }[];
    /** Pairs of domain names; anything else is not a pair and is skipped. */
    readonly allow: readonly unknown[];
}

/**
 * Per domain, the domains its members may reach: itself (unless its members
 * are isolated) and its allowed partners. Entries of `allow` that are not
 * pairs are skipped (validation reports them), so arguments and outputs of
 * any shape can be read.
 */
export function domainReach(policy: DomainPolicy): ReadonlyMap<string, ReadonlySet<string>> {
    const reach = new Map(
        policy.domains.map((d) => [d.name, new Set<string>(d.isolateMembers ? [] : [d.name])]),
    );
    for (const pair of policy.allow) {
        if (!Array.isArray(pair) || pair.length !== 2) continue;
        const [a, b] = pair as [string, string];
        reach.get(a)?.add(b);
        reach.get(b)?.add(a);
    }
    return reach;
}

/**
 * Per domain, the domains whose members it reaches through an inspection
 * point: the inspected pairs as a reach of their own (`["d", "d"]` inspects
 * within a domain).
 */
export function inspectedReach(
    domains: readonly string[],
    inspected: readonly unknown[],
): ReadonlyMap<string, ReadonlySet<string>> {
    return domainReach({
        domains: domains.map((name) => ({ name, isolateMembers: true })),
        allow: inspected,
    });
}

/** What decides which transit router route tables learn a member's routes. */
export interface DomainTables {
    /** Per domain, the domains it reaches directly (domainReach). */
    readonly reach: ReadonlyMap<string, ReadonlySet<string>>;
    /** Per domain, the domains it reaches through an inspection point (inspectedReach). */
    readonly inspected: ReadonlyMap<string, ReadonlySet<string>>;
    /** More than one region: each region's inbound table learns every member there. */
    readonly multiRegion: boolean;
}

/** A member as the tables see it: its domain, and its region (undefined: the home region). */
export interface PlacedMember {
    readonly domain: string;
    readonly region?: string;
}

/**
 * The route table that would learn routes to both members, if one does:
 * there, two routes for one prefix make the transit router's choice depend
 * on the order it learned them, so their blocks must not overlap. A domain's
 * table learns the members of every domain it reaches (directly or through
 * the inspection point); each region's inbound table, with several regions,
 * every member there; the inspection point every inspected member. Undefined
 * when no table learns both: members of domains that never talk, and that no
 * third domain reaches both of, may overlap.
 */
export function tableLearningBoth(
    tables: DomainTables,
    a: PlacedMember,
    b: PlacedMember,
): string | undefined {
    for (const [domain, reached] of tables.reach) {
        const learns = (m: PlacedMember) =>
            reached.has(m.domain) || tables.inspected.get(domain)?.has(m.domain);
        if (learns(a) && learns(b)) return `the route table of domain ${domain}`;
    }
    if (tables.multiRegion && a.region === b.region) {
        return `the inbound table of ${a.region === undefined ? "the home region" : `region ${a.region}`}`;
    }
    const inspected = (m: PlacedMember) => (tables.inspected.get(m.domain)?.size ?? 0) > 0;
    if (inspected(a) && inspected(b)) return "the inspection point's route table";
    return undefined;
}

/**
 * The arguments' rules: domain names are valid and unique, no domain is
 * empty, a member is in one domain only, and the allow list names known domains,
 * two different ones, each pair once.
 */
export function checkDomains(domains: readonly DomainFacts[], allow: unknown): string[] {
    const problems: string[] = [];
    const names = new Map<string, string>();
    for (const domain of domains) {
        if (!isValidKey(domain.name)) {
            problems.push(
                `${domain.path}.name ${JSON.stringify(domain.name)} is not a valid domain name: use letters, digits, '_' or '-', starting with a letter or digit (it names the domain's route table).`,
            );
        } else if (names.has(domain.name)) {
            problems.push(
                `${domain.path}.name '${domain.name}' is already used by ${names.get(domain.name)}; each domain needs a name of its own.`,
            );
        } else {
            names.set(domain.name, domain.path);
        }
        if (domain.members.length === 0) {
            problems.push(
                `${domain.path} '${String(domain.name)}' has no members; give it at least one VPC (or VBR, IPsec-VPN connection, Express Connect Router), or remove the domain (and its pairs in allow).`,
            );
        }
    }
    const memberOf = new Map<unknown, string>();
    for (const domain of domains) {
        domain.members.forEach(({ path, key }) => {
            const first = memberOf.get(key);
            if (first !== undefined && key !== undefined) {
                problems.push(
                    `${path} '${String(key)}' is already a member of ${first}; an attachment is associated with one route table, so a VPC or network instance belongs to one domain: remove it from one of them.`,
                );
            } else memberOf.set(key, `${domain.path} '${String(domain.name)}'`);
        });
    }
    return [
        ...problems,
        ...pairListProblems("allow", allow, new Set(names.keys()), {
            noun: "domain",
            example: '["office", "shared"]',
            selfPairing: "members of a domain reach each other unless its isolateMembers is true.",
        }),
    ];
}
