// One VPC connected to the transit router, the same way in every component:
// grant (cross-account), attachment, association and propagation(s), and the
// VPC's route entries towards its attachment.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { PlannedRoute } from "../core/routePlan";
import { ChildContext } from "./childOptions";
import {
    attachVpc,
    PropagationTarget,
    routeAttachment,
    RouteSync,
    TransitRouterSide,
    VpcToAttach,
} from "./vpcAttachment";
import { addVpcRouteEntries } from "./vpcRouteEntries";

export interface VpcConnection {
    /** The table the attachment is associated with (exactly one). */
    readonly associateWith: pulumi.Input<string>;
    /** The tables the attachment propagates its routes to. */
    readonly propagateTo: readonly PropagationTarget[];
    /** The VPC route tables that get `routes`, next hop the attachment. */
    readonly vpcRouteTableIds: readonly pulumi.Input<string>[];
    readonly routes: readonly PlannedRoute<pulumi.Input<string>>[];
    /** Route synchronisation, when the VPC learns its routes from the transit router. */
    readonly sync?: RouteSync;
}

export interface ConnectedVpc {
    readonly grant?: alicloud.cen.TransitRouterGrantAttachment;
    readonly attachment: alicloud.cen.TransitRouterVpcAttachment;
}

export function connectVpc(
    ctx: ChildContext,
    tr: TransitRouterSide,
    vpc: VpcToAttach,
    connection: VpcConnection,
): ConnectedVpc {
    const { grant, attachment } = attachVpc(ctx, tr, vpc, connection.sync);
    routeAttachment(ctx, tr, vpc.key, attachment, connection.associateWith, connection.propagateTo);
    addVpcRouteEntries(ctx, vpc.key, vpc.provider, connection.vpcRouteTableIds, connection.routes, {
        type: "Attachment",
        id: attachment.transitRouterAttachmentId,
    });
    return { grant, attachment };
}
