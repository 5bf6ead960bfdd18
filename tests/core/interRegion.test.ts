import { strict as assert } from "assert";
import { checkInterRegion, checkVpcRegions, regionPairs } from "../../sdk/src/core/interRegion";

describe("core/interRegion", () => {
    it("joins every two regions in a full mesh, and each region with the hub in a hub topology, in the order given", () => {
        const regions = ["ap-southeast-1", "ap-southeast-5", "cn-hongkong", "ap-northeast-1"];
        assert.deepEqual(regionPairs(regions.slice(0, 3)), [
            ["ap-southeast-1", "ap-southeast-5"],
            ["ap-southeast-1", "cn-hongkong"],
            ["ap-southeast-5", "cn-hongkong"],
        ]);
        assert.equal(regionPairs(regions).length, 6);
        assert.deepEqual(regionPairs(regions, { hubRegion: "cn-hongkong" }), [
            ["ap-southeast-1", "cn-hongkong"],
            ["ap-southeast-5", "cn-hongkong"],
            ["cn-hongkong", "ap-northeast-1"],
        ]);
        assert.deepEqual(regionPairs(["ap-southeast-1"]), []);
    });

    it("needs bandwidth only with several regions, and refuses interRegion for one", () => {
        assert.deepEqual(checkInterRegion(undefined, ["ap-southeast-1"]), []);
        assert.deepEqual(checkInterRegion({ bandwidth: 10 }, ["ap-southeast-1"]), [
            "interRegion is given but there is one region; add the other regions to regions, or remove interRegion.",
        ]);
        assert.deepEqual(
            checkInterRegion({ bandwidthPackageId: "cenbwp-1" }, ["ap-southeast-1", "ap-southeast-5"]),
            [],
        );
        assert.deepEqual(checkInterRegion({ bandwidthPackageId: "" }, ["ap-southeast-1", "ap-southeast-5"]), [
            'interRegion.bandwidthPackageId is ""; give the id of an existing CEN bandwidth package (cenbwp-...).',
        ]);
        assert.deepEqual(
            checkInterRegion({ bandwidth: 10, defaultLinkType: "Silver" as "Gold" }, [
                "ap-southeast-1",
                "ap-southeast-5",
            ]),
            ['interRegion.defaultLinkType "Silver" is not a link type; use "Gold" or "Platinum".'],
        );
    });

    it("takes a VPC without region in a one-region network, and refuses a misspelt region", () => {
        assert.deepEqual(checkVpcRegions([{ label: "vpcs[0] 'x'", region: undefined }], []), []);
        assert.deepEqual(
            checkVpcRegions([{ label: "vpcs[0] 'x'", region: "Singapore" }], ["ap-southeast-1"]),
            [
                `vpcs[0] 'x': region "Singapore" is not a region id; give one of ap-southeast-1, for example "ap-southeast-1".`,
            ],
        );
    });
});
