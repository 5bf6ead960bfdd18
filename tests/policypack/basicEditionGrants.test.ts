// alicloud-cross-account-grant for instances attached at CEN level (Basic
// Edition): another account's VPC needs its owner's cen.InstanceGrant and
// the attachment must wait for it; a CCN needs its owner's
// cloudconnect.NetworkGrant, a region of a CCN area, and a CEN without an
// Enterprise Edition transit router there.
import { strict as assert } from "assert";
import { crossAccountGrantFindings } from "../../sdk/src/checks/crossAccountGrant";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { basicCenProgram, BasicCenOptions } from "../harness/basicCen";

async function findings(options: BasicCenOptions, preview = false) {
    const graph = await runProgram(basicCenProgram(options), { preview });
    assert.deepEqual(graph.errors, []);
    return crossAccountGrantFindings(stackGraphOf(graph)).map(
        (f) => `${f.undecided ? "advisory" : "mandatory"} ${f.urn.split("::").pop()}: ${f.message}`,
    );
}

describe("policy alicloud-cross-account-grant, Basic Edition", () => {
    it("passes another account's VPC granted by its owner, the attachment waiting for the grant, and a CCN granted in its area", async () => {
        assert.deepEqual(await findings({ ccnRegion: "ap-southeast-1" }), []);
    });

    it("stops another account's VPC attached without a grant", async () => {
        const found = await findings({ grant: false });
        assert.equal(found.length, 1);
        assert.match(
            found[0],
            /^mandatory vpc2-attachment: Attachment vpc2-attachment attaches VPC vpc-vpc2 of another account to a CEN of account 1111111111111111 \(provider account-a\), but no cen\.InstanceGrant grants it to that CEN\./,
        );
    });

    it("stops an attachment that does not wait for its grant", async () => {
        const found = await findings({ waitForGrant: false });
        assert.deepEqual(found.length, 1);
        assert.match(
            found[0],
            /^mandatory vpc2-attachment: Attachment vpc2-attachment does not depend on grant vpc2-grant/,
        );
    });

    it("stops a CCN attached outside the regions of CCN areas", async () => {
        const found = await findings({ ccnRegion: "cn-hangzhou" });
        assert.deepEqual(found, [
            "mandatory ccn-attachment: Attachment ccn-attachment attaches a CCN instance in cn-hangzhou, which is not a region of a CCN area; CCN instances are attached in cn-shanghai, cn-shanghai-finance-1, cn-hongkong, ap-southeast-1, ap-southeast-3, ap-southeast-5, ap-northeast-1, eu-central-1. Set childInstanceRegionId to the region of the CCN's area.",
        ]);
    });

    it("stops a CCN attached to a CEN whose transit router there is of the Enterprise Edition; before deployment, when its edition is not known yet, advises", async () => {
        const deployed = await findings({ ccnRegion: "ap-southeast-1", withTransitRouter: true });
        assert.equal(deployed.length, 1);
        assert.match(
            deployed[0],
            /^mandatory ccn-attachment: .*transit router tr in ap-southeast-1 is of the Enterprise Edition; a CCN joins a CEN only through a Basic Edition transit router/,
        );
        const preview = await findings({ ccnRegion: "ap-southeast-1", withTransitRouter: true }, true);
        assert.equal(preview.length, 1);
        assert.match(preview[0], /^advisory ccn-attachment: .*Check the edition before pulumi up\.$/);
    });
});
