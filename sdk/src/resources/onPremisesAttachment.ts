// The attachment of one on-premises connection (VBR, IPsec-VPN connection,
// Express Connect Router) to a transit router: the grant in the instance
// owner's account (another account's instance), for an ECR its association
// with the transit router by the ECR owner, then the attachment in the CEN
// owner's account, each after the one before and deleted before it.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { ATTACHMENT_KINDS } from "../core/attachmentKinds";
import { cidrSlug } from "../core/cidr";
import { childName } from "../core/naming";
import { orderTypeOf } from "../core/payer";
import { ChildContext, childOptions, withGate } from "./childOptions";
import { ResolvedOnPremises } from "../validation/onPremisesResolution";
import { PayerLock } from "./payerLock";
import { vpcLabel } from "../core/vpcValidation";
import {
    ECR_ATTACHMENT_TIMEOUTS,
    TRANSIT_ROUTER_OPERATION_TIMEOUTS,
    VBR_ATTACHMENT_TIMEOUTS,
    VPN_ATTACHMENT_TIMEOUTS,
} from "./timeouts";
import { grantToCen, PropagationTarget, routeAttachment, TransitRouterSide } from "./vpcAttachment";

/** The transit router side, with its region (an ECR associates with a transit router by region). */
export interface OnPremisesRouterSide extends TransitRouterSide {
    readonly region: pulumi.Output<string | undefined>;
}

export interface AttachedOnPremises {
    readonly grant?: alicloud.cen.TransitRouterGrantAttachment;
    readonly attachment: pulumi.CustomResource;
    /** The attachment id (`tr-attach-...`): a route's next hop. */
    readonly transitRouterAttachmentId: pulumi.Output<string>;
}

/** Grants (another account's instance), associates (an ECR) and attaches one on-premises connection. */
export function attachOnPremises(
    ctx: ChildContext,
    tr: OnPremisesRouterSide,
    instance: ResolvedOnPremises,
    tags?: pulumi.Input<Record<string, pulumi.Input<string>>>,
): AttachedOnPremises {
    const kind = ATTACHMENT_KINDS[instance.kind];
    const orderType = instance.crossAccount ? orderTypeOf(instance.payer) : undefined;
    const grant = instance.crossAccount
        ? grantToCen(ctx, tr, instance.key, instance.provider, instance.instanceId, kind.grantType, orderType)
        : undefined;
    const afterGrant = grant ? [grant] : [];
    const name = childName(ctx.component, "attachment", instance.key);
    const common = {
        cenId: tr.cenId,
        transitRouterId: tr.transitRouterId,
        transitRouterAttachmentDescription: `${kind.noun} ${instance.key}, attached by ${ctx.component}.`,
        tags,
    };
    if (instance.kind === "vbr") {
        const attachment = new alicloud.cen.TransitRouterVbrAttachment(
            name,
            {
                ...common,
                vbrId: instance.instanceId,
                vbrOwnerId: instance.crossAccount ? instance.accountId : undefined,
                orderType,
                // Routes are managed as separate resources, as for VPCs.
                autoPublishRouteEnabled: false,
                transitRouterAttachmentName: childName(ctx.component, instance.key),
            },
            childOptions(ctx, tr.provider, afterGrant, { customTimeouts: VBR_ATTACHMENT_TIMEOUTS }),
        );
        return { grant, attachment, transitRouterAttachmentId: attachment.transitRouterAttachmentId };
    }
    if (instance.kind === "vpn") {
        const attachment = new alicloud.cen.TransitRouterVpnAttachment(
            name,
            {
                ...common,
                vpnId: instance.instanceId,
                vpnOwnerId: instance.crossAccount ? instance.accountId : undefined,
                orderType,
                autoPublishRouteEnabled: false,
                zones: instance.zoneId !== undefined ? [{ zoneId: instance.zoneId }] : undefined,
                // transitRouterAttachmentName is deprecated for IPsec-VPN attachments since
                // provider 1.274.0 and conflicts with this one; neither replaces the attachment.
                transitRouterVpnAttachmentName: childName(ctx.component, instance.key),
            },
            childOptions(ctx, tr.provider, afterGrant, { customTimeouts: VPN_ATTACHMENT_TIMEOUTS }),
        );
        // An IPsec-VPN attachment's id is the attachment id: it has no transitRouterAttachmentId output.
        return { grant, attachment, transitRouterAttachmentId: attachment.id };
    }
    // An ECR's payer is fixed once attached: a later change fails the preview.
    if (instance.crossAccount) {
        new PayerLock(
            childName(ctx.component, "payer-lock", instance.key),
            { label: vpcLabel(instance.path, instance.key), payer: instance.payer },
            { parent: ctx.parent, dependsOn: withGate(ctx, []) },
        );
    }
    // The ECR owner associates the ECR with the transit router (naming its
    // owner) before the transit router owner attaches it.
    const ecrAssociation = new alicloud.expressconnect.RouterTrAssociation(
        childName(ctx.component, "ecr-association", instance.key),
        {
            ecrId: instance.instanceId,
            associationRegionId: tr.region.apply((r) => r ?? ""),
            cenId: tr.cenId,
            transitRouterId: tr.transitRouterId,
            transitRouterOwnerId: tr.accountId.apply(Number),
        },
        childOptions(ctx, instance.provider, afterGrant, {
            customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS,
        }),
    );
    const attachment = new alicloud.cen.TransitRouterEcrAttachment(
        name,
        {
            ...common,
            ecrId: instance.instanceId,
            ecrOwnerId: instance.accountId.apply(Number),
            transitRouterEcrAttachmentName: childName(ctx.component, instance.key),
        },
        childOptions(ctx, tr.provider, [ecrAssociation, ...afterGrant], {
            customTimeouts: ECR_ATTACHMENT_TIMEOUTS,
        }),
    );
    return { grant, attachment, transitRouterAttachmentId: attachment.id };
}

