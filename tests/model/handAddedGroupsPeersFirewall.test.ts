// More of the hand-added matrix (see handAddedThroughOutputs.test.ts): a
// security group rule and an ECS instance's security groups wired through
// CrossAccountPrivateLink's `securityGroupIds`, an access control policy on
// the Cloud Firewall through `cenId`, and an inter-region connection through
// `transitRouterIds`. Once deployed each changes what reaches what; a preview
// never says otherwise than the deployment, only "not known" where the
// outputs could name something else.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import {
    CrossAccountCenPeering,
    CrossAccountPrivateLink,
    IsolatedSpokesWithSharedHub,
} from "alicloud-multi-account-network";
import { networkWorlds, pingsAcrossWorlds, privateLinkAcrossWorlds } from "../../sdk/src/model/worlds";
import { verdictOf } from "../../sdk/src/model/reachability";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { regionalSampleVpc, SampleVpc, singleRegion } from "../../examples/lib/sampleNetwork";

/** A service in A, consumers in B and C, all joined by CEN too; `add` adds by hand. */
function linkedNetwork(add: (link: CrossAccountPrivateLink, vpcs: SampleVpc[]) => void) {
    return () => {
        const network = singleRegion(new pulumi.Config(), ["a", "b", "c"]);
        const [a, b, c] = network.providers;
        const vpcs = [
            network.vpc("service", a, 1),
            network.vpc("consumer-b", b, 2),
            network.vpc("consumer-c", c, 3),
        ];
        new CrossAccountCenPeering("net", { cenProvider: a, vpcs });
        const link = new CrossAccountPrivateLink("orders", {
            serviceProvider: a,
            service: {
                resourceType: "nlb",
                backends: [{ id: "nlb-orders", zoneIds: network.zones }],
                ports: [443],
            },
            consumers: vpcs.slice(1).map((vpc) => ({
                name: vpc.name,
                provider: vpc.provider,
                vpcs: [
                    {
                        name: vpc.name,
                        vpcId: vpc.vpcId,
                        vswitches: vpc.zoneMappings.map((m, i) => ({
                            zoneId: network.zones[i],
                            vswitchId: m.vswitchId,
                        })),
                        clientCidrBlocks: vpc.cidrBlocks as string[],
                    },
                ],
            })),
        });
        add(link, vpcs);
    };
}

/** A rule on consumer-b's endpoint group, through the component's output: an ambiguous reference in a preview. */
const consumerBGroup = (link: CrossAccountPrivateLink) =>
    link.securityGroupIds.apply((ids) => ids["consumer-b"][0]);

const dropHttps = linkedNetwork((link, [, b]) => {
    new alicloud.ecs.SecurityGroupRule(
        "drop-https",
        {
            securityGroupId: consumerBGroup(link),
            type: "ingress",
            ipProtocol: "tcp",
            portRange: "443/443",
            cidrIp: "0.0.0.0/0",
            policy: "drop",
            priority: 1,
        },
        { provider: b.provider },
    );
});

/** An instance of consumer-b's in its endpoint group (through the output), and a rule there that admits ping. */
const appInEndpointGroup = linkedNetwork((link, [, b]) => {
    new alicloud.ecs.Instance(
        "b-app",
        {
            vswitchId: b.zoneMappings[0].vswitchId,
            privateIp: "10.2.0.20",
            securityGroups: link.securityGroupIds.apply((ids) => ids["consumer-b"]),
            instanceType: "ecs.t6-c1m1.large",
            imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
        },
        { provider: b.provider },
    );
    new alicloud.ecs.SecurityGroupRule(
        "admit-ping",
        {
            securityGroupId: consumerBGroup(link),
            type: "ingress",
            ipProtocol: "icmp",
            portRange: "-1/-1",
            cidrIp: "10.0.0.0/8",
            policy: "accept",
        },
        { provider: b.provider },
    );
});

/** The hub (A) and spokes (B, C) behind the hub's Cloud Firewall, and a policy added by hand that drops spoke2's pings to the hub. */
const handAddedFirewallPolicy = () => {
    const sample = singleRegion(new pulumi.Config(), ["a", "b", "c"]);
    const [a, b, c] = sample.providers;
    const hs = new IsolatedSpokesWithSharedHub("hs", {
        cenProvider: a,
        hub: sample.vpc("hub", a, 1),
        spokes: [sample.vpc("spoke1", b, 2), sample.vpc("spoke2", c, 3)],
        firewall: {
            network: {
                vpcCidr: "10.255.0.0/24",
                subnetCidr: "10.255.0.0/25",
                attachmentCidrs: ["10.255.0.128/26", "10.255.0.192/26"],
            },
            memberAccounts: [
                { name: "b", provider: b },
                { name: "c", provider: c },
            ],
        },
    });
    new alicloud.cloudfirewall.FirewallVpcFirewallControlPolicy(
        "spoke2-no-ping",
        {
            vpcFirewallId: hs.cenId,
            order: 1,
            description: "spoke2 does not ping the hub",
            source: "10.3.0.0/16",
            sourceType: "net",
            destination: "10.1.0.0/16",
            destinationType: "net",
            proto: "ICMP",
            applicationName: "ANY",
            aclAction: "drop",
        },
        { provider: a },
    );
};

