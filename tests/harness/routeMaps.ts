// A CEN route map of a peering's CEN in the fixtures' region: Deny, priority
// 10, RegionIn, unless the case says otherwise.
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenPeering } from "alicloud-multi-account-network";
import { REGION } from "./cenFixtures";

export function routeMapOf(
    name: string,
    peering: CrossAccountCenPeering,
    provider: alicloud.Provider,
    args: Partial<alicloud.cen.RouteMapArgs>,
): alicloud.cen.RouteMap {
    return new alicloud.cen.RouteMap(
        name,
        {
            cenId: peering.cenId,
            cenRegionId: REGION,
            mapResult: "Deny",
            priority: 10,
            transmitDirection: "RegionIn",
            ...args,
        },
        { provider },
    );
}
