// The children of a SharedVSwitchShare that share the vSwitches: resource
// directory sharing when asked, the resource share (unless one is given) and
// a SharedResource per vSwitch, in the owner's account, after the share's
// late gate (validation/shareGate.ts).
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { childName } from "../core/naming";
import { SharedVSwitchShareArgs } from "../args/sharedVSwitchArgs";
import { SharingMode } from "../args/values";
import { ChildContext, childOptions } from "./childOptions";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "./timeouts";

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
