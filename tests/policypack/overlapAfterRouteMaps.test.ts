// alicloud-vpc-cidrs-no-overlap after route maps: two VPCs with the same
// blocks on one CEN are a violation while some transit router table learns
// both; a route map that keeps one of them out of every table the other is
// in makes the overlap harmless. A RegionOut map (what the routing-policy
// design uses) keeps both in the shared table, so there it still counts.
import { strict as assert } from "assert";
import { cidrOverlapFindings } from "../../sdk/src/checks/vpcCidrsNoOverlap";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { meshRouteMap, MeshParts, rawMesh } from "../model/rawMesh";

/** vpc1, and vpc2 and vpc3 with the same block, every one in one table, written as raw resources; `extras` adds a case's. */
async function overlaps(extras: (parts: MeshParts) => void = () => undefined) {
    const graph = await runProgram(
        rawMesh(
            [
                { name: "vpc1", cidr: "10.1.0.0/16", vswitches: ["10.1.0.0/24"] },
                { name: "vpc2", cidr: "10.2.0.0/16", vswitches: ["10.2.0.0/24"] },
                { name: "vpc3", cidr: "10.2.0.0/16", vswitches: ["10.2.0.0/24"] },
            ],
            { extras },
        ),
    );
    assert.deepEqual(graph.errors, []);
    return cidrOverlapFindings(stackGraphOf(graph), "cen").map((f) => f.message);
}

const OVERLAP = /^VPC vpc2 \(cidrBlock 10\.2\.0\.0\/16, .*\) overlaps VPC vpc3 \(cidrBlock 10\.2\.0\.0\/16/;

describe("policy alicloud-vpc-cidrs-no-overlap, after route maps", () => {
    it("stops two overlapping VPCs whose routes one table learns", async () => {
        const found = await overlaps();
        assert.equal(found.length, 1);
        assert.match(found[0], OVERLAP);
    });

    it("lets them overlap where a RegionIn map keeps vpc3's routes out of the one table", async () => {
        const found = await overlaps((parts) => {
            meshRouteMap(parts, "keep-vpc3-out", {
                transmitDirection: "RegionIn",
                sourceInstanceIds: ["vpc-vpc3"],
            });
        });
        assert.deepEqual(found, []);
    });

    it("still stops them where the map only keeps vpc3's routes from a VPC (RegionOut): both stay in the shared table", async () => {
        const found = await overlaps((parts) => {
            meshRouteMap(parts, "hide-vpc3-from-vpc2", {
                transmitDirection: "RegionOut",
                sourceInstanceIds: ["vpc-vpc3"],
                destinationInstanceIds: ["vpc-vpc2"],
            });
        });
        assert.equal(found.length, 1);
        assert.match(found[0], OVERLAP);
    });
});
