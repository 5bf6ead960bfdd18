// The attachment of one VPC to a transit router, shared by every component:
// the cross-account grant in the VPC owner's account, the attachment in the
// CEN owner's account, and its route table association and propagation.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { ATTACHMENT_KINDS } from "../core/attachmentKinds";
import { childName } from "../core/naming";
import { orderTypeOf } from "../core/payer";
import { ResolvedVpc } from "../validation/cenVpcResolution";
import { ChildContext, childOptions, downstream } from "./childOptions";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS, VPC_ATTACHMENT_TIMEOUTS } from "./timeouts";

/** The transit router side of an attachment: owned by the CEN owner. */
export interface TransitRouterSide {
    readonly provider: alicloud.Provider;
    readonly accountId: pulumi.Output<string>;
    readonly cenId: pulumi.Output<string>;
    readonly transitRouterId: pulumi.Output<string>;
}

/** One VPC to attach, with everything resolved: defaults applied, cross-account decided. */
export type VpcToAttach = Pick<
    ResolvedVpc,
    "key" | "provider" | "accountId" | "crossAccount" | "vpcId" | "zoneMappings" | "payer" | "ipv6" | "tags"
> & {
    /** Appliance mode: both directions of a flow use the same zone, as a stateful appliance needs. */
    readonly applianceMode?: boolean;
};

/**
 * Route synchronisation: the transit router advertises its table's routes to
 * the VPC. `after`: what must exist before it does (the route maps that
 * decide what the VPC learns), so that nothing is advertised unfiltered.
 */
export interface RouteSync {
    readonly after: readonly pulumi.Resource[];
}

export interface AttachedVpc {
    /** The grant, for a VPC of another account than the CEN owner's. */
    readonly grant?: alicloud.cen.TransitRouterGrantAttachment;
    readonly attachment: alicloud.cen.TransitRouterVpcAttachment;
}

/**
 * Grants the VPC to the CEN when it belongs to another account (the cross-account authorization guide,
 * "VPC authorization", with the payer), then attaches it. The attachment
 * depends on the grant explicitly: no output flows between them, yet it must
 * be created after the grant and deleted before the grant is revoked.
 */
export function attachVpc(
    ctx: ChildContext,
    tr: TransitRouterSide,
    vpc: VpcToAttach,
    sync?: RouteSync,
): AttachedVpc {
    const orderType = vpc.crossAccount ? orderTypeOf(vpc.payer) : undefined;
    const grant = vpc.crossAccount
        ? grantToCen(ctx, tr, vpc.key, vpc.provider, vpc.vpcId, ATTACHMENT_KINDS.vpc.grantType, orderType)
        : undefined;
    const attachment = new alicloud.cen.TransitRouterVpcAttachment(
        childName(ctx.component, "attachment", vpc.key),
        {
            cenId: tr.cenId,
            transitRouterId: tr.transitRouterId,
            vpcId: vpc.vpcId,
            vpcOwnerId: vpc.crossAccount ? vpc.accountId : undefined,
            orderType,
            zoneMappings: vpc.zoneMappings.map((z) => ({ zoneId: z.zoneId, vswitchId: z.vswitchId })),
            // Routes are managed as separate resources; the attachment's own
            // association and propagation flags stay off, and route publishing
            // too unless the VPC learns its routes from the transit router.
            autoPublishRouteEnabled: sync !== undefined,
            options: attachmentOptions(vpc),
            transitRouterVpcAttachmentName: childName(ctx.component, vpc.key),
            tags: vpc.tags,
        },
        childOptions(ctx, tr.provider, [...(grant ? [grant] : []), ...(sync?.after ?? [])], {
            customTimeouts: VPC_ATTACHMENT_TIMEOUTS,
        }),
    );
    return { grant, attachment };
}

/**
 * The cross-account grant of one instance to the CEN, created with its
 * owner's provider: `instanceType` says the kind, `orderType` the payer.
 */
export function grantToCen(
    ctx: ChildContext,
    tr: TransitRouterSide,
    key: string,
    ownerProvider: alicloud.Provider,
    instanceId: pulumi.Input<string>,
    instanceType: string,
    orderType: string | undefined,
): alicloud.cen.TransitRouterGrantAttachment {
    return new alicloud.cen.TransitRouterGrantAttachment(
        childName(ctx.component, "grant", key),
        { cenId: tr.cenId, cenOwnerId: tr.accountId, instanceId, instanceType, orderType },
        childOptions(ctx, ownerProvider, [], { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS }),
    );
}

/** A route table an attachment propagates its routes to. */
export interface PropagationTarget {
    /** Distinguishes propagations of one attachment to several tables; omitted for a single table. */
    readonly key?: string;
    readonly routeTableId: pulumi.Input<string>;
}

export interface RoutedAttachment {
    readonly association: alicloud.cen.TransitRouterRouteTableAssociation;
    readonly propagations: alicloud.cen.TransitRouterRouteTablePropagation[];
}

/**
 * Associates the attachment with exactly one route table and propagates its
 * routes to the given tables, as separate resources (the attachment's
 * deprecated flags break destroy). An attachment can be associated with one
 * table only, so moving it replaces the association delete-before-create.
 */
export function routeAttachment(
    ctx: ChildContext,
    tr: TransitRouterSide,
    key: string,
    attachment: { readonly transitRouterAttachmentId: pulumi.Output<string> },
    associateWith: pulumi.Input<string>,
    propagateTo: readonly PropagationTarget[],
): RoutedAttachment {
    const timeouts = { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS };
    const association = new alicloud.cen.TransitRouterRouteTableAssociation(
        childName(ctx.component, "association", key),
        {
            transitRouterAttachmentId: attachment.transitRouterAttachmentId,
            transitRouterRouteTableId: associateWith,
        },
        childOptions(downstream(ctx), tr.provider, [], { ...timeouts, deleteBeforeReplace: true }),
    );
    const propagations = propagateTo.map(
        (target) =>
            new alicloud.cen.TransitRouterRouteTablePropagation(
                childName(ctx.component, "propagation", key, ...(target.key ? [target.key] : [])),
                {
                    transitRouterAttachmentId: attachment.transitRouterAttachmentId,
                    transitRouterRouteTableId: target.routeTableId,
                },
                childOptions(downstream(ctx), tr.provider, [], timeouts),
            ),
    );
    return { association, propagations };
}

/** The attachment's feature flags; none (undefined, so existing attachments see no change) when neither is on. */
function attachmentOptions(
    vpc: VpcToAttach,
): alicloud.types.input.cen.TransitRouterVpcAttachmentOptions | undefined {
    if (!vpc.ipv6 && !vpc.applianceMode) return undefined;
    return {
        ...(vpc.ipv6 ? { ipv6Support: "enable" } : {}),
        ...(vpc.applianceMode ? { applianceModeSupport: "enable" } : {}),
    };
}
