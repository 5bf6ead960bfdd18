import * as pulumi from "@pulumi/pulumi";
import { ApplianceNextHopType } from "./values";
import { CenVpcArgs } from "./cenVpcArgs";

/**
 * An inspection VPC of your own, in the path of some allowed pairs of
 * domains, without Cloud Firewall: its attachment in appliance mode,
 * associated with a return table that learns the inspected domains' members;
 * the inspected domains' tables send each other's blocks to it; its route
 * tables send them to your appliance.
 *
 * Your part: the appliance (firewall instances, or a HaVip in front of them)
 * and the route table of the appliance's own vSwitch, which must send the
 * inspected blocks back to the VPC's transit router attachment.
 *
 * @see {@link https://www.alibabacloud.com/help/en/cen/user-guide/associated-forwarding | Associated forwarding on an Enterprise Edition transit router}
 */
export interface InspectionVpcArgs {
    /**
     * The pairs of domains whose traffic passes the appliance, e.g.
     * `[["office", "production"]]`; each must be a pair `allow` lets talk.
     */
    readonly inspect: [string, string][];
    /**
     * The inspection VPC, in any account; it belongs to no domain. Its
     * `routeTableIds` are the tables of the vSwitches of its attachment,
     * which get the inspected blocks towards `appliance`.
     */
    readonly vpc: CenVpcArgs;
    /** Where the inspection VPC's route tables send the inspected traffic. */
    readonly appliance: ApplianceArgs;
}

/** The appliance an inspection VPC's route tables send the inspected traffic to. */
export interface ApplianceArgs {
    /** `Instance`, `NetworkInterface` or `HaVip`. */
    readonly nextHopType: ApplianceNextHopType;
    /** Its id (`i-...`, `eni-...`, `havip-...`). */
    readonly nextHopId: pulumi.Input<string>;
}
