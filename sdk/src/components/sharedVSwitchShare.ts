import * as pulumi from "@pulumi/pulumi";
import { childName } from "../core/naming";
import { SHARED_VSWITCH_SHARE_TYPE } from "../core/typeTokens";
import { SharedVSwitchShareArgs, SharedVSwitchShareInfo } from "../args/sharedVSwitchArgs";
import { shareVSwitches } from "../resources/resourceShare";
import { shareGate } from "../validation/shareGate";
import { checkShare, shareSettings } from "../validation/shareChecks";
import { checkTenant } from "../validation/sharedVSwitchChecks";
import { throwIfProblems } from "../validation/validationError";
import { GatedShareInfo, SharedVSwitchTenant, TenantOfShareArgs } from "./sharedVSwitchTenant";

/**
 * Shares vSwitches of a non-default VPC with other accounts: one resource share, a SharedResource per vSwitch, and a
 * SharedVSwitchTenant child per tenant (its target, its acceptance of the
 * invitation, its security group). Account A sharing one vSwitch with B, C
 * and D reads as one share with three tenants.
 *
 * Removing a vSwitch from `vswitches` unshares it; removing a tenant deletes
 * its target. Either way the tenant keeps using, viewing, modifying and
 * deleting its existing resources in the vSwitch but can create no new ones,
 * no longer sees the vSwitch, VPC, route table, CIDR blocks or network ACL,
 * and the owner's tags are removed from its view.
 *
 * @see {@link https://www.alibabacloud.com/help/en/vpc/vpc-sharing | Shared VPC}
 */
export class SharedVSwitchShare extends pulumi.ComponentResource {
    /** The resource share id. */
    public readonly resourceShareId: pulumi.Output<string>;
    /** Per vSwitch name, the SharedResource id. */
    public readonly sharedResourceIds: pulumi.Output<Record<string, string>>;
    /** Per tenant name, its security group in the shared VPC. */
    public readonly tenantSecurityGroupIds: pulumi.Output<Record<string, string>>;
    /** The tenants, as child components. */
    public readonly tenants: Record<string, SharedVSwitchTenant>;
    /** What a tenant needs to join this share, for a SharedVSwitchTenant created elsewhere in the program. */
    public readonly info: SharedVSwitchShareInfo;

    constructor(name: string, args: SharedVSwitchShareArgs, opts?: pulumi.ComponentResourceOptions) {
        super(SHARED_VSWITCH_SHARE_TYPE, name, {}, opts);
        const { quotas, joining, tenants } = shareSettings(args);
        const tenantLabel = (i: number) => `tenants[${i}] '${tenants[i]?.name}'`;
        const tenantProblems = tenants.flatMap((t, i) => checkTenant(tenantLabel(i), t, joining));
        throwIfProblems(this, name, [...checkShare(args, quotas), ...tenantProblems]);

        // One gate for the share and all its tenants: when any tenant's
        // account or region is wrong, nothing of the share is created either.
        const { gate, tenantAccountIds } = shareGate(this, name, args, tenantLabel);
        const { resourceShareId, shared } = shareVSwitches(
            { component: name, parent: this, gate },
            args,
            joining.mode,
        );

        // Tenants join once the vSwitches are in the share and the VPC passed its checks.
        const info: GatedShareInfo = { ...joining, resourceShareId, gate, sharedResources: shared };
        this.info = info;
        this.tenants = Object.fromEntries(
            tenants.map(({ name: key, ...tenant }, i) => {
                const tenantArgs: TenantOfShareArgs = {
                    ...tenant,
                    accountId: tenantAccountIds[i],
                    share: info,
                    checkedByShare: true,
                };
                return [key, new SharedVSwitchTenant(childName(name, key), tenantArgs, { parent: this })];
            }),
        );
        this.resourceShareId = resourceShareId;
        this.sharedResourceIds = pulumi.output(
            Object.fromEntries(args.vswitches.map((v, i) => [v.name, shared[i].id])),
        );
        this.tenantSecurityGroupIds = pulumi.output(
            Object.fromEntries(Object.entries(this.tenants).map(([k, t]) => [k, t.securityGroupId])),
        );
        this.registerOutputs({
            resourceShareId: this.resourceShareId,
            sharedResourceIds: this.sharedResourceIds,
            tenantSecurityGroupIds: this.tenantSecurityGroupIds,
        });
    }
}
