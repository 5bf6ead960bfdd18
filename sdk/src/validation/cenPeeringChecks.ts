// What CrossAccountCenPeering checks of its own arguments before anything is
// created, and the VPCs it resolves.
import type { CrossAccountCenPeeringArgs } from "../args/crossAccountCenPeeringArgs";
import { found, nonEmptyListProblem, plainValueProblem } from "../core/argTypes";
import { pairListProblems } from "../core/namePairs";
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
            ...denyProblems(args, vpcList),
        ],
        vpcs: vpcList.map((v, i) => ({ path: `vpcs[${i}]`, args: v })),
    };
}

/**
 * The routing-policy design's rules: `deny` is a plain list of pairs of the
 * VPCs' names, and leaves VPC routes to route synchronisation (static routes
 * would carry the denied traffic).
 */
function denyProblems(args: CrossAccountCenPeeringArgs | undefined, vpcs: readonly unknown[]): string[] {
    if (args?.deny === undefined) return [];
    const deferred = plainValueProblem("deny", args.deny);
    if (deferred) return [deferred];
    const names = new Set(
        vpcs.flatMap((v) => {
            const name = (v as { name?: unknown } | null)?.name;
            return typeof name === "string" ? [name] : [];
        }),
    );
    return [
        ...pairListProblems("deny", args.deny, names, {
            noun: "VPC",
            example: '["vpc2", "vpc3"]',
            selfPairing: "a VPC cannot be kept from itself.",
        }),
        ...(args.vpcRoutes === undefined
            ? []
            : [
                  `vpcRoutes ${JSON.stringify(args.vpcRoutes)} cannot be given with deny: with deny each VPC learns its routes from the transit router (route synchronisation), and static VPC routes would send the denied traffic to the transit router anyway. Remove vpcRoutes.`,
              ]),
    ];
}

/** Whether the peering keeps pairs apart with routing policies (route synchronisation, no VPC route entries). */
export function deniesPairs(args: CrossAccountCenPeeringArgs): boolean {
    return args.deny !== undefined;
}

/** The VPCs to resolve; with two or more, summary routes must cover the other VPCs' blocks. */
export function peeringVpcs(args: CrossAccountCenPeeringArgs): CenComponentVpcs {
    if (deniesPairs(args)) {
        // The transit router advertises each VPC its routes: no route tables or summary routes needed.
        return {
            vpcs: args.vpcs.map((vpc, i) => ({
                path: `vpcs[${i}]`,
                args: vpc,
                routeTables: { needed: false, orElse: "" },
            })),
            summaryRoutes: [],
        };
    }
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
