// Network ACLs in the model: an ACL bound to a vSwitch judges what its
// instances send (outbound rules, by destination) and receive (inbound
// rules, by source), rule by rule in order, the first match deciding and a
// packet no rule accepts dropped; stateless, so a reply is judged again. The
// plan names the ACL and the rule that stopped a packet.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { unmodelledResources } from "../../sdk/src/model/unmodelled";
import { networkWorlds, pingsAcrossWorlds } from "../../sdk/src/model/worlds";
import { MeshParts, rawMesh } from "./rawMesh";
import { planPairs, outcomeReason as reason, VPC2_VPC3_APART } from "../harness/routeMaps";

const MESH = [
    { name: "vpc1", cidr: "10.1.0.0/16", vswitches: ["10.1.0.0/24"] },
    { name: "vpc2", cidr: "10.2.0.0/16", vswitches: ["10.2.0.0/24"] },
    { name: "vpc3", cidr: "10.3.0.0/16", vswitches: ["10.3.0.0/24"] },
];

type Rule = { name?: string; policy: "accept" | "drop"; cidr: string; protocol?: string };

/** An ACL entry from a rule, its block the source (inbound) or destination (outbound). */
const entry = (peer: "sourceCidrIp" | "destinationCidrIp") => (r: Rule) => ({
    networkAclEntryName: r.name,
    policy: r.policy,
    protocol: r.protocol ?? "icmp",
    port: r.protocol === "tcp" ? "22/22" : "-1/-1",
    [peer]: r.cidr,
});

/** An ACL of vpc2 bound to the vSwitches given (by default its first), with these rules. */
function acl(
    parts: MeshParts,
    ingress: readonly Rule[],
    egress: readonly Rule[],
    bound: pulumi.Input<string>[] = [parts.vswitches.vpc2[0].id],
) {
    new alicloud.vpc.NetworkAcl(
        "vpc2-acl",
        {
            vpcId: parts.vswitches.vpc2[0].vpcId,
            ingressAclEntries: ingress.map(entry("sourceCidrIp")),
            egressAclEntries: egress.map(entry("destinationCidrIp")),
            resources: bound.map((resourceId) => ({ resourceId, resourceType: "VSwitch" })),
        },
        { provider: parts.provider },
    );
}

describe("model: network ACLs on vSwitches", () => {
    for (const preview of [false, true]) {
        it(`an ACL letting only vpc1 in and out: vpc1 and vpc2 ping, vpc3 does not, and the plan names the ACL (${preview ? "preview" : "update"})`, async () => {
            const only1 = [{ name: "vpc1", policy: "accept" as const, cidr: "10.1.0.0/16" }];
            const { pairs, outcomes, stack } = await planPairs(
                rawMesh(MESH, { extras: (parts) => acl(parts, only1, only1) }),
                preview,
            );
            assert.deepEqual(pairs, VPC2_VPC3_APART);
            assert.equal(
                reason(outcomes["vpc3->vpc2"]),
                "no inbound rule accepts ICMP from 10.3.0.1, and a network ACL drops what no rule accepts",
            );
            assert.equal(
                outcomes["vpc3->vpc2"].kind === "denied" && outcomes["vpc3->vpc2"].at,
                "network ACL vpc2-acl of vSwitch vpc2-vsw0",
            );
            assert.match(reason(outcomes["vpc2->vpc3"]), /^no outbound rule accepts ICMP to 10\.3\.0\.1/);
            assert.deepEqual(unmodelledResources(stack), []);
        });
    }

    it("stateless: an ACL that lets everything in but only vpc1 out answers vpc3 nothing (the reply is judged again)", async () => {
        const { pairs, outcomes } = await planPairs(
            rawMesh(MESH, {
                extras: (parts) =>
                    acl(
                        parts,
                        [{ policy: "accept", cidr: "0.0.0.0/0" }],
                        [{ policy: "accept", cidr: "10.1.0.0/16" }],
                    ),
            }),
            false,
        );
        assert.equal(pairs["vpc3->vpc2"], "one-way");
        assert.equal(pairs["vpc1->vpc2"], "pings");
        assert.match(reason(outcomes["vpc3->vpc2"]), /^reply: no outbound rule accepts ICMP to 10\.3\.0\.1/);
    });

    it("rules in order: a drop for vpc3 before an accept for 10.0.0.0/8 stops vpc3, naming the rule; a TCP rule does not match a ping", async () => {
        const rules: Rule[] = [
            { name: "ssh-only", policy: "accept", cidr: "10.3.0.0/16", protocol: "tcp" },
            { name: "no-vpc3", policy: "drop", cidr: "10.3.0.0/16" },
            { name: "internal", policy: "accept", cidr: "10.0.0.0/8" },
        ];
        const { pairs, outcomes } = await planPairs(
            rawMesh(MESH, { extras: (parts) => acl(parts, rules, rules) }),
            false,
        );
        assert.equal(pairs["vpc1->vpc2"], "pings");
        assert.equal(pairs["vpc3->vpc2"], "no");
        assert.equal(reason(outcomes["vpc3->vpc2"]), "its inbound rule no-vpc3 drops ICMP from 10.3.0.1");
    });

    it("an ACL bound to a vSwitch the stack does not hold is not followed: the plan names it, and vpc2's pairs are undecided", async () => {
        const all = [{ policy: "accept" as const, cidr: "0.0.0.0/0" }];
        const { pairs, stack } = await planPairs(
            rawMesh(MESH, { extras: (parts) => acl(parts, all, all, ["vsw-made-elsewhere"]) }),
            false,
        );
        assert.equal(pairs["vpc1->vpc2"], "undecided");
        assert.equal(pairs["vpc1->vpc3"], "pings");
        assert.deepEqual(
            unmodelledResources(stack).map((u) => u.resources),
            [["vpc2-acl"]],
        );
    });

    it("an ACL on the vSwitch where vpc2's attachment has its other interface: what it does to forwarded packets is not documented, so the other vSwitch's pairs are undecided", async () => {
        const two = MESH.map((v) =>
            v.name === "vpc2" ? { ...v, vswitches: ["10.2.0.0/24", "10.2.1.0/24"] } : v,
        );
        const all = [{ policy: "accept" as const, cidr: "0.0.0.0/0" }];
        const { stack } = await planPairs(
            rawMesh(two, { extras: (parts) => acl(parts, all, all, [parts.vswitches.vpc2[1].id]) }),
            false,
        );
        const byEndpoint = Object.fromEntries(
            pingsAcrossWorlds(networkWorlds(stack)).map((r) => [`${r.from.name}->${r.to.name}`, r.outcome]),
        );
        // vsw1's own ACL lets everything through; vsw0's packets may cross vsw1's attachment interface.
        assert.equal(byEndpoint["vpc1-vsw0->vpc2-vsw1"].kind, "delivered");
        assert.equal(byEndpoint["vpc1-vsw0->vpc2-vsw0"].kind, "undecided");
        assert.match(
            reason(byEndpoint["vpc1-vsw0->vpc2-vsw0"]),
            /a transit router attachment of VPC vpc2 has its network interface in vSwitch vpc2-vsw1, and whether the ACL filters what the attachment forwards is not documented/,
        );
    });
});
