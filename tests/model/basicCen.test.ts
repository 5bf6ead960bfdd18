// A Basic Edition CEN in the model: VPCs of two accounts attached at CEN
// level (cen.InstanceAttachment, the other account's VPC granted with
// cen.InstanceGrant) learn each other's routes without route entries, in
// update and in preview. A CEN whose instances span regions, or that also
// has an Enterprise Edition transit router, is named as unevaluated.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { routeTablesSection } from "../../sdk/src/plan/planReport";
import { unmodelledResources } from "../../sdk/src/model/unmodelled";
import { MODES } from "../harness/graphAssertions";
import { planPairs } from "../harness/routeMaps";

const A = "1111111111111111";

/** vpc1 (account a) and vpc2 (account b) attached to a CEN of account a at CEN level; vpc2 in `secondRegion`. */
function basicCen(secondRegion = "ap-southeast-1", withTransitRouter = false) {
    return () => {
        const a = new alicloud.Provider("account-a", { region: "ap-southeast-1", accountId: A });
        const b = new alicloud.Provider("account-b", { region: secondRegion, accountId: "2222222222222222" });
        const cen = new alicloud.cen.Instance("cen", { cenInstanceName: "basic" }, { provider: a });
        if (withTransitRouter) new alicloud.cen.TransitRouter("tr", { cenId: cen.id }, { provider: a });
        [
            { name: "vpc1", provider: a, cidr: "10.1.0.0/16", region: "ap-southeast-1" },
            { name: "vpc2", provider: b, cidr: "10.2.0.0/16", region: secondRegion },
        ].forEach(({ name, provider, cidr, region }) => {
            const vpc = new alicloud.vpc.Network(name, { cidrBlock: cidr }, { provider });
            new alicloud.vpc.Switch(
                `${name}-vsw0`,
                { vpcId: vpc.id, cidrBlock: cidr.replace(/\.0\.0\/16$/, ".0.0/24"), zoneId: `${region}a` },
                { provider },
            );
            const grant =
                provider === b
                    ? new alicloud.cen.InstanceGrant(
                          `${name}-grant`,
                          { cenId: cen.id, childInstanceId: vpc.id, cenOwnerId: A },
                          { provider },
                      )
                    : undefined;
            new alicloud.cen.InstanceAttachment(
                `${name}-attachment`,
                {
                    instanceId: cen.id,
                    childInstanceId: vpc.id,
                    childInstanceType: "VPC",
                    childInstanceRegionId: region,
                    childInstanceOwnerId: provider === b ? 2222222222222222 : undefined,
                },
                { provider: a, dependsOn: grant ? [grant] : [] },
            );
        });
    };
}

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
