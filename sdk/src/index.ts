// The package's public API: components, their arguments, and the values
// their arguments take. Everything else is internal and may change.
export { CrossAccountCenPeering } from "./components/crossAccountCenPeering";
export { IsolatedSpokesWithSharedHub } from "./components/isolatedSpokesWithSharedHub";
export { CenSecurityDomains } from "./components/cenSecurityDomains";
export { CrossAccountExpressConnectRouter } from "./components/crossAccountExpressConnectRouter";
export { CrossAccountPrivateLink } from "./components/crossAccountPrivateLink";
export { SharedVSwitchShare } from "./components/sharedVSwitchShare";
export { SharedVSwitchTenant } from "./components/sharedVSwitchTenant";
export { CrossAccountCenBasicEdition } from "./components/crossAccountCenBasicEdition";

// Their arguments and outputs, one layer (args/).
export {
    BasicEditionCcnArgs,
    BasicEditionVpcArgs,
    BasicEditionVpcFirewallArgs,
    CrossAccountCenBasicEditionArgs,
} from "./args/basicEditionArgs";
export { CenPeeringRegionArgs, CrossAccountCenPeeringArgs } from "./args/crossAccountCenPeeringArgs";
export { IsolatedSpokesWithSharedHubArgs, IsolationOutput } from "./args/isolatedSpokesWithSharedHubArgs";
export {
    CenOwnerArgs,
    CenRegionArgs,
    HubTopology,
    InterRegionArgs,
    InterRegionTopology,
    LinkType,
    MeshTopology,
    MultiRegionArgs,
} from "./args/cenOwnerArgs";
export { CenVpcArgs, CenZoneMapping } from "./args/cenVpcArgs";
export {
    CenEcrArgs,
    CenOnPremisesArgs,
    CenOnPremisesConnectionsArgs,
    CenVbrArgs,
    CenVpnConnectionArgs,
} from "./args/cenOnPremisesArgs";
export {
    CenSecurityDomainsArgs,
    DomainMembersOutput,
    DomainPolicyOutput,
    SecurityDomainArgs,
} from "./args/cenSecurityDomainsArgs";
export {
    CloudFirewallArgs,
    CloudFirewallMemberArgs,
    CloudFirewallNetworkArgs,
    FirewallControlPolicyArgs,
    HubFirewallArgs,
} from "./args/cloudFirewallArgs";
export { ApplianceArgs, InspectionVpcArgs } from "./args/inspectionVpcArgs";
export {
    CrossAccountExpressConnectRouterArgs,
    EcrMemberArgs,
    EcrVbrArgs,
    EcrVpcArgs,
} from "./args/expressConnectRouterArgs";
export {
    CrossAccountPrivateLinkArgs,
    PrivateLinkBackendArgs,
    PrivateLinkConsumerArgs,
    PrivateLinkConsumerVpcArgs,
    PrivateLinkEndpointZoneArgs,
    PrivateLinkServiceArgs,
} from "./args/privateLinkArgs";
export {
    InvitationAcceptance,
    SharedVSwitchArgs,
    SharedVSwitchShareArgs,
    SharedVSwitchShareInfo,
    SharedVSwitchTenantArgs,
    ShareTenantArgs,
    SharingQuotasArgs,
    TenantAccountArgs,
} from "./args/sharedVSwitchArgs";
export {
    APPLIANCE_NEXT_HOP_TYPES,
    ApplianceNextHopType,
    Payer,
    PAYERS,
    PRIVATELINK_PAYERS,
    PRIVATELINK_RESOURCE_TYPES,
    PrivateLinkPayer,
    PrivateLinkResourceType,
    RouteDestinations,
    SHARING_MODES,
    SharingMode,
    SharingQuotas,
    VPC_ROUTE_MODES,
    VpcRouteMode,
} from "./args/values";
// Values the package computes with, for programs that want them too.
export { RFC1918_SUMMARIES } from "./core/routePlan";
export { DEFAULT_SHARING_QUOTAS, SHARING_REGIONS } from "./core/sharing";

// Custom resources the components create, usable on their own.
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
export { ValidationError } from "./validation/validationError";
