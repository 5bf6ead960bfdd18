// The checks of an inspection VPC of the user's own between security domains.
import { InspectionVpcArgs } from "../args/inspectionVpcArgs";
import { found } from "../core/argTypes";
import { checkInspect, oneRegionProblem } from "../core/inspection";
import { APPLIANCE_NEXT_HOP_TYPES } from "../args/values";

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
