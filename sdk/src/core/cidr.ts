// Address arithmetic for the whole package. Every address and prefix is
// validated and parsed by ip-num; containment and overlap compare its values.
import { IPv4, IPv4CidrRange, IPv4Prefix, IPv6, IPv6CidrRange, IPv6Prefix, Validator } from "ip-num";

export type IpFamily = "ipv4" | "ipv6";

/** A parsed CIDR block: its family and the first and last address as integers. */
export interface CidrBlock {
    readonly cidr: string;
    readonly family: IpFamily;
    readonly first: bigint;
    readonly last: bigint;
    readonly prefix: number;
}

/** The outcome of parsing a CIDR string: the block, or a sentence saying what is wrong. */
export type CidrParse = { ok: true; block: CidrBlock } | { ok: false; reason: string };

/**
 * Parses an IPv4 or IPv6 CIDR block. A block whose address has host bits set
 * (10.0.0.1/16) is refused with the network address the user probably meant.
 */
export function parseCidr(cidr: string): CidrParse {
    let parsed = parsedCidrs.get(cidr);
    if (!parsed) {
        // Stacks repeat the same blocks in many resources; ip-num's parse is the check's hot spot.
        if (parsedCidrs.size > 100_000) parsedCidrs.clear();
        parsed = parseCidrUncached(cidr);
        parsedCidrs.set(cidr, parsed);
    }
    return parsed;
}

const parsedCidrs = new Map<string, CidrParse>();

function parseCidrUncached(cidr: string): CidrParse {
    if (typeof cidr !== "string" || !cidr.includes("/")) {
        return { ok: false, reason: "is not in CIDR notation (address/prefix, e.g. 10.0.0.0/16)" };
    }
    const family: IpFamily = cidr.includes(":") ? "ipv6" : "ipv4";
    return networkBlock(cidr, family) ?? misspelt(cidr, family) ?? whyNotABlock(cidr, family);
}

/**
 * Spellings a user means as a block but the API refuses: spaces, and numbers
 * with leading zeros (which some tools read as octal). Said as such, with the
 * spelling to use, rather than as an octet out of range.
 */
function misspelt(cidr: string, family: IpFamily): CidrParse | undefined {
    if (/\s/.test(cidr)) {
        return { ok: false, reason: `contains spaces; write it without them: "${cidr.replace(/\s+/g, "")}"` };
    }
    const [address, prefix] = cidr.split("/");
    const numbers = family === "ipv4" ? [...address.split("."), prefix] : [prefix];
    if (numbers.some((n) => /^0\d/.test(n))) {
        const fixed = family === "ipv4" ? address.split(".").map(unpadded).join(".") : address;
        return {
            ok: false,
            reason: `has numbers with leading zeros, which the API refuses; write it without them: "${fixed}/${unpadded(prefix)}"`,
        };
    }
    return undefined;
}

const unpadded = (n: string) => (/^\d+$/.test(n) ? String(Number(n)) : n);

/**
 * The common case, a valid network block, parsed by ip-num from its two
 * parts: about a quarter of the cost of its range object, which matters on a
 * pack's first call over thousands of blocks. Undefined for anything else.
 */
function networkBlock(cidr: string, family: IpFamily): CidrParse | undefined {
    const parts = cidr.split("/");
    if (parts.length !== 2 || !/^(0|[1-9]\d{0,2})$/.test(parts[1])) return undefined;
    try {
        const ipv4 = family === "ipv4";
        const prefix = ipv4
            ? IPv4Prefix.fromNumber(BigInt(parts[1]))
            : IPv6Prefix.fromNumber(BigInt(parts[1]));
        const first = (ipv4 ? IPv4.fromDecimalDottedString(parts[0]) : IPv6.fromString(parts[0])).getValue();
        const size = prefix.toRangeSize();
        if (first % size !== 0n) return undefined;
        return {
            ok: true,
            block: { cidr, family, first, last: first + size - 1n, prefix: Number(parts[1]) },
        };
    } catch {
        return undefined;
    }
}

/** What is wrong with a string that is not a network block, in ip-num's words. */
function whyNotABlock(cidr: string, family: IpFamily): CidrParse {
    const ipv4 = family === "ipv4";
    const [valid, messages] = ipv4
        ? Validator.isValidIPv4CidrNotation(cidr)
        : Validator.isValidIPv6CidrNotation(cidr);
    if (!valid) {
        return {
            ok: false,
            reason: `is not a valid ${ipv4 ? "IPv4" : "IPv6"} CIDR block (${messages.join("; ")})`,
        };
    }
    const range = ipv4 ? IPv4CidrRange.fromCidr(cidr) : IPv6CidrRange.fromCidr(cidr);
    const network = `${range.getFirst().toString()}/${range.getPrefix().getValue()}`;
    return { ok: false, reason: `has host bits set; the network address of this block is ${network}` };
}

