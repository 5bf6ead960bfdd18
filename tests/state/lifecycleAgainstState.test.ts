// The lifecycle edits (tests/components/lifecycle.test.ts), planned as a user
// plans them: against the deployed stack's export. The program then runs
// with what the stack holds (kept ids and outputs, replacements' new ids),
// and the steps are the engine's between the two registered graphs.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import {
    CenVpcArgs,
    CrossAccountCenPeering,
    CrossAccountCenPeeringArgs,
} from "alicloud-multi-account-network";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { pulumiStateGraph } from "../../sdk/src/state/pulumiState";
import { engineSteps } from "../../sdk/src/plan/engineSteps";
import { accountProviders, vpcArgs } from "../harness/cenFixtures";
import { updatePlan } from "../harness/lifecycle";
import { stackExport } from "../harness/stackExport";

const ACCOUNTS = { a: "1111111111111111", b: "2222222222222222", c: "3333333333333333" };

/** x in account a with two route tables, y in account b with two blocks; exact peer routes. */
function network(edit: { yBlocks?: string[]; payer?: CenVpcArgs["payer"]; middle?: boolean } = {}) {
    return () => {
        const p: Record<string, alicloud.Provider> = accountProviders("a", "b", "c");
        const args: CrossAccountCenPeeringArgs = {
            cenProvider: p.a,
            vpcRoutes: "peer-cidrs",
            vpcs: [
                vpcArgs("x", p.a, "10.0.0.0/16", { routeTableIds: ["vtb-x-main", "vtb-x-db"] }),
                ...(edit.middle ? [vpcArgs("m", p.c, "10.5.0.0/16")] : []),
                vpcArgs("y", p.b, "10.1.0.0/16", {
                    cidrBlocks: edit.yBlocks ?? ["10.1.0.0/16", "10.9.0.0/16"],
                    payer: edit.payer ?? "cen-owner",
                }),
            ],
        };
        new CrossAccountCenPeering("net", args);
    };
}

const EDITS = {
    "removing a peer's first block": { yBlocks: ["10.9.0.0/16"] },
    "changing the payer": { payer: "resource-owner" as const },
    "adding a VPC in the middle of the list": { middle: true },
};

describe("lifecycle edits planned against the deployed stack's export", () => {
    for (const [edit, change] of Object.entries(EDITS)) {
        it(`${edit}: the steps from the export are the engine's between the two programs`, async () => {
            const base = await runProgram(network(), { accounts: ACCOUNTS });
            const deployed = pulumiStateGraph(stackExport(base), "dev.json", {}).graph;
            const against = await runProgram(network(change), { accounts: ACCOUNTS, deployed });
            const edited = await runProgram(network(change), { accounts: ACCOUNTS });
            assert.deepEqual([against.errors, edited.errors], [[], []]);
            const fromState = engineSteps(deployed, against);
            const expected = updatePlan(base, edited);
            const names = (op: string) =>
                fromState
                    .filter((s) => s.op === op)
                    .map((s) => s.name)
                    .sort();
            assert.deepEqual(
                {
                    created: names("create"),
                    updated: names("update"),
                    replaced: names("replace"),
                    deleted: names("delete"),
                },
                {
                    created: expected.created,
                    updated: expected.updated.map((u) => u.name).sort(),
                    replaced: expected.replaced.map((r) => r.name).sort(),
                    deleted: expected.deleted,
                },
            );
            assert.ok(fromState.length > 0);
        });
    }
});
