// What a resource refers to when a preview cannot say: a propagation added by
// hand into `component.spokeRouteTableId` for `component.attachmentIds.apply(
// ids => ids.app1)` has neither id yet, and its property dependencies name
// every resource behind the output (every attachment), or only a component.
// It is one of those route tables and one of those attachments (or the
// component's, of the right type): those are its candidates. The model then follows every
// combination (a "world"), and a pair is decided only when all of them agree.
import { ALL_ATTACHMENT_KINDS } from "../core/attachmentKinds";
import { isKnown, StackGraph, StackResource, TYPES } from "./stackGraph";

/** A resource type a reference can lead to, and the property that holds what the reference names. */
interface Target {
    readonly type: string;
    readonly key: string;
}

const ATTACHMENTS: readonly Target[] = ALL_ATTACHMENT_KINDS.map((k) => ({
    type: k.type,
    key: k.attachmentId,
}));
// A table id is a custom table's, or a transit router's system table (looked up through its router).
const TR_TABLES: readonly Target[] = [
    { type: TYPES.trRouteTable, key: "transitRouterRouteTableId" },
    { type: TYPES.transitRouter, key: "transitRouterId" },
];
const TRANSIT_ROUTERS: readonly Target[] = [{ type: TYPES.transitRouter, key: "transitRouterId" }];
const VPCS: readonly Target[] = [{ type: TYPES.vpc, key: "id" }];
const SECURITY_GROUPS: readonly Target[] = [{ type: TYPES.securityGroup, key: "id" }];

/**
 * What a property names: one resource, or (a list) several. A list the
 * stack does not pin down is followed one candidate at a time: when every
 * single group decides a packet the same way, so does any set of them (the
 * rule of highest priority among all their rules decides, and it decides the
 * same in the group it belongs to).
 */
interface Reference {
    readonly targets: readonly Target[];
    readonly list?: true;
}

const one = (targets: readonly Target[]): Reference => ({ targets });
const listOf = (targets: readonly Target[]): Reference => ({ targets, list: true });

/**
 * The references of the resources that decide forwarding, by type: which
 * property names which kind of resource.
 */
export const FORWARDING_REFERENCES: Readonly<Record<string, Readonly<Record<string, Reference>>>> = {
    [TYPES.propagation]: {
        transitRouterRouteTableId: one(TR_TABLES),
        transitRouterAttachmentId: one(ATTACHMENTS),
    },
    [TYPES.association]: {
        transitRouterRouteTableId: one(TR_TABLES),
        transitRouterAttachmentId: one(ATTACHMENTS),
    },
    [TYPES.trRouteEntry]: {
        transitRouterRouteTableId: one(TR_TABLES),
        transitRouterRouteEntryNextHopId: one(ATTACHMENTS),
    },
    [TYPES.vpcRouteEntry]: {
        routeTableId: one([{ type: TYPES.vpc, key: "routeTableId" }]),
        nexthopId: one(ATTACHMENTS),
    },
    [TYPES.securityGroupRule]: { securityGroupId: one(SECURITY_GROUPS) },
    [TYPES.ecs]: { securityGroups: listOf(SECURITY_GROUPS) },
    [TYPES.endpoint]: { securityGroupIds: listOf(SECURITY_GROUPS) },
    [TYPES.vpcAttachment]: { vpcId: one(VPCS), transitRouterId: one(TRANSIT_ROUTERS) },
    [TYPES.peerAttachment]: {
        transitRouterId: one(TRANSIT_ROUTERS),
        peerTransitRouterId: one(TRANSIT_ROUTERS),
    },
    // A CEN firewall's access control policy names its firewall by the CEN instance's id.
    [TYPES.firewallControlPolicy]: { vpcFirewallId: one([{ type: TYPES.cen, key: "id" }]) },
};

/** One property of a resource that names one of several resources. */
export interface AmbiguousReference {
    readonly property: string;
    readonly candidates: readonly StackResource[];
}

/** A resource whose references the stack does not pin down, and what each can be. */
export interface AmbiguousResource {
    readonly resource: StackResource;
    readonly references: readonly AmbiguousReference[];
}

/** True when the property is set to anything, known or not. */
function given(resource: StackResource, property: string): boolean {
    return resource.props[property] !== undefined && resource.props[property] !== null;
}

/**
 * A resource's descendants (children, their children, ...). The index of
 * children is built on the first question only: most stacks pin every
 * reference down and never ask.
 */
function descendantsIndex(graph: StackGraph): (urn: string) => StackResource[] {
    let children: Map<string, StackResource[]> | undefined;
    return (urn) => {
        if (!children) {
            children = new Map();
            for (const r of graph.resources) {
                if (!r.parent) continue;
                const siblings = children.get(r.parent);
                if (siblings) siblings.push(r);
                else children.set(r.parent, [r]);
            }
        }
        // Breadth first, in registration order: a list that grows as it is read.
        const found = [...(children.get(urn) ?? [])];
        for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i].urn) ?? []));
        return found;
    };
}

