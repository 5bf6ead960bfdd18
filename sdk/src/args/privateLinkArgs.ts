import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import type { PrivateLinkPayer, PrivateLinkResourceType } from "./values";

/** A load balancer behind the endpoint service, and the zones it serves in. */
export interface PrivateLinkBackendArgs {
    /** The load balancer's id: a CLB (`lb-...`), ALB (`alb-...`) or NLB (`nlb-...`) instance of the service account. */
    readonly id: pulumi.Input<string>;
    /**
     * The zones the load balancer serves in. Consumers can place endpoint
     * addresses only in these zones. For ALB and NLB each zone is added to
     * the service as its own service resource; a CLB is added once (its
     * primary and secondary zones).
     */
    readonly zoneIds: string[];
}

/** The endpoint service offered by the service account. */
export interface PrivateLinkServiceArgs {
    /** The kind of load balancer behind the service: `"slb"` (CLB), `"alb"` or `"nlb"`. Changing it replaces the service. */
    readonly resourceType: PrivateLinkResourceType;
    /** The load balancers behind the service, in the service account and region. */
    readonly backends: PrivateLinkBackendArgs[];
    /**
     * The TCP ports the load balancers listen on: what consumers reach, and
     * what each endpoint's security group created here admits.
     */
    readonly ports: number[];
    /**
     * Who pays the endpoint connections: `"consumer"` (the endpoint's
     * account, the API's default) or `"service"` (the service account).
     * Changing it replaces the service.
     * @default "consumer"
     */
    readonly payer?: PrivateLinkPayer;
    /**
     * Accept every connection request of a whitelisted account without
     * review. Off by default: the service account accepts each consumer
     * listed here (`privatelink.VpcEndpointServiceConnection`), so an
     * endpoint a whitelisted account creates elsewhere stays pending.
     * @default false
     */
    readonly autoAcceptConnection?: boolean;
    /**
     * The default bandwidth of each endpoint connection, 100 to 10,240 Mbit/s.
     * @default - the API's default
     */
    readonly connectBandwidth?: number;
    /** The service's description. */
    readonly description?: string;
}

/** A vSwitch of the consumer VPC in which the endpoint gets an address. */
export interface PrivateLinkEndpointZoneArgs {
    /** The vSwitch's zone: one the service's backends serve in. */
    readonly zoneId: string;
    /** The vSwitch id. */
    readonly vswitchId: pulumi.Input<string>;
}

/** A consumer VPC: it reaches the service through an endpoint of its own. */
export interface PrivateLinkConsumerVpcArgs {
    /**
     * Keys the VPC's children (`<component>-endpoint-<name>`), unique across
     * all consumers; renaming it replaces them.
     */
    readonly name: string;
    /** The VPC's id. A VPC has one endpoint per service. */
    readonly vpcId: pulumi.Input<string>;
    /**
     * The vSwitches the endpoint places its addresses in, one per zone, in at
     * least two zones (zone-level disaster recovery), each a zone the
     * service's backends serve in.
     */
    readonly vswitches: PrivateLinkEndpointZoneArgs[];
    /**
     * The blocks of the clients that use the endpoint, typically the VPC's
     * own blocks: the security group created for the endpoint admits the
     * service's ports from them. Required unless `securityGroupIds` is given.
     */
    readonly clientCidrBlocks?: string[];
    /**
     * Security groups of the consumer's own for the endpoint (at most 10),
     * instead of the one created from `clientCidrBlocks`.
     */
    readonly securityGroupIds?: pulumi.Input<string>[];
    /**
     * The bandwidth of the connection the service account accepts, 1,024 to
     * 10,240 Mbit/s; only when connections are accepted explicitly.
     * @default - the service's connectBandwidth
     */
    readonly bandwidth?: number;
}

/** A consumer account: it is whitelisted once, and each of its VPCs gets an endpoint. */
export interface PrivateLinkConsumerArgs {
    /** Keys the account's whitelist entry (`<component>-whitelist-<name>`); renaming it replaces the entry. */
    readonly name: string;
    /** The consumer account's provider, in the service's region. */
    readonly provider: alicloud.Provider;
    /**
     * The consumer account's id, for the service's whitelist.
     * @default - looked up through `provider`
     */
    readonly accountId?: pulumi.Input<string>;
    /** The account's VPCs that consume the service. */
    readonly vpcs: PrivateLinkConsumerVpcArgs[];
}

/** Arguments of {@link CrossAccountPrivateLink}. */
export interface CrossAccountPrivateLinkArgs {
    /** The provider of the account that offers the service, in the service's region. */
    readonly serviceProvider: alicloud.Provider;
    /**
     * The service account's id.
     * @default - looked up through `serviceProvider`
     */
    readonly serviceAccountId?: pulumi.Input<string>;
    /** The endpoint service. */
    readonly service: PrivateLinkServiceArgs;
    /** The consumer accounts, each with its VPCs, in the service's region; one entry per account. */
    readonly consumers: PrivateLinkConsumerArgs[];
    /** Tags for every child that takes them. */
    readonly tags?: Record<string, string>;
}
