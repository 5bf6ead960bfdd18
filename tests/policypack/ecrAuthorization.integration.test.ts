// The alicloud-ecr-authorization policy through the pack's real entry point
// (Analyzer gRPC): the ecr-authorization example passes with no diagnostic;
// hand-written Express Connect Router associations of another account's
// VPC or VBR are stopped when the authorization is missing, of the wrong
// type, given by the wrong account, naming the wrong ECR owner, or not
// waited for.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { Diagnostic } from "../../sdk/src/plan/policyPack";
import { packForSuite } from "../harness/packSession";
import { runModule } from "../../sdk/src/plan/programs";
import { MODES } from "../harness/graphAssertions";

const A = "1111111111111111";
const B = "2222222222222222";

type Flaw = "none" | "missing" | "wrong-type" | "by-ecr-owner" | "wrong-uid" | "unordered" | "no-owner-id";

/** A's ECR; B's VPC (created here) and VBR, each authorized by hand by B and associated by A. */
function ecrByHand(flaw: Flaw) {
    return () => {
        const provider = (name: string, id: string) =>
            new alicloud.Provider(name, {
                region: "cn-hangzhou",
                assumeRole: { roleArn: `acs:ram::${id}:role/net` },
            });
        const [a, b] = [provider("a", A), provider("b", B)];
        const ecr = new alicloud.expressconnect.RouterExpressConnectRouter(
            "ecr",
            { alibabaSideAsn: 45104 },
            { provider: a },
        );
        const vpc = new alicloud.vpc.Network("app", { cidrBlock: "10.1.0.0/16" }, { provider: b });
        const grant = (name: string, instanceId: pulumi.Input<string>, instanceType: string) =>
            new alicloud.expressconnect.RouterGrantAssociation(
                name,
                {
                    ecrId: ecr.id,
                    ecrOwnerAliUid: Number(flaw === "wrong-uid" ? B : A),
                    instanceId,
                    instanceRegionId: "cn-hangzhou",
                    instanceType,
                },
                { provider: flaw === "by-ecr-owner" ? a : b },
            );
        const vpcGrant = flaw === "missing" ? undefined : grant("app-grant", vpc.id, "VPC");
        const vbrGrant = grant("dc-grant", "vbr-dc", flaw === "wrong-type" ? "ExpressConnect" : "VBR");
        const after = (g?: pulumi.Resource) => ({
            provider: a,
            dependsOn: g && flaw !== "unordered" ? [g] : [],
        });
        new alicloud.expressconnect.RouterVpcAssociation(
            "app-association",
            {
                ecrId: ecr.id,
                vpcId: vpc.id,
                associationRegionId: "cn-hangzhou",
                vpcOwnerId: flaw === "no-owner-id" ? undefined : Number(B),
            },
            after(vpcGrant),
        );
        new alicloud.expressconnect.RouterVbrChildInstance(
            "dc-association",
            {
                ecrId: ecr.id,
                childInstanceId: "vbr-dc",
                childInstanceRegionId: "cn-hangzhou",
                childInstanceType: "VBR",
                childInstanceOwnerId: B,
            },
            after(vbrGrant),
        );
    };
}

const EXPECTED: Record<Exclude<Flaw, "none">, [string, string][]> = {
    missing: [
        [
            "app-association",
            `Association app-association joins VPC app of account ${B} (provider b) to an Express Connect Router of account ${A} (provider a), but no expressconnect.RouterGrantAssociation authorizes that ECR. Add one with the VPC owner's provider (instanceType VPC, instanceId, instanceRegionId, ecrId, ecrOwnerAliUid = the ECR owner's account id) and make the association depend on it; without it the association fails during pulumi up.`,
        ],
    ],
    "wrong-type": [
        [
            "dc-association",
            `Association dc-association joins VBR vbr-dc of account ${B} to an Express Connect Router of account ${A} (provider a), but no expressconnect.RouterGrantAssociation authorizes that ECR. Add one with the VBR owner's provider (instanceType VBR, instanceId, instanceRegionId, ecrId, ecrOwnerAliUid = the ECR owner's account id) and make the association depend on it; without it the association fails during pulumi up.`,
        ],
        [
            "dc-grant",
            `Authorization dc-grant of VBR vbr-dc of account ${B} has instanceType "ExpressConnect"; a VBR is authorized with instanceType "VBR": set it so.`,
        ],
    ],
    "by-ecr-owner": [
        [
            "app-grant",
            `Authorization app-grant of VPC app of account ${B} (provider b) is created with account ${A} (provider a), not by the VPC's owner; only the owner can authorize it: pass the owner's provider.`,
        ],
        [
            "dc-grant",
            `Authorization dc-grant of VBR vbr-dc of account ${B} is created with account ${A} (provider a), not by the VBR's owner; only the owner can authorize it: pass the owner's provider.`,
        ],
    ],
    "wrong-uid": [
        [
            "app-grant",
            `Authorization app-grant names ecrOwnerAliUid ${B}, but the Express Connect Router that associates VPC app of account ${B} (provider b) is account ${A} (provider a)'s; set ecrOwnerAliUid to ${A}.`,
        ],
        [
            "dc-grant",
            `Authorization dc-grant names ecrOwnerAliUid ${B}, but the Express Connect Router that associates VBR vbr-dc of account ${B} is account ${A} (provider a)'s; set ecrOwnerAliUid to ${A}.`,
        ],
    ],
    unordered: [
        [
            "app-association",
            "Association app-association does not depend on authorization app-grant; they may be created in parallel and the association fail, and destroy may revoke the authorization before the association is deleted. Add dependsOn: [authorization] to the association.",
        ],
        [
            "dc-association",
            "Association dc-association does not depend on authorization dc-grant; they may be created in parallel and the association fail, and destroy may revoke the authorization before the association is deleted. Add dependsOn: [authorization] to the association.",
        ],
    ],
    "no-owner-id": [
        [
            "app-association",
            `Association app-association joins VPC app of account ${B} (provider b), owned by another account than the Express Connect Router's, without vpcOwnerId; set vpcOwnerId to the owner's account id.`,
        ],
    ],
};

describe("alicloud-ecr-authorization through the pack's real entry point", function () {
    this.timeout(120000);
    const pack = packForSuite();
    const mandatory = (ds: Diagnostic[]) =>
        ds
            .filter((d) => d.enforcementLevel === "mandatory")
            .map((d): [string, string] => [d.urn.split("::").pop()!, `${d.policyName}: ${d.message}`])
            .sort();

    for (const mode of MODES) {
        it(`passes the ecr-authorization example and correct hand-written authorizations with no diagnostic (${mode.name})`, async () => {
            const example = await runModule("examples/ecr-authorization/index.ts", { preview: mode.preview });
            assert.deepEqual(example.errors, []);
            assert.deepEqual(await pack().run(example), []);
            assert.deepEqual(
                await pack().run(await runProgram(ecrByHand("none"), { preview: mode.preview })),
                [],
            );
        });

        for (const [flaw, expected] of Object.entries(EXPECTED)) {
            it(`stops the ${flaw} authorization (${mode.name})`, async () => {
                const graph = await runProgram(ecrByHand(flaw as Flaw), { preview: mode.preview });
                assert.deepEqual(graph.errors, []);
                assert.deepEqual(
                    mandatory(await pack().run(graph)),
                    expected.map(([urn, message]) => [urn, `alicloud-ecr-authorization: ${message}`]),
                );
            });
        }
    }
});
