// Longest-prefix match, the way VPC and transit router route tables forward.
import { Address, blockContains, CidrBlock, parseCidr } from "../core/cidr";

/** A route whose destination parsed; `S` is whatever the table keeps with it. */
export interface MatchableRoute<S> {
    readonly block: CidrBlock;
    readonly route: S;
}

/** A table's routes: those whose destination parsed, and the others. */
export interface Matchable<S> {
    readonly routes: MatchableRoute<S>[];
    readonly unparsed: S[];
}

/** Parses route destinations once; routes whose destination is not a CIDR are returned apart. */
export function matchable<S extends { destination: string }>(routes: readonly S[]): Matchable<S> {
    const parsed: MatchableRoute<S>[] = [];
    const unparsed: S[] = [];
    for (const route of routes) {
        const p = parseCidr(route.destination);
        if (p.ok) parsed.push({ block: p.block, route });
        else unparsed.push(route);
    }
    return { routes: parsed, unparsed };
}

/**
 * The route with the longest prefix that contains the address. Between routes
 * of equal prefix, `preference` decides (lower wins): Alibaba prefers static
 * routes to propagated ones, for instance.
 */
export function longestPrefixMatch<S>(
    routes: readonly MatchableRoute<S>[],
    address: Address,
    preference: (route: S) => number = () => 0,
): S | undefined {
    let best: MatchableRoute<S> | undefined;
    for (const candidate of routes) {
        if (!blockContains(candidate.block, address)) continue;
        if (
            !best ||
            candidate.block.prefix > best.block.prefix ||
            (candidate.block.prefix === best.block.prefix &&
                preference(candidate.route) < preference(best.route))
        ) {
            best = candidate;
        }
    }
    return best?.route;
}
