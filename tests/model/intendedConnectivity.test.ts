import { strict as assert } from "assert";
import { intendedConnectivityFindings } from "../../sdk/src/checks/intendedConnectivity";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { handWrittenHubSpoke } from "./handWrittenHubSpoke";

describe("checks/intendedConnectivity", () => {
    it("passes the guide's example: every VPC must reach every other", async () => {
        const graph = stackGraphOf(await runModule("examples/cross-account-cen/index.ts"));
        const all = ["vpc1", "vpc2", "vpc3"].flatMap((from) =>
            ["vpc1", "vpc2", "vpc3"].filter((to) => to !== from).map((to) => ({ from, to })),
        );
        assert.deepEqual(intendedConnectivityFindings(graph, { mustReach: all, mustNotReach: [] }), []);
    });

    it("fails a required pair with the hop where the ping stopped", async () => {
        const graph = stackGraphOf(await runProgram(handWrittenHubSpoke()));
        const findings = intendedConnectivityFindings(graph, {
            mustReach: [{ from: "vpc1", to: "vpc2" }],
            mustNotReach: [],
        });
        assert.deepEqual(
            findings.map((f) => f.message),
            [
                "VPC vpc1 must reach VPC vpc2, but vpc1/vpc1-vsw0 (10.1.0.1) cannot ping vpc2/vpc2-vsw0 (10.2.0.1): transit router table spoke-table (vtb-spoke-table): no route to 10.2.0.1.",
            ],
        );
    });

    it("names VPCs the stack does not have", async () => {
        const graph = stackGraphOf(await runProgram(handWrittenHubSpoke()));
        const [finding] = intendedConnectivityFindings(graph, {
            mustReach: [],
            mustNotReach: [{ from: "vpc1", to: "vpc9" }],
        });
        assert.equal(
            finding.message,
            "The intended connectivity names VPC vpc9, which this stack does not have; use the names of VPC resources or of on-premises connections' attachments (vpc1, vpc2, vpc3).",
        );
    });
});
