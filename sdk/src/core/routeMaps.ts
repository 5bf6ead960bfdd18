// CEN route maps (routing policies) as a transit router applies them to one
// route: the maps of one table and direction in priority order (a smaller
// number first); the first map whose every condition matches decides:
// `Deny` drops the route, `Permit` keeps it (with its preference) and, with
// `nextPriority`, hands it on to the map of that priority. A route no map
// matches is permitted.
// https://www.alibabacloud.com/help/en/cen/user-guide/routing-policy-overview
//
// What is not known (a value known only after deployment, a condition the
// model does not evaluate) is carried, not guessed: the route is then
// undecided, with the reason, unless every way it could go ends the same.
import { cidrContains, parseCidr } from "./cidr";

export type TransmitDirection = "RegionIn" | "RegionOut";

/** A list condition: the values given, `undefined` for each one not known yet. */
export type ConditionValues = readonly (string | undefined)[];

/** The conditions of one route map the model evaluates; an absent condition matches every route. */
export interface RouteMapConditions {
    readonly sourceInstanceIds?: ConditionValues;
    /** Match the routes whose source instance is *not* listed. */
    readonly sourceInstanceIdsReverseMatch?: boolean;
    readonly destinationInstanceIds?: ConditionValues;
    readonly destinationInstanceIdsReverseMatch?: boolean;
    readonly sourceRouteTableIds?: ConditionValues;
    readonly destinationRouteTableIds?: ConditionValues;
    readonly sourceRegionIds?: ConditionValues;
    readonly sourceChildInstanceTypes?: ConditionValues;
    readonly destinationChildInstanceTypes?: ConditionValues;
    readonly destinationCidrBlocks?: ConditionValues;
    /** `Include`: the route's destination is a listed block or inside one; `Complete`: it is a listed block. */
    readonly cidrMatchMode?: string;
    readonly routeTypes?: ConditionValues;
}

/** One route map, as far as it is known. */
export interface RouteMapRule extends RouteMapConditions {
    /** How messages name it: the resource's name. */
    readonly name: string;
    /** Undefined while not known. */
    readonly priority: number | undefined;
    /** `Permit` or `Deny`; undefined while not known. */
    readonly mapResult: string | undefined;
    readonly nextPriority?: number;
    /** The route's new preference, for a permitted route (smaller is preferred; 50 by default). */
    readonly preference?: number;
    /** The conditions the model does not evaluate (AS paths, communities), by argument name. */
    readonly unevaluated?: readonly string[];
}

/** What a route carries that route maps match; undefined where the stack does not tell. */
export interface RouteFacts {
    readonly destination: string | undefined;
    readonly sourceInstanceId?: string;
    readonly sourceChildInstanceType?: string;
    readonly sourceRegionId?: string;
    readonly sourceRouteTableId?: string;
    readonly destinationInstanceId?: string;
    readonly destinationChildInstanceType?: string;
    readonly destinationRouteTableId?: string;
    /** `System`, `Custom` or `BGP`. */
    readonly routeType?: string;
}

/** What the maps of one table and direction do to a route. */
export type MapVerdict =
    | { readonly kind: "permit"; readonly by?: string; readonly preference?: number }
    | { readonly kind: "deny"; readonly by: string }
    | { readonly kind: "undecided"; readonly by: string; readonly why: string };

type Tri = boolean | undefined;

/**
 * A value known only by what it comes from (an instance id before the
 * instance exists): `ref:` and that thing's identity. Two references are
 * equal when they name the same thing; a reference and a known id cannot be
 * told apart or together.
 */
export const reference = (identity: string) => `ref:${identity}`;
const isReference = (value: string | undefined) => value?.startsWith("ref:") === true;

/** The identity a reference names; undefined for a value that is not one. */
export function referenceIdentity(value: string): string | undefined {
    return isReference(value) ? value.slice("ref:".length) : undefined;
}

