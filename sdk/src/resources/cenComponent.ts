// What every CEN component does the same way, in the same order: check its
// arguments before anything is created (all problems at once), resolve the
// VPCs (accounts, and the gate that checks again once values resolve), set
// up the child context, the CEN instance and the transit router, and give
// the outputs every CEN component has.
import * as pulumi from "@pulumi/pulumi";
import type { CenOwnerArgs } from "../components/cenOwnerArgs";
import { booleanProblem, emptyIdProblem, found } from "../core/argTypes";
import { NamedChild } from "../core/naming";
import {
    CenVpcSettings,
    checkCenProvider,
    checkGivenVpcs,
    cidrBlocksByVpc,
    GivenVpc,
    resolveCenVpcs,
    ResolvedCenVpcs,
} from "./cenVpcs";
import { ChildContext } from "./childOptions";
import { ConnectedVpc, idsByVpc } from "./connectVpc";
import { CenTransitRouter, ensureCenTransitRouter } from "./transitRouter";
import { throwIfProblems } from "./validationError";
import { TransitRouterSide } from "./vpcAttachment";

/** What a component checks of its own arguments, before anything is created. */
export interface CenComponentChecks {
    /** How a call looks, for a missing `args`: `{ cenProvider, vpcs: [...] }`. */
    readonly usage: string;
    /** Problems with the component's own arguments (its lists, route modes, flags). */
    readonly problems: readonly string[];
    /** The VPC arguments as given, and where they sit, for their shapes and the names they give. */
    readonly vpcs: readonly GivenVpc[];
    /** The component's other children named after it (`spoke-table`). */
    readonly otherNames?: NamedChild[];
}

/** The VPCs to resolve once the arguments passed the checks, and what their routes must cover. */
export type CenComponentVpcs = Pick<CenVpcSettings, "vpcs" | "summaryRoutes">;

/** Everything a CEN component builds its own children on. */
export interface CenComponentBase {
    readonly resolved: ResolvedCenVpcs;
    readonly ctx: ChildContext;
    readonly cen: CenTransitRouter;
    /** The transit router side of every VPC attachment: the CEN owner's provider and account. */
    readonly tr: TransitRouterSide;
}

/**
 * Checks the arguments (throwing a ValidationError with every problem and
 * creating nothing), resolves the VPCs `vpcs` returns, and creates or adopts
 * the CEN instance and transit router.
 */
export function startCenComponent(
    parent: pulumi.ComponentResource,
    name: string,
    args: CenOwnerArgs | undefined,
    checks: CenComponentChecks,
    vpcs: (args: CenOwnerArgs) => CenComponentVpcs,
): CenComponentBase {
    const problems = [
        ...checkCenProvider(args?.cenProvider),
        ...(args ? [] : [`args is missing; pass ${checks.usage}.`]),
        ...checks.problems,
        ...checkCenOwnerArgs(args),
        ...checkGivenVpcs(name, checks.vpcs, checks.otherNames),
    ];
    throwIfProblems(parent, name, problems);
    const owner = args!;
    const resolved = resolveCenVpcs(name, parent, {
        cenProvider: owner.cenProvider,
        cenAccountId: owner.cenAccountId,
        cenId: owner.cenId,
        transitRouterId: owner.transitRouterId,
        ipv6: owner.ipv6 ?? false,
        tags: owner.tags,
        ...vpcs(owner),
    });
    const ctx: ChildContext = { component: name, parent, gate: resolved.gate };
    const cen = ensureCenTransitRouter(ctx, {
        provider: owner.cenProvider,
        cenId: owner.cenId,
        transitRouterId: owner.transitRouterId,
        tags: owner.tags,
    });
    const tr: TransitRouterSide = { provider: owner.cenProvider, accountId: resolved.cenAccountId, ...cen };
    return { resolved, ctx, cen, tr };
}

/** The outputs every CEN component has. */
export interface CenComponentOutputs {
    readonly cenId: pulumi.Output<string>;
    readonly cenAccountId: pulumi.Output<string>;
    readonly transitRouterId: pulumi.Output<string>;
    readonly attachmentIds: pulumi.Output<Record<string, string>>;
    readonly grantIds: pulumi.Output<Record<string, string>>;
    readonly vpcCidrBlocks: pulumi.Output<Record<string, string[]>>;
    readonly attachmentUrns: pulumi.Output<Record<string, string>>;
}

/** The common outputs, from the base and the VPCs connected by VPC name. */
export function cenComponentOutputs(
    base: CenComponentBase,
    connected: ReadonlyMap<string, ConnectedVpc>,
): CenComponentOutputs {
    return {
        cenId: base.cen.cenId,
        cenAccountId: base.resolved.cenAccountId,
        transitRouterId: base.cen.transitRouterId,
        ...idsByVpc(connected),
        vpcCidrBlocks: cidrBlocksByVpc(base.resolved.vpcs),
    };
}

/** Problems with the CEN owner's arguments that every CEN component shares. */
export function checkCenOwnerArgs(
    args: (Partial<CenOwnerArgs> & { transitRouterRouteTableId?: unknown }) | undefined,
): string[] {
    const problems = found(
        booleanProblem("ipv6", args?.ipv6),
        emptyIdProblem("cenId", args?.cenId, "the id of an existing CEN instance (cen-...)"),
        emptyIdProblem(
            "transitRouterId",
            args?.transitRouterId,
            "the id of an existing transit router (tr-...)",
        ),
        emptyIdProblem(
            "transitRouterRouteTableId",
            args?.transitRouterRouteTableId,
            "the id of a route table of the transit router (vtb-...)",
        ),
        emptyIdProblem("cenAccountId", args?.cenAccountId, "the CEN owner's account id"),
    );
    if (args?.transitRouterId !== undefined && args.cenId === undefined) {
        problems.push(
            "transitRouterId is given without cenId; pass the id of the CEN instance the transit router belongs to.",
        );
    }
    return problems;
}
