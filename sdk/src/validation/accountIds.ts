import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/**
 * Returns a function giving each provider's account id: the id the user gave,
 * or `alicloud.getAccount` invoked through that provider (one invoke per
 * provider). The invoke options are getAccountOutput's first argument.
 */
export function accountIdResolver(
    parent: pulumi.Resource,
): (provider: alicloud.Provider, given?: pulumi.Input<string>) => pulumi.Output<string> {
    const looked = new Map<alicloud.Provider, pulumi.Output<string>>();
    return (provider, given) => {
        if (given !== undefined) {
            return pulumi.output(given);
        }
        let id = looked.get(provider);
        if (id === undefined) {
            id = alicloud.getAccountOutput({ provider, parent }).id;
            looked.set(provider, id);
        }
        return id;
    };
}