const SG = "ap-southeast-1";
const JK = "ap-southeast-5";

/**
 * Spokes in Singapore and Jakarta, and a second inter-region connection added
 * by hand: Singapore's spoke table sends jk-b's block over it, and Jakarta
 * associates it with its hub table, which learns every Jakarta spoke.
 */
const handAddedPeer = () => {
    const config = new pulumi.Config();
    const p = (name: string, region: string) => new alicloud.Provider(name, { region });
    const [aSg, aJk] = [p("a-sg", SG), p("a-jk", JK)];
    const iso = new IsolatedSpokesWithSharedHub("iso", {
        cenProvider: aSg,
        regions: [
            { region: SG, provider: aSg },
            { region: JK, provider: aJk },
        ],
        interRegion: { bandwidth: 10 },
        spokeRouteDestinations: ["10.0.0.0/8"],
        hub: regionalSampleVpc(config, "hub", aSg, SG, 0),
        spokes: [
            regionalSampleVpc(config, "sg-c", p("c-sg", SG), SG, 1),
            regionalSampleVpc(config, "jk-b", p("b-jk", JK), JK, 2),
        ],
    });
    const peer = new alicloud.cen.TransitRouterPeerAttachment(
        "second-peer",
        {
            cenId: iso.cenId,
            transitRouterId: iso.transitRouterIds.apply((t) => t[SG]),
            peerTransitRouterId: iso.transitRouterIds.apply((t) => t[JK]),
            peerTransitRouterRegionId: JK,
            bandwidthType: "DataTransfer",
            bandwidth: 10,
        },
        { provider: aSg },
    );
    new alicloud.cen.TransitRouterRouteEntry(
        "to-jk-b-over-second-peer",
        {
            transitRouterRouteTableId: iso.spokeRouteTableIds.apply((t) => t[SG]),
            transitRouterRouteEntryDestinationCidrBlock: "10.2.0.0/16",
            transitRouterRouteEntryNextHopType: "Attachment",
            transitRouterRouteEntryNextHopId: peer.transitRouterAttachmentId,
        },
        { provider: aSg },
    );
    new alicloud.cen.TransitRouterRouteTableAssociation(
        "second-peer-in-jk-hub-table",
        {
            transitRouterRouteTableId: iso.hubRouteTableIds.apply((t) => t[JK]),
            transitRouterAttachmentId: peer.transitRouterAttachmentId,
        },
        { provider: aJk },
    );
};

const PEER_ACCOUNTS = {
    "a-sg": "1111111111111111",
    "a-jk": "1111111111111111",
    "b-jk": "2222222222222222",
    "c-sg": "3333333333333333",
};

async function worldsOf(program: () => void, preview: boolean, accounts?: Record<string, string>) {
    const graph = await runProgram(program, { preview, accounts });
    assert.deepEqual(graph.errors, []);
    return networkWorlds(stackGraphOf(graph));
}

/** Every pair's verdict, by the endpoints' labels. */
async function pingVerdicts(program: () => void, preview: boolean, accounts?: Record<string, string>) {
    const results = pingsAcrossWorlds(await worldsOf(program, preview, accounts));
    return new Map(results.map((r) => [`${r.from.label} -> ${r.to.label}`, r]));
}

/** The pairs a preview decides otherwise than the deployment. */
function contradictions(
    deployed: Map<string, ReturnType<typeof pingsAcrossWorlds>[number]>,
    previewed: Map<string, ReturnType<typeof pingsAcrossWorlds>[number]>,
): string[] {
    return [...previewed]
        .filter(
            ([pair, r]) => verdictOf(r) !== "undecided" && verdictOf(r) !== verdictOf(deployed.get(pair)!),
        )
        .map(([pair, r]) => `${pair}: preview ${verdictOf(r)}, deployed ${verdictOf(deployed.get(pair)!)}`);
}

describe("a security group rule added by hand through a component's output", () => {
    it("closes consumer-b's endpoint once deployed; a preview says consumer-b's and consumer-c's access are not known, naming the rule", async () => {
        const access = async (preview: boolean) =>
            Object.fromEntries(
                privateLinkAcrossWorlds(await worldsOf(dropHttps, preview)).map((a) => [a.consumerVpc, a]),
            );
        const deployed = await access(false);
        assert.deepEqual([deployed["consumer-b"].verdict, deployed["consumer-c"].verdict], ["no", "yes"]);
        assert.match(deployed["consumer-b"].why, /rule drop-https \(priority 1, drop\) drops TCP 443/);
        const previewed = await access(true);
        for (const consumer of ["consumer-b", "consumer-c"]) {
            assert.equal(previewed[consumer].verdict, "undecided", consumer);
            assert.match(
                previewed[consumer].why,
                /^it depends on what drop-https names, known only after deployment: if drop-https's securityGroupId is orders-sg-consumer-[bc], /,
            );
        }
    });
});