/** Whether a listed condition matches a value: undefined when either side is not known. */
function listMatch(values: ConditionValues | undefined, fact: string | undefined): Tri {
    if (values === undefined || values.length === 0) return true;
    if (fact !== undefined && values.includes(fact)) return true;
    if (fact === undefined || values.includes(undefined)) return undefined;
    // A reference is told apart only from other references.
    if (values.some((v) => isReference(v) !== isReference(fact))) return undefined;
    return false;
}

/** With reverse match, a listed condition matches the routes whose value is not listed; no list matches every route. */
function reversed(values: ConditionValues | undefined, match: Tri, reverse: boolean | undefined): Tri {
    const listed = values !== undefined && values.length > 0;
    return listed && reverse === true && match !== undefined ? !match : match;
}

/** Whether the route's destination matches the blocks, in the map's match mode; undefined when not known. */
function cidrMatch(map: RouteMapConditions, destination: string | undefined): Tri {
    const blocks = map.destinationCidrBlocks;
    if (blocks === undefined || blocks.length === 0) return true;
    const route = destination === undefined ? undefined : parseCidr(destination);
    if (!route?.ok) return undefined;
    const include = blocks.map((b) => {
        const block = b === undefined ? undefined : parseCidr(b);
        return block?.ok ? cidrContains(block.block, route.block) : undefined;
    });
    const complete = blocks.map((b, i) => (include[i] === undefined ? undefined : b === destination));
    const any = (matches: Tri[]): Tri =>
        matches.includes(true) ? true : matches.includes(undefined) ? undefined : false;
    if (map.cidrMatchMode === "Complete") return any(complete);
    if (map.cidrMatchMode === "Include") return any(include);
    // No mode given: the documentation names none; the route matches only where both modes agree.
    const [a, b] = [any(include), any(complete)];
    return a === b ? a : undefined;
}

/** Whether every condition of a map matches the route, with the first condition that could not be told. */
export function mapMatches(map: RouteMapRule, route: RouteFacts): { match: Tri; why?: string } {
    const checks: [string, Tri][] = [
        [
            "sourceInstanceIds",
            reversed(
                map.sourceInstanceIds,
                listMatch(map.sourceInstanceIds, route.sourceInstanceId),
                map.sourceInstanceIdsReverseMatch,
            ),
        ],
        [
            "destinationInstanceIds",
            reversed(
                map.destinationInstanceIds,
                listMatch(map.destinationInstanceIds, route.destinationInstanceId),
                map.destinationInstanceIdsReverseMatch,
            ),
        ],
        ["sourceRouteTableIds", listMatch(map.sourceRouteTableIds, route.sourceRouteTableId)],
        ["destinationRouteTableIds", listMatch(map.destinationRouteTableIds, route.destinationRouteTableId)],
        ["sourceRegionIds", listMatch(map.sourceRegionIds, route.sourceRegionId)],
        ["sourceChildInstanceTypes", listMatch(map.sourceChildInstanceTypes, route.sourceChildInstanceType)],
        [
            "destinationChildInstanceTypes",
            listMatch(map.destinationChildInstanceTypes, route.destinationChildInstanceType),
        ],
        ["destinationCidrBlocks", cidrMatch(map, route.destination)],
        ["routeTypes", listMatch(map.routeTypes, route.routeType)],
    ];
    if (checks.some(([, m]) => m === false)) return { match: false };
    const unknown = checks.find(([, m]) => m === undefined)?.[0];
    if (unknown !== undefined) {
        return { match: undefined, why: `whether its ${unknown} condition matches is not known` };
    }
    const unevaluated = map.unevaluated ?? [];
    if (unevaluated.length > 0) {
        return {
            match: undefined,
            why: `the plan does not evaluate its ${unevaluated.join(" and ")} conditions`,
        };
    }
    return { match: true };
}

function sameVerdict(a: MapVerdict, b: MapVerdict): boolean {
    return a.kind === b.kind && (a.kind !== "permit" || a.preference === (b as typeof a).preference);
}

/**
 * What the maps of one table and direction do to a route. Maps whose
 * priority is not known are undecided for any route they could match.
 */
