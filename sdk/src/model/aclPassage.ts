// What the network ACLs of a ping's two ends do to each packet: the sender's
// vSwitch judges it on the way out (by its destination), the receiver's on
// the way in (by its source); stateless, a reply is judged again. An ACL on
// a vSwitch where a transit router attachment on the path has its network
// interface, other than the ends' own, may filter what the attachment
// forwards, which is not documented: the ping is then undecided, naming it.
import { Address, CidrBlock, parseCidr } from "../core/cidr";
import { aclVerdict } from "../core/networkAcls";
import { Endpoint } from "./endpoints";
import { BoundAcl } from "./networkAcls";
import { NetworkModel } from "./networkModel";
import type { Outcome, Walk } from "./reachability";
import { vpcUrnOfPlace } from "./routeTables";
import { StackResource } from "./stackGraph";

/** One ACL's verdict on a packet leaving (egress) or entering (ingress) its vSwitch, with `peer` the other end. */
function aclAdmits(
    bound: BoundAcl,
    vswitch: StackResource,
    direction: "ingress" | "egress",
    peer: Address,
): Outcome {
    const at = `network ACL ${bound.acl.name} of vSwitch ${vswitch.name}`;
    const side = direction === "ingress" ? "inbound" : "outbound";
    const entries = direction === "ingress" ? bound.ingress : bound.egress;
    if (entries === undefined) {
        return { kind: "undecided", at, reason: `its ${side} rules are known only after deployment` };
    }
    const verdict = aclVerdict(entries, peer);
    if (verdict.kind === "accept") return { kind: "delivered" };
    if (verdict.kind === "undecided") {
        return {
            kind: "undecided",
            at,
            reason: `whether its ${side} rule ${verdict.entry} matches ${peer.text} is not known: ${verdict.why}`,
        };
    }
    return {
        kind: "denied",
        at,
        reason: verdict.entry
            ? `its ${side} rule ${verdict.entry} drops ICMP ${direction === "ingress" ? "from" : "to"} ${peer.text}`
            : `no ${side} rule accepts ICMP ${direction === "ingress" ? "from" : "to"} ${peer.text}, and a network ACL drops what no rule accepts`,
    };
}

/** Whether the ACLs of the sender's and receiver's vSwitches let one packet from `source` to `destination` through. */
export function aclsAdmit(
    model: NetworkModel,
    sender: Endpoint,
    receiver: Endpoint,
    source: Address,
    destination: Address,
): Outcome {
    const out = sender.vswitch && model.aclOf(sender.vswitch);
    const leaving = out ? aclAdmits(out, sender.vswitch!, "egress", destination) : undefined;
    if (leaving && leaving.kind !== "delivered") return leaving;
    const into = receiver.vswitch && model.aclOf(receiver.vswitch);
    const entering = into ? aclAdmits(into, receiver.vswitch!, "ingress", source) : undefined;
    return entering ?? { kind: "delivered" };
}

/**
 * An ACL on an attachment's vSwitch in a VPC the ping's walks cross, other
 * than the vSwitches of its two ends: what it does to the packets the
 * attachment forwards is not documented. Undefined when there is none.
 */
export function attachmentAclDoubt(
    model: NetworkModel,
    from: Endpoint,
    to: Endpoint,
    walks: readonly (Walk | undefined)[],
): Outcome | undefined {
    const crossed = walks.flatMap((w) =>
        (w?.hops ?? []).flatMap((h) => {
            const urn = h.place && vpcUrnOfPlace(h.place);
            const vpc = urn ? model.graph.resource(urn) : undefined;
            return vpc ? [vpc] : [];
        }),
    );
    for (const vpc of new Set([from.vpc, to.vpc, ...crossed])) {
        for (const { vswitch, bound } of model.attachmentAcls(vpc)) {
            if (vswitch === from.vswitch || vswitch === to.vswitch) continue;
            return {
                kind: "undecided",
                at: `network ACL ${bound.acl.name} of vSwitch ${vswitch.name}`,
                reason: `a transit router attachment of VPC ${vpc.name} has its network interface in vSwitch ${vswitch.name}, and whether the ACL filters what the attachment forwards is not documented`,
            };
        }
    }
    return undefined;
}

/** The blocks the ACLs of these endpoints' vSwitches name: where a ping's fate can change from one address to the next. */
export function aclBlocks(model: NetworkModel, endpoints: readonly Endpoint[]): CidrBlock[] {
    return endpoints.flatMap((e) => {
        const bound = e.vswitch && model.aclOf(e.vswitch);
        return [...(bound?.ingress ?? []), ...(bound?.egress ?? [])].flatMap((entry) =>
            (entry.blocks ?? []).flatMap((b) => {
                const parsed = parseCidr(b);
                return parsed.ok ? [parsed.block] : [];
            }),
        );
    });
}
