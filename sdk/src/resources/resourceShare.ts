// The children of a SharedVSwitchShare that share the vSwitches: resource
// directory sharing when asked, the resource share (unless one is given) and
// a SharedResource per vSwitch, in the owner's account, after the share's
// late gate; and that gate, over what the share's checks need looked up.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { childName } from "../core/naming";
import { SharedVSwitchShareArgs } from "../args/sharedVSwitchArgs";
import { SharingMode } from "../args/values";
import { entriesOf } from "../core/argTypes";
import { shareLateProblems } from "../validation/shareChecks";
import { lateValidationGate } from "../validation/validationGate";
import { accountIdResolver } from "./accountIds";
import { ChildContext, childOptions, invokeOptions } from "./childOptions";
import { regionResolver } from "./providerRegions";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "./timeouts";

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
        invokeOptions({ component: name, parent: share }, args.ownerProvider),
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

/** The share and its vSwitches, with the owner's provider. */
export function shareVSwitches(
    ctx: ChildContext,
    args: SharedVSwitchShareArgs,
    mode: SharingMode,
): { resourceShareId: pulumi.Output<string>; shared: alicloud.resourcemanager.SharedResource[] } {
    const timeouts = { customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS };
    const rdSharing = args.resourceDirectoryProvider
        ? [
              new alicloud.resourcemanager.ResourceDirectorySharing(
                  childName(ctx.component, "rd-sharing"),
                  {},
                  childOptions(ctx, args.resourceDirectoryProvider),
              ),
          ]
        : [];
    const resourceShareId =
        args.resourceShareId !== undefined
            ? pulumi.output(args.resourceShareId)
            : new alicloud.resourcemanager.ResourceShare(
                  childName(ctx.component, "share"),
                  {
                      resourceShareName: args.resourceShareName ?? ctx.component,
                      allowExternalTargets: mode === "any-account",
                      tags: args.tags,
                  },
                  childOptions(ctx, args.ownerProvider, rdSharing, timeouts),
              ).id;
    const shared = args.vswitches.map(
        (v) =>
            new alicloud.resourcemanager.SharedResource(
                childName(ctx.component, "vswitch", v.name),
                {
                    resourceShareId,
                    resourceId: v.vswitchId,
                    resourceType: "VSwitch",
                    permissionName: "AliyunRSDefaultPermissionVSwitch",
                },
                childOptions(ctx, args.ownerProvider, [], timeouts),
            ),
    );
    return { resourceShareId, shared };
}
