import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { detachedValidationGate } from "./validationGate";

/**
 * A component given `cenId` and no `transitRouterId` creates a transit
 * router; a CEN has one per region, so when the CEN already has one in the
 * provider's region (looked up through it, once `cenId` is known) the API
 * would refuse. Passes while `cenId` is not known (preview of a new CEN).
 */
export function existingTransitRouterGate(
    parent: pulumi.Resource,
    component: string,
    provider: alicloud.Provider,
    cenId: pulumi.Input<string>,
): pulumi.Output<pulumi.Resource[]> {
    const found = alicloud.cen.getTransitRoutersOutput({ cenId }, { parent, provider });
    const late = { routers: found.transitRouters, cenId, region: provider.region };
    return detachedValidationGate(parent, component, late, ({ routers, cenId: id, region }) =>
        routers.length > 0
            ? [
                  `cenId ${id} already has transit router ${routers[0].transitRouterId}${region ? ` in ${region}` : ""} (cenProvider's region), and a CEN has one transit router per region, so the API would refuse another: pass transitRouterId: "${routers[0].transitRouterId}" to attach to it.`,
              ]
            : [],
    );
}
