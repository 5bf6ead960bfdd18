// What the route maps of one table and direction do to a route: the order,
// each condition, chaining, preference, and what stays undecided.
import { strict as assert } from "assert";
import { applyRouteMaps, RouteFacts, RouteMapRule } from "../../sdk/src/core/routeMaps";

const vpc2: RouteFacts = {
    destination: "10.2.1.0/24",
    sourceInstanceId: "vpc-2",
    sourceChildInstanceType: "VPC",
    sourceRegionId: "cn-hangzhou",
    sourceRouteTableId: "vtb-vpc2",
    destinationRouteTableId: "vtb-tr",
    routeType: "System",
};

const map = (name: string, priority: number, rule: Partial<RouteMapRule>): RouteMapRule => ({
    name,
    priority,
    mapResult: "Deny",
    ...rule,
});

describe("route maps on one route", () => {
    it("permits a route no map matches", () => {
        assert.deepEqual(applyRouteMaps([], vpc2), { kind: "permit", by: undefined, preference: undefined });
        const other = map("deny-vpc9", 10, { sourceInstanceIds: ["vpc-9"] });
        assert.equal(applyRouteMaps([other], vpc2).kind, "permit");
    });

    it("denies by source instance, and by every other source instead with reverse match", () => {
        const byVpc2 = map("deny-vpc2", 10, { sourceInstanceIds: ["vpc-2"] });
        assert.deepEqual(applyRouteMaps([byVpc2], vpc2), { kind: "deny", by: "deny-vpc2" });
        const allBut2 = map("deny-others", 10, {
            sourceInstanceIds: ["vpc-2"],
            sourceInstanceIdsReverseMatch: true,
        });
        assert.equal(applyRouteMaps([allBut2], vpc2).kind, "permit");
        assert.equal(applyRouteMaps([allBut2], { ...vpc2, sourceInstanceId: "vpc-3" }).kind, "deny");
        // Reverse match without a list excludes nothing: the map matches every route.
        const noList = map("no-list", 10, { sourceInstanceIdsReverseMatch: true });
        assert.equal(applyRouteMaps([noList], vpc2).kind, "deny");
    });

    it("needs every condition to match: source type, region, route table, route type", () => {
        const all = map("all", 10, {
            sourceChildInstanceTypes: ["VPC"],
            sourceRegionIds: ["cn-hangzhou"],
            sourceRouteTableIds: ["vtb-vpc2"],
            destinationRouteTableIds: ["vtb-tr"],
            routeTypes: ["System"],
        });
        assert.equal(applyRouteMaps([all], vpc2).kind, "deny");
        for (const miss of [
            { sourceChildInstanceType: "VBR" },
            { sourceRegionId: "cn-shanghai" },
            { sourceRouteTableId: "vtb-other" },
            { destinationRouteTableId: "vtb-other" },
            { routeType: "BGP" },
        ]) {
            assert.equal(applyRouteMaps([all], { ...vpc2, ...miss }).kind, "permit", JSON.stringify(miss));
        }
    });

    it("matches destination blocks: Include takes blocks inside a listed one, Complete only the listed one", () => {
        const include = map("include", 10, {
            destinationCidrBlocks: ["10.2.0.0/16"],
            cidrMatchMode: "Include",
        });
        const complete = map("complete", 10, {
            destinationCidrBlocks: ["10.2.0.0/16"],
            cidrMatchMode: "Complete",
        });
        assert.equal(applyRouteMaps([include], vpc2).kind, "deny");
        assert.equal(applyRouteMaps([complete], vpc2).kind, "permit");
        assert.equal(applyRouteMaps([complete], { ...vpc2, destination: "10.2.0.0/16" }).kind, "deny");
        assert.equal(applyRouteMaps([include], { ...vpc2, destination: "10.3.0.0/24" }).kind, "permit");
    });

    it("without a match mode, decides only where Include and Complete agree", () => {
        const noMode = map("no-mode", 10, { destinationCidrBlocks: ["10.2.0.0/16"] });
        const inside = applyRouteMaps([noMode], vpc2);
        assert.equal(inside.kind, "undecided");
        assert.match((inside as { why: string }).why, /destinationCidrBlocks/);
        assert.equal(applyRouteMaps([noMode], { ...vpc2, destination: "10.2.0.0/16" }).kind, "deny");
        assert.equal(applyRouteMaps([noMode], { ...vpc2, destination: "10.3.0.0/24" }).kind, "permit");
    });

    it("takes maps by priority, the smaller number first, whatever order they are given in", () => {
        const deny = map("deny", 20, { sourceInstanceIds: ["vpc-2"] });
        const permit = map("permit", 10, { sourceInstanceIds: ["vpc-2"], mapResult: "Permit" });
        assert.deepEqual(applyRouteMaps([deny, permit], vpc2), {
            kind: "permit",
            by: "permit",
            preference: undefined,
        });
        assert.deepEqual(applyRouteMaps([{ ...deny, priority: 5 }, permit], vpc2), {
            kind: "deny",
            by: "deny",
        });
    });

    it("keeps the preference a permitting map sets", () => {
        const prefer = map("prefer", 10, { mapResult: "Permit", preference: 20 });
        assert.deepEqual(applyRouteMaps([prefer], vpc2), { kind: "permit", by: "prefer", preference: 20 });
    });

    it("hands a permitted route on to the map of nextPriority, skipping the maps between", () => {
        const chain = map("chain", 10, { mapResult: "Permit", nextPriority: 30, preference: 20 });
        const skipped = map("skipped", 20, {});
        const next = map("next", 30, { sourceInstanceIds: ["vpc-2"] });
        assert.deepEqual(applyRouteMaps([chain, skipped, next], vpc2), { kind: "deny", by: "next" });
        // The next map does not match, and nothing follows it: permitted, with the chain's preference.
        assert.deepEqual(applyRouteMaps([chain, skipped, { ...next, sourceInstanceIds: ["vpc-9"] }], vpc2), {
            kind: "permit",
            by: "chain",
            preference: 20,
        });
    });

    it("leaves undecided a chained route whose fate depends on a reading the documentation does not settle", () => {
        const chain = map("chain", 10, { mapResult: "Permit", nextPriority: 30 });
        const next = map("next", 30, { sourceInstanceIds: ["vpc-9"] });
        const later = map("later", 40, {});
        const verdict = applyRouteMaps([chain, next, later], vpc2);
        assert.equal(verdict.kind, "undecided");
        assert.match((verdict as { why: string }).why, /nextPriority 30/);
    });

    it("leaves undecided a route a map may match when values are not known, unless both ways end alike", () => {
        const unknownIds = map("unknown", 10, { sourceInstanceIds: [undefined] });
        assert.equal(applyRouteMaps([unknownIds], vpc2).kind, "undecided");
        // Matched or not, a later map denies it anyway.
        const later = map("later", 20, { sourceInstanceIds: ["vpc-2"] });
        assert.equal(applyRouteMaps([unknownIds, later], vpc2).kind, "deny");
        // A route whose source is not known against a map that names one.
        const named = map("named", 10, { sourceInstanceIds: ["vpc-2"] });
        assert.equal(applyRouteMaps([named], { ...vpc2, sourceInstanceId: undefined }).kind, "undecided");
    });

    it("names the conditions it does not evaluate (AS paths, communities) rather than guess", () => {
        const asPath = map("as-path", 10, { unevaluated: ["matchAsns"] });
        const verdict = applyRouteMaps([asPath], vpc2);
        assert.deepEqual(verdict, {
            kind: "undecided",
            by: "as-path",
            why: "the plan does not evaluate its matchAsns conditions",
        });
        // A map whose other conditions do not match cannot affect the route.
        assert.equal(applyRouteMaps([{ ...asPath, sourceInstanceIds: ["vpc-9"] }], vpc2).kind, "permit");
    });

    it("leaves undecided a route a map of unknown priority could match", () => {
        const unordered: RouteMapRule = { name: "unordered", priority: undefined, mapResult: "Deny" };
        assert.deepEqual(applyRouteMaps([unordered], vpc2), {
            kind: "undecided",
            by: "unordered",
            why: "its priority is known only after deployment",
        });
    });

    it("answers for a long chain of maps whose matches are not known (each followed both ways once)", () => {
        // A hundred chained Permit maps, each naming an id not known yet: every reading ends permitted.
        const chain = Array.from({ length: 100 }, (_, i) =>
            map(`m${i}`, i + 1, {
                mapResult: "Permit",
                nextPriority: i + 2,
                sourceInstanceIds: [undefined],
            }),
        );
        assert.equal(applyRouteMaps(chain, vpc2).kind, "permit");
        // A Deny at the end: whether the route reaches it depends on what is not known.
        const denied = [...chain, map("last", 101, { sourceInstanceIds: [undefined] })];
        assert.equal(applyRouteMaps(denied, vpc2).kind, "undecided");
    });
});
