import { strict as assert } from "assert";
import fc from "fast-check";
import { parseAddress } from "../../sdk/src/core/cidr";
import { longestPrefixMatch, matchable } from "../../sdk/src/model/lpm";

const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
const ip = octets.map((o) => o.join("."));
/** A route: a random address masked to a random prefix, with a preference class. */
const route = fc.tuple(octets, fc.integer({ min: 0, max: 32 }), fc.nat(2)).map(([o, prefix, pref]) => {
    const value = o.reduce((v, x) => v * 256 + x, 0);
    const masked = prefix === 0 ? 0 : Math.floor(value / 2 ** (32 - prefix)) * 2 ** (32 - prefix);
    const text = [24, 16, 8, 0].map((s) => Math.floor(masked / 2 ** s) % 256).join(".");
    return { destination: `${text}/${prefix}`, pref };
});

describe("model/lpm", () => {
    it("picks the most specific route, static before propagated on a tie", () => {
        const routes = matchable([
            { destination: "10.0.0.0/8", pref: 0 },
            { destination: "192.168.0.0/24", pref: 2 },
            { destination: "192.168.0.0/24", pref: 1 },
            { destination: "192.168.0.0/16", pref: 0 },
        ]).routes;
        assert.deepEqual(
            longestPrefixMatch(routes, parseAddress("192.168.0.7")!, (r) => r.pref),
            { destination: "192.168.0.0/24", pref: 1 },
        );
        assert.deepEqual(
            longestPrefixMatch(routes, parseAddress("10.9.9.9")!, (r) => r.pref),
            { destination: "10.0.0.0/8", pref: 0 },
        );
        assert.equal(longestPrefixMatch(routes, parseAddress("172.16.0.1")!), undefined);
        assert.equal(
            longestPrefixMatch(routes, parseAddress("2408::1")!),
            undefined,
            "an IPv6 address never matches IPv4 routes",
        );
    });

    it("agrees with a brute-force search over every route (property)", () => {
        fc.assert(
            fc.property(fc.array(route, { maxLength: 30 }), ip, (routes, address) => {
                const a = parseAddress(address)!;
                const parsed = matchable(routes).routes;
                const best = longestPrefixMatch(parsed, a, (r) => r.pref);
                const containing = parsed.filter((r) => r.block.first <= a.value && a.value <= r.block.last);
                if (containing.length === 0) {
                    assert.equal(best, undefined);
                    return;
                }
                const longest = Math.max(...containing.map((r) => r.block.prefix));
                const bestPref = Math.min(
                    ...containing.filter((r) => r.block.prefix === longest).map((r) => r.route.pref),
                );
                assert.ok(best);
                assert.equal(Number(best.destination.split("/")[1]), longest);
                assert.equal(best.pref, bestPref);
            }),
            { numRuns: 500 },
        );
    });
});
