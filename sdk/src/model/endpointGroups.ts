// Endpoints that the network treats alike, so that an estate of a thousand
// VPCs is walked once per pair of groups, not once per pair of endpoints.
// Two endpoints are alike when everything a walk reads about them is the
// same once "my own" is said of their own things: their VPC's routes (a
// route to the VPC's own attachment is "own"), the transit router table its
// attachment is associated with, the routes every transit router table holds
// for the endpoint's block (propagated from its own attachment, or not),
// which of the stack's other blocks (routes, security group rules, firewall
// policies) hold its address, its security groups' rules, the firewall
// policies that name its VPC, and what unfollowed resource acts on it. An
// endpoint any of that is not known for, an on-premises one, or one whose
// VPC's blocks overlap another VPC's, is a group of its own. A property test
// holds the grouped pings to the per-pair walk on random networks.
import { Address, blockContains, CidrBlock, cidrContains, cidrsOverlap, parseCidr } from "../core/cidr";
import { Endpoint } from "./endpoints";
import { NetworkModel } from "./networkModel";
import { onPremisesSites } from "./onPremises";
import { attachmentKeyOf, placeOf, Route, vswitchesOf } from "./routeTables";
import { knownString, StackResource, TYPES, UNKNOWN_VALUE } from "./stackGraph";

/** Endpoints the walk treats alike. */
export interface EndpointGroup {
    readonly members: readonly Endpoint[];
}

const OWN = "own";

/** A route as a signature says it: its own attachment, or a block of the endpoint's own, as "own". */
function routeText(route: Route, ownHop: string | undefined, ownBlock?: string): string {
    const hop = ownHop !== undefined && route.nextHop === ownHop ? OWN : route.nextHop;
    const destination = ownBlock !== undefined && route.destination === ownBlock ? OWN : route.destination;
    return `${destination}>${hop}:${route.type}`;
}

/** The blocks some resource of the stack names, beyond VPC and vSwitch blocks: an address's class among them. */
function literalBlocks(model: NetworkModel): CidrBlock[] {
    const texts = new Set<string>();
    for (const table of model.vpcTables.values())
        for (const r of table.routes) if (r.type !== "System") texts.add(r.destination);
    for (const r of model.graph.ofType(TYPES.securityGroupRule)) {
        const cidr = knownString(r.props.cidrIp) ?? knownString(r.props.ipv6CidrIp);
        if (cidr) texts.add(cidr.includes("/") ? cidr : `${cidr}/${cidr.includes(":") ? 128 : 32}`);
    }
    for (const acl of model.graph.ofType(TYPES.networkAcl)) {
        for (const list of [acl.props.ingressAclEntries, acl.props.egressAclEntries]) {
            for (const e of Array.isArray(list) ? (list as Record<string, unknown>[]) : []) {
                const cidr = knownString(e?.sourceCidrIp) ?? knownString(e?.destinationCidrIp);
                if (cidr) texts.add(cidr);
            }
        }
    }
    for (const r of model.graph.ofType(TYPES.firewallControlPolicy)) {
        for (const field of ["source", "destination"]) {
            const value = knownString(r.props[field]);
            if (value) texts.add(value);
        }
    }
    return [...texts]
        .map((t) => parseCidr(t))
        .filter((p): p is Extract<typeof p, { ok: true }> => p.ok)
        .map((p) => p.block);
}

/** Where an address (or every address of a block) lies among the blocks: in, out, or across one (then the endpoint stands alone). */
function classOf(blocks: readonly CidrBlock[], address: Address, range?: CidrBlock): string | undefined {
    let text = "";
    for (const b of blocks) {
        if (range) {
            if (cidrContains(b, range)) text += "1";
            else if (!cidrsOverlap(b, range)) text += "0";
            else return undefined;
        } else text += blockContains(b, address) ? "1" : "0";
    }
    return text;
}

