import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenBasicEditionArgs } from "../args/basicEditionArgs";
import { childName } from "../core/naming";
import { CROSS_ACCOUNT_CEN_BASIC_TYPE } from "../core/typeTokens";
import { accountIdResolver } from "../validation/accountIds";
import { checkBasicEditionArgs, resolveBasicEdition } from "../validation/basicEditionChecks";
import { byName } from "../validation/inputs";
import { regionResolver } from "../validation/providerRegions";
import { throwIfProblems } from "../validation/validationError";
import { AttachedMember, attachMember, vpcFirewall } from "../resources/basicEdition";
import { ChildContext, childOptions } from "../resources/childOptions";

/**
 * Connects VPCs and Cloud Connect Network (CCN) instances of different
 * Alibaba Cloud accounts through a CEN instance's Basic Edition transit
 * router, in one region: every instance attached learns the routes of every
 * other one, and the VPCs reach each other and the branch networks behind
 * each CCN without route entries. CCN instances attach only this way: a CCN
 * joins a CEN only through a Basic Edition transit router.
 *
 * For each VPC or CCN of another account than the CEN owner's, its owner
 * grants it to the CEN (`cen.InstanceGrant` for a VPC,
 * `cloudconnect.NetworkGrant` for a CCN), and the CEN owner attaches it
 * (`cen.InstanceAttachment`) after the grant. With `vpcFirewall`, a VPC
 * firewall (`cloudfirewall.FirewallVpcFirewallCen`) on each VPC listed
 * inspects what the CEN carries in and out of it, by the access control
 * policies of the CEN's group. Every child uses an explicit provider.
 *
 * @see {@link https://www.alibabacloud.com/help/en/cen/user-guide/grant-permissions-on-a-network-instance-that-belongs-to-another-account | Cross-account network instance authorization}
 * @see {@link https://www.alibabacloud.com/help/en/ecs/use-cases/use-vpcs-for-network-isolation | Use VPCs for network isolation (VPC firewall for a Basic Edition transit router)}
 */
export class CrossAccountCenBasicEdition extends pulumi.ComponentResource {
    /** The CEN instance id (the given one, or the one created). */
    public readonly cenId: pulumi.Output<string>;
    /** The id of the account that owns the CEN instance. */
    public readonly cenAccountId: pulumi.Output<string>;
    /** Per VPC name, its CEN instance attachment's id. */
    public readonly attachmentIds: pulumi.Output<Record<string, string>>;
    /** Per VPC name, the URN of its attachment resource: how the policy pack and the plan find the VPC. */
    public readonly attachmentUrns: pulumi.Output<Record<string, string>>;
    /** Per VPC or CCN name, its grant's id, for those of accounts other than the CEN owner's. */
    public readonly grantIds: pulumi.Output<Record<string, string>>;
    /** Per CCN name, its CEN instance attachment's id. */
    public readonly onPremisesAttachmentIds: pulumi.Output<Record<string, string>>;
    /** Per CCN name, the URN of its attachment resource: how the plan reaches the branches behind it. */
    public readonly onPremisesAttachmentUrns: pulumi.Output<Record<string, string>>;
    /** Per CCN name, its `onPremisesCidrBlocks`. */
    public readonly onPremisesCidrBlocks: pulumi.Output<Record<string, string[]>>;
    /** Per VPC name the firewall protects, its VPC firewall's id. */
    public readonly vpcFirewallIds: pulumi.Output<Record<string, string>>;

    constructor(name: string, args: CrossAccountCenBasicEditionArgs, opts?: pulumi.ComponentResourceOptions) {
        super(CROSS_ACCOUNT_CEN_BASIC_TYPE, name, {}, opts);
        throwIfProblems(this, name, checkBasicEditionArgs(name, args));
        const { cenAccountId, members, gate } = resolveBasicEdition(
            this,
            name,
            args,
            accountIdResolver(this),
            regionResolver(this),
        );
        const ctx: ChildContext = { component: name, parent: this, gate };
        const cenId =
            args.cenId !== undefined
                ? pulumi.output(args.cenId)
                : new alicloud.cen.Instance(
                      childName(name, "cen"),
                      { cenInstanceName: name, tags: args.tags },
                      childOptions(ctx, args.cenProvider),
                  ).id;
        const cen = { provider: args.cenProvider, accountId: cenAccountId, cenId, region: args.region };
        const attached = new Map<string, AttachedMember>(
            members.map((m) => [m.key, attachMember(ctx, cen, m)]),
        );
        const vpcs = new Map(
            [...attached].filter(([key]) => members.find((m) => m.key === key)?.kind === "VPC"),
        );
        const ccns = new Map([...attached].filter(([key]) => !vpcs.has(key)));
        const firewalls = new Map(
            (args.vpcFirewall?.vpcs ?? []).map((key) => [
                key,
                vpcFirewall(
                    ctx,
                    cen,
                    args.vpcFirewall?.provider ?? args.cenProvider,
                    members.find((m) => m.key === key)!,
                    attached.get(key)!,
                ),
            ]),
        );

        this.cenId = cenId;
        this.cenAccountId = cenAccountId;
        this.attachmentIds = byName(vpcs, (a) => a.attachment.id);
        this.attachmentUrns = byName(vpcs, (a) => a.attachment.urn);
        this.grantIds = byName(attached, (a) => a.grant?.id);
        this.onPremisesAttachmentIds = byName(ccns, (a) => a.attachment.id);
        this.onPremisesAttachmentUrns = byName(ccns, (a) => a.attachment.urn);
        this.onPremisesCidrBlocks = pulumi.output(
            Object.fromEntries((args.ccns ?? []).map((c) => [c.name, c.onPremisesCidrBlocks])),
        ) as pulumi.Output<Record<string, string[]>>;
        this.vpcFirewallIds = byName(firewalls, (f) => f.id);
        this.registerOutputs({
            cenId: this.cenId,
            cenAccountId: this.cenAccountId,
            attachmentIds: this.attachmentIds,
            attachmentUrns: this.attachmentUrns,
            grantIds: this.grantIds,
            onPremisesAttachmentIds: this.onPremisesAttachmentIds,
            onPremisesAttachmentUrns: this.onPremisesAttachmentUrns,
            onPremisesCidrBlocks: this.onPremisesCidrBlocks,
            vpcFirewallIds: this.vpcFirewallIds,
        });
    }
}
