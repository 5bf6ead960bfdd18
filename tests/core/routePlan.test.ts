import { strict as assert } from "assert";
import {
    checkRouteCoverage,
    planVpcRoutes,
    RFC1918_SUMMARIES,
    RoutedVpc,
} from "../../sdk/src/core/routePlan";

const vpc = (name: string, cidrBlocks: string[], ipv6CidrBlocks: string[] = []): RoutedVpc<string> => ({
    key: name,
    cidrBlocks,
    ipv6CidrBlocks,
});
const x = vpc("x", ["10.0.0.0/16"], ["2408::/56"]);
const y = vpc("y", ["10.1.0.0/16", "11.0.0.0/16"], ["2409::/56"]);
const z = vpc("z", ["10.2.0.0/16"]);

describe("core/routePlan", () => {
    it('"rfc1918" plans the console\'s three summaries, whatever the peers', () => {
        assert.deepEqual(planVpcRoutes(x, [y, z], "rfc1918", false), [
            { key: "10-0-0-0-8", destination: "10.0.0.0/8" },
            { key: "172-16-0-0-12", destination: "172.16.0.0/12" },
            { key: "192-168-0-0-16", destination: "192.168.0.0/16" },
        ]);
    });

    it('"peer-cidrs" plans every block of every peer, keyed by the block', () => {
        assert.deepEqual(planVpcRoutes(x, [y, z], "peer-cidrs", false), [
            { key: "10-1-0-0-16", destination: "10.1.0.0/16" },
            { key: "11-0-0-0-16", destination: "11.0.0.0/16" },
            { key: "10-2-0-0-16", destination: "10.2.0.0/16" },
        ]);
    });

    it('"none" plans nothing, IPv6 included', () => {
        assert.deepEqual(planVpcRoutes(x, [y], "none", true), []);
    });

    it("adds the peers' IPv6 blocks only for a VPC that has IPv6 itself", () => {
        assert.deepEqual(planVpcRoutes(x, [y, z], "peer-cidrs", true).slice(-1), [
            { key: "2409-56", destination: "2409::/56" },
        ]);
        assert.equal(planVpcRoutes(z, [x, y], "peer-cidrs", true).length, 3);
    });

    it("takes a list of summaries as given, IPv6 included, keyed by block", () => {
        assert.deepEqual(planVpcRoutes(x, [y, z], ["10.0.0.0/14", "2408::/16"], true), [
            { key: "10-0-0-0-14", destination: "10.0.0.0/14" },
            { key: "2408-16", destination: "2408::/16" },
        ]);
    });

    it("finds every known IPv4 block no summary covers, and leaves unknown and IPv6 blocks alone", () => {
        const problems = checkRouteCoverage({
            argument: "hubRouteDestinations",
            summaries: RFC1918_SUMMARIES,
            routedBy: "the hub",
            orElse: "fix it",
            targets: [
                { path: "spokes[0]", name: "a", cidrBlocks: ["10.1.0.0/16", "11.0.0.0/16", undefined] },
                { path: "spokes[1]", name: "b", cidrBlocks: ["11.0.0.0/8", "2408::/56"] },
                { path: "spokes[2]", name: "c", cidrBlocks: ["172.0.0.0/11"] },
            ],
        });
        assert.deepEqual(
            problems.map((p) => p.split(" is outside")[0]),
            [
                "spokes[0] 'a': cidrBlocks[1] 11.0.0.0/16",
                "spokes[1] 'b': cidrBlocks[0] 11.0.0.0/8",
                "spokes[2] 'c': cidrBlocks[0] 172.0.0.0/11",
            ],
        );
    });
});
