// The route every hand-written test network writes: a VPC's 10.0.0.0/8 to its
// own transit router attachment, as the console's first summary does.
import * as alicloud from "@pulumi/alicloud";

export function routeToOwnAttachment(
    name: string,
    network: alicloud.vpc.Network,
    attachment: alicloud.cen.TransitRouterVpcAttachment,
    provider: alicloud.Provider,
    /** The entry's own name (ForceNew), when it has one. */
    entryName?: string,
): alicloud.vpc.RouteEntry {
    return new alicloud.vpc.RouteEntry(
        `${name}-route`,
        {
            routeTableId: network.routeTableId,
            destinationCidrblock: "10.0.0.0/8",
            nexthopType: "Attachment",
            nexthopId: attachment.transitRouterAttachmentId,
            ...(entryName ? { name: entryName } : {}),
        },
        { provider },
    );
}
