// The policies as a library: each policy's name, its file and its check's
// file line up, the stack graph is built once per analysis and shared, and
// the typed builder applies levels and settings the way the engine reads them.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { PolicyResource } from "@pulumi/policy";
import * as library from "alicloud-multi-account-network/policies";
import { networkPolicies, policies } from "alicloud-multi-account-network/policies";
import { stackGraphOf } from "../../sdk/src/policies/stackResources";
import { baselineStack, mutate } from "./baselineStack";
import { policyResources, runStackPolicy } from "./policyArgs";

const SDK = path.join(__dirname, "../../sdk/src");
const camel = (name: string) =>
    name.replace(/^alicloud-/, "").replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe("policy library", () => {
    it("names each policy after its file and its check's file, and exports it by that name", () => {
        for (const policy of policies) {
            const file = camel(policy.name);
            assert.ok(fs.existsSync(path.join(SDK, "policies", `${file}.ts`)), `sdk/src/policies/${file}.ts`);
            assert.ok(fs.existsSync(path.join(SDK, "checks", `${file}.ts`)), `sdk/src/checks/${file}.ts`);
            assert.equal((library as unknown as Record<string, { name: string }>)[file]?.name, policy.name);
        }
    });

    it("builds the stack graph once per analysis: the same graph within a turn of the event loop, a new one after", async () => {
        const resources: PolicyResource[] = policyResources(baselineStack());
        const copy: PolicyResource[] = policyResources(baselineStack()); // the SDK hands each policy its own copy
        const first = stackGraphOf(resources);
        assert.equal(stackGraphOf(copy), first);
        assert.notEqual(stackGraphOf(resources.slice(1)), first, "other resources, another graph");
        await new Promise((resolve) => setImmediate(resolve));
        assert.notEqual(stackGraphOf(copy), stackGraphOf(resources.slice(1)));
        const next = stackGraphOf(copy);
        await new Promise((resolve) => setImmediate(resolve));
        assert.notEqual(stackGraphOf(copy), next, "the next analysis builds its own");
    });

    it("applies levels and settings in code, which the pack's configuration still overrides", async () => {
        const configured = networkPolicies({
            all: "advisory",
            policies: { "alicloud-vpc-cidrs-no-overlap": { enforcementLevel: "mandatory", scope: "stack" } },
        });
        const overlap = configured.find((p) => p.name === "alicloud-vpc-cidrs-no-overlap")!;
        assert.equal(overlap.enforcementLevel, "mandatory");
        assert.deepEqual(
            configured.filter((p) => p !== overlap).map((p) => p.enforcementLevel),
            Array(policies.length - 1).fill("advisory"),
        );
        // The engine fills a missing setting from the schema's default: the one given in code.
        assert.equal((overlap.configSchema!.properties!.scope as { default: string }).default, "stack");
        // Two overlapping VPCs of different CENs: only the stack scope compares them.
        const specs = mutate(
            mutate(baselineStack(), "vpc2", { props: { cidrBlock: "10.0.0.0/8" } }),
            "att2",
            {
                props: { cenId: "cen-other" },
                deps: {},
            },
        );
        assert.equal((await runStackPolicy(overlap, specs, {})).length, 1, "code's scope: stack");
        assert.equal(
            (await runStackPolicy(overlap, specs, { scope: "cen" })).length,
            0,
            "configuration wins",
        );
        const plain = policies.find((p) => p.name === overlap.name)!;
        assert.equal((await runStackPolicy(plain, specs, {})).length, 0, "the library's own default: cen");
    });

    it("refuses a policy name or a setting that does not exist, naming it and what exists", () => {
        assert.throws(
            () => networkPolicies({ policies: { "alicloud-vpc-cidr-overlap": "disabled" } as never }),
            /networkPolicies: policies has unknown policy name\(s\) "alicloud-vpc-cidr-overlap"; use one of alicloud-vpc-cidrs-no-overlap, /,
        );
        assert.throws(
            () =>
                networkPolicies({
                    policies: { "alicloud-tr-attachment-two-zones": { minZone: 3 } as never },
                }),
            /policies\["alicloud-tr-attachment-two-zones"\]\.minZone is not a setting of that policy; its settings are minZones\./,
        );
    });
});