/** The rules of security groups as a signature says them, in a stable order. */
function groupsText(model: NetworkModel, ecs: StackResource | undefined): string | undefined {
    if (!ecs) return "none";
    const { groups, missing } = model.securityGroupsOf(ecs);
    if (missing) return undefined;
    const rules = groups.flatMap((g) =>
        model
            .rulesOf(g)
            .map((r) =>
                ["type", "ipProtocol", "portRange", "cidrIp", "ipv6CidrIp", "policy", "priority"]
                    .map((k) => JSON.stringify(r.props[k] ?? null))
                    .join(","),
            ),
    );
    const types = groups.map((g) => JSON.stringify(g.props.securityGroupType ?? null));
    return [...types.sort(), "|", ...rules.sort()].join(";");
}

/** A transit router table's routes, indexed once: by destination text, and those no vSwitch's block is (checked by containment). */
interface IndexedTable {
    readonly key: string;
    readonly byDestination: ReadonlyMap<string, readonly Route[]>;
    readonly wide: readonly { block?: CidrBlock; route: Route }[];
}

function indexTables(model: NetworkModel, vswitchTexts: ReadonlySet<string>): IndexedTable[] {
    return [...model.trTables.values()].map((table) => {
        const byDestination = new Map<string, Route[]>();
        for (const r of table.routes)
            byDestination.set(r.destination, [...(byDestination.get(r.destination) ?? []), r]);
        const wide = table.routes
            .filter((r) => !vswitchTexts.has(r.destination))
            .map((route) => {
                const p = parseCidr(route.destination);
                return { block: p.ok ? p.block : undefined, route };
            });
        return { key: table.key, byDestination, wide };
    });
}

/**
 * Which transit router tables hold routes for the endpoint's vSwitch block
 * or cover its address, as own or other: the same for endpoints the transit
 * routers forward alike.
 */
function trTablesText(
    tables: readonly IndexedTable[],
    address: Address,
    block: string,
    ownHop: string | undefined,
): string {
    const parts: string[] = [];
    for (const table of tables) {
        const covering = table.wide
            .filter((r) => r.block === undefined || blockContains(r.block, address))
            .map((r) => routeText(r.route, ownHop));
        const exact = (table.byDestination.get(block) ?? []).map((r) => routeText(r, ownHop, block));
        if (covering.length + exact.length > 0)
            parts.push(`${table.key}=${[...exact, ...covering].sort().join(",")}`);
    }
    return parts.join(";");
}

/**
 * Groups endpoints the walk treats alike; every endpoint is in one group.
 * Endpoints of VPCs whose blocks overlap another VPC's, and endpoints with
 * anything unknown, are groups of their own.
 */
export function endpointGroups(model: NetworkModel, endpoints: readonly Endpoint[]): EndpointGroup[] {
    const graph = model.graph;
    const sites = onPremisesSites(graph);
    const vswitchBlocks = new Map<string, string>();
    for (const s of graph.ofType(TYPES.vswitch)) {
        const cidr = knownString(s.props.cidrBlock);
        if (cidr) vswitchBlocks.set(s.urn, cidr);
    }
    const tables = indexTables(model, new Set(vswitchBlocks.values()));
    const overlapping = overlappingVpcs(model);
    const literals = literalBlocks(model);
    const firewallPolicies = graph
        .ofType(TYPES.trFirewallRoutePolicy)
        .map((p) => ({ name: p.name, text: JSON.stringify(p.props) }));
    const signatures = new Map<string, Endpoint[]>();
    const alone: Endpoint[] = [];
    for (const e of endpoints) {
        const signature = signatureOf(model, e, {
            sites,
            overlapping,
            literals,
            vswitchBlocks,
            tables,
            firewallPolicies,
        });
        if (signature === undefined || signature.includes(UNKNOWN_VALUE)) alone.push(e);
        else signatures.set(signature, [...(signatures.get(signature) ?? []), e]);
    }
    return [
        ...[...signatures.values()].map((members) => ({ members })),
        ...alone.map((e) => ({ members: [e] })),
    ];
}

