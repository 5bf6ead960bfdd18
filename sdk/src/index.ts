// The package's public API: components, their arguments, and the values
// their arguments take. Everything else is internal and may change.
export { CrossAccountCenPeering, CrossAccountCenPeeringArgs } from "./components/crossAccountCenPeering";
export {
    IsolatedSpokesWithSharedHub,
    IsolatedSpokesWithSharedHubArgs,
} from "./components/isolatedSpokesWithSharedHub";
export { CenOwnerArgs, CenRegionArgs, InterRegionArgs, MultiRegionArgs } from "./components/cenOwnerArgs";
export { InterRegionTopology } from "./core/interRegion";
export { CenVpcArgs, CenZoneMapping } from "./components/cenVpcArgs";
export {
    CenEcrArgs,
    CenOnPremisesArgs,
    CenOnPremisesConnectionsArgs,
    CenVbrArgs,
    CenVpnConnectionArgs,
} from "./components/cenOnPremisesArgs";
export { CenSecurityDomains } from "./components/cenSecurityDomains";
export {
    CenSecurityDomainsArgs,
    DomainPolicyOutput,
    SecurityDomainArgs,
} from "./components/cenSecurityDomainsArgs";
export {
    CloudFirewallArgs,
    CloudFirewallMemberArgs,
    CloudFirewallNetworkArgs,
    FirewallControlPolicyArgs,
    HubFirewallArgs,
} from "./components/cloudFirewallArgs";
export { CrossAccountExpressConnectRouter } from "./components/crossAccountExpressConnectRouter";
export {
    CrossAccountExpressConnectRouterArgs,
    EcrMemberArgs,
    EcrVbrArgs,
    EcrVpcArgs,
} from "./components/expressConnectRouterArgs";
export { CrossAccountPrivateLink } from "./components/crossAccountPrivateLink";
export {
    CrossAccountPrivateLinkArgs,
    PrivateLinkBackendArgs,
    PrivateLinkConsumerArgs,
    PrivateLinkConsumerVpcArgs,
    PrivateLinkEndpointZoneArgs,
    PrivateLinkServiceArgs,
} from "./components/privateLinkArgs";
export {
    PRIVATELINK_PAYERS,
    PRIVATELINK_RESOURCE_TYPES,
    PrivateLinkPayer,
    PrivateLinkResourceType,
} from "./core/privateLink";
export {
    SharedVSwitchArgs,
    SharedVSwitchShare,
    SharedVSwitchShareArgs,
    ShareTenantArgs,
} from "./components/sharedVSwitchShare";
export {
    InvitationAcceptance,
    SHARING_MODES,
    SharedVSwitchShareInfo,
    SharedVSwitchTenant,
    SharedVSwitchTenantArgs,
    SharingMode,
} from "./components/sharedVSwitchTenant";
export {
    ResourceShareInvitationAccepter,
    ResourceShareInvitationAccepterArgs,
} from "./resources/shareInvitation/invitationAccepter";
export {
    ROUTE_POLICY_TYPES,
    RoutePolicyCandidate,
    RoutePolicyType,
    TrFirewallRoutePolicy,
    TrFirewallRoutePolicyArgs,
} from "./resources/trFirewall/routePolicyResource";
export { Payer, PAYERS } from "./core/payer";
export { RFC1918_SUMMARIES, RouteDestinations, VPC_ROUTE_MODES, VpcRouteMode } from "./core/routePlan";
export { DEFAULT_SHARING_QUOTAS, SHARING_REGIONS, SharingQuotas } from "./core/sharing";
export { ValidationError } from "./resources/validationError";
