// The kinds of transit router attachment, in one table: the @pulumi/alicloud
// type, the instance each attaches and the property naming its owner's
// account, the grant instance type that authorizes another account's
// instance, and how messages name it. The components, the network model, the
// checks, the planner and the mock engine read this table, so a new kind is
// one entry here.
// https://www.alibabacloud.com/help/en/cen/user-guide/grant-permissions-on-a-network-instance-that-belongs-to-another-account

export interface AttachmentKind {
    /** The @pulumi/alicloud resource type token. */
    readonly type: string;
    /** How messages name the attached instance. */
    readonly noun: string;
    /** The attachment's property that names the attached instance; none for an inter-region connection. */
    readonly instance?: string;
    /** The attachment's property that names the instance owner's account, for another account's instance. */
    readonly owner?: string;
    /**
     * The `instanceType` of the `cen.TransitRouterGrantAttachment` that
     * authorizes the instance; none for an inter-region connection.
     */
    readonly grantType?: string;
    /**
     * Where the attachment's id (`tr-attach-...`, a route's next hop) is:
     * the `transitRouterAttachmentId` output, or the resource id itself
     * (IPsec-VPN and ECR attachments have no such output).
     */
    readonly attachmentId: "transitRouterAttachmentId" | "id";
    /**
     * The `CandidateType` a Cloud Firewall traffic-redirection policy names
     * the instance by; none where Cloud Firewall's transit router firewall
     * does not redirect that kind (it protects VPCs, VBRs, VPN and CCN).
     */
    readonly firewallCandidate?: string;
}

export const ATTACHMENT_KINDS = {
    vpc: {
        type: "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
        noun: "VPC",
        instance: "vpcId",
        owner: "vpcOwnerId",
        grantType: "VPC",
        attachmentId: "transitRouterAttachmentId",
        firewallCandidate: "VPC",
    },
    peer: {
        type: "alicloud:cen/transitRouterPeerAttachment:TransitRouterPeerAttachment",
        noun: "inter-region connection",
        attachmentId: "transitRouterAttachmentId",
    },
    vbr: {
        type: "alicloud:cen/transitRouterVbrAttachment:TransitRouterVbrAttachment",
        noun: "VBR",
        instance: "vbrId",
        owner: "vbrOwnerId",
        // The API and the provider's tests use ExpressConnect; the provider's docs say VBR, which the API refuses.
        grantType: "ExpressConnect",
        attachmentId: "transitRouterAttachmentId",
        firewallCandidate: "VBR",
    },
    vpn: {
        type: "alicloud:cen/transitRouterVpnAttachment:TransitRouterVpnAttachment",
        noun: "IPsec-VPN connection",
        instance: "vpnId",
        owner: "vpnOwnerId",
        grantType: "VPN",
        attachmentId: "id",
        firewallCandidate: "VPN",
    },
    ecr: {
        type: "alicloud:cen/transitRouterEcrAttachment:TransitRouterEcrAttachment",
        noun: "ECR",
        instance: "ecrId",
        owner: "ecrOwnerId",
        grantType: "ECR",
        attachmentId: "id",
    },
} as const satisfies Record<string, AttachmentKind>;

export type AttachmentKindName = keyof typeof ATTACHMENT_KINDS;

/** Every kind, in the table's order. */
export const ALL_ATTACHMENT_KINDS: readonly AttachmentKind[] = Object.values(ATTACHMENT_KINDS);

/** The resource types of every kind of attachment. */
export const ATTACHMENT_TYPES: ReadonlySet<string> = new Set(ALL_ATTACHMENT_KINDS.map((k) => k.type));

/** The kind of an attachment resource type; undefined for any other type. */
export function attachmentKindOf(type: string): AttachmentKind | undefined {
    return ALL_ATTACHMENT_KINDS.find((k) => k.type === type);
}

/** How a Cloud Firewall redirection policy names an instance of this kind; undefined where it cannot. */
export function firewallCandidateOf(kind: AttachmentKindName): string | undefined {
    return (ATTACHMENT_KINDS[kind] as AttachmentKind).firewallCandidate;
}
