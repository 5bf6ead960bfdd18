// The children of a Basic Edition network: each VPC and CCN instance of
// another account granted to the CEN by its owner (cen.InstanceGrant,
// cloudconnect.NetworkGrant), then attached at CEN level by the CEN owner
// (cen.InstanceAttachment), after the grant; and the VPC firewall on the
// VPCs it protects.
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { childName } from "../core/naming";
import { BasicEditionMember } from "../validation/basicEditionChecks";
import { ChildContext, childOptions } from "./childOptions";

/** One member attached: its grant (another account's) and its attachment. */
export interface AttachedMember {
    readonly grant?: alicloud.cen.InstanceGrant | alicloud.cloudconnect.NetworkGrant;
    readonly attachment: alicloud.cen.InstanceAttachment;
}

/** The CEN owner's side of the network: its provider, account, CEN and region. */
export interface BasicEditionCen {
    readonly provider: alicloud.Provider;
    readonly accountId: pulumi.Output<string>;
    readonly cenId: pulumi.Output<string>;
    readonly region: string;
}

/** Grants a member of another account to the CEN with its owner's provider, then attaches it with the CEN owner's. */
export function attachMember(
    ctx: ChildContext,
    cen: BasicEditionCen,
    member: BasicEditionMember,
): AttachedMember {
    const grant = !member.crossAccount
        ? undefined
        : member.kind === "VPC"
          ? new alicloud.cen.InstanceGrant(
                childName(ctx.component, "grant", member.key),
                { cenId: cen.cenId, childInstanceId: member.instanceId, cenOwnerId: cen.accountId },
                childOptions(ctx, member.provider),
            )
          : new alicloud.cloudconnect.NetworkGrant(
                childName(ctx.component, "grant", member.key),
                { ccnId: member.instanceId, cenId: cen.cenId, cenUid: cen.accountId },
                childOptions(ctx, member.provider),
            );
    const attachment = new alicloud.cen.InstanceAttachment(
        childName(ctx.component, "attachment", member.key),
        {
            instanceId: cen.cenId,
            childInstanceId: member.instanceId,
            childInstanceType: member.kind,
            childInstanceRegionId: cen.region,
            // The CEN API takes the owner's account id as a number.
            childInstanceOwnerId: member.crossAccount ? member.accountId.apply(Number) : undefined,
        },
        childOptions(ctx, cen.provider, grant ? [grant] : []),
    );
    return { grant, attachment };
}

/** The VPC firewall on one VPC: it inspects what the CEN carries in and out of it, once the VPC is attached. */
export function vpcFirewall(
    ctx: ChildContext,
    cen: BasicEditionCen,
    provider: alicloud.Provider,
    vpc: BasicEditionMember,
    attached: AttachedMember,
): alicloud.cloudfirewall.FirewallVpcFirewallCen {
    return new alicloud.cloudfirewall.FirewallVpcFirewallCen(
        childName(ctx.component, "firewall", vpc.key),
        {
            cenId: cen.cenId,
            vpcRegion: cen.region,
            vpcFirewallName: childName(ctx.component, vpc.key),
            status: "open",
            memberUid: vpc.crossAccount ? vpc.accountId : undefined,
            localVpc: { networkInstanceId: vpc.instanceId },
        },
        childOptions(ctx, provider, [attached.attachment]),
    );
}
