// What CrossAccountCenPeering checks of its own arguments before anything is
// created, and the VPCs it resolves.
import type { CrossAccountCenPeeringArgs } from "../args/crossAccountCenPeeringArgs";
import { found, nonEmptyListProblem, plainValueProblem } from "../core/argTypes";
import { checkRouteDestinations } from "../core/routePlan";
import { CenComponentChecks, CenComponentVpcs } from "./cenComponentChecks";
import { summaryRoutesFor } from "./cenVpcChecks";
import { VPC_LIST } from "./cenVpcShapes";

/** What CrossAccountCenPeering checks of its own arguments. */
export function peeringChecks(args: CrossAccountCenPeeringArgs | undefined): CenComponentChecks {
    const vpcRoutes = args?.vpcRoutes ?? "rfc1918";
    const deferredRoutes = plainValueProblem("vpcRoutes", vpcRoutes);
    const vpcList = Array.isArray(args?.vpcs) ? args.vpcs : [];
    return {
        usage: "{ cenProvider, vpcs: [...] }",
        problems: [
            ...(deferredRoutes ? [deferredRoutes] : checkRouteDestinations("vpcRoutes", vpcRoutes)),
            ...found(nonEmptyListProblem("vpcs", args?.vpcs, VPC_LIST, "give at least one VPC to attach.")),
        ],
        vpcs: vpcList.map((v, i) => ({ path: `vpcs[${i}]`, args: v })),
    };
}

/** The VPCs to resolve; with two or more, summary routes must cover the other VPCs' blocks. */
export function peeringVpcs(args: CrossAccountCenPeeringArgs): CenComponentVpcs {
    const vpcRoutes = args.vpcRoutes ?? "rfc1918";
    return {
        vpcs: args.vpcs.map((vpc, i) => ({
            path: `vpcs[${i}]`,
            args: vpc,
            routeTables: { needed: vpcRoutes !== "none", orElse: 'or set vpcRoutes to "none"' },
        })),
        summaryRoutes:
            args.vpcs.length < 2
                ? []
                : summaryRoutesFor(
                      "vpcRoutes",
                      vpcRoutes,
                      "the other VPCs",
                      args.vpcs.map((_, i) => i),
                  ),
    };
}
