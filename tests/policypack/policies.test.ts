// Every policy on a hand-built compliant stack, and on one mutation of it per
// failing case, with known values (pulumi up) and unknown ones (preview).
import { strict as assert } from "assert";
import { StackValidationPolicy } from "@pulumi/policy";
import {
    crossAccountGrant,
    explicitProviders,
    interRegionBandwidth,
    oneAssociationPerRouter,
    regionsAgree,
    policies,
    trAttachmentTwoZones as attachmentTwoZones,
    vpcCidrBlocksAllowed,
    vpcCidrsNoOverlap as cidrsNoOverlap,
    vswitchCidrsInVpc,
} from "alicloud-multi-account-network/policies";
import { baselineStack, mutate, T, unknownProps } from "./baselineStack";
import { Reported, runStackPolicy, Spec, UNKNOWN, urnOfSpec } from "./policyArgs";

const mandatory = (r: Reported[]) => r.filter((x) => x.enforcementLevel === undefined);
const advisory = (r: Reported[]) => r.filter((x) => x.enforcementLevel === "advisory");

async function expectClean(policy: StackValidationPolicy, specs: Spec[], config: object = {}) {
    assert.deepEqual(await runStackPolicy(policy, specs, config), []);
}

/** Asserts exactly these violations (by URN and message), and no advisory. */
async function expectViolations(
    policy: StackValidationPolicy,
    specs: Spec[],
    expected: { on: string; message: string }[],
    config: object = {},
) {
    const reported = await runStackPolicy(policy, specs, config);
    assert.deepEqual(advisory(reported), []);
    assert.deepEqual(
        mandatory(reported).map((r) => ({ urn: r.urn, message: r.message })),
        expected.map((e) => ({ urn: urnOfSpec(specs, e.on), message: e.message })),
    );
}