/** True when `inner` lies entirely inside `outer` (same family). */
export function cidrContains(outer: CidrBlock, inner: CidrBlock): boolean {
    return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}

/** True when the two blocks share at least one address (same family). */
export function cidrsOverlap(a: CidrBlock, b: CidrBlock): boolean {
    return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

/** A CIDR block with whatever the caller needs to name it in a message. */
export interface TaggedBlock<T> {
    readonly block: CidrBlock;
    readonly tag: T;
}

/** Two tagged blocks that share addresses; `outer` starts first or is the larger one. */
export interface BlockOverlap<T> {
    readonly outer: TaggedBlock<T>;
    readonly inner: TaggedBlock<T>;
}

/**
 * Every overlapping pair among the blocks, in O(n log n + k) for k overlaps.
 *
 * CIDR blocks are either nested or disjoint, so after sorting by first address
 * (larger block first on ties) the blocks still open at a given block form a
 * chain that all contain it: a stack sweep finds every pair without comparing
 * disjoint blocks. IPv4 and IPv6 are swept separately.
 */
export function findBlockOverlaps<T>(blocks: readonly TaggedBlock<T>[]): BlockOverlap<T>[] {
    const overlaps: BlockOverlap<T>[] = [];
    for (const family of ["ipv4", "ipv6"] as const) {
        const sorted = blocks
            .filter((b) => b.block.family === family)
            .sort(
                (a, b) =>
                    compareBigint(a.block.first, b.block.first) || compareBigint(b.block.last, a.block.last),
            );
        const open: TaggedBlock<T>[] = [];
        for (const current of sorted) {
            while (open.length > 0 && open[open.length - 1].block.last < current.block.first) {
                open.pop();
            }
            for (const enclosing of open) {
                overlaps.push({ outer: enclosing, inner: current });
            }
            open.push(current);
        }
    }
    return overlaps;
}

function compareBigint(a: bigint, b: bigint): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Turns a CIDR into a string usable inside a Pulumi resource name: 10.0.0.0/8 → 10-0-0-0-8. */
export function cidrSlug(cidr: string): string {
    return cidr.replace(/[^0-9A-Za-z]+/g, "-").replace(/^-|-$/g, "");
}

/** An IP address as family and integer value. */
export interface Address {
    readonly family: IpFamily;
    readonly value: bigint;
    readonly text: string;
}

/** Parses an IPv4 or IPv6 address; undefined when it is not one. */
export function parseAddress(text: string): Address | undefined {
    if (typeof text !== "string") {
        return undefined;
    }
    if (text.includes(":")) {
        return Validator.isValidIPv6String(text)[0]
            ? { family: "ipv6", value: IPv6.fromString(text).getValue(), text }
            : undefined;
    }
    return Validator.isValidIPv4String(text)[0]
        ? { family: "ipv4", value: IPv4.fromString(text).getValue(), text }
        : undefined;
}

/** True when the address lies in the block. */
export function blockContains(block: CidrBlock, address: Address): boolean {
    return block.family === address.family && block.first <= address.value && address.value <= block.last;
}

/** The first host address of a block (the network address plus one, or the only address of a /32). */
export function firstHost(block: CidrBlock): Address {
    return addressOf(block.family, block.first === block.last ? block.first : block.first + 1n);
}

/** The address of a family with this value. */
export function addressOf(family: IpFamily, value: bigint): Address {
    const text = family === "ipv4" ? IPv4.fromNumber(value).toString() : IPv6.fromBigInt(value).toString();
    return { family, value, text };
}

/**
 * The addresses of a vSwitch block that instances can get: Alibaba Cloud
 * reserves the first and the last three addresses of an IPv4 block, the first
 * and the last nine of an IPv6 one. Undefined when nothing is left.
 * https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-createvswitch
 */
export function assignableRange(block: CidrBlock): { first: bigint; last: bigint } | undefined {
    const first = block.first + 1n;
    const last = block.last - (block.family === "ipv4" ? 3n : 9n);
    return first <= last ? { first, last } : undefined;
}