describe("an ECS instance whose security groups come from a component's output", () => {
    it("pings as deployed, or is not known in a preview, never refused", async () => {
        const [deployed, previewed] = [
            await pingVerdicts(appInEndpointGroup, false),
            await pingVerdicts(appInEndpointGroup, true),
        ];
        assert.deepEqual(contradictions(deployed, previewed), []);
        const toApp = [...deployed].filter(
            ([pair]) => pair.startsWith("service/service-ecs") && pair.includes("b-app"),
        );
        assert.ok(
            toApp.length > 0 && toApp.every(([, r]) => verdictOf(r) === "pings"),
            [...deployed.keys()].join("\n"),
        );
        const previewedToApp = toApp.map(([pair]) => previewed.get(pair)!);
        assert.ok(previewedToApp.every((r) => verdictOf(r) === "undecided"));
        assert.match(
            previewedToApp[0].outcome.kind === "undecided" ? previewedToApp[0].outcome.reason : "",
            /it depends on what (b-app and admit-ping|admit-ping and b-app) name/,
        );
    });

    it("is not known at all when its groups are none of the stack's, however its network routes", async () => {
        const program = () => {
            const network = singleRegion(new pulumi.Config(), ["a", "b"]);
            const [a, b] = network.providers;
            const vpcs = [network.vpc("x", a, 1), network.vpc("y", b, 2)];
            new CrossAccountCenPeering("net", { cenProvider: a, vpcs });
            new alicloud.ecs.Instance(
                "legacy",
                {
                    vswitchId: vpcs[1].zoneMappings[0].vswitchId,
                    privateIp: "10.2.0.20",
                    securityGroups: ["sg-0123456789abcdef"],
                    instanceType: "ecs.t6-c1m1.large",
                    imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
                },
                { provider: b },
            );
        };
        for (const preview of [false, true]) {
            const verdicts = await pingVerdicts(program, preview);
            const toLegacy = [...verdicts].filter(
                ([pair]) => pair.startsWith("x/x-ecs") && pair.includes("legacy"),
            );
            assert.ok(toLegacy.length > 0);
            for (const [, r] of toLegacy) {
                assert.ok(r.outcome.kind === "undecided");
                assert.match(
                    r.outcome.reason,
                    /^security group sg-0123456789abcdef, which this stack does not define, so its rules are not known here$/,
                );
            }
        }
    });
});

describe("a Cloud Firewall access control policy added by hand through cenId", () => {
    it("drops spoke2's pings to the hub in a preview as once deployed, and nothing else changes", async () => {
        const [deployed, previewed] = [
            await pingVerdicts(handAddedFirewallPolicy, false),
            await pingVerdicts(handAddedFirewallPolicy, true),
        ];
        assert.deepEqual(contradictions(deployed, previewed), []);
        const spoke2ToHub = [...previewed].filter(
            ([pair]) => pair.startsWith("spoke2/spoke2-ecs") && pair.includes("hub/hub-ecs"),
        );
        assert.equal(spoke2ToHub.length, 1);
        const [, result] = spoke2ToHub[0];
        assert.equal(verdictOf(result), "no");
        assert.deepEqual(result.outcome.kind === "denied" ? [result.outcome.at, result.outcome.reason] : [], [
            "Cloud Firewall hs-firewall (policy hs-fw-redirect-spokes-hub)",
            "access control policy spoke2-no-ping drops it",
        ]);
        assert.equal(
            verdictOf(previewed.get("hub/hub-ecs (10.1.0.10) -> spoke2/spoke2-ecs (10.3.0.10)")!),
            "pings",
        );
    });
});

describe("an inter-region connection added by hand through transitRouterIds", () => {
    it("lets sg-c's requests reach jk-b once deployed; a preview never calls them apart", async () => {
        const [deployed, previewed] = [
            await pingVerdicts(handAddedPeer, false, PEER_ACCOUNTS),
            await pingVerdicts(handAddedPeer, true, PEER_ACCOUNTS),
        ];
        assert.deepEqual(contradictions(deployed, previewed), []);
        const pair = "sg-c/sg-c-ecs (10.1.0.10) -> jk-b/jk-b-ecs (10.2.0.10)";
        assert.equal(verdictOf(deployed.get(pair)!), "one-way");
        const preview = previewed.get(pair)!;
        assert.equal(verdictOf(preview), "undecided");
        assert.match(preview.outcome.kind === "undecided" ? preview.outcome.at : "", /second-peer/);
    });
});