export function applyRouteMaps(maps: readonly RouteMapRule[], route: RouteFacts): MapVerdict {
    const ordered = [...maps].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
    const unordered = maps.find((m) => m.priority === undefined && mapMatches(m, route).match !== false);
    if (unordered) {
        return { kind: "undecided", by: unordered.name, why: "its priority is known only after deployment" };
    }
    return new Evaluation(ordered, route).from(0, undefined, undefined);
}

/**
 * One route through one ordered list of maps. Where a match is not known,
 * both ways are followed, and chained maps follow two readings: each map's
 * match and each step's verdict are worked out once, so the cost stays
 * polynomial in the number of maps however many are undecided.
 */
class Evaluation {
    private readonly matches = new Map<number, { match: Tri; why?: string }>();
    private readonly verdicts = new Map<string, MapVerdict>();

    constructor(
        private readonly maps: readonly RouteMapRule[],
        private readonly route: RouteFacts,
    ) {}

    private matchOf(i: number): { match: Tri; why?: string } {
        let found = this.matches.get(i);
        if (!found) {
            found = mapMatches(this.maps[i], this.route);
            this.matches.set(i, found);
        }
        return found;
    }

    private once(key: string, work: () => MapVerdict): MapVerdict {
        let verdict = this.verdicts.get(key);
        if (!verdict) {
            verdict = work();
            this.verdicts.set(key, verdict);
        }
        return verdict;
    }

    /** The verdict of the maps from `start` on, for a route already permitted by `permittedBy` with `preference`. */
    from(start: number, preference: number | undefined, permittedBy: string | undefined): MapVerdict {
        return this.once(`from|${start}|${preference}|${permittedBy}`, () => {
            for (let i = start; i < this.maps.length; i++) {
                const { match } = this.matchOf(i);
                if (match === false) continue;
                if (match === true) return this.decide(i, preference);
                // Not known whether it matches: decided only if both ways end alike.
                return this.eitherWay(i, this.from(i + 1, preference, permittedBy), preference);
            }
            return { kind: "permit", by: permittedBy, preference };
        });
    }

    /**
     * What a map that matches does: deny, or permit and perhaps hand the route
     * on to the map of `nextPriority`. Whether a route that map does not match
     * goes on down the list or is permitted there, the documentation does not
     * say: where the two readings differ, the route is undecided.
     */
    private decide(i: number, preference: number | undefined): MapVerdict {
        return this.once(`decide|${i}|${preference}`, () => {
            const map = this.maps[i];
            if (map.mapResult === "Deny") return { kind: "deny", by: map.name };
            if (map.mapResult !== "Permit") {
                return {
                    kind: "undecided",
                    by: map.name,
                    why: "its mapResult is known only after deployment",
                };
            }
            const kept = map.preference ?? preference;
            const permitted: MapVerdict = { kind: "permit", by: map.name, preference: kept };
            const nextPriority = map.nextPriority;
            if (nextPriority === undefined) return permitted;
            const from = this.maps.findIndex((m, j) => j > i && (m.priority ?? 0) >= nextPriority);
            const downTheList = from < 0 ? permitted : this.from(from, kept, map.name);
            const next = this.maps.findIndex((m, j) => j > i && m.priority === nextPriority);
            const onlyNext = next < 0 ? permitted : this.eitherWay(next, permitted, kept);
            return sameVerdict(downTheList, onlyNext)
                ? downTheList
                : {
                      kind: "undecided",
                      by: map.name,
                      why: `whether a route the map of nextPriority ${nextPriority} does not match goes on to later maps is not documented`,
                  };
        });
    }

    /** The map at `i` decides if it matches, else `otherwise` holds; undecided when its match is not known and the two differ. */
    private eitherWay(i: number, otherwise: MapVerdict, preference: number | undefined): MapVerdict {
        const { match, why } = this.matchOf(i);
        if (match === false) return otherwise;
        const matched = this.decide(i, preference);
        if (match === true || sameVerdict(matched, otherwise)) return matched;
        return { kind: "undecided", by: this.maps[i].name, why: why! };
    }
}
