// An inspection VPC of the user's own between security domains: attached in
// appliance mode to a return table that learns the inspected members, its
// own route tables sending their blocks to the appliance.
import * as pulumi from "@pulumi/pulumi";
import { InspectionVpcArgs } from "../args/inspectionVpcArgs";
import { valueKey } from "../core/naming";
import { ResolvedVpc } from "../validation/cenVpcResolution";
import { ChildContext } from "./childOptions";
import { ConnectedVpc, connectVpc } from "./connectVpc";
import { RegionRouter } from "./regionRouters";
import { addVpcRouteEntries } from "./vpcRouteEntries";

/**
 * Attaches the inspection VPC in appliance mode, associated with `returnTable`
 * (it learns nothing itself), and routes every inspected member's blocks (a
 * VPC's, or an on-premises connection's) in
 * its route tables to the appliance.
 */
export function connectInspectionVpc(
    ctx: ChildContext,
    router: RegionRouter,
    vpc: ResolvedVpc,
    returnTable: pulumi.Output<string>,
    inspected: readonly Pick<ResolvedVpc, "key" | "cidrBlocks">[],
    appliance: InspectionVpcArgs["appliance"],
): ConnectedVpc {
    const connected = connectVpc(
        ctx,
        router.side,
        { ...vpc, applianceMode: true },
        { associateWith: returnTable, propagateTo: [], vpcRouteTableIds: [], routes: [] },
    );
    addVpcRouteEntries(
        ctx,
        vpc.key,
        vpc.provider,
        vpc.routeTableIds,
        inspected.flatMap((m) =>
            m.cidrBlocks.map((cidr, i) => ({ key: valueKey(cidr, `${m.key}-${i}`), destination: cidr })),
        ),
        { type: appliance.nextHopType, id: appliance.nextHopId },
        "inspect",
    );
    return connected;
}
