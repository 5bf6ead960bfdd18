// An inspection VPC of the user's own between security domains: attached in
// appliance mode to a return table that learns the inspected members, its
// own route tables sending their blocks to the appliance.
import * as pulumi from "@pulumi/pulumi";
import { InspectionVpcArgs } from "../args/inspectionVpcArgs";
import { found } from "../core/argTypes";
import { checkInspect, oneRegionProblem } from "../core/inspection";
import { APPLIANCE_NEXT_HOP_TYPES } from "../args/values";
import { valueKey } from "../core/naming";
import { ResolvedVpc } from "./cenVpcs";
import { ChildContext } from "./childOptions";
import { ConnectedVpc, connectVpc } from "./connectVpc";
import { RegionRouter } from "./regionRouters";
import { addVpcRouteEntries } from "./vpcRouteEntries";

/** Where the inspection VPC sits in the arguments. */
export const INSPECTION_VPC_PATH = "inspectionVpc.vpc";

/** The inspection VPC's problems before anything is created; none without it. */
export function inspectionVpcProblems(
    inspection: Partial<InspectionVpcArgs> | undefined | null,
    others: { readonly firewall?: unknown; readonly regions?: unknown },
    reach: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
    if (inspection === undefined) return [];
    if (typeof inspection !== "object" || inspection === null) {
        return [
            `inspectionVpc ${JSON.stringify(inspection)} must be { inspect, vpc, appliance }, or left out.`,
        ];
    }
    const appliance = inspection.appliance as Partial<InspectionVpcArgs["appliance"]> | undefined;
    return [
        ...found(
            others.firewall !== undefined
                ? "inspectionVpc and firewall are both given; traffic passes one inspection point: keep one of them."
                : undefined,
            oneRegionProblem("inspectionVpc", "an inspection VPC", others.regions),
        ),
        ...checkInspect("inspectionVpc.inspect", inspection.inspect, reach),
        ...(APPLIANCE_NEXT_HOP_TYPES.includes(appliance?.nextHopType as never)
            ? []
            : [
                  `inspectionVpc.appliance.nextHopType ${JSON.stringify(appliance?.nextHopType)} must be one of ${APPLIANCE_NEXT_HOP_TYPES.join(", ")}: where the inspection VPC's routes hand packets to your appliance.`,
              ]),
        ...(appliance?.nextHopId === undefined || appliance.nextHopId === ""
            ? [
                  "inspectionVpc.appliance.nextHopId is missing; give the appliance's id (i-..., eni-... or havip-...).",
              ]
            : []),
    ];
}

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