interface Context {
    readonly sites: ReadonlyMap<string, unknown>;
    readonly overlapping: ReadonlySet<string>;
    readonly literals: readonly CidrBlock[];
    readonly vswitchBlocks: ReadonlyMap<string, string>;
    readonly tables: readonly IndexedTable[];
    /** The redirection policies, each with its properties as text (which VPCs it names), made once. */
    readonly firewallPolicies: readonly { name: string; text: string }[];
}

function signatureOf(model: NetworkModel, e: Endpoint, context: Context): string | undefined {
    const vpc = e.vpc;
    if (!e.address || context.sites.has(vpc.urn) || context.overlapping.has(vpc.urn)) return undefined;
    const attachments = model.graph.groupedBy(TYPES.vpcAttachment, "vpcId", TYPES.vpc).get(vpc.urn) ?? [];
    if (attachments.length > 1) return undefined;
    const attachment = attachments[0];
    const ownHop = attachment && attachmentKeyOf(attachment);
    const vswitch = vswitchesOf(model.graph, vpc).find((s) => {
        const block = context.vswitchBlocks.get(s.urn);
        const p = block ? parseCidr(block) : undefined;
        return p?.ok && blockContains(p.block, e.address!);
    });
    const block = vswitch && context.vswitchBlocks.get(vswitch.urn);
    if (!block) return undefined;
    const vpcTable = model.vpcTables.get(vpc.urn);
    const ownRoutes = (vpcTable?.routes ?? [])
        .filter((r) => r.type !== "System")
        .map((r) => routeText(r, ownHop))
        .sort();
    const association = attachment ? model.associationOf(attachment)?.key : undefined;
    const addressClass = classOf(context.literals, e.address, e.range);
    const groups = groupsText(model, e.ecs);
    if (addressClass === undefined || groups === undefined) return undefined;
    const firewall = context.firewallPolicies
        .filter((p) => p.text.includes(vpc.id ?? vpc.urn))
        .map((p) => p.name);
    const unmodelled = model.unmodelledOn?.([placeOf.vpc(vpc)])?.place.resource.urn ?? "";
    // The ACL of its own vSwitch, and those where its VPC's attachments have their interfaces.
    const acls = [
        (e.vswitch && model.aclOf(e.vswitch)?.acl.urn) ?? "",
        ...model
            .attachmentAcls(vpc)
            .map((a) => `${a.vswitch === e.vswitch ? "own" : a.vswitch.urn}=${a.bound.acl.urn}`),
    ];
    return JSON.stringify([
        e.ecs ? (e.range ? "range" : "ecs") : "vswitch",
        ownRoutes,
        attachment ? "attached" : "alone",
        attachment?.props.transitRouterId ?? null,
        association ?? null,
        model.applianceAttachmentOf(vpc) ? "appliance" : "",
        trTablesText(context.tables, e.address, block, ownHop),
        addressClass,
        groups,
        firewall,
        unmodelled,
        acls,
    ]);
}

/** VPCs one of whose vSwitch blocks overlaps another VPC's: the walk may stay inside them. */
function overlappingVpcs(model: NetworkModel): Set<string> {
    const blocks = model.graph.ofType(TYPES.vswitch).flatMap((s) => {
        const p = parseCidr(knownString(s.props.cidrBlock) ?? "");
        const vpc = model.graph.referenced(s, "vpcId", TYPES.vpc);
        return p.ok && vpc ? [{ block: p.block, vpc: vpc.urn }] : [];
    });
    const found = new Set<string>();
    const sorted = [...blocks].sort((a, b) =>
        a.block.first < b.block.first ? -1 : a.block.first > b.block.first ? 1 : 0,
    );
    let widest: (typeof blocks)[number] | undefined;
    for (const b of sorted) {
        if (widest && b.block.first <= widest.block.last && b.vpc !== widest.vpc) {
            found.add(b.vpc);
            found.add(widest.vpc);
        }
        if (!widest || b.block.last > widest.block.last) widest = b;
    }
    return found;
}
