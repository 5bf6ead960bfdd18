// The components' type tokens, `<package>:index:<Class>`. The policy pack and
// the network model find component instances by them.
export const PACKAGE = "alicloud-multi-account-network";
export const CROSS_ACCOUNT_CEN_PEERING_TYPE = `${PACKAGE}:index:CrossAccountCenPeering`;
export const ISOLATED_SPOKES_TYPE = `${PACKAGE}:index:IsolatedSpokesWithSharedHub`;
export const SHARED_VSWITCH_SHARE_TYPE = `${PACKAGE}:index:SharedVSwitchShare`;
export const SHARED_VSWITCH_TENANT_TYPE = `${PACKAGE}:index:SharedVSwitchTenant`;
export const CEN_SECURITY_DOMAINS_TYPE = `${PACKAGE}:index:CenSecurityDomains`;
export const CROSS_ACCOUNT_ECR_TYPE = `${PACKAGE}:index:CrossAccountExpressConnectRouter`;
export const CROSS_ACCOUNT_PRIVATELINK_TYPE = `${PACKAGE}:index:CrossAccountPrivateLink`;
export const CROSS_ACCOUNT_CEN_BASIC_TYPE = `${PACKAGE}:index:CrossAccountCenBasicEdition`;

/** The dynamic resource that refuses a change of an Express Connect Router's payer. */
export const PAYER_LOCK_TYPE = "pulumi-nodejs:dynamic/alicloud-multi-account-network:PayerLock";

/** The dynamic resource of a transit router firewall's traffic-redirection policy. */
export const TR_FIREWALL_ROUTE_POLICY_TYPE =
    "pulumi-nodejs:dynamic/alicloud-multi-account-network:TrFirewallRoutePolicy";
