import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { childName } from "../core/naming";
import { ChildContext, childOptions, invokeOptions } from "./childOptions";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "./timeouts";

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
