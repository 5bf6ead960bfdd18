// Region rules every component and the pack check: resources that refer to
// one another are created in one region, by providers of that region
// (Alibaba Cloud's APIs look ids up in the caller's region only).

/**
 * A VPC attaches only to a transit router of its own region: reaching a VPC in
 * another region needs a transit router there and an inter-region connection.
 */
export function vpcRegionProblem(
    label: string,
    vpcRegion: string | undefined,
    transitRouterRegion: string | undefined,
): string | undefined {
    if (vpcRegion === undefined || transitRouterRegion === undefined || vpcRegion === transitRouterRegion) {
        return undefined;
    }
    return `${label}: provider is in region ${vpcRegion}, but the transit router is in ${transitRouterRegion} (cenProvider's region); a transit router attaches VPCs of its own region only. If the VPC is in ${transitRouterRegion}, pass its account's provider for ${transitRouterRegion}; a VPC in ${vpcRegion} needs a transit router in ${vpcRegion} joined to this one by an inter-region connection.`;
}

/** A share and its vSwitches are created with the owner's provider, in that provider's region. */
export function shareRegionProblem(
    argument: string,
    region: string,
    provider: string,
    providerRegion: string | undefined,
): string | undefined {
    if (providerRegion === undefined || region === providerRegion) return undefined;
    return `${argument} ${JSON.stringify(region)} is not the region of ${provider} (${providerRegion}); the share is created with that provider, in its region: set ${argument} to "${providerRegion}" if the VPC is there, or pass the owner's provider for ${region}.`;
}

/** A tenant creates its security group in the shared VPC, in the share's region. */
export function tenantRegionProblem(
    label: string,
    tenantRegion: string | undefined,
    shareRegion: string,
): string | undefined {
    if (tenantRegion === undefined || tenantRegion === shareRegion) return undefined;
    return `${label}: provider is in region ${tenantRegion}, but the shared VPC is in ${shareRegion}; the tenant's security group is created in the shared VPC with it: pass the tenant account's provider for ${shareRegion}.`;
}
