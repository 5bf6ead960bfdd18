// An inspection VPC of the user's own between security domains: attached in
// appliance mode to a return table that learns the inspected members, the
// inspected domains' tables sending each other's blocks to it, and its own
// route tables sending them to the appliance.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { APPLIANCE_NEXT_HOP_TYPES, InspectionVpcArgs } from "../components/inspectionVpcArgs";
import { checkInspect } from "../core/cloudFirewall";
import { cidrSlug } from "../core/cidr";
import { childName, valueKey } from "../core/naming";
import { ResolvedVpc } from "./cenVpcs";
import { ChildContext, childOptions } from "./childOptions";
import { ConnectedVpc, connectVpc } from "./connectVpc";
import { RegionRouter } from "./regionRouters";
import { TRANSIT_ROUTER_OPERATION_TIMEOUTS } from "./timeouts";
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
    const count = Array.isArray(others.regions) ? others.regions.length : 0;
    return [
        ...(others.firewall !== undefined
            ? [
                  "inspectionVpc and firewall are both given; traffic passes one inspection point: keep one of them.",
              ]
            : []),
        ...(count > 1
            ? [
                  `inspectionVpc is built for a network in one region, and regions lists ${count}; put the inspected domains in one region, or leave inspectionVpc out.`,
              ]
            : []),
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
 * (it learns nothing itself), and routes every inspected member's blocks in
 * its route tables to the appliance.
 */
export function connectInspectionVpc(
    ctx: ChildContext,
    router: RegionRouter,
    vpc: ResolvedVpc,
    returnTable: pulumi.Output<string>,
    inspected: readonly ResolvedVpc[],
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

/**
 * Static routes in `table` (domain `domain`'s) to each inspected member's
 * blocks, next hop the inspection VPC's attachment, named after the domain,
 * member and block so members come and go alone.
 */
export function routesToInspection(
    ctx: ChildContext,
    router: RegionRouter,
    domain: string,
    table: pulumi.Output<string>,
    members: readonly ResolvedVpc[],
    inspectionAttachment: pulumi.Output<string>,
): void {
    for (const member of members) {
        member.cidrBlocks.forEach((cidr, i) => {
            const block = typeof cidr === "string" ? cidrSlug(cidr) : String(i);
            const name = childName(ctx.component, "inspect", domain, member.key, block);
            new alicloud.cen.TransitRouterRouteEntry(
                name,
                {
                    transitRouterRouteTableId: table,
                    transitRouterRouteEntryDestinationCidrBlock: cidr,
                    transitRouterRouteEntryNextHopType: "Attachment",
                    transitRouterRouteEntryNextHopId: inspectionAttachment,
                    transitRouterRouteEntryName: name,
                    transitRouterRouteEntryDescription: `Domain ${domain} reaches ${member.key} through the inspection VPC.`,
                },
                childOptions(ctx, router.side.provider, [], {
                    customTimeouts: TRANSIT_ROUTER_OPERATION_TIMEOUTS,
                }),
            );
        });
    }
}