/**
 * The transit router's CIDR blocks, from which private IPsec-VPN connections
 * get their gateway addresses: one `cen.TransitRouterCidr` per block, named
 * after the block so blocks come and go alone.
 */
export function transitRouterCidrs(
    ctx: ChildContext,
    tr: TransitRouterSide,
    region: string | undefined,
    cidrs: readonly string[],
): alicloud.cen.TransitRouterCidr[] {
    return cidrs.map((cidr) => {
        const name = childName(ctx.component, "tr-cidr", ...(region ? [region] : []), cidrSlug(cidr));
        return new alicloud.cen.TransitRouterCidr(
            name,
            {
                transitRouterId: tr.transitRouterId,
                cidr,
                transitRouterCidrName: name,
                description: "Gateway addresses of private IPsec-VPN connections.",
            },
            childOptions(ctx, tr.provider, [], { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS }),
        );
    });
}

/** Attaches an on-premises connection and routes it: one association, and propagation into the given tables. */
export function connectOnPremises(
    ctx: ChildContext,
    tr: OnPremisesRouterSide,
    instance: ResolvedOnPremises,
    tags: pulumi.Input<Record<string, pulumi.Input<string>>> | undefined,
    connection: {
        readonly associateWith: pulumi.Input<string>;
        readonly propagateTo: readonly PropagationTarget[];
    },
): AttachedOnPremises {
    const attached = attachOnPremises(ctx, tr, instance, tags);
    routeAttachment(ctx, tr, instance.key, attached, connection.associateWith, connection.propagateTo);
    return attached;
}

/**
 * The on-premises blocks as one route destination for the VPCs: each block
 * once (a VBR and a VPN connection to one data centre declare the same
 * blocks), named after the block.
 */
export function onPremisesDestinations(instances: readonly ResolvedOnPremises[]): {
    key: string;
    cidrBlocks: pulumi.Input<string>[];
    ipv6CidrBlocks: pulumi.Input<string>[];
}[] {
    const blocks = instances.flatMap((i) => i.cidrBlocks);
    // Plain blocks once each; blocks known later (Outputs) cannot be compared and stay.
    const cidrBlocks = blocks.filter((c, i) => typeof c !== "string" || blocks.indexOf(c) === i);
    return cidrBlocks.length > 0 ? [{ key: "on-premises", cidrBlocks, ipv6CidrBlocks: [] }] : [];
}
