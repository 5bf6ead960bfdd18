// The plan as one JSON document, for CI pipelines. Its shape is documented
// in the README ("The plan as JSON"); change it only compatibly.
import { onPremisesSites } from "../model/onPremises";
import { NetworkModel } from "../model/networkModel";
import { PrivateLinkAccess } from "../model/privateLink";
import { firewallHop, pathResources, PingResult, verdictOf } from "../model/reachability";
import { Route, routeChoices } from "../model/routeTables";
import { RouteMapMark } from "../model/routeMaps";
import { unmodelledResources } from "../model/unmodelled";
import { UNKNOWN_VALUE } from "../model/stackGraph";
import { Graph, STACK_TYPE } from "./graph";
import { Diagnostic } from "./policyPack";
import { isLeak, isolatedAsIntended, pairKey } from "./planReport";

export interface JsonRoute {
    /** A CIDR block, or null while it is known only after deployment. */
    readonly destination: string | null;
    /** `Local`, `BlackHole`, or the next hop's attachment id (its resource name while the id is unknown); null when unknown. */
    readonly nextHop: string | null;
    /** The next hop's attachment resource name, when it is one. */
    readonly nextHopName?: string;
    readonly type: Route["type"];
    /**
     * Whether this route carries its destination's traffic: false when another
     * route for the same destination wins, null when routes of equal preference
     * conflict (which is used depends on the order they were learned).
     */
    readonly used: boolean | null;
    /** Why, when other routes for the same destination exist or a route map acted on it. */
    readonly why?: string;
    /** The CEN route map that denied the route, may deny it, or set its preference. */
    readonly routeMap?: {
        readonly name: string;
        readonly direction: "RegionIn" | "RegionOut";
        readonly effect: "denied" | "undecided" | "preference";
        readonly preference?: number;
        readonly why?: string;
    };
}

export interface JsonEndpoint {
    /** The VPC resource's name; for an on-premises endpoint, the attachment's name. */
    readonly vpc: string;
    /** For an on-premises endpoint: the connection's name in its component. */
    readonly onPremises?: string;
    readonly name: string;
    /** null while the address is known only after deployment, or when it is any address of `anyAddressOf`. */
    readonly ip: string | null;
    /** For an instance without a fixed privateIp: the vSwitch block it gets some address of. */
    readonly anyAddressOf?: string;
}

export interface PlanDocument {
    readonly project: string;
    readonly preview: boolean;
    readonly resources: {
        urn: string;
        type: string;
        name: string;
        account: string | null;
        provider: string | null;
        parent: string | null;
    }[];
    readonly routeTables: {
        vpc: { vpc: string; routeTableId: string | null; routes: JsonRoute[] }[];
        transitRouter: {
            table: string;
            routeTableId: string | null;
            associated: string[];
            propagating: string[];
            routes: JsonRoute[];
        }[];
    };
    readonly pings: {
        from: JsonEndpoint;
        to: JsonEndpoint;
        result: "yes" | "one-way" | "no" | "undecided";
        stoppedAt?: string;
        reason?: string;
        /** The reply, not the request, stopped. */
        reply?: true;
        /** The stack declares the pair isolated and no packet arrives. */
        isolatedAsIntended?: true;
        /** The firewall the request passes (or stops at), and its verdict. */
        firewall?: string;
        /** For a pair the stack declares isolated whose requests arrive: the resources that open the path. */
        openedBy?: { name: string; urn: string }[];
    }[];
    /** Each PrivateLink endpoint: whether its VPC's clients reach the service, on which TCP ports, and why. */
    readonly privateLink: {
        endpoint: string;
        consumerVpc: string;
        consumerAccount: string;
        service: string;
        serviceAccount: string;
        result: "yes" | "no" | "undecided";
        ports: number[];
        why: string;
    }[];
    readonly verdicts: { policy: string; level: string; message: string; urn: string }[];
    /** Resources that change forwarding or filtering which the model does not follow, by type. */
    readonly unmodelled: { type: string; description: string; resources: string[] }[];
    /** Beyond 40 VPCs: the matrix by group (groupReport.ts), `pings` then empty. */
    readonly pingGroups?: {
        groups: { id: string; members: JsonEndpoint[] }[];
        results: (Omit<PlanDocument["pings"][number], "from" | "to"> & {
            from: string;
            to: string;
            example: { from: JsonEndpoint; to: JsonEndpoint };
        })[];
    };
}

