// Cloud Firewall in the path. In automatic mode Cloud Firewall rewires the
// transit router itself, so its routes are not in the stack: the model puts
// the firewall where a traffic-redirection policy's scope says traffic
// passes it, and applies the firewall's access control policies there. The
// VPC firewall of a Basic Edition CEN (cloudfirewall.FirewallVpcFirewallCen)
// stands at the border of its VPC: open, it judges what the CEN carries in
// and out of that VPC by the same policies (their group is the CEN).
import { Address, blockContains, parseCidr } from "../core/cidr";
import { attachmentKindOf } from "../core/attachmentKinds";
import { basicCens } from "./basicCen";
import { onPremisesSites } from "./onPremises";
import { cenKey, StackGraph, StackResource, TYPES, isKnown, knownString, sameValue } from "./stackGraph";

/** A firewall a packet between two VPCs passes, and its access control policies in priority order. */
export interface FirewallPassage {
    /** `Cloud Firewall isolation-firewall (policy isolation-fw-redirect-office-production)`. */
    readonly label: string;
    readonly controlPolicies: readonly StackResource[];
}

export type FirewallVerdict =
    | { readonly kind: "accept"; readonly why: string }
    | { readonly kind: "drop" | "undecided"; readonly why: string };

/** Finds, for an ordered pair of VPCs or on-premises attachments, the firewall whose redirection policy covers them. */
export function firewallPassages(
    graph: StackGraph,
): (from: StackResource, to: StackResource) => FirewallPassage | undefined {
    const policies = graph.ofType(TYPES.trFirewallRoutePolicy).map((policy) => {
        const firewall = graph.referenced(policy, "firewallId", TYPES.trFirewall);
        return {
            type: knownString(policy.props.policyType),
            sources: scope(graph, policy, "sources"),
            destinations: scope(graph, policy, "destinations"),
            passage: {
                label: `Cloud Firewall ${firewall?.name ?? "(not in this stack)"} (policy ${policy.name})`,
                controlPolicies: firewall ? controlPoliciesOf(graph, firewall) : [],
            },
        };
    });
    const vpcFirewalls = followedVpcFirewalls(graph).map(({ firewall, vpc }) => ({
        vpc: vpc.urn,
        passage: {
            label: `VPC firewall ${firewall.name} of VPC ${vpc.name}`,
            controlPolicies: controlPoliciesOf(graph, firewall),
        },
    }));
    return (from, to) => {
        const covering = policies.find((p) => {
            const [s, d] = [p.sources, p.destinations];
            return p.type === "fullmesh"
                ? from !== to && s.has(from.urn) && s.has(to.urn)
                : (s.has(from.urn) && d.has(to.urn)) || (d.has(from.urn) && s.has(to.urn));
        });
        return covering?.passage ?? vpcFirewalls.find((f) => f.vpc === from.urn || f.vpc === to.urn)?.passage;
    };
}

/** The VPC firewalls on a Basic Edition CEN the model follows (see basicCen.ts); on any other CEN they are not followed. */
function onFollowedBasicCen(graph: StackGraph): (firewall: StackResource) => boolean {
    const cens = new Set(basicCens(graph).followed.map((c) => c.cen));
    return (firewall) => {
        const cen = cenKey(graph, firewall);
        return cen !== undefined && cens.has(cen);
    };
}

/**
 * The VPC firewalls of Basic Edition CENs the model follows: open, on a VPC
 * of the stack (named by id, or before deployment by the VPC its id comes
 * from), on a CEN the model follows. A closed one inspects nothing; one
 * whose VPC, status or CEN is not known is not followed, and the plan names it.
 */
export function followedVpcFirewalls(graph: StackGraph): { firewall: StackResource; vpc: StackResource }[] {
    const onBasic = onFollowedBasicCen(graph);
    return graph.ofType(TYPES.vpcFirewallCen).flatMap((firewall) => {
        if (knownString(firewall.props.status) !== "open" || !onBasic(firewall)) return [];
        const local = firewall.props.localVpc as { networkInstanceId?: unknown } | undefined;
        const vpc = graph.resolve(firewall, "localVpc", local?.networkInstanceId, TYPES.vpc);
        return vpc ? [{ firewall, vpc }] : [];
    });
}

