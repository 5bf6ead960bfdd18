// A Basic Edition CEN in the model: VPCs of two accounts attached at CEN
// level (cen.InstanceAttachment, the other account's VPC granted with
// cen.InstanceGrant) learn each other's routes without route entries, in
// update and in preview. A CEN whose instances span regions, or that also
// has an Enterprise Edition transit router, is named as unevaluated.
import { strict as assert } from "assert";
import { routeTablesSection } from "../../sdk/src/plan/planReport";
import { unmodelledResources } from "../../sdk/src/model/unmodelled";
import { MODES } from "../harness/graphAssertions";
import { planPairs } from "../harness/routeMaps";
import { basicCenProgram } from "../harness/basicCen";

const basicCen = (secondRegion?: string, withTransitRouter?: boolean) =>
    basicCenProgram({ secondRegion, withTransitRouter });

describe("model: a Basic Edition CEN", () => {
    for (const mode of MODES) {
        it(`VPCs attached at CEN level reach each other by the routes they learn (${mode.name})`, async () => {
            const { pairs, model, stack } = await planPairs(basicCen(), mode.preview);
            assert.deepEqual(pairs, { "vpc1->vpc2": "pings", "vpc2->vpc1": "pings" });
            assert.deepEqual(unmodelledResources(stack), []);
            const printed = routeTablesSection(model);
            assert.match(printed, /CEN cen in ap-southeast-1 \(Basic Edition\)/);
            assert.match(printed, /10\.2\.0\.0\/24 +\| attachment vpc1-attachment +\| Dynamic/);
        });
    }

    it("a CEN whose instances are in two regions is not followed: the plan names its attachments, and the pairs are undecided", async () => {
        const { pairs, stack } = await planPairs(basicCen("ap-southeast-5"), false);
        assert.deepEqual(pairs, { "vpc1->vpc2": "undecided", "vpc2->vpc1": "undecided" });
        assert.deepEqual(
            unmodelledResources(stack).map((u) => u.resources),
            [["vpc1-attachment", "vpc2-attachment"]],
        );
    });

    for (const mode of MODES) {
        it(`a VPC firewall on vpc2 that drops vpc1's block: vpc1 gets no packet to vpc2, and vpc2's requests and their replies pass (${mode.name})`, async () => {
            const { pairs, outcomes, stack } = await planPairs(
                basicCenProgram({
                    vpcFirewall: { status: "open", policies: [{ source: "10.1.0.0/16", aclAction: "drop" }] },
                }),
                mode.preview,
            );
            assert.deepEqual(pairs, { "vpc1->vpc2": "no", "vpc2->vpc1": "pings" });
            assert.deepEqual(outcomes["vpc1->vpc2"], {
                kind: "denied",
                at: "VPC firewall vpc2-firewall of VPC vpc2",
                reason: "access control policy vpc2-firewall-policy0 drops it",
            });
            assert.deepEqual(unmodelledResources(stack), []);
        });
    }

    it("a closed VPC firewall inspects nothing", async () => {
        const { pairs } = await planPairs(
            basicCenProgram({
                vpcFirewall: { status: "close", policies: [{ source: "10.1.0.0/16", aclAction: "drop" }] },
            }),
            false,
        );
        assert.deepEqual(pairs, { "vpc1->vpc2": "pings", "vpc2->vpc1": "pings" });
    });

    it("a CEN that also has an Enterprise Edition transit router is not followed either", async () => {
        const { pairs } = await planPairs(basicCen("ap-southeast-1", true), false);
        assert.deepEqual(pairs, { "vpc1->vpc2": "undecided", "vpc2->vpc1": "undecided" });
    });
});
