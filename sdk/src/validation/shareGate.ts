// The share's late gate, over what the share's checks need looked up: the
// VPC, the owner's region and account, each tenant's account and region.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { SharedVSwitchShareArgs } from "../args/sharedVSwitchArgs";
import { entriesOf } from "../core/argTypes";
import { shareLateProblems } from "./shareChecks";
import { lateValidationGate } from "./validationGate";
import { accountIdResolver } from "./accountIds";
import { regionResolver } from "./providerRegions";

/**
 * One gate for the share and all its tenants (when any tenant's account or
 * region is wrong, nothing of the share is created either), and each
 * tenant's account id, looked up once.
 */
export function shareGate(
    share: pulumi.ComponentResource,
    name: string,
    args: SharedVSwitchShareArgs,
    tenantLabel: (i: number) => string,
): { gate: pulumi.Output<pulumi.Resource[]>; tenantAccountIds: pulumi.Output<string>[] } {
    const tenants = entriesOf(args.tenants);
    const accountOf = accountIdResolver(share);
    const regionOf = regionResolver(share);
    const tenantAccountIds = tenants.map((t) => accountOf(t.provider, t.accountId));
    const lookup = alicloud.vpc.getNetworksOutput(
        { ids: [args.vpcId] },
        { parent: share, provider: args.ownerProvider },
    );
    const late = {
        vpcs: lookup.vpcs,
        vpcId: args.vpcId,
        ownerRegion: regionOf(args.ownerProvider),
        ownerAccountId: tenants.length > 0 ? accountOf(args.ownerProvider, args.ownerAccountId) : undefined,
        tenants: tenants.map((t, i) => ({ accountId: tenantAccountIds[i], region: regionOf(t.provider) })),
    };
    const gate = lateValidationGate(share, name, late, (resolved) =>
        shareLateProblems(resolved, args, tenantLabel),
    );
    return { gate, tenantAccountIds };
}
