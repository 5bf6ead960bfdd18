// Security groups as Alibaba Cloud evaluates them for a ping or a TCP
// connection to a port: the rules of
// all of an instance's groups together, the matching rule of highest priority
// (1 is highest) decides, a drop rule wins over an accept rule of the same
// priority. With no matching rule, inbound traffic from another VPC is
// denied; outbound traffic is allowed by a basic group and denied by an
// enterprise group. Replies need no rule: security groups are stateful.
// https://www.alibabacloud.com/help/en/ecs/user-guide/security-group-rules
import { Address, blockContains, CidrBlock, parseCidr } from "../core/cidr";
import { NetworkModel } from "./networkModel";
import type { Outcome } from "./reachability";
import { StackGraph, StackResource, TYPES, isKnown, knownString } from "./stackGraph";

export type Direction = "ingress" | "egress";

/** What is let through: a ping, or a TCP connection to a port. */
export type Traffic = { readonly protocol: "icmp" } | { readonly protocol: "tcp"; readonly port: number };

export const PING: Traffic = { protocol: "icmp" };

const trafficText = (t: Traffic) => (t.protocol === "icmp" ? "ICMP" : `TCP ${t.port}`);

/**
 * A rule's port range (`22/22`, `1/65535`; `-1/-1` for all ports): its
 * first and last port, or undefined when it is not known or not a range.
 */
export function portRange(rule: StackResource): { low: number; high: number } | undefined {
    const m = /^(-?\d+)\/(-?\d+)$/.exec(knownString(rule.props.portRange) ?? "");
    return m ? { low: Number(m[1]), high: Number(m[2]) } : undefined;
}

/** Whether a rule's port range holds the port; undefined while the range is not known. */
function rangeHolds(rule: StackResource, port: number): boolean | undefined {
    if (!isKnown(rule.props.portRange)) return undefined;
    const range = portRange(rule);
    if (!range) return false;
    return (range.low === -1 && range.high === -1) || (range.low <= port && port <= range.high);
}

/** True when the rule is for this traffic's protocol (or all); false, or undefined while not known. */
function ruleCovers(rule: StackResource, traffic: Traffic): boolean | undefined {
    const protocol = String(rule.props.ipProtocol);
    if (protocol === "all") return true;
    if (protocol !== traffic.protocol) return false;
    return traffic.protocol === "icmp" ? true : rangeHolds(rule, traffic.port);
}

/** A rule that applies to the traffic in one direction, as Alibaba Cloud orders them. */
interface ApplicableRule {
    readonly rule: StackResource;
    /** 1 is the highest priority (the default); undefined while not known. */
    readonly priority: number | undefined;
    readonly drop: boolean;
    /** Whether its block holds the peer's address; undefined while the block is not known. */
    readonly matches: boolean | undefined;
}

/** The rule, when it is a rule of `direction` for the traffic's protocol (or all); its match on `peer`. */
function applicableRule(
    rule: StackResource,
    direction: Direction,
    peer: Address,
    traffic: Traffic,
): ApplicableRule | undefined {
    const p = rule.props;
    if (p.type !== direction) return undefined;
    const covers = ruleCovers(rule, traffic);
    if (covers === false) return undefined;
    const priority = p.priority === undefined ? 1 : typeof p.priority === "number" ? p.priority : undefined;
    const drop = p.policy === "drop";
    const block = ruleBlock(rule);
    if (block === undefined) {
        const unknown =
            (p.cidrIp !== undefined && !isKnown(p.cidrIp)) ||
            (p.ipv6CidrIp !== undefined && !isKnown(p.ipv6CidrIp));
        return unknown ? { rule, priority, drop, matches: undefined } : undefined;
    }
    const matches = block !== null && blockContains(block, peer);
    return { rule, priority, drop, matches: covers === undefined && matches ? undefined : matches };
}

/**
 * The block of a rule (`cidrIp` or `ipv6CidrIp`: the source of an inbound
 * rule, the destination of an outbound one; a bare address is a /32 or
 * /128): undefined when it has none known, null when it does not parse.
 */
export function ruleBlock(rule: StackResource): CidrBlock | null | undefined {
    const cidr = knownString(rule.props.cidrIp) ?? knownString(rule.props.ipv6CidrIp);
    if (!cidr) return undefined;
    const parsed = parseCidr(cidr.includes("/") ? cidr : `${cidr}/${cidr.includes(":") ? 128 : 32}`);
    return parsed.ok ? parsed.block : null;
}

const ruleText = (r: ApplicableRule) =>
    `${r.rule.name} (priority ${r.priority}, ${r.drop ? "drop" : "accept"})`;

/** An instance's (or endpoint's) security groups, and what of them the stack does not tell. */
export interface InstanceGroups {
    readonly groups: readonly StackResource[];
    /** Why the rules of some of its groups are not known here: a group this stack does not define, or ids not known yet. */
    readonly missing?: string;
}

/**
 * The groups an ECS instance lists in `securityGroups` (a PrivateLink
 * endpoint in `securityGroupIds`): by known id, or by the resources the
 * value came from.
 */
