// A component is told a VPC's blocks (`cidrBlocks`) next to its id; the
// routes it writes and the overlaps it checks follow what it is told. When
// the VPC itself is known (looked up, or in the stack), the two must agree.
import { parseCidr } from "./cidr";

/** The IPv4 blocks a VPC has: its primary block, then its secondary blocks. */
export interface VpcIpv4Blocks {
    readonly vpc: string;
    readonly primary: string;
    readonly secondary: readonly string[];
}

/** A block's identity whatever its spelling; undefined when it does not parse (reported elsewhere). */
function blockKey(cidr: string): string | undefined {
    const parsed = parseCidr(cidr);
    return parsed.ok ? `${parsed.block.first}/${parsed.block.prefix}` : undefined;
}

/**
 * The declared blocks must be the VPC's IPv4 blocks, no more and no fewer.
 * `argument` names the declaration (`vpcs[1] 'two': cidrBlocks`). With
 * `secondariesMayBePending`, declared secondary blocks the VPC does not have
 * yet pass: a lookup made while the program is still adding them (with
 * `vpc.Ipv4CidrBlock`) cannot tell a late block from a wrong one.
 */
export function declaredBlocksProblem(
    argument: string,
    declared: readonly string[],
    actual: VpcIpv4Blocks,
    secondariesMayBePending = false,
): string | undefined {
    const has = [actual.primary, ...actual.secondary];
    const hasKeys = new Set(has.map(blockKey));
    const declaredKeys = new Set(declared.map(blockKey));
    if (declaredKeys.has(undefined) || hasKeys.has(undefined)) return undefined;
    const extra = declared.filter((b) => !hasKeys.has(blockKey(b)));
    const missing = has.filter((b) => !declaredKeys.has(blockKey(b)));
    const primaryWrong = declared.length > 0 && extra.includes(declared[0]);
    if (missing.length === 0 && (extra.length === 0 || (secondariesMayBePending && !primaryWrong))) {
        return undefined;
    }
    const differences = [
        ...(extra.length > 0 ? [`declares ${extra.join(", ")}, which the VPC does not have`] : []),
        ...(missing.length > 0 ? [`omits ${missing.join(", ")}, which it has`] : []),
    ];
    return `${argument} [${declared.join(", ")}] are not the blocks of VPC ${actual.vpc} (${[`${actual.primary} primary`, ...actual.secondary].join(", ")}): it ${differences.join(" and ")}. Routes and overlap checks follow the declared blocks, so they would be wrong: give the VPC's blocks, primary first (e.g. [vpc.cidrBlock, ...its secondary blocks]).`;
}
