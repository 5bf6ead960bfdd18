import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/** Output's own promise, internal to the SDK: `withUnknowns` yields `pulumi.unknown` rather than waiting forever. */
interface OutputPromise {
    promise(withUnknowns?: boolean): Promise<unknown>;
}

/**
 * The region a provider's configuration names, as an Output that does not
 * carry the provider as a dependency: the validation gate waits for it, and
 * every child of a component would otherwise list the providers among its
 * dependencies. Undefined when not configured or not known yet.
 */
function configuredRegion(provider: alicloud.Provider): pulumi.Output<string | undefined> {
    const region = (provider.region as unknown as OutputPromise).promise(true);
    return pulumi.output(
        region.then((r) => (typeof r === "string" && r !== "" && !pulumi.isUnknown(r) ? r : undefined)),
    );
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