describe("policy pack: policies on hand-built stacks", () => {
    it("collects the fifteen policies in an explicit list, each named and documented", () => {
        assert.deepEqual(
            policies.map((p) => [p.name, p.enforcementLevel]),
            [
                ["alicloud-vpc-cidrs-no-overlap", "mandatory"],
                ["alicloud-vpc-cidr-blocks-allowed", "mandatory"],
                ["alicloud-vswitch-cidrs-in-vpc", "mandatory"],
                ["alicloud-tr-attachment-two-zones", "mandatory"],
                ["alicloud-cen-one-transit-router-per-region", "mandatory"],
                ["alicloud-inter-region-bandwidth", "mandatory"],
                ["alicloud-one-association-per-router", "mandatory"],
                ["alicloud-regions-agree", "mandatory"],
                ["alicloud-declared-cidr-blocks", "mandatory"],
                ["alicloud-cross-account-grant", "mandatory"],
                ["alicloud-ecr-authorization", "mandatory"],
                ["alicloud-explicit-providers", "advisory"],
                ["alicloud-vpc-route-own-attachment", "mandatory"],
                ["alicloud-route-maps", "mandatory"],
                ["alicloud-intended-connectivity", "mandatory"],
                ["alicloud-vpc-sharing", "mandatory"],
            ],
        );
        for (const p of policies) {
            assert.ok(p.description.length > 40 && p.remediationSteps, p.name);
        }
    });

    it("the baseline satisfies every policy", async () => {
        for (const p of policies) {
            await expectClean(p, baselineStack());
        }
    });

    describe("alicloud-inter-region-bandwidth", () => {
        const PEER = "alicloud:cen/transitRouterPeerAttachment:TransitRouterPeerAttachment";
        /** The baseline with a Jakarta transit router and a connection to it with `props`. */
        const withPeer = (props: Record<string, unknown>): Spec[] => [
            ...baselineStack(),
            { type: T.provider, name: "a-jk", props: { region: "ap-southeast-5", accountId: "1111" } },
            {
                type: T.tr,
                name: "tr-jk",
                provider: "a-jk",
                props: { id: "cen-id:tr-jk", cenId: "cen-id", transitRouterId: "tr-jk" },
            },
            {
                type: PEER,
                name: "peer",
                provider: "a",
                props: {
                    cenId: "cen-id",
                    transitRouterId: "tr-id",
                    peerTransitRouterId: "tr-jk",
                    peerTransitRouterRegionId: "ap-southeast-5",
                    transitRouterAttachmentId: "tr-attach-peer",
                    ...props,
                },
            },
        ];
        const testBandwidth =
            'Inter-region connection peer has no bandwidth: neither a DataTransfer bandwidth nor a bandwidth package, so it gets 1 Kbps of test bandwidth. Set bandwidthType "DataTransfer" and bandwidth to the Mbps it needs, or name an existing bandwidth package.';

        it("passes a DataTransfer bandwidth and a named bandwidth package", async () => {
            await expectClean(
                interRegionBandwidth,
                withPeer({ bandwidthType: "DataTransfer", bandwidth: 10 }),
            );
            await expectClean(
                interRegionBandwidth,
                withPeer({ bandwidthType: "BandwidthPackage", cenBandwidthPackageId: "cenbwp-1" }),
            );
        });

        it("stops a connection with neither, which would get 1 Kbps of test bandwidth", async () => {
            await expectViolations(interRegionBandwidth, withPeer({}), [
                { on: "peer", message: testBandwidth },
            ]);
            await expectViolations(interRegionBandwidth, withPeer({ bandwidthType: "DataTransfer" }), [
                { on: "peer", message: testBandwidth },
            ]);
        });

        it("stops a package type without a package, and a Platinum link on a package", async () => {
            await expectViolations(
                interRegionBandwidth,
                withPeer({ bandwidthType: "BandwidthPackage", defaultLinkType: "Platinum" }),
                [
                    {
                        on: "peer",
                        message:
                            'Inter-region connection peer draws on a bandwidth package but names none (cenBandwidthPackageId), so it gets 1 Kbps of test bandwidth. Give the id of an existing CEN bandwidth package, or bandwidthType "DataTransfer" with a bandwidth in Mbps.',
                    },
                    {
                        on: "peer",
                        message:
                            'Inter-region connection peer asks for a Platinum link on a bandwidth package; Platinum needs billing by data transfer: use bandwidthType "DataTransfer" with a bandwidth, or defaultLinkType "Gold".',
                    },
                ],
            );
        });

        it("alicloud-regions-agree: a connection is created in its own transit router's region, the peer's being elsewhere", async () => {
            const bandwidth = { bandwidthType: "DataTransfer", bandwidth: 10 };
            await expectClean(regionsAgree, withPeer(bandwidth));
            await expectViolations(regionsAgree, mutate(withPeer(bandwidth), "peer", { provider: "a-jk" }), [
                {
                    on: "peer",
                    message:
                        "TransitRouterPeerAttachment peer is created in ap-southeast-5 (provider a-jk), but its transitRouterId names TransitRouter tr in ap-southeast-1 (provider a); Alibaba Cloud looks transitRouterId up in the caller's region only, so the API refuses it. Create both with providers of one region.",
                },
            ]);
        });

        it("decides nothing while the bandwidth is unknown (preview)", async () => {
            await expectClean(interRegionBandwidth, withPeer({ bandwidthType: UNKNOWN, bandwidth: UNKNOWN }));
            await expectClean(
                interRegionBandwidth,
                withPeer({ bandwidthType: "DataTransfer", bandwidth: UNKNOWN }),
            );
        });
    });

    describe("alicloud-one-association-per-router", () => {
        const TABLE = "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable";
        const ASSOCIATION =
            "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation";
        const table = (name: string): Spec => ({
            type: TABLE,
            name,
            provider: "a",
            props: { transitRouterId: "tr-id", transitRouterRouteTableId: `vtb-${name}` },
        });
        const association = (name: string, attachment: string, tableName: string): Spec => ({
            type: ASSOCIATION,
            name,
            provider: "a",
            props: {
                transitRouterAttachmentId: `${attachment}-tr-attach`,
                transitRouterRouteTableId: `vtb-${tableName}`,
            },
        });

        it("passes one association per attachment", async () => {
            await expectClean(oneAssociationPerRouter, [
                ...baselineStack(),
                table("t1"),
                table("t2"),
                association("a1", "att1", "t1"),
                association("a2", "att2", "t2"),
            ]);
        });

        it("stops an attachment associated with two tables of one transit router", async () => {
            await expectViolations(
                oneAssociationPerRouter,
                [
                    ...baselineStack(),
                    table("t1"),
                    table("t2"),
                    association("a1", "att1", "t1"),
                    association("a1-again", "att1", "t2"),
                ],
                [
                    {
                        on: "att1",
                        message:
                            "Attachment att1 is associated with 2 route tables of transit router tr-id (t1 (vtb-t1), t2 (vtb-t2)); an attachment is associated with one table per transit router and the API refuses the others. Keep one association, and propagate into the other tables instead.",
                    },
                ],
            );
        });
    });

    describe("alicloud-vpc-cidrs-no-overlap", () => {
        it("fails when a secondary block overlaps another VPC of the CEN, naming both VPCs, blocks and accounts", async () => {
            const specs = mutate(baselineStack(), "vpc2", {
                props: { secondaryCidrBlocks: ["10.0.128.0/17"] },
            });
            await expectViolations(cidrsNoOverlap, specs, [
                {
                    on: "vpc2",
                    message:
                        "VPC vpc2 (secondaryCidrBlocks[0] 10.0.128.0/17, account 2222 (provider b)) overlaps VPC vpc1 (cidrBlock 10.0.0.0/16, account 1111 (provider a)); VPCs attached to the same CEN instance must have non-overlapping CIDR blocks, or traffic between them is misrouted. Give one of the two VPCs a block that overlaps no other.",
                },
            ]);
        });

        it("ignores overlapping VPCs of different CENs, unless the scope is the stack", async () => {
            const specs = mutate(
                mutate(baselineStack(), "vpc2", { props: { cidrBlock: "10.0.0.0/8" } }),
                "att2",
                {
                    props: { cenId: "cen-other" },
                    deps: {},
                },
            );
            await expectClean(cidrsNoOverlap, specs);
            const reported = await runStackPolicy(cidrsNoOverlap, specs, { scope: "stack" });
            assert.equal(mandatory(reported).length, 1);
            assert.match(reported[0].message, /VPC vpc1 .* overlaps VPC vpc2 .*VPCs of this stack/);
        });

        it("reports the overlap among known blocks while another VPC's block is unknown (preview)", async () => {
            const third: Spec[] = [
                { type: T.vpc, name: "vpc3", provider: "b", props: { id: UNKNOWN, cidrBlock: "10.0.0.0/8" } },
                {
                    type: T.attachment,
                    name: "att3",
                    provider: "a",
                    props: { cenId: UNKNOWN, vpcId: UNKNOWN, vpcOwnerId: "2222", zoneMappings: [] },
                    deps: { cenId: ["cen"], vpcId: ["vpc3"] },
                },
            ];
            const specs = [...unknownProps(baselineStack(), "vpc2", ["cidrBlock"], UNKNOWN), ...third];
            const reported = await runStackPolicy(cidrsNoOverlap, specs);
            assert.deepEqual(
                mandatory(reported).map((r) => r.urn),
                [urnOfSpec(specs, "vpc1")],
            );
            assert.match(
                mandatory(reported)[0].message,
                /VPC vpc1 \(cidrBlock 10.0.0.0\/16.*overlaps VPC vpc3 \(cidrBlock 10.0.0.0\/8/,
            );
            assert.deepEqual(
                advisory(reported).map((r) => r.urn),
                [urnOfSpec(specs, "vpc2")],
            );
            assert.match(advisory(reported)[0].message, /The cidrBlock of VPC vpc2 is not known yet/);
        });
    });

    describe("alicloud-vpc-cidr-blocks-allowed", () => {
        it("fails when a VPC's block lies in a reserved range or has a mask a VPC cannot have", async () => {
            let specs = mutate(baselineStack(), "vpc2", {
                props: { cidrBlock: "169.254.0.0/16", secondaryCidrBlocks: ["100.64.0.0/16", "10.9.0.0/29"] },
            });
            specs = mutate(specs, "vpc2-vsw0", { props: { cidrBlock: "169.254.0.0/24" } });
            specs = mutate(specs, "vpc2-vsw1", { props: { cidrBlock: "169.254.1.0/24" } });
            await expectViolations(vpcCidrBlocksAllowed, specs, [
                {
                    on: "vpc2",
                    message:
                        "VPC vpc2: cidrBlock 169.254.0.0/16 lies in 169.254.0.0/16 (link-local), which a VPC cannot use; choose a block in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.",
                },
                {
                    on: "vpc2",
                    message:
                        "VPC vpc2: secondaryCidrBlocks[0] 100.64.0.0/16 lies in 100.64.0.0/10 (shared address space, used by Alibaba Cloud's own services), which a VPC cannot use; choose a block in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.",
                },
                {
                    on: "vpc2",
                    message:
                        "VPC vpc2: secondaryCidrBlocks[1] 10.9.0.0/29 has a /29 mask; a VPC's IPv4 block takes a mask from /8 to /28.",
                },
            ]);
        });

        it("checks the blocks it knows while others are unknown (preview)", async () => {
            let specs = mutate(baselineStack(), "vpc1", { props: { cidrBlock: "127.0.0.0/16" } });
            specs = unknownProps(specs, "vpc2", ["cidrBlock"], UNKNOWN);
            const reported = await runStackPolicy(vpcCidrBlocksAllowed, specs);
            assert.deepEqual(
                reported.map((r) => [r.urn, r.enforcementLevel]),
                [[urnOfSpec(specs, "vpc1"), undefined]],
            );
        });
    });

    describe("alicloud-vswitch-cidrs-in-vpc", () => {
        it("fails when a vSwitch lies outside its VPC", async () => {
            const specs = mutate(baselineStack(), "vpc1-vsw1", { props: { cidrBlock: "10.1.0.0/24" } });
            await expectViolations(vswitchCidrsInVpc, specs, [
                {
                    on: "vpc1-vsw1",
                    message:
                        "vSwitch vpc1-vsw1 (10.1.0.0/24) is not inside VPC vpc1 (10.0.0.0/16); choose a vSwitch block inside the VPC's blocks, or add a secondary block to the VPC.",
                },
            ]);
        });

        it("fails when two vSwitches of a VPC overlap", async () => {
            const specs = mutate(baselineStack(), "vpc1-vsw1", { props: { cidrBlock: "10.0.0.128/25" } });
            await expectViolations(vswitchCidrsInVpc, specs, [
                {
                    on: "vpc1-vsw1",
                    message:
                        "vSwitch vpc1-vsw1 (10.0.0.128/25) overlaps vSwitch vpc1-vsw0 (10.0.0.0/24) in VPC vpc1; vSwitches of a VPC need disjoint blocks.",
                },
            ]);
        });

        it("fails when a vSwitch's mask is not one a vSwitch can have", async () => {
            let specs = mutate(baselineStack(), "vpc1-vsw0", { props: { cidrBlock: "10.0.0.0/15" } });
            specs = mutate(specs, "vpc1", { props: { cidrBlock: "10.0.0.0/14" } });
            specs = mutate(specs, "vpc1-vsw1", { props: { cidrBlock: "10.2.0.0/30" } });
            await expectViolations(vswitchCidrsInVpc, specs, [
                {
                    on: "vpc1-vsw0",
                    message:
                        "vSwitch vpc1-vsw0: cidrBlock 10.0.0.0/15 has a /15 mask; a vSwitch's IPv4 block takes a mask from /16 to /29.",
                },
                {
                    on: "vpc1-vsw1",
                    message:
                        "vSwitch vpc1-vsw1: cidrBlock 10.2.0.0/30 has a /30 mask; a vSwitch's IPv4 block takes a mask from /16 to /29.",
                },
            ]);
        });

        it("links vSwitches to VPCs through property dependencies when ids are unknown", async () => {
            let specs = unknownProps(baselineStack(), "vpc1", ["id"], UNKNOWN);
            specs = unknownProps(specs, "vpc1-vsw0", ["vpcId"], UNKNOWN);
            specs = mutate(specs, "vpc1-vsw1", { props: { vpcId: UNKNOWN, cidrBlock: "172.16.0.0/24" } });
            const reported = await runStackPolicy(vswitchCidrsInVpc, specs);
            assert.deepEqual(
                mandatory(reported).map((r) => r.urn),
                [urnOfSpec(specs, "vpc1-vsw1")],
            );
        });
    });

    describe("alicloud-tr-attachment-two-zones", () => {
        it("fails when an attachment maps one zone", async () => {
            const specs = mutate(baselineStack(), "att1", {
                props: { zoneMappings: [{ zoneId: "ap-southeast-1a", vswitchId: "vpc1-vsw0-id" }] },
            });
            await expectViolations(attachmentTwoZones, specs, [
                {
                    on: "att1",
                    message:
                        "Attachment att1: zoneMappings cover 1 zone (ap-southeast-1a); a transit router attachment needs vSwitches in at least 2 zones: add a vSwitch in another zone of the region to zoneMappings.",
                },
            ]);
        });

        it("fails when an attached VPC has vSwitches in one zone only", async () => {
            const specs = mutate(baselineStack(), "vpc2-vsw1", { props: { zoneId: "ap-southeast-1a" } });
            await expectViolations(attachmentTwoZones, specs, [
                {
                    on: "vpc2",
                    message:
                        "VPC vpc2: vSwitches cover 1 zone (ap-southeast-1a); a transit router attachment needs vSwitches in at least 2 zones: create a vSwitch in another zone of the region.",
                },
            ]);
        });

        it("fails when a vSwitch's zone is not a zone of its provider's region (the old quickstart's cn-hangzhoua)", async () => {
            const specs = mutate(baselineStack(), "vpc2-vsw1", { props: { zoneId: "ap-southeast-1-b" } });
            await expectViolations(attachmentTwoZones, specs, [
                {
                    on: "vpc2-vsw1",
                    message:
                        'vSwitch vpc2-vsw1: zoneId "ap-southeast-1-b" is not a zone of region ap-southeast-1: its zone ids look like ap-southeast-1<letter>, e.g. ap-southeast-1a. Give a zone of ap-southeast-1; alicloud.getZones lists them.',
                },
            ]);
        });

        it("honours minZones from the pack's configuration", async () => {
            const reported = await runStackPolicy(attachmentTwoZones, baselineStack(), { minZones: 3 });
            assert.equal(mandatory(reported).length, 4);
        });

        it("reports unknown zone ids as advisory and still fails a known single zone", async () => {
            let specs = mutate(baselineStack(), "att1", {
                props: {
                    zoneMappings: [{ zoneId: UNKNOWN, vswitchId: UNKNOWN }, { zoneId: "ap-southeast-1a" }],
                },
            });
            specs = mutate(specs, "att2", {
                props: { zoneMappings: [{ zoneId: "ap-southeast-1a", vswitchId: "x" }] },
            });
            const reported = await runStackPolicy(attachmentTwoZones, specs);
            assert.deepEqual(
                mandatory(reported).map((r) => r.urn),
                [urnOfSpec(specs, "att2")],
            );
            assert.deepEqual(
                advisory(reported).map((r) => r.urn),
                [urnOfSpec(specs, "att1")],
            );
        });
    });

    describe("alicloud-cross-account-grant", () => {
        const missing =
            "Attachment att2 attaches VPC vpc2 of account 2222 (provider b) to a CEN of account 1111 (provider a), but no cen.TransitRouterGrantAttachment grants it to that CEN. Add one with the VPC owner's provider (instanceType VPC, instanceId, cenId, cenOwnerId = the CEN owner's account id) and make the attachment depend on it; without it the attachment fails during pulumi up.";

        it("fails when the grant is missing", async () => {
            const specs = baselineStack().filter((s) => s.name !== "grant2");
            await expectViolations(
                crossAccountGrant,
                specs.map((s) => (s.name === "att2" ? { ...s, dependsOn: [] } : s)),
                [{ on: "att2", message: missing }],
            );
        });

        it("fails when the grant is for another CEN", async () => {
            const specs = mutate(baselineStack(), "grant2", {
                props: { cenId: "cen-other" },
                deps: { instanceId: ["vpc2"] },
            });
            await expectViolations(crossAccountGrant, specs, [
                {
                    on: "grant2",
                    message:
                        "Grant grant2 authorizes VPC vpc2 of account 2222 (provider b) for another CEN than attachment att2 uses; set its cenId to the attachment's CEN.",
                },
            ]);
        });

        it("fails when the grant is created by the CEN owner instead of the VPC owner", async () => {
            const specs = mutate(baselineStack(), "grant2", { provider: "a" });
            await expectViolations(crossAccountGrant, specs, [
                {
                    on: "grant2",
                    message:
                        "Grant grant2 for VPC vpc2 of account 2222 (provider b) is created with account 1111 (provider a), not by the VPC's owner; only the owner can grant it: pass the owner's provider.",
                },
            ]);
        });

        it("fails when the attachment does not wait for the grant", async () => {
            const specs = mutate(baselineStack(), "att2", { dependsOn: [] });
            await expectViolations(crossAccountGrant, specs, [
                {
                    on: "att2",
                    message:
                        "Attachment att2 does not depend on grant grant2; they may be created in parallel and the attachment fail, and destroy may revoke before it detaches. Add dependsOn: [grant] to the attachment.",
                },
            ]);
        });

        it("fails when a foreign VPC's attachment has no vpcOwnerId", async () => {
            const specs = mutate(baselineStack(), "att2", { props: { vpcOwnerId: undefined } });
            await expectViolations(crossAccountGrant, specs, [
                {
                    on: "att2",
                    message:
                        "Attachment att2 attaches VPC vpc2 of account 2222 (provider b), owned by another account than the CEN owner's, without vpcOwnerId; set vpcOwnerId to the owner's account id.",
                },
            ]);
        });

        it("matches grant and attachment through property dependencies when ids are unknown (preview)", async () => {
            let specs = unknownProps(baselineStack(), "grant2", ["instanceId", "cenId"], UNKNOWN);
            specs = unknownProps(specs, "att2", ["vpcId", "cenId"], UNKNOWN);
            await expectClean(crossAccountGrant, specs);
            const withoutGrant = specs
                .filter((s) => s.name !== "grant2")
                .map((s) => (s.name === "att2" ? { ...s, dependsOn: [] } : s));
            const reported = await runStackPolicy(crossAccountGrant, withoutGrant);
            assert.equal(mandatory(reported).length, 1);
        });

        it("checks a VPC of another stack by its vpcOwnerId", async () => {
            const specs = baselineStack()
                .filter((s) => !s.name.startsWith("vpc2") && s.name !== "grant2")
                .map((s) => (s.name === "att2" ? { ...s, dependsOn: [], deps: {} } : s));
            const reported = await runStackPolicy(crossAccountGrant, specs);
            assert.equal(mandatory(reported).length, 1);
            assert.match(mandatory(reported)[0].message, /^Attachment att2 attaches VPC vpc2-id to a CEN/);
        });
    });

    describe("alicloud-explicit-providers", () => {
        it("reports a resource on the default provider in a multi-provider stack", async () => {
            const specs = mutate(baselineStack(), "vpc1-vsw0", { provider: undefined });
            await expectViolations(explicitProviders, specs, [
                {
                    on: "vpc1-vsw0",
                    message:
                        "Switch vpc1-vsw0 uses the default alicloud provider in a stack that uses 3 alicloud providers, so it is created in whichever account the ambient credentials belong to. Pass the owning account's provider explicitly ({ provider }).",
                },
            ]);
        });

        it("accepts the default provider in a single-account stack", async () => {
            const specs = baselineStack()
                .filter((s) => s.type !== T.provider)
                .map((s) => ({ ...s, provider: undefined }));
            await expectClean(explicitProviders, specs);
        });
    });
});
