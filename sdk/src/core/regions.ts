// Region rules every component and the pack check: resources that refer to
// one another are created in one region, by providers of that region
// (Alibaba Cloud's APIs look ids up in the caller's region only).

const REGION_ID = /^[a-z]{2}(-[a-z0-9]+)+$/;

/** True for a string shaped like an Alibaba Cloud region id (`ap-southeast-1`, `cn-hangzhou`). */
export function isRegionId(value: unknown): value is string {
    return typeof value === "string" && REGION_ID.test(value);
}

/**
 * A VPC attaches only to a transit router of its own region: reaching a VPC in
 * another region needs a transit router there and an inter-region connection.
 */
export function vpcRegionProblem(
    label: string,
    vpcRegion: string | undefined,
    transitRouterRegion: string | undefined,
    whose = "cenProvider's region",
    noun = "VPC",
): string | undefined {
    if (vpcRegion === undefined || transitRouterRegion === undefined || vpcRegion === transitRouterRegion) {
        return undefined;
    }
    return `${label}: provider is in region ${vpcRegion}, but the transit router is in ${transitRouterRegion} (${whose}); a transit router attaches ${noun}s of its own region only. If the ${noun} is in ${transitRouterRegion}, pass its account's provider for ${transitRouterRegion}; a ${noun} in ${vpcRegion} needs a transit router in ${vpcRegion} joined to this one by an inter-region connection (give the component regions).`;
}

/** A region's entry names the region its provider is in. */
export function regionProviderProblem(
    argument: string,
    region: string,
    providerRegion: string | undefined,
): string | undefined {
    if (providerRegion === undefined || providerRegion === region) return undefined;
    return `${argument}: provider is in region ${providerRegion}, not ${region}; the region's transit router and attachments are created with it: pass the CEN owner's provider for ${region}.`;
}

/** A VPC's region, in a one-region network, must be the only region. */
export function givenRegionProblem(
    label: string,
    region: string,
    onlyRegion: string | undefined,
): string | undefined {
    if (onlyRegion === undefined || region === onlyRegion) return undefined;
    return `${label}: region ${region} is not cenProvider's region (${onlyRegion}), the only region of this network; give the component regions with a transit router in ${region}, or remove the VPC's region.`;
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

/**
 * An instance authorized by its owner (for an Express Connect Router) is in
 * the region given for it, which must be its owner's provider's; with no
 * region given, the provider's must be known.
 */
export function memberRegionProblem(
    label: string,
    noun: string,
    region: string | undefined,
    providerRegion: string | undefined,
): string | undefined {
    if (region === undefined) {
        return providerRegion === undefined
            ? `${label}: its provider names no region and none could be looked up; give the ${noun}'s region.`
            : undefined;
    }
    return providerRegion !== undefined && providerRegion !== region
        ? `${label}: region is ${region}, but its provider is in ${providerRegion}; the ${noun}'s owner authorizes it in its region: pass the owner's provider for ${region}, or correct region.`
        : undefined;
}

/** A PrivateLink endpoint is created in its service's region (this package makes no cross-region endpoints). */
export function endpointRegionProblem(
    label: string,
    consumerRegion: string | undefined,
    serviceRegion: string,
): string | undefined {
    if (consumerRegion === undefined) {
        return `${label}: its provider names no region and none could be looked up; pass the consumer account's provider for ${serviceRegion}, the service's region.`;
    }
    return consumerRegion === serviceRegion
        ? undefined
        : `${label}: provider is in region ${consumerRegion}, but the service is in ${serviceRegion}; endpoints are created in the service's region, in a consumer VPC there: pass the consumer account's provider for ${serviceRegion}.`;
}
