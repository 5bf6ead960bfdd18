// CrossAccountExpressConnectRouter: the ECR owner (account A) connects VPCs
// and a VBR of accounts B and C to its Express Connect Router. Each foreign
// instance's owner authorizes the ECR, then A associates the instance, in
// that order; removing one deletes the association before the authorization.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import {
    CrossAccountExpressConnectRouter,
    CrossAccountExpressConnectRouterArgs,
} from "alicloud-multi-account-network";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { GraphView } from "../harness/graphView";
import { childLines, MODES } from "../harness/graphAssertions";
import { deletionOrder, updatePlan } from "../harness/lifecycle";

const ACCOUNTS = { a: "1111111111111111", b: "2222222222222222", c: "3333333333333333" };
type Providers = Record<keyof typeof ACCOUNTS, alicloud.Provider>;
const REGION = "cn-hangzhou";

interface Edit {
    readonly without?: string;
    readonly ecrId?: string;
    readonly appPrefixes?: string[];
}

/** A owns the ECR and VPC shared; B owns VPC app and VBR dc; C owns VPC data. */
function scenario(edit: Edit = {}) {
    return (p: Providers): CrossAccountExpressConnectRouterArgs => {
        const keep = <T extends { name: string }>(list: T[]) => list.filter((i) => i.name !== edit.without);
        return {
            ecrProvider: p.a,
            ecrId: edit.ecrId,
            vpcs: keep([
                {
                    name: "app",
                    provider: p.b,
                    vpcId: "vpc-app",
                    cidrBlocks: ["10.1.0.0/16"],
                    allowedPrefixes: edit.appPrefixes ?? ["10.1.0.0/16"],
                },
                { name: "data", provider: p.c, vpcId: "vpc-data", cidrBlocks: ["10.2.0.0/16"] },
                { name: "shared", provider: p.a, vpcId: "vpc-shared", cidrBlocks: ["10.0.0.0/16"] },
            ]),
            vbrs: keep([{ name: "dc", provider: p.b, vbrId: "vbr-dc" }]),
        };
    };
}

async function deploy(build: (p: Providers) => CrossAccountExpressConnectRouterArgs, preview = false) {
    const graph = await runProgram(
        () => {
            const p = Object.fromEntries(
                Object.keys(ACCOUNTS).map((n) => [n, new alicloud.Provider(n, { region: REGION })]),
            ) as Providers;
            new CrossAccountExpressConnectRouter("ecr", build(p));
        },
        { accounts: ACCOUNTS, preview },
    );
    assert.deepEqual(graph.errors, []);
    return graph;
}

describe("CrossAccountExpressConnectRouter", () => {
    for (const mode of MODES) {
        it(`authorizes the ECR in each instance owner's account, then associates the instance in the ECR owner's (${mode.name})`, async () => {
            const view = new GraphView(await deploy(scenario(), mode.preview));
            assert.deepEqual(childLines(view, view.named("ecr")), [
                "RouterExpressConnectRouter ecr-ecr @a <- ",
                "RouterGrantAssociation ecr-grant-app @b <- ecr-ecr",
                "RouterGrantAssociation ecr-grant-data @c <- ecr-ecr",
                "RouterGrantAssociation ecr-grant-dc @b <- ecr-ecr",
                "RouterVbrChildInstance ecr-association-dc @a <- ecr-ecr, ecr-grant-dc",
                "RouterVpcAssociation ecr-association-app @a <- ecr-ecr, ecr-grant-app",
                "RouterVpcAssociation ecr-association-data @a <- ecr-ecr, ecr-grant-data",
                "RouterVpcAssociation ecr-association-shared @a <- ecr-ecr",
            ]);
        });
    }

    it("gives the authorizations the ECR owner's account and each association its instance owner's, as the ECR APIs take them", async () => {
        const view = new GraphView(await deploy(scenario()));
        const inputs = (name: string) => view.named(name).inputs;
        assert.deepEqual(inputs("ecr-grant-app"), {
            ecrId: "ecr-ecr-ecr",
            ecrOwnerAliUid: Number(ACCOUNTS.a),
            instanceId: "vpc-app",
            instanceRegionId: REGION,
            instanceType: "VPC",
        });
        assert.equal(inputs("ecr-grant-dc").instanceType, "VBR");
        assert.deepEqual(inputs("ecr-association-app"), {
            ecrId: "ecr-ecr-ecr",
            vpcId: "vpc-app",
            associationRegionId: REGION,
            vpcOwnerId: Number(ACCOUNTS.b),
            allowedPrefixes: ["10.1.0.0/16"],
        });
        // The ECR owner's own VPC: no authorization, no owner id.
        assert.equal(inputs("ecr-association-shared").vpcOwnerId, undefined);
        const vbr = inputs("ecr-association-dc");
        assert.deepEqual(
            [vbr.childInstanceId, vbr.childInstanceType, vbr.childInstanceRegionId, vbr.childInstanceOwnerId],
            ["vbr-dc", "VBR", REGION, ACCOUNTS.b],
        );
        assert.equal(inputs("ecr-ecr").alibabaSideAsn, 45104);
        const outputs = view.named("ecr").outputs!;
        assert.equal(outputs.ecrId, "ecr-ecr-ecr");
        assert.equal(outputs.ecrAccountId, ACCOUNTS.a);
        assert.deepEqual(outputs.associationIds, {
            app: "ecr-assoc-ecr-association-app",
            data: "ecr-assoc-ecr-association-data",
            shared: "ecr-assoc-ecr-association-shared",
            dc: "ecr-ecr-ecr:vbr-dc:VBR",
        });
        assert.deepEqual(Object.keys(outputs.grantIds as object).sort(), ["app", "data", "dc"]);
        assert.deepEqual(outputs.memberAccountIds, {
            app: ACCOUNTS.b,
            data: ACCOUNTS.c,
            shared: ACCOUNTS.a,
            dc: ACCOUNTS.b,
        });
    });

    it("uses an existing ECR when given its id, and creates none", async () => {
        const view = new GraphView(await deploy(scenario({ ecrId: "ecr-existing" })));
        assert.equal(
            view.graph.resources.some((r) => r.type.endsWith("RouterExpressConnectRouter")),
            false,
        );
        assert.equal(view.named("ecr-grant-app").inputs.ecrId, "ecr-existing");
        assert.equal(view.named("ecr-association-dc").inputs.ecrId, "ecr-existing");
    });

    it("changing a VPC's allowed prefixes updates its association in place, and nothing else", async () => {
        const before = await deploy(scenario());
        const after = await deploy(scenario({ appPrefixes: ["10.1.0.0/17", "10.1.128.0/17"] }));
        assert.deepEqual(updatePlan(before, after), {
            created: [],
            updated: [{ name: "ecr-association-app", changed: ["allowedPrefixes"] }],
            replaced: [],
            deleted: [],
        });
    });

    for (const name of ["app", "dc"]) {
        it(`removing ${name} deletes its association, then revokes its authorization, and nothing else`, async () => {
            const before = await deploy(scenario());
            const after = await deploy(scenario({ without: name }));
            const plan = updatePlan(before, after);
            assert.deepEqual(plan, {
                created: [],
                updated: [],
                replaced: [],
                deleted: [`ecr-association-${name}`, `ecr-grant-${name}`],
            });
            assert.deepEqual(deletionOrder(before, plan.deleted), [
                [`ecr-association-${name}`],
                [`ecr-grant-${name}`],
            ]);
        });
    }
});
