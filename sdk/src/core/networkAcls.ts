// How a VPC network ACL judges a packet, as Alibaba Cloud documents it: the
// rules of one direction in priority order (the order of the entries), the
// first that matches the protocol and the peer's address decides (accept or
// drop), and a packet no rule matches is dropped. ACLs are stateless: a reply
// is judged again, by the other direction's rules.
// https://www.alibabacloud.com/help/en/vpc/network-acl-overview
import { Address, blockContains, parseCidr } from "./cidr";

/** One entry of an ACL, as the plan reads it; undefined fields are not known (preview). */
export interface AclEntry {
    /** How messages name it: its name, else its place in the list. */
    readonly name: string;
    readonly policy: string | undefined;
    readonly protocol: string | undefined;
    /** The source (inbound) or destination (outbound) blocks: one, or a prefix list's entries. */
    readonly blocks: readonly string[] | undefined;
}

export type AclVerdict =
    | { readonly kind: "accept"; readonly entry: string }
    | { readonly kind: "drop"; readonly entry?: string }
    | { readonly kind: "undecided"; readonly entry: string; readonly why: string };

/** The protocols a rule for which matches a ping (ICMP). */
const MATCHING_PING = new Set(["icmp", "all"]);

/** Whether an entry matches a ping with this peer address; undefined when that is not known. */
function entryMatches(entry: AclEntry, peer: Address): boolean | undefined {
    if (entry.protocol === undefined) return undefined;
    if (!MATCHING_PING.has(entry.protocol.toLowerCase())) return false;
    if (entry.blocks === undefined) return undefined;
    const parsed = entry.blocks.map(parseCidr);
    if (parsed.some((p) => p.ok && blockContains(p.block, peer))) return true;
    return parsed.every((p) => p.ok) ? false : undefined;
}

/** What one direction's entries do to a ping whose other end is `peer`. */
export function aclVerdict(entries: readonly AclEntry[], peer: Address): AclVerdict {
    for (const entry of entries) {
        const match = entryMatches(entry, peer);
        if (match === false) continue;
        if (match === undefined) {
            return { kind: "undecided", entry: entry.name, why: "its protocol or block is not known yet" };
        }
        if (entry.policy === "accept") return { kind: "accept", entry: entry.name };
        if (entry.policy === "drop") return { kind: "drop", entry: entry.name };
        return { kind: "undecided", entry: entry.name, why: "its policy is not known yet" };
    }
    return { kind: "drop" };
}