/** A closed VPC firewall of a Basic Edition CEN: it inspects nothing, which the plan knows. */
export function closedVpcFirewalls(graph: StackGraph): StackResource[] {
    const onBasic = onFollowedBasicCen(graph);
    return graph
        .ofType(TYPES.vpcFirewallCen)
        .filter((f) => knownString(f.props.status) === "close" && onBasic(f));
}

/**
 * The VPCs and on-premises attachments a policy's candidate list names: by
 * known id, or (preview) by the resources the list's values came from.
 */
function scope(graph: StackGraph, policy: StackResource, property: string): Set<string> {
    const list = policy.props[property];
    const ids = new Set(
        (Array.isArray(list) ? list : [])
            .map((c: { id?: unknown } | undefined) => knownString(c?.id))
            .filter((id): id is string => id !== undefined),
    );
    const fromValues = new Set(policy.propertyDependencies?.[property] ?? []);
    const vpcs = graph
        .ofType(TYPES.vpc)
        .filter((v) => (v.id !== undefined && ids.has(v.id)) || fromValues.has(v.urn));
    // A VBR or IPsec-VPN connection is named by its instance id, which its attachment holds.
    const sites = [...onPremisesSites(graph).values()]
        .map((s) => s.attachment)
        .filter((a) => {
            const field = attachmentKindOf(a.type)?.instance;
            if (!field) return false;
            const id = knownString(a.props[field]);
            return (
                (id !== undefined && ids.has(id)) ||
                (a.propertyDependencies?.[field] ?? []).some((urn) => fromValues.has(urn))
            );
        });
    return new Set([...vpcs, ...sites].map((r) => r.urn));
}

/** A CEN firewall's access control policies (their group is the CEN instance), by `order`. */
function controlPoliciesOf(graph: StackGraph, firewall: StackResource): StackResource[] {
    const order = (r: StackResource) =>
        typeof r.props.order === "number" ? r.props.order : Number.MAX_SAFE_INTEGER;
    return graph
        .ofType(TYPES.firewallControlPolicy)
        .filter((r) => sameValue(r, "vpcFirewallId", firewall, "cenId") === true)
        .sort((a, b) => order(a) - order(b));
}

/**
 * What the firewall does with a ping (ICMP) from `source` to `destination`:
 * the first enabled policy that matches decides (a `log` policy records and
 * matching goes on); with none, Cloud Firewall lets it pass.
 */
export function firewallVerdict(
    passage: FirewallPassage,
    source: Address,
    destination: Address,
): FirewallVerdict {
    for (const rule of passage.controlPolicies) {
        const name = `access control policy ${rule.name}`;
        if (rule.props.release === "false") continue;
        const proto = knownString(rule.props.proto);
        if (proto === undefined)
            return { kind: "undecided", why: `${name}'s protocol is known only after deployment` };
        if (proto !== "ANY" && proto !== "ICMP") continue;
        const repeat = rule.props.repeatType;
        if (isKnown(repeat) && repeat !== "Permanent") {
            return {
                kind: "undecided",
                why: `${name} applies only at some times (repeatType ${String(repeat)})`,
            };
        }
        const matches = [
            addressMatch(rule, "source", "sourceType", source),
            addressMatch(rule, "destination", "destinationType", destination),
        ];
        const unsure = matches.find((m) => typeof m === "string");
        if (unsure) return { kind: "undecided", why: `${name}: ${unsure as string}` };
        if (!matches.every((m) => m === true)) continue;
        const action = knownString(rule.props.aclAction);
        if (action === "accept") return { kind: "accept", why: `${name} accepts it` };
        if (action === "drop") return { kind: "drop", why: `${name} drops it` };
        if (action !== "log")
            return { kind: "undecided", why: `${name}'s action is known only after deployment` };
    }
    return {
        kind: "accept",
        why: "no access control policy matches, and Cloud Firewall lets such traffic pass",
    };
}

/** True or false when the rule's address field is a known block; otherwise why it cannot tell. */
function addressMatch(
    rule: StackResource,
    field: string,
    typeField: string,
    address: Address,
): boolean | string {
    const type = knownString(rule.props[typeField]);
    const value = knownString(rule.props[field]);
    if (type === undefined || value === undefined) return `its ${field} is known only after deployment`;
    if (type !== "net")
        return `its ${field} is ${type === "group" ? "an address book" : `a ${type}`} (${value}), which the plan does not resolve`;
    const block = parseCidr(value);
    return block.ok ? blockContains(block.block, address) : `its ${field} ${value} is not a CIDR block`;
}
