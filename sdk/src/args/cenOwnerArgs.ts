import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/** The arguments every CEN component takes: who owns the CEN, and which CEN and transit router to use. */
export interface CenOwnerArgs {
    /**
     * The provider of the account that owns the CEN instance and the transit
     * router, in the transit router's region. The CEN, transit router, route
     * tables, attachments, associations and propagations are created with it.
     */
    readonly cenProvider: alicloud.Provider;
    /**
     * The id of the account that owns the CEN instance: the `cenOwnerId` of
     * every cross-account grant.
     * @default - looked up with `alicloud.getAccount` through `cenProvider`.
     */
    readonly cenAccountId?: pulumi.Input<string>;
    /**
     * An existing CEN instance to attach the VPCs to (the CEN cross-account guide starts from an existing CEN1).
     * Required when `transitRouterId` is given.
     * @default - a new CEN instance is created.
     */
    readonly cenId?: pulumi.Input<string>;
    /**
     * An existing Enterprise Edition transit router of `cenId` in the CEN
     * provider's region (its `transitRouterId`, `tr-...`, not the resource id
     * `cen-...:tr-...`).
     * @default - a new transit router is created in the CEN.
     */
    readonly transitRouterId?: pulumi.Input<string>;
    /**
     * Enables IPv6 on the attachments of VPCs that have `ipv6CidrBlocks` and
     * adds IPv6 route entries towards the IPv6 blocks the VPC should reach
     * (the console adds IPv4 routes only; the CEN cross-account guide's Important note).
     * @default false
     */
    readonly ipv6?: boolean;
    /**
     * Tags for the CEN instance, transit router, route tables and attachments the component creates.
     * @default - no tags.
     */
    readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/** A region of a multi-region network: the CEN owner's provider and transit router there. */
export interface CenRegionArgs {
    /** The region id, e.g. `ap-southeast-5`. */
    readonly region: string;
    /**
     * The CEN owner's provider in this region. The region's transit router,
     * its route tables, the attachments of the region's VPCs and its side of
     * each inter-region connection are created with it. For `cenProvider`'s
     * own region, pass `cenProvider`.
     */
    readonly provider: alicloud.Provider;
    /**
     * An existing transit router of `cenId` in this region (`tr-...`). For
     * `cenProvider`'s region, give the component's `transitRouterId` instead.
     * @default - a transit router is created in the region.
     */
    readonly transitRouterId?: pulumi.Input<string>;
    /**
     * CIDR blocks of this region's transit router, from which private
     * IPsec-VPN connections in the region get their gateway addresses (see
     * the component's `transitRouterCidrs`).
     * @default []
     */
    readonly transitRouterCidrs?: string[];
}

/**
 * How the regions' transit routers are joined: inter-region connections
 * (`cen.TransitRouterPeerAttachment`), each associated with and propagating
 * into a route table on both sides. Bandwidth is explicit: without it a
 * connection gets 1 Kbps of test bandwidth, and the component never creates
 * a bandwidth package (a subscription one cannot be deleted).
 */
export interface InterRegionArgs {
    /**
     * `"full-mesh"`: a connection between every two regions. `{ hubRegion }`:
     * a connection between the hub region and each other region only; routes
     * learned over one connection are not relied on to cross another.
     * @default "full-mesh"
     */
    readonly topology?: InterRegionTopology;
    /** The bandwidth of each connection in Mbps, billed by data transfer (`bandwidthType: "DataTransfer"`). */
    readonly bandwidth?: number;
    /** An existing CEN bandwidth package (`cenbwp-...`) the connections draw on, instead of `bandwidth`. */
    readonly bandwidthPackageId?: pulumi.Input<string>;
    /**
     * The connections' link type. `"Platinum"` only with `bandwidth`.
     * @default "Gold"
     */
    readonly defaultLinkType?: LinkType;
}

/**
 * Which regions get an inter-region connection: `"full-mesh"`, every pair;
 * `{ hubRegion }`, each region with the hub region only.
 */
export type InterRegionTopology = MeshTopology | HubTopology;

/** Inter-region connections between every two regions. */
export type MeshTopology = "full-mesh";

/** Inter-region connections between one hub region and each other region. */
export interface HubTopology {
    /** The hub region, one of the network's regions. */
    readonly hubRegion: string;
}

/**
 * The link type of an inter-region connection: `"Gold"`, or `"Platinum"`
 * (lower latency, with `bandwidth` only).
 */
export type LinkType = "Gold" | "Platinum";

/** The arguments of a CEN component whose VPCs may be in several regions. */
export interface MultiRegionArgs {
    /**
     * Every region of the network, when its VPCs are in more than one: the
     * CEN owner's provider in each, one of them `cenProvider`. Each VPC then
     * names its `region`.
     * @default - one region, `cenProvider`'s.
     */
    readonly regions?: CenRegionArgs[];
    /** The inter-region connections; required with two or more regions. */
    readonly interRegion?: InterRegionArgs;
}
