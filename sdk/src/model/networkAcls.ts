// The stack's VPC network ACLs (vpc.NetworkAcl) with the vSwitches they are
// bound to: by the ACL's own `resources`, a vpc.NetworkAclAttachment or a
// vpc.VpcNetworkAclAttachment. An ACL is followed when every binding names a
// vSwitch of the stack; the evaluation itself is core/networkAcls.ts.
import { AclEntry } from "../core/networkAcls";
import { prefixListBlocks, prefixListNamed } from "./prefixLists";
import {
    isKnown,
    knownString,
    oncePerGraph,
    StackGraph,
    StackResource,
    TYPES,
    UNKNOWN_VALUE,
} from "./stackGraph";

const ACL_ATTACHMENT = "alicloud:vpc/vpcNetworkAclAttachment:VpcNetworkAclAttachment";
const ACL_ENTRIES = "alicloud:vpc/networkAclEntries:NetworkAclEntries";

/** An ACL bound to a vSwitch: its rules by direction (undefined while not known). */
export interface BoundAcl {
    readonly acl: StackResource;
    readonly ingress: readonly AclEntry[] | undefined;
    readonly egress: readonly AclEntry[] | undefined;
}

export interface NetworkAcls {
    /** The ACL bound to each vSwitch, by the vSwitch's URN. */
    readonly byVswitch: ReadonlyMap<string, BoundAcl>;
    /** The ACLs and bindings the model follows. */
    readonly followed: ReadonlySet<StackResource>;
}

/** A binding's target: its vSwitch, or undefined when it names something else or nothing the stack holds. */
type Binding = { readonly holder: StackResource; readonly vswitches: StackResource[] | undefined };

/** The vSwitches a list of `{ resourceId, resourceType }` names (its values, or the vSwitches they came from). */
function boundVswitches(graph: StackGraph, holder: StackResource, prop: string): StackResource[] | undefined {
    const list = holder.props[prop];
    if (!Array.isArray(list)) return isKnown(list) ? [] : undefined;
    const fromDependencies = (holder.propertyDependencies?.[prop] ?? [])
        .map((u) => graph.resource(u))
        .filter((r): r is StackResource => r?.type === TYPES.vswitch);
    const found: StackResource[] = [];
    for (const item of list as { resourceId?: unknown; resourceType?: unknown }[]) {
        const id = knownString(item?.resourceId);
        if (item?.resourceType !== undefined && item.resourceType !== "VSwitch") return undefined;
        const vswitch = id ? graph.find(TYPES.vswitch, id) : undefined;
        if (vswitch) found.push(vswitch);
        else if (id !== undefined || fromDependencies.length === 0) return undefined;
    }
    return [...new Set([...found, ...(found.length < list.length ? fromDependencies : [])])];
}

function bindingsOf(graph: StackGraph, acl: StackResource): Binding[] {
    const own: Binding[] =
        acl.props.resources === undefined
            ? []
            : [{ holder: acl, vswitches: boundVswitches(graph, acl, "resources") }];
    const attachments = graph
        .ofType(TYPES.networkAclAttachment)
        .filter((a) => graph.referenced(a, "networkAclId", TYPES.networkAcl) === acl)
        .map((holder) => ({ holder, vswitches: boundVswitches(graph, holder, "resources") }));
    const single = graph
        .ofType(ACL_ATTACHMENT)
        .filter((a) => graph.referenced(a, "networkAclId", TYPES.networkAcl) === acl)
        .map((holder) => {
            const vswitch = graph.referenced(holder, "resourceId", TYPES.vswitch);
            return {
                holder,
                vswitches: vswitch && holder.props.resourceType === "VSwitch" ? [vswitch] : undefined,
            };
        });
    return [...own, ...attachments, ...single];
}

/** One direction's entries; undefined while the list is not known. */
function entriesOf(
    graph: StackGraph,
    acl: StackResource,
    direction: "ingress" | "egress",
): AclEntry[] | undefined {
    const list = acl.props[direction === "ingress" ? "ingressAclEntries" : "egressAclEntries"];
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) return undefined;
    return (list as Record<string, unknown>[]).map((e, i) => {
        const peer = knownString(e?.[direction === "ingress" ? "sourceCidrIp" : "destinationCidrIp"]);
        return {
            name:
                knownString(e?.networkAclEntryName) ??
                `${direction === "ingress" ? "inbound" : "outbound"} rule ${i + 1}`,
            policy: knownString(e?.policy),
            protocol: knownString(e?.protocol),
            blocks:
                peer === undefined
                    ? undefined
                    : peer.startsWith("pl-")
                      ? namedPrefixList(graph, peer)
                      : [peer],
        };
    });
}

/** The blocks of a prefix list a rule names, when the stack holds it with known entries. */
function namedPrefixList(graph: StackGraph, id: string): string[] | undefined {
    const list = prefixListNamed(graph, id);
    const blocks = list && prefixListBlocks(list);
    return blocks && !blocks.includes(UNKNOWN_VALUE) ? blocks : undefined;
}

/**
 * The ACLs the model follows and the vSwitch each is bound to. An ACL with a
 * binding the stack does not resolve, or whose rules a separate
 * vpc.NetworkAclEntries writes, is not followed: the plan names it.
 */
export const networkAclsOf = oncePerGraph(findNetworkAcls);

function findNetworkAcls(graph: StackGraph): NetworkAcls {
    const byVswitch = new Map<string, BoundAcl>();
    const followed = new Set<StackResource>();
    const separateEntries = new Set(
        graph.ofType(ACL_ENTRIES).map((e) => graph.referenced(e, "networkAclId", TYPES.networkAcl)),
    );
    for (const acl of graph.ofType(TYPES.networkAcl)) {
        const bindings = bindingsOf(graph, acl);
        if (separateEntries.has(acl) || bindings.some((b) => b.vswitches === undefined)) continue;
        const bound: BoundAcl = {
            acl,
            ingress: entriesOf(graph, acl, "ingress"),
            egress: entriesOf(graph, acl, "egress"),
        };
        for (const b of bindings) {
            followed.add(b.holder);
            for (const v of b.vswitches!) byVswitch.set(v.urn, bound);
        }
        followed.add(acl);
    }
    return { byVswitch, followed };
}

/**
 * The vSwitches a VPC attachment puts its network interfaces in (its zone
 * mappings): known ids, else the vSwitches the value came from (preview).
 */
export function attachmentVswitches(graph: StackGraph, attachment: StackResource): StackResource[] {
    const mappings = attachment.props.zoneMappings;
    const known = (Array.isArray(mappings) ? (mappings as { vswitchId?: unknown }[]) : []).flatMap((m) => {
        const id = knownString(m?.vswitchId);
        const v = id === undefined ? undefined : graph.find(TYPES.vswitch, id);
        return v ? [v] : [];
    });
    const fromDependencies = (attachment.propertyDependencies?.zoneMappings ?? [])
        .map((u) => graph.resource(u))
        .filter((r): r is StackResource => r?.type === TYPES.vswitch);
    return [...new Set([...known, ...fromDependencies])];
}
