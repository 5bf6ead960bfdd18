// Zone ids against their region: the shape the region names zones by, and
// the zones it lists (the package's list, or alicloud.getZones through the
// VPC owner's provider once it resolves).
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { zoneProblem } from "../../sdk/src/core/zones";
import { KNOWN_ZONES } from "../../sdk/src/plan/regionZones";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { MODES, reportedProblems } from "../harness/graphAssertions";
import { vpcArgs } from "../harness/cenFixtures";

describe("core/zones", () => {
    it("takes the zones a region lists, in the shape the region names them", () => {
        assert.equal(
            zoneProblem("zoneId", "ap-southeast-1a", "ap-southeast-1", KNOWN_ZONES["ap-southeast-1"]),
            undefined,
        );
        assert.equal(
            zoneProblem("zoneId", "cn-hangzhou-h", "cn-hangzhou", KNOWN_ZONES["cn-hangzhou"]),
            undefined,
        );
        // Without the region's list (a provider that may not list zones, the policy pack): the shape alone.
        assert.equal(zoneProblem("zoneId", "me-central-1a", "me-central-1"), undefined);
        assert.equal(zoneProblem("zoneId", "cn-hangzhou-a", "cn-hangzhou"), undefined);
    });

    it("refuses the quickstart's old guess, another region's zone, a zone the region does not list, naming the zones there", () => {
        assert.equal(
            zoneProblem("zoneMappings[0].zoneId", "cn-hangzhoua", "cn-hangzhou", KNOWN_ZONES["cn-hangzhou"]),
            'zoneMappings[0].zoneId "cn-hangzhoua" is not a zone of region cn-hangzhou: its zones are cn-hangzhou-b, cn-hangzhou-e, cn-hangzhou-f, cn-hangzhou-g, cn-hangzhou-h, cn-hangzhou-i, cn-hangzhou-j, cn-hangzhou-k. Give a zone of cn-hangzhou; alicloud.getZones lists them.',
        );
        assert.equal(
            zoneProblem("zoneId", "cn-hangzhoua", "cn-hangzhou"),
            'zoneId "cn-hangzhoua" is not a zone of region cn-hangzhou: its zone ids look like cn-hangzhou-<letter>, e.g. cn-hangzhou-h. Give a zone of cn-hangzhou; alicloud.getZones lists them.',
        );
        assert.match(
            zoneProblem("z", "ap-southeast-5a", "ap-southeast-1")!,
            /is not a zone of region ap-southeast-1/,
        );
        assert.match(
            zoneProblem("z", "cn-hangzhou-a", "cn-hangzhou", KNOWN_ZONES["cn-hangzhou"])!,
            /is not a zone of region cn-hangzhou/,
        );
        assert.match(
            zoneProblem("z", "me-central-1-a", "me-central-1")!,
            /its zone ids look like me-central-1<letter>, e\.g\. me-central-1a\./,
        );
    });

    for (const mode of MODES) {
        it(`a CEN component refuses a VPC's zone that its provider's region does not have, creating nothing (${mode.name})`, async () => {
            const graph = await runProgram(
                () => {
                    const hangzhou = (name: string) => new alicloud.Provider(name, { region: "cn-hangzhou" });
                    const [a, b] = [hangzhou("a"), hangzhou("b")];
                    const zones = (name: string, first: string, second: string) => [
                        { zoneId: first, vswitchId: `vsw-${name}-1` },
                        { zoneId: second, vswitchId: `vsw-${name}-2` },
                    ];
                    new CrossAccountCenPeering("net", {
                        cenProvider: a,
                        vpcs: [
                            vpcArgs("one", a, "10.1.0.0/16", {
                                zoneMappings: zones("one", "cn-hangzhoua", "cn-hangzhoub"),
                            }),
                            vpcArgs("two", b, "10.2.0.0/16", {
                                zoneMappings: zones("two", "cn-hangzhou-h", "cn-hangzhou-i"),
                            }),
                        ],
                    });
                },
                { preview: mode.preview },
            );
            assert.deepEqual(
                reportedProblems(graph).map((p) => p.split(" is not a zone")[0]),
                [
                    `vpcs[0] 'one': zoneMappings[0].zoneId "cn-hangzhoua"`,
                    `vpcs[0] 'one': zoneMappings[1].zoneId "cn-hangzhoub"`,
                ],
            );
        });
    }
});
