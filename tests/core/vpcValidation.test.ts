import { strict as assert } from "assert";
import { checkZones, checkVpcNames, checkVpcCidrs, VpcFacts } from "../../sdk/src/core/vpcValidation";
import { checkAccountDecision, isCrossAccount } from "../../sdk/src/core/accounts";

const facts = (name: string, cidrBlocks: (string | undefined)[]): VpcFacts => ({
    path: `vpcs[${name}]`,
    name,
    cidrBlocks,
    ipv6CidrBlocks: [],
    zoneIds: ["a", "b"],
    payer: undefined,
    routeTableCount: 1,
});

describe("core/vpcValidation", () => {
    it("counts unknown zones as possibly distinct, and fails only when they cannot make two", () => {
        assert.deepEqual(checkZones("v", ["z1", undefined]), []);
        assert.deepEqual(checkZones("v", [undefined, undefined]), []);
        assert.equal(checkZones("v", [undefined]).length, 1);
        assert.equal(checkZones("v", ["z1", "z1"]).length, 1);
        assert.match(checkZones("v", [])[0], /cover no zone/);
        assert.deepEqual(checkZones("v", ["z1", "z2", "z3"], 3), []);
    });

    it("checks known CIDRs while others are unknown", () => {
        const problems = checkVpcCidrs([
            facts("a", ["10.0.0.0/16", undefined]),
            facts("b", [undefined, "10.0.1.0/24"]),
        ]);
        assert.equal(problems.length, 1);
        assert.match(
            problems[0],
            /vpcs\[b\] 'b': cidrBlocks\[1\] 10.0.1.0\/24 overlaps vpcs\[a\] 'a': cidrBlocks\[0\] 10.0.0.0\/16/,
        );
    });

    it("reports a block overlapping another of the same VPC", () => {
        assert.equal(checkVpcCidrs([facts("a", ["10.0.0.0/16", "10.0.0.0/24"])]).length, 1);
    });

    it("reports each duplicate name once, against its first use", () => {
        assert.deepEqual(
            checkVpcNames(["a", "b", "a", "a"].map((name, i) => ({ path: `vpcs[${i}]`, name }))).length,
            2,
        );
    });

    it("decides cross-account from providers, or from ids when both are plain", () => {
        assert.equal(isCrossAccount(true), false);
        assert.equal(
            isCrossAccount(true, "1", "2"),
            false,
            "one provider is one account; the ids contradict it and are reported",
        );
        assert.equal(isCrossAccount(false), true);
        assert.equal(isCrossAccount(false, "1", "1"), false);
        assert.equal(isCrossAccount(false, "1", "2"), true);
        const resolved = (id: string) => ({ id, given: false });
        const given = (id: string) => ({ id, given: true });
        assert.equal(checkAccountDecision("v", true, resolved("1"), resolved("2")), undefined);
        assert.equal(checkAccountDecision("v", false, resolved("1"), resolved("1")), undefined);
        assert.match(
            checkAccountDecision("v", true, resolved("1"), resolved("1"))!,
            /^v: its provider resolves to account 1, which also owns the CEN.* Pass the CEN owner's provider/,
        );
        // The argument the caller gave is the one blamed.
        assert.match(
            checkAccountDecision("v", true, given("1"), resolved("1"))!,
            /^v: accountId 1, .* Correct accountId/,
        );
        assert.match(checkAccountDecision("v", true, resolved("1"), given("1"))!, /Correct cenAccountId/);
        assert.equal(
            checkAccountDecision("vpcs[0] 'one'", false, resolved("1111"), given("9999")),
            "cenAccountId 9999 is not the account of cenProvider, which resolves to 1111 (vpcs[0] 'one' uses that provider); correct cenAccountId, or leave it out to have it looked up.",
        );
    });
});