const known = (value: string) => (value === UNKNOWN_VALUE ? null : value);

function jsonRoutes(model: NetworkModel, routes: readonly Route[]): JsonRoute[] {
    const choices = routeChoices(routes);
    return routes.map((r, i) => {
        const attachment = model.attachmentById(r.nextHop);
        const { used, why } = choices[i];
        return {
            destination: known(r.destination),
            nextHop: r.nextHop.startsWith("urn:") ? (attachment?.name ?? null) : known(r.nextHop),
            ...(attachment ? { nextHopName: attachment.name } : {}),
            type: r.type,
            used: used ?? null,
            ...(why ? { why } : {}),
            ...(r.routeMap ? { routeMap: jsonRouteMap(r.routeMap) } : {}),
        };
    });
}

function jsonRouteMap({ direction, verdict }: RouteMapMark): NonNullable<JsonRoute["routeMap"]> {
    const name = verdict.by ?? "";
    if (verdict.kind === "deny") return { name, direction, effect: "denied" };
    if (verdict.kind === "undecided") return { name, direction, effect: "undecided", why: verdict.why };
    return { name, direction, effect: "preference", preference: verdict.preference };
}

const RESULT = { pings: "yes", "one-way": "one-way", no: "no", undecided: "undecided" } as const;

/** How the JSON names an endpoint. */
export function jsonEndpoint(model: NetworkModel): (e: PingResult["from"]) => JsonEndpoint {
    const sites = onPremisesSites(model.graph);
    return (e) => ({
        vpc: e.vpc.name,
        ...(sites.has(e.vpc.urn) ? { onPremises: sites.get(e.vpc.urn)!.name } : {}),
        name: e.name,
        ip: e.range ? null : (e.address?.text ?? null),
        ...(e.range ? { anyAddressOf: e.range.cidr } : {}),
    });
}

/** The plan document of a program's graph, model, pings and the pack's diagnostics. */
export function planDocument(
    project: string,
    graph: Graph,
    model: NetworkModel,
    pings: readonly PingResult[],
    diagnostics: readonly Diagnostic[],
    isolated: ReadonlySet<string> = new Set(),
    privateLink: readonly PrivateLinkAccess[] = [],
): PlanDocument {
    const endpoint = jsonEndpoint(model);
    const intended = isolatedAsIntended(pings, isolated);
    return {
        project,
        preview: graph.preview,
        resources: graph.resources
            .filter((r) => r.type !== STACK_TYPE)
            .map((r) => ({
                urn: r.urn,
                type: r.type,
                name: r.name,
                account: r.provider?.accountId ?? null,
                provider: r.provider?.name ?? null,
                parent: r.parent ?? null,
            })),
        routeTables: {
            vpc: [...model.vpcTables.values()].map((t) => ({
                vpc: t.vpc.name,
                routeTableId: t.key === t.vpc.urn ? null : t.key,
                routes: jsonRoutes(model, t.routes),
            })),
            transitRouter: [...model.trTables.values()].map((t) => ({
                table: t.label,
                routeTableId: t.key.includes(":") ? null : t.key,
                associated: t.associated.map((a) => a.name),
                propagating: t.propagating.map((a) => a.name),
                routes: jsonRoutes(model, t.routes),
            })),
        },
        pings: pings.map((p) => ({
            from: endpoint(p.from),
            to: endpoint(p.to),
            result: RESULT[verdictOf(p)],
            ...(p.outcome.kind === "delivered" ? {} : { stoppedAt: p.outcome.at, reason: p.outcome.reason }),
            ...(p.reply && p.reply.outcome.kind !== "delivered" ? { reply: true as const } : {}),
            ...(intended.has(pairKey(p.from.vpc.name, p.to.vpc.name))
                ? { isolatedAsIntended: true as const }
                : {}),
            ...(firewallHop(p) ? { firewall: firewallHop(p)!.at } : {}),
            ...(isLeak(p, isolated)
                ? { openedBy: pathResources(p.forward).map((r) => ({ name: r.name, urn: r.urn })) }
                : {}),
        })),
        privateLink: privateLink.map(({ verdict, ports, ...a }) => ({
            ...a,
            result: verdict,
            ports: [...ports],
        })),
        unmodelled: unmodelledResources(model.graph),
        verdicts: diagnostics.map((d) => ({
            policy: d.policyName,
            level: d.enforcementLevel,
            message: d.message,
            urn: d.urn,
        })),
    };
}
