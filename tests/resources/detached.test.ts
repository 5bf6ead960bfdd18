// The validation gates wait for values without making every child depend on
// the resources those values came from: a child that waits for a detached
// Output lists no new dependency, and still waits and fails with it.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { detached } from "../../sdk/src/validation/detached";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { GraphView } from "../harness/graphView";

/** A vSwitch that waits (dependsOn) for an Output derived from a VPC it does not otherwise use. */
function waitingOn(gate: (vpc: alicloud.vpc.Network) => pulumi.Output<pulumi.Resource[]>) {
    return () => {
        const p = new alicloud.Provider("a", { region: "ap-southeast-1" });
        const vpc = new alicloud.vpc.Network("vpc", { cidrBlock: "10.0.0.0/16" }, { provider: p });
        new alicloud.vpc.Switch(
            "vsw",
            { vpcId: "vpc-existing", cidrBlock: "10.0.0.0/24", zoneId: "ap-southeast-1a" },
            { provider: p, dependsOn: [gate(vpc) as unknown as pulumi.Resource] },
        );
    };
}

describe("detached gates", () => {
    it("wait for a value without adding its resources to the waiting child's dependencies", async () => {
        const plain = new GraphView(await runProgram(waitingOn((vpc) => vpc.id.apply(() => []))));
        assert.deepEqual(
            plain.dependencyNames(plain.named("vsw")),
            ["vpc"],
            "an Output carries its resource",
        );
        const gated = new GraphView(
            await runProgram(
                waitingOn((vpc) =>
                    detached(vpc.id.apply(() => [] as pulumi.Resource[])).apply((r) => r ?? []),
                ),
            ),
        );
        assert.deepEqual(gated.dependencyNames(gated.named("vsw")), []);
    });

    it("still fail the child when the check fails", async () => {
        const graph = await runProgram(
            waitingOn((vpc) =>
                detached(
                    vpc.id.apply((): pulumi.Resource[] => {
                        throw new Error("the check failed");
                    }),
                ).apply((r) => r ?? []),
            ),
        );
        assert.ok(
            graph.errors.some((e) => e.includes("the check failed")),
            JSON.stringify(graph.errors),
        );
        assert.ok(!graph.resources.some((r) => r.name === "vsw"), "the waiting child is not registered");
    });
});
