import * as pulumi from "@pulumi/pulumi";

// At least the provider's own defaults (terraform-provider-alicloud schema
// timeouts), rounded up: transit router operations queue behind each other
// and routinely take most of the default.

/** cen.TransitRouterVpcAttachment: provider defaults create 42m, update 8m, delete 20m. */
export const VPC_ATTACHMENT_TIMEOUTS: pulumi.CustomTimeouts = { create: "45m", update: "10m", delete: "25m" };

/** cen.TransitRouterGrantAttachment, association, propagation, CEN and transit router: defaults 5m. */
export const TRANSIT_ROUTER_OPERATION_TIMEOUTS: pulumi.CustomTimeouts = {
    create: "10m",
    update: "10m",
    delete: "10m",
};

/** vpc.RouteEntry: defaults create 10m, delete 10m. */
export const VPC_ROUTE_ENTRY_TIMEOUTS: pulumi.CustomTimeouts = { create: "15m", delete: "15m" };

/**
 * cen.TransitRouterPeerAttachment: the provider documents no defaults; an
 * inter-region connection provisions across regions, so it gets as long as
 * a VPC attachment.
 */
export const PEER_ATTACHMENT_TIMEOUTS: pulumi.CustomTimeouts = VPC_ATTACHMENT_TIMEOUTS;

/** cen.TransitRouterVbrAttachment: provider defaults create 10m, update 5m, delete 15m. */
export const VBR_ATTACHMENT_TIMEOUTS: pulumi.CustomTimeouts = { create: "15m", update: "10m", delete: "20m" };

/** cen.TransitRouterVpnAttachment: provider defaults create 17m, update 5m, delete 8m. */
export const VPN_ATTACHMENT_TIMEOUTS: pulumi.CustomTimeouts = { create: "20m", update: "10m", delete: "10m" };

/**
 * cen.TransitRouterEcrAttachment: the provider documents no defaults; it
 * provisions like a VPC attachment, so it gets as long.
 */
export const ECR_ATTACHMENT_TIMEOUTS: pulumi.CustomTimeouts = VPC_ATTACHMENT_TIMEOUTS;

/**
 * Express Connect Router, its authorizations and associations: the provider
 * defaults are 5m; an association provisions routing on the ECR.
 */
export const ECR_OPERATION_TIMEOUTS: pulumi.CustomTimeouts = TRANSIT_ROUTER_OPERATION_TIMEOUTS;

/**
 * cloudfirewall.VpcCenTrFirewall: provider defaults create 41m, update 5m,
 * delete 46m; Cloud Firewall builds its VPC and rewires the transit router.
 */
export const CLOUD_FIREWALL_TIMEOUTS: pulumi.CustomTimeouts = { create: "60m", update: "10m", delete: "60m" };
