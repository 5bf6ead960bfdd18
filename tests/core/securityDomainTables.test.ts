// Which of a CenSecurityDomains' route tables learns routes to two members:
// where one does, their blocks must not overlap.
import { strict as assert } from "assert";
import { domainReach, inspectedReach, tableLearningBoth } from "../../sdk/src/core/securityDomains";

const domains = ["office", "prod", "dev", "shared"];
const tables = (allow: string[][], options: { multiRegion?: boolean; inspect?: string[][] } = {}) => ({
    reach: domainReach({ domains: domains.map((name) => ({ name, isolateMembers: false })), allow }),
    inspected: inspectedReach(domains, options.inspect ?? []),
    multiRegion: options.multiRegion ?? false,
});

describe("core/securityDomains: the table that learns two members", () => {
    it("none for domains that never talk and that no third domain reaches both of", () => {
        assert.equal(
            tableLearningBoth(tables([["office", "shared"]]), { domain: "dev" }, { domain: "prod" }),
            undefined,
        );
    });

    it("a third domain reaching both: its table (the landing zone where dev copied prod's blocks)", () => {
        const t = tables([
            ["dev", "shared"],
            ["prod", "shared"],
        ]);
        assert.equal(
            tableLearningBoth(t, { domain: "dev" }, { domain: "prod" }),
            "the route table of domain shared",
        );
    });

    it("a domain's own members learn each other unless isolated; domains that talk learn each other", () => {
        assert.equal(
            tableLearningBoth(tables([]), { domain: "dev" }, { domain: "dev" }),
            "the route table of domain dev",
        );
        assert.equal(
            tableLearningBoth(tables([["dev", "prod"]]), { domain: "dev" }, { domain: "prod" }),
            "the route table of domain prod",
        );
    });

    it("across regions, the inbound table of a region learns every member there, whatever its domain", () => {
        const t = tables([], { multiRegion: true });
        assert.equal(
            tableLearningBoth(
                t,
                { domain: "dev", region: "cn-hangzhou" },
                { domain: "prod", region: "cn-hangzhou" },
            ),
            "the inbound table of region cn-hangzhou",
        );
        assert.equal(
            tableLearningBoth(
                t,
                { domain: "dev", region: "cn-hangzhou" },
                { domain: "prod", region: "cn-shanghai" },
            ),
            undefined,
        );
    });

    it("the inspection point learns every inspected member", () => {
        const t = tables(
            [
                ["office", "prod"],
                ["dev", "shared"],
            ],
            { inspect: [["office", "prod"]] },
        );
        assert.equal(tableLearningBoth(t, { domain: "office" }, { domain: "dev" }), undefined);
        assert.match(
            tableLearningBoth(t, { domain: "office" }, { domain: "prod" })!,
            /route table of domain office/,
        );
    });
});
