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

    it("a CEN that also has an Enterprise Edition transit router is not followed either", async () => {
        const { pairs } = await planPairs(basicCen("ap-southeast-1", true), false);
        assert.deepEqual(pairs, { "vpc1->vpc2": "undecided", "vpc2->vpc1": "undecided" });
    });
});
