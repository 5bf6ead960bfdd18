import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { detached } from "./detached";

/**
 * The region a provider's configuration names, without the provider as a
 * dependency of everything that waits for it. Undefined when not configured
 * or not known yet.
 */
function configuredRegion(provider: alicloud.Provider): pulumi.Output<string | undefined> {
    return detached(provider.region).apply((r) => (r ? r : undefined));
}

/**
 * Returns a function giving each provider's region: the region its
 * configuration names, else the one `alicloud.getRegions({ current: true })`
 * answers through it (one invoke per provider, only when needed). Undefined
 * when neither tells.
 */
export function regionResolver(
    parent: pulumi.Resource,
): (provider: alicloud.Provider) => pulumi.Output<string | undefined> {
    const resolved = new Map<alicloud.Provider, pulumi.Output<string | undefined>>();
    return (provider) => {
        let region = resolved.get(provider);
        if (region === undefined) {
            region = configuredRegion(provider).apply((configured) =>
                configured
                    ? pulumi.output<string | undefined>(configured)
                    : alicloud
                          .getRegionsOutput({ current: true }, { provider, parent })
                          .apply((r) => r.ids[0] as string | undefined),
            );
            resolved.set(provider, region);
        }
        return region;
    };
}

/**
 * Returns a function giving the zones each provider's region lists
 * (`alicloud.getZones` through it, once per provider). Undefined when the
 * lookup fails (an account allowed to manage networks but not to list zones):
 * zone ids are then checked by their shape alone.
 */
export function zoneResolver(
    parent: pulumi.Resource,
): (provider: alicloud.Provider) => pulumi.Output<string[] | undefined> {
    const resolved = new Map<alicloud.Provider, pulumi.Output<string[] | undefined>>();
    return (provider) => {
        let zones = resolved.get(provider);
        if (zones === undefined) {
            zones = pulumi.output(
                alicloud.getZones({}, { provider, parent }).then(
                    (r) => r.zones.map((z) => z.id),
                    () => undefined,
                ),
            );
            resolved.set(provider, zones);
        }
        return zones;
    };
}