export function instanceGroups(graph: StackGraph, ecs: StackResource): InstanceGroups {
    const property = ecs.type === TYPES.ecs ? "securityGroups" : "securityGroupIds";
    const value = ecs.props[property];
    const dependencies = new Set(ecs.propertyDependencies?.[property] ?? []);
    const ids = Array.isArray(value) ? value.map(knownString).filter((id) => id !== undefined) : [];
    const groups = graph
        .ofType(TYPES.securityGroup)
        .filter((g) => dependencies.has(g.urn) || (g.id !== undefined && ids.includes(g.id)));
    // Groups the value came from whose ids this view lacks (the policy pack's) may be the ids no group matches.
    const idless = groups.filter((g) => g.id === undefined && dependencies.has(g.urn)).length;
    const foreign = ids.filter((id) => !groups.some((g) => g.id === id));
    if (foreign.length > idless) {
        return {
            groups,
            missing: `security group${foreign.length > 1 ? "s" : ""} ${foreign.join(", ")}, which this stack does not define, so ${foreign.length > 1 ? "their" : "its"} rules are not known here`,
        };
    }
    const unknown = Array.isArray(value)
        ? value.some((v) => !isKnown(v))
        : value !== undefined && !isKnown(value);
    if (unknown && !groups.some((g) => dependencies.has(g.urn))) {
        return {
            groups,
            missing: `its ${property} are known only after deployment, and come from no security group of this stack`,
        };
    }
    return { groups };
}

/** The rules of all the instance's security groups. */
export function rulesOfInstance(model: NetworkModel, ecs: StackResource | undefined): StackResource[] {
    return ecs ? model.securityGroupsOf(ecs).groups.flatMap((g) => model.rulesOf(g)) : [];
}

/**
 * What an instance's groups do with outbound traffic no rule matches: allow,
 * unless a group is an enterprise one; undefined while a group's type is not known.
 */
function allowsOutboundByDefault(groups: readonly StackResource[]): boolean | undefined {
    const types = groups.map((g) => g.props.securityGroupType);
    if (types.some((t) => t === "enterprise")) return false;
    return types.every((t) => t === undefined || knownString(t) !== undefined) ? true : undefined;
}

/**
 * Whether the security groups of `ecs` let ICMP with `peer` through in
 * `direction`: from `peer` (ingress) or to it (egress).
 */
export function securityGroupsAdmit(
    model: NetworkModel,
    ecs: StackResource | undefined,
    label: string,
    direction: Direction,
    peer: Address,
): Outcome {
    return groupsAdmit(
        model,
        ecs ? model.securityGroupsOf(ecs) : { groups: [] },
        label,
        direction,
        peer,
        PING,
    );
}

/**
 * Whether these security groups (of one instance or endpoint) let the
 * traffic with `peer` through in `direction`. No group: nothing filters.
 */
export function groupsAdmit(
    model: NetworkModel,
    { groups, missing }: InstanceGroups,
    label: string,
    direction: Direction,
    peer: Address,
    traffic: Traffic,
): Outcome {
    const at = `security groups of ${label}${direction === "egress" ? " (outbound)" : ""}`;
    if (missing) return { kind: "undecided", at, reason: missing };
    if (groups.length === 0) return { kind: "delivered" };
    const rules = groups.flatMap((g) => model.rulesOf(g));
    const applicable = rules
        .map((r) => applicableRule(r, direction, peer, traffic))
        .filter((r): r is ApplicableRule => r !== undefined);
    const winner = applicable
        .filter((r) => r.matches === true && r.priority !== undefined)
        .sort((x, y) => x.priority! - y.priority! || Number(y.drop) - Number(x.drop))[0];
    const couldOverride = applicable.find(
        (r) =>
            r !== winner &&
            (r.matches === undefined || r.priority === undefined) &&
            (winner === undefined || r.priority === undefined || r.priority <= winner.priority!),
    );
    if (couldOverride) {
        return {
            kind: "undecided",
            at,
            reason: `rule ${couldOverride.rule.name}'s block, ports or priority is known only after deployment`,
        };
    }
    const towards = direction === "ingress" ? `from ${peer.text}` : `to ${peer.text}`;
    if (!winner) return noRuleMatches(groups, direction, towards, at, traffic);
    if (!winner.drop) return { kind: "delivered" };
    const outranked = applicable.find((r) => r.matches === true && !r.drop);
    const over = outranked
        ? outranked.priority === winner.priority
            ? `; at equal priority a drop rule wins over accept rule ${ruleText(outranked)}`
            : `, ahead of accept rule ${ruleText(outranked)}`
        : "";
    return {
        kind: "denied",
        at,
        reason: `rule ${ruleText(winner)} drops ${trafficText(traffic)} ${towards}${over}`,
    };
}

function noRuleMatches(
    groups: readonly StackResource[],
    direction: Direction,
    towards: string,
    at: string,
    traffic: Traffic,
): Outcome {
    const what = trafficText(traffic);
    if (direction === "ingress") {
        return { kind: "denied", at, reason: `no ingress rule allows ${what} ${towards}` };
    }
    const allowed = allowsOutboundByDefault(groups);
    if (allowed === undefined) {
        return { kind: "undecided", at, reason: "the security group's type is known only after deployment" };
    }
    return allowed
        ? { kind: "delivered" }
        : {
              kind: "denied",
              at,
              reason: `no egress rule allows ${what} ${towards}, and an enterprise security group denies outbound traffic no rule allows`,
          };
}