/**
 * The resources an unknown property can name: those of a target type it
 * depends on, and those among the descendants of a component it depends on
 * (a component's output). When its dependencies name none, any resource of
 * a target type in the stack.
 */
function candidatesOf(
    graph: StackGraph,
    resource: StackResource,
    property: string,
    targets: readonly Target[],
    descendants: (urn: string) => StackResource[],
): StackResource[] {
    const types = new Set(targets.map((t) => t.type));
    const found = new Set<StackResource>();
    for (const urn of resource.propertyDependencies?.[property] ?? []) {
        const dependency = graph.resource(urn);
        if (!dependency) continue;
        if (types.has(dependency.type)) found.add(dependency);
        else for (const d of descendants(urn)) if (types.has(d.type)) found.add(d);
    }
    if (found.size === 0) {
        for (const type of types) for (const r of graph.ofType(type)) found.add(r);
    }
    return [...found];
}

/**
 * The forwarding resources whose unknown references can name more than one
 * resource, or name one only through a component's output. References the
 * stack pins down (a known id, or a dependency on exactly one resource of the
 * right type) are not listed.
 */
export function ambiguousResources(graph: StackGraph): AmbiguousResource[] {
    const descendants = descendantsIndex(graph);
    const found: AmbiguousResource[] = [];
    for (const [type, references] of Object.entries(FORWARDING_REFERENCES)) {
        for (const resource of graph.ofType(type)) {
            const ambiguous: AmbiguousReference[] = [];
            for (const [property, reference] of Object.entries(references)) {
                const value = resource.props[property];
                if (!given(resource, property) || wholeKnown(value, reference)) continue;
                const { targets } = reference;
                const direct = new Set(
                    (resource.propertyDependencies?.[property] ?? [])
                        .map((u) => graph.resource(u))
                        .filter((r) => r && targets.some((t) => t.type === r.type)),
                );
                const candidates = candidatesOf(graph, resource, property, targets, descendants);
                const pinned = reference.list
                    ? listPinned(value, direct.size, candidates.length)
                    : direct.size === 1;
                if (!pinned && candidates.length > 0) ambiguous.push({ property, candidates });
            }
            if (ambiguous.length > 0) found.push({ resource, references: ambiguous });
        }
    }
    return found;
}

/**
 * Whether a list's dependencies say exactly what it holds: as many resources
 * as it has unknown elements (`[a.id, b.id]`), and nothing else they can be.
 */
function listPinned(value: unknown, direct: number, candidates: number): boolean {
    if (!Array.isArray(value)) return candidates <= 1;
    return direct === value.filter((v) => !isKnown(v)).length && candidates === direct;
}

/** A value known whole: a list only when every element is. */
function wholeKnown(value: unknown, reference: Reference): boolean {
    return reference.list ? Array.isArray(value) && value.every(isKnown) : isKnown(value);
}

/** One choice for every ambiguous reference: the resource copies that say so. */
export interface Choice {
    readonly resource: StackResource;
    /** The candidate taken for each ambiguous property. */
    readonly picked: ReadonlyMap<string, StackResource>;
}

/** The resource with each ambiguous property pinned to its pick: its dependency says which resource it names. */
function pinned(choice: Choice): StackResource {
    const propertyDependencies = { ...(choice.resource.propertyDependencies ?? {}) };
    for (const [property, candidate] of choice.picked) propertyDependencies[property] = [candidate.urn];
    return { ...choice.resource, propertyDependencies };
}

/** Every combination of choices, or undefined when there are more than `limit`. */
export function combinations(ambiguous: readonly AmbiguousResource[], limit: number): Choice[][] | undefined {
    const perResource = ambiguous.map(({ references }) =>
        references.reduce<Map<string, StackResource>[]>(
            (partial, { property, candidates }) =>
                partial.flatMap((p) => candidates.map((c) => new Map([...p, [property, c]]))),
            [new Map()],
        ),
    );
    const count = perResource.reduce((n, options) => n * options.length, 1);
    if (count > limit) return undefined;
    return perResource.reduce<Choice[][]>(
        (worlds, options, i) =>
            worlds.flatMap((w) =>
                options.map((picked) => [...w, { resource: ambiguous[i].resource, picked }]),
            ),
        [[]],
    );
}

/** The stack as it is in one combination of choices. */
export function graphWith(graph: StackGraph, choices: readonly Choice[]): StackGraph {
    const replaced = new Map(choices.map((c) => [c.resource.urn, pinned(c)]));
    return new StackGraph(graph.resources.map((r) => replaced.get(r.urn) ?? r));
}

/** How messages name a resource that can be one of several: `propagation leak (its table: iso-spoke-table or iso-hub-table)`. */
export function ambiguityText(a: AmbiguousResource): string {
    const references = a.references.map(
        (r) => `${r.property}: one of ${r.candidates.map((c) => c.name).join(", ")}`,
    );
    return `${a.resource.name} (${references.join("; ")})`;
}
