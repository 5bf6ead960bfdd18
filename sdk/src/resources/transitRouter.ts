import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { childName } from "../core/naming";
import { ChildContext, childOptions, invokeOptions } from "./childOptions";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "./timeouts";
import { detachedValidationGate } from "../validation/validationGate";

/** Where VPCs attach: a CEN instance and its transit router in the region. */
export interface CenTransitRouter {
    readonly cenId: pulumi.Output<string>;
    readonly transitRouterId: pulumi.Output<string>;
}

export interface CenTransitRouterSpec {
    readonly provider: alicloud.Provider;
    readonly cenId?: pulumi.Input<string>;
    readonly transitRouterId?: pulumi.Input<string>;
    readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/** Creates the CEN instance and Enterprise Edition transit router, or adopts existing ones by id. */
export function ensureCenTransitRouter(ctx: ChildContext, spec: CenTransitRouterSpec): CenTransitRouter {
    const extra = { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS };
    const cenId =
        spec.cenId !== undefined
            ? pulumi.output(spec.cenId)
            : new alicloud.cen.Instance(
                  childName(ctx.component, "cen"),
                  { cenInstanceName: ctx.component, tags: spec.tags },
                  childOptions(ctx, spec.provider, [], extra),
              ).id;
    const transitRouterId =
        spec.transitRouterId !== undefined
            ? pulumi.output(spec.transitRouterId)
            : new alicloud.cen.TransitRouter(
                  childName(ctx.component, "tr"),
                  { cenId, transitRouterName: ctx.component, tags: spec.tags },
                  childOptions(ctx, spec.provider, [], extra),
              ).transitRouterId;
    return { cenId, transitRouterId };
}

/** The transit router's System route table, found by its type (not by position). */
export function systemRouteTableId(
    ctx: ChildContext,
    provider: alicloud.Provider,
    transitRouterId: pulumi.Output<string>,
): pulumi.Output<string> {
    const found = alicloud.cen.getTransitRouterRouteTablesOutput(
        { transitRouterId, transitRouterRouteTableType: "System" },
        invokeOptions(ctx, provider),
    );
    return pulumi.all([found.tables, transitRouterId]).apply(([tables, trId]) => {
        const system = tables.find((t) => t.transitRouterRouteTableType === "System");
        if (system === undefined) {
            throw new Error(
                `${ctx.component}: transit router ${trId} has no System route table; it is not an Enterprise Edition transit router, ` +
                    `or it is still being created. Pass transitRouterRouteTableId to choose a table.`,
            );
        }
        return system.transitRouterRouteTableId;
    });
}

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
