import { strict as assert } from "assert";
import { planVpcRoutes, RoutedVpc } from "../../sdk/src/core/routePlan";

const vpc = (name: string, cidrBlocks: string[], ipv6CidrBlocks: string[] = []): RoutedVpc<string> => ({
    key: name,
    cidrBlocks,
    ipv6CidrBlocks,
});
const x = vpc("x", ["10.0.0.0/16"], ["2408::/56"]);
const y = vpc("y", ["10.1.0.0/16", "100.64.0.0/16"], ["2409::/56"]);
const z = vpc("z", ["10.2.0.0/16"]);

describe("core/routePlan", () => {
    it('"rfc1918" plans the console\'s three summaries, whatever the peers', () => {
        assert.deepEqual(planVpcRoutes(x, [y, z], "rfc1918", false), [
            { key: "10-0-0-0-8", destination: "10.0.0.0/8" },
            { key: "172-16-0-0-12", destination: "172.16.0.0/12" },
            { key: "192-168-0-0-16", destination: "192.168.0.0/16" },
        ]);
    });

    it('"peer-cidrs" plans every block of every peer, keyed by peer and position', () => {
        assert.deepEqual(planVpcRoutes(x, [y, z], "peer-cidrs", false), [
            { key: "y-0", destination: "10.1.0.0/16" },
            { key: "y-1", destination: "100.64.0.0/16" },
            { key: "z-0", destination: "10.2.0.0/16" },
        ]);
    });

    it('"none" plans nothing, IPv6 included', () => {
        assert.deepEqual(planVpcRoutes(x, [y], "none", true), []);
    });

    it("adds the peers' IPv6 blocks only for a VPC that has IPv6 itself", () => {
        assert.deepEqual(planVpcRoutes(x, [y, z], "peer-cidrs", true).slice(-1), [
            { key: "y-ipv6-0", destination: "2409::/56" },
        ]);
        assert.equal(planVpcRoutes(z, [x, y], "peer-cidrs", true).length, 3);
    });
});
