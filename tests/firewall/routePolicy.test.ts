// The transit router firewall's traffic-redirection policy (a dynamic
// resource: CreateTrFirewallV2RoutePolicy has no Pulumi resource) against a
// loopback Cloud Firewall API that checks request signatures: create,
// adoption instead of a duplicate, retries, scope updates, replacement and
// deletion.
import { strict as assert } from "assert";
import { routePolicyProvider } from "../../sdk/src/resources/trFirewall/routePolicyResource";
import { fakeApiPerTest } from "../sharing/fakeAlibabaApi";

const FIREWALL = "vfw-tr-segments";

describe("TrFirewallRoutePolicy against a loopback Cloud Firewall API", function () {
    this.timeout(20000);
    const fake = fakeApiPerTest();

    const inputs = (extra: object = {}) => ({
        firewallId: FIREWALL,
        region: "ap-southeast-1",
        policyType: "end_to_end",
        name: "segments-office-production",
        sources: [{ id: "vpc-office" }],
        destinations: [{ id: "vpc-prod-1" }, { id: "vpc-prod-2", type: "VPC" }],
        endpoint: fake.endpoint,
        ...extra,
    });
    const actions = () => fake.api.calls.map((c) => c.action);

    it("creates the policy with signed requests: the firewall, its type and both candidate lists", async () => {
        const result = await routePolicyProvider.create!(inputs());
        assert.equal(result.id, "policy-1");
        assert.equal(result.outs.policyId, "policy-1");
        assert.deepEqual(actions(), ["DescribeTrFirewallV2RoutePolicyList", "CreateTrFirewallV2RoutePolicy"]);
        const create = fake.api.calls[1].params;
        assert.deepEqual(
            [create.Version, create.FirewallId, create.PolicyType, create.PolicyName],
            ["2017-12-07", FIREWALL, "end_to_end", "segments-office-production"],
        );
        assert.deepEqual(JSON.parse(create.SrcCandidateList), [
            { CandidateId: "vpc-office", CandidateType: "VPC" },
        ]);
        assert.deepEqual(fake.api.routePolicies[0].DestCandidateList, [
            { CandidateId: "vpc-prod-1", CandidateType: "VPC" },
            { CandidateId: "vpc-prod-2", CandidateType: "VPC" },
        ]);
    });

    it("refuses requests signed with a key the API does not know, and says so", async () => {
        process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = "wrong-secret";
        await assert.rejects(routePolicyProvider.create!(inputs()), /SignatureDoesNotMatch/);
        assert.deepEqual(fake.api.routePolicies, []);
    });

    it("retries throttling and server errors, and makes one policy when a create's answer is lost", async () => {
        fake.api.failures.push(
            { status: 400, code: "Throttling.User" },
            { status: 500, code: "InternalError" },
        );
        fake.api.loseCreateAnswers = 1;
        const result = await routePolicyProvider.create!(inputs());
        assert.equal(fake.api.routePolicies.length, 1, "the retried create found its policy by name");
        assert.deepEqual(actions(), [
            ...Array(3).fill("DescribeTrFirewallV2RoutePolicyList"),
            "CreateTrFirewallV2RoutePolicy",
            "DescribeTrFirewallV2RoutePolicyList",
        ]);
        assert.equal(result.id, fake.api.routePolicies[0].PolicyId);
    });

    it("adopts a policy of the same name, bringing its scope to the one asked, and refuses one of another type", async () => {
        fake.api.routePolicies.push({
            FirewallId: FIREWALL,
            PolicyId: "policy-old",
            PolicyName: "segments-office-production",
            PolicyType: "end_to_end",
            PolicyStatus: "opened",
            SrcCandidateList: [{ CandidateId: "vpc-office", CandidateType: "VPC" }],
            DestCandidateList: [],
        });
        const result = await routePolicyProvider.create!(inputs());
        assert.equal(result.id, "policy-old");
        assert.deepEqual(actions(), [
            "DescribeTrFirewallV2RoutePolicyList",
            "ModifyTrFirewallV2RoutePolicyScope",
        ]);
        assert.equal(fake.api.routePolicies[0].DestCandidateList.length, 2);
        await assert.rejects(
            routePolicyProvider.create!(inputs({ policyType: "fullmesh" })),
            /already has a traffic-redirection policy named segments-office-production \(policy-old\), of type end_to_end, not fullmesh/,
        );
    });

    it("updates the scope in place, replaces the policy for a new name or type, deletes the old one first", async () => {
        const created = await routePolicyProvider.create!(inputs());
        const olds = created.outs;
        const wider = inputs({
            destinations: [{ id: "vpc-prod-1" }, { id: "vpc-prod-2" }, { id: "vpc-prod-3" }],
        });
        const diff = await routePolicyProvider.diff!(created.id, olds, wider);
        assert.deepEqual([diff.changes, diff.replaces], [true, []]);
        await routePolicyProvider.update!(created.id, olds, wider);
        assert.equal(fake.api.routePolicies[0].DestCandidateList.length, 3);
        const renamed = await routePolicyProvider.diff!(created.id, olds, inputs({ name: "other" }));
        assert.deepEqual([renamed.replaces, renamed.deleteBeforeReplace], [["name"], true]);
        assert.equal((await routePolicyProvider.diff!(created.id, olds, inputs())).changes, false);
    });

    it("reads what is there, and deletes idempotently", async () => {
        const created = await routePolicyProvider.create!(inputs());
        const read = await routePolicyProvider.read!(created.id, created.outs);
        assert.equal(read.props?.status, "opened");
        await routePolicyProvider.delete!(created.id, created.outs);
        assert.deepEqual(fake.api.routePolicies, []);
        await routePolicyProvider.delete!(created.id, created.outs);
        assert.deepEqual(await routePolicyProvider.read!(created.id, created.outs), {});
        assert.equal(actions().filter((a) => a === "DeleteTrFirewallV2RoutePolicy").length, 1);
    });
});
