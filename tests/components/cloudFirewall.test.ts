// Cloud Firewall in the path, in CenSecurityDomains and in
// IsolatedSpokesWithSharedHub: the firewall, members, access control policies
// and redirection policy in the CEN owner's account in each engine mode, the
// pings the model walks through the firewall, the intended-connectivity check
// that inspected traffic passes it, adding the firewall to a running network
// (nothing else changes), and the checks on its arguments.
import { strict as assert } from "assert";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { firewallHop, pingMatrix } from "../../sdk/src/model/reachability";
import { StackGraph, TYPES } from "../../sdk/src/model/stackGraph";
import { componentsIntent, intendedConnectivityFindings } from "../../sdk/src/checks/intendedConnectivity";
import { GraphView } from "../harness/graphView";
import { childLines, MODES, reportedProblems } from "../harness/graphAssertions";
import { accountProviders, vpcArgs } from "../harness/cenFixtures";
import * as alicloud from "@pulumi/alicloud";
import { updatePlan } from "../harness/lifecycle";
import { THREE_ACCOUNTS, threeDomains } from "../harness/threeDomains";
import * as pulumi from "@pulumi/pulumi";
import { HubFirewallArgs, IsolatedSpokesWithSharedHub } from "alicloud-multi-account-network";
import { singleRegion } from "../../examples/lib/sampleNetwork";

const EXAMPLE = "examples/security-domains-firewall/index.ts";

/** Per VPC pair, the verdict of its first endpoint pair and the firewall it met, if any. */
function verdicts(graph: Graph): Record<string, string> {
    const stack = stackGraphOf(graph);
    const result: Record<string, string> = {};
    for (const r of pingMatrix(buildNetworkModel(stack), endpointsOf(stack))) {
        const key = `${r.from.vpc.name} -> ${r.to.vpc.name}`;
        if (key in result) continue;
        const hop = firewallHop(r);
        result[key] = `${r.outcome.kind}${hop ? ` at ${hop.at}` : ""}`;
    }
    return result;
}

describe("CenSecurityDomains with Cloud Firewall", () => {
    for (const mode of MODES) {
        it(`creates the firewall, members, access control policies and the redirection policy in the CEN owner's account, after the attachments (${mode.name})`, async () => {
            const view = new GraphView(await runModule(EXAMPLE, { preview: mode.preview }));
            const firewall = childLines(view, view.named("domains")).filter((l) =>
                /^(VpcCenTrFirewall|InstanceMember|FirewallVpcFirewallControlPolicy|TrFirewallRoutePolicy) /.test(
                    l,
                ),
            );
            assert.deepEqual(firewall, [
                "FirewallVpcFirewallControlPolicy domains-fw-policy-office-https-production @account-a <- domains-cen, domains-firewall",
                "FirewallVpcFirewallControlPolicy domains-fw-policy-office-ping-production @account-a <- domains-cen, domains-firewall",
                "FirewallVpcFirewallControlPolicy domains-fw-policy-production-to-office @account-a <- domains-cen, domains-firewall",
                "InstanceMember domains-fw-member-office @account-a <- ",
                "InstanceMember domains-fw-member-production @account-a <- ",
                "TrFirewallRoutePolicy domains-fw-redirect-office-production @default <- domains-attachment-office, domains-attachment-production, domains-firewall, domains-fw-member-office, domains-fw-member-production, office, production",
                "VpcCenTrFirewall domains-firewall @account-a <- domains-attachment-office, domains-attachment-production, domains-cen, domains-tr",
            ]);
            const inputs = (name: string) => view.named(name).inputs as Record<string, unknown>;
            const firewallInputs = inputs("domains-firewall");
            assert.equal(firewallInputs.routeMode, "managed");
            assert.equal(firewallInputs.regionNo, "ap-southeast-1");
            assert.deepEqual(
                [
                    firewallInputs.firewallVpcCidr,
                    firewallInputs.trAttachmentMasterCidr,
                    firewallInputs.trAttachmentSlaveCidr,
                ],
                ["10.255.0.0/24", "10.255.0.128/26", "10.255.0.192/26"],
            );
            // The list position is each access control policy's priority.
            assert.deepEqual(
                ["office-ping-production", "office-https-production", "production-to-office"].map(
                    (n) => inputs(`domains-fw-policy-${n}`).order,
                ),
                [1, 2, 3],
            );
            const policy = inputs("domains-fw-redirect-office-production");
            assert.equal(policy.policyType, "end_to_end");
            assert.equal(policy.name, "domains-office-production");
            if (!mode.preview) {
                assert.deepEqual(policy.sources, [{ id: "vpc-office" }]);
                assert.deepEqual(policy.destinations, [{ id: "vpc-production" }]);
                assert.equal(policy.firewallId, "vfw-tr-domains-firewall");
            }
        });
    }

    it("follows pings through the firewall: office reaches production by its policies, production's requests are dropped there, shared services talk directly", async () => {
        for (const preview of [false, true]) {
            const firewall = "Cloud Firewall domains-firewall (policy domains-fw-redirect-office-production)";
            assert.deepEqual(verdicts(await runModule(EXAMPLE, { preview })), {
                "shared -> office": "delivered",
                "shared -> production": "delivered",
                "office -> shared": "delivered",
                "office -> production": `delivered at ${firewall}: access control policy domains-fw-policy-office-ping-production accepts it`,
                "production -> shared": "delivered",
                "production -> office": `denied at ${firewall}: access control policy domains-fw-policy-production-to-office drops it`,
            });
        }
    });

    it("the intended connectivity holds on the example, and says so when inspected traffic bypasses the firewall", async () => {
        const graph = stackGraphOf(await runModule(EXAMPLE));
        const intent = componentsIntent(graph);
        assert.deepEqual(intent.mustPassFirewall, [
            { from: "office", to: "production" },
            { from: "production", to: "office" },
        ]);
        assert.deepEqual(intendedConnectivityFindings(graph, intent), []);
        // Without the redirection policy the firewall inspects nothing: the domains still talk, unseen.
        const bypassed = new StackGraph(
            graph.resources.filter((r) => r.type !== TYPES.trFirewallRoutePolicy),
        );
        assert.deepEqual(
            intendedConnectivityFindings(bypassed, componentsIntent(bypassed)).map((f) => f.message),
            ["office -> production", "production -> office"].map((pair) => {
                const [from, to] = pair.split(" -> ");
                return `Traffic from VPC ${from} to VPC ${to} must pass the firewall, but ${from}/${from}-ecs (10.${from === "office" ? 2 : 3}.0.10) reaches ${to}/${to}-ecs (10.${to === "office" ? 2 : 3}.0.10) without it (via VPC ${from} route table -> transit router table domains-table-${from} (vtb-domains-table-${from}) -> VPC ${to} route table).`;
            }),
        );
    });

    const ACCOUNTS = THREE_ACCOUNTS;
    const NETWORK = {
        vpcCidr: "10.255.0.0/24",
        subnetCidr: "10.255.0.0/25",
        attachmentCidrs: ["10.255.0.128/26", "10.255.0.192/26"] as [string, string],
    };
    const ALLOW: [string, string][] = [
        ["office", "shared"],
        ["prod", "shared"],
        ["office", "prod"],
    ];
    const build = (edit: Parameters<typeof threeDomains>[0]) =>
        threeDomains((p) => ({ allow: ALLOW, ...edit(p) }));

    it("adding the firewall to a running network creates only its own children and changes nothing else", async () => {
        const before = await runProgram(
            build(() => ({})),
            { accounts: ACCOUNTS },
        );
        const after = await runProgram(
            build((p) => ({
                firewall: {
                    inspect: [
                        ["office", "prod"],
                        ["shared", "shared"],
                    ],
                    network: NETWORK,
                    memberAccounts: [{ name: "prod", provider: p.c }],
                },
            })),
            { accounts: ACCOUNTS },
        );
        const plan = updatePlan(before, after);
        assert.deepEqual([plan.updated, plan.replaced, plan.deleted], [[], [], []]);
        assert.deepEqual(plan.created, [
            "net-firewall",
            "net-fw-member-prod",
            "net-fw-redirect-office-prod",
            "net-fw-redirect-shared",
        ]);
        const view = new GraphView(after);
        assert.equal(view.named("net-fw-member-prod").inputs.memberUid, ACCOUNTS.c);
        // Traffic among one domain's members: fullmesh over that domain's VPCs.
        assert.deepEqual(
            [
                view.named("net-fw-redirect-shared").inputs.policyType,
                view.named("net-fw-redirect-shared").inputs.sources,
            ],
            ["fullmesh", [{ id: "vpc-s1" }]],
        );
    });

    for (const mode of MODES) {
        it(`refuses attachment zones that are not zones of the CEN owner's region once it resolves, creating nothing (${mode.name})`, async () => {
            const graph = await runProgram(
                build(() => ({
                    firewall: {
                        inspect: [["office", "prod"]],
                        network: {
                            vpcCidr: "10.9.0.0/16",
                            subnetCidr: "10.9.0.0/24",
                            attachmentCidrs: ["10.9.1.0/24", "10.9.2.0/24"],
                            attachmentZones: ["ap-southeast-1a", "ap-southeast-1-b"],
                        },
                    },
                })),
                { accounts: THREE_ACCOUNTS, preview: mode.preview },
            );
            assert.deepEqual(reportedProblems(graph), [
                'firewall.network.attachmentZones[1] "ap-southeast-1-b" is not a zone of region ap-southeast-1: its zones are ap-southeast-1a, ap-southeast-1b, ap-southeast-1c. Give a zone of ap-southeast-1; alicloud.getZones lists them.',
            ]);
        });
    }

    it("says what is wrong with the firewall's arguments, before anything is created", async () => {
        const graph = await runProgram(
            build((p) => ({
                domains: [
                    { name: "office", vpcs: [vpcArgs("o1", p.b, "10.1.0.0/16")] },
                    { name: "prod", vpcs: [vpcArgs("p1", p.c, "10.2.0.0/16")], isolateMembers: true },
                    { name: "shared", vpcs: [vpcArgs("s1", p.a, "10.0.0.0/16")] },
                ],
                allow: [
                    ["office", "shared"],
                    ["prod", "shared"],
                ],
                firewall: {
                    inspect: [
                        ["office", "prod"],
                        ["prod", "prod"],
                        ["shared", "finance"],
                        ["shared", "office"],
                        ["office", "shared"],
                    ],
                    network: {
                        vpcCidr: "10.0.0.0/24",
                        subnetCidr: "10.0.1.0/25",
                        attachmentCidrs: ["10.0.0.128/26", "10.0.0.160/27"],
                        attachmentZones: ["ap-southeast-1a", "ap-southeast-1a"],
                    },
                    memberAccounts: [{ name: "prod" }, { name: "prod", accountId: "3" }],
                    controlPolicies: [
                        {
                            name: "bad",
                            description: "bad",
                            source: "10.1.0.0/33",
                            sourceType: "net",
                            destination: "web",
                            destinationType: "address",
                            proto: "ICMPv6",
                            aclAction: "allow",
                        },
                    ],
                },
            })),
            { accounts: ACCOUNTS },
        );
        assert.deepEqual(reportedProblems(graph), [
            `firewall.inspect[0] ["office","prod"]: 'office' and 'prod' are not allowed to talk, so no traffic between them is there to inspect; add the pair to allow, or remove it here.`,
            `firewall.inspect[1] ["prod","prod"]: members of 'prod' do not reach each other (isolateMembers), so there is nothing to inspect; remove the pair.`,
            `firewall.inspect[2] ["shared","finance"] names 'finance', which is not a domain; use the names of domains: office, prod, shared.`,
            `firewall.inspect[4] ["office","shared"] is given twice (a pair is inspected both ways); remove one.`,
            "firewall.network.subnetCidr 10.0.1.0/25 is not inside firewall.network.vpcCidr 10.0.0.0/24.",
            "firewall.network.attachmentCidrs[1] 10.0.0.160/27 overlaps firewall.network.attachmentCidrs[0] 10.0.0.128/26; give each vSwitch a block of its own.",
            `firewall.network.attachmentZones ["ap-southeast-1a","ap-southeast-1a"] must be two different zones (primary, secondary), or left out.`,
            "firewall.network.vpcCidr 10.0.0.0/24 overlaps domains[2].vpcs[0] 's1''s block 10.0.0.0/16; the firewall VPC is attached to the same transit router, so give it a block no member uses.",
            "firewall.memberAccounts[0] gives neither provider nor accountId; give the member account's provider or its id.",
            "firewall.memberAccounts[1].name 'prod' is used twice; give each entry a name of its own.",
            `firewall.controlPolicies[0].aclAction "allow" must be one of accept, drop, log.`,
            `firewall.controlPolicies[0].proto "ICMPv6" must be one of ANY, TCP, UDP, ICMP.`,
            `firewall.controlPolicies[0].source "10.1.0.0/33" is not a valid IPv4 CIDR block (A Prefix value cannot be less than 0 or greater than 32) (sourceType is "net").`,
            `firewall.controlPolicies[0].destinationType "address" must be one of net, group, domain.`,
        ]);
    });
});

describe("IsolatedSpokesWithSharedHub with Cloud Firewall", () => {
    const NETWORK = {
        vpcCidr: "10.255.0.0/24",
        subnetCidr: "10.255.0.0/25",
        attachmentCidrs: ["10.255.0.128/26", "10.255.0.192/26"] as [string, string],
    };
    /** A hub (A) and two spokes (B, C) with an instance each; `firewall` as given. */
    const program = (firewall?: (p: alicloud.Provider[]) => HubFirewallArgs) => () => {
        const sample = singleRegion(new pulumi.Config(), ["a", "b", "c"]);
        const [a, b, c] = sample.providers;
        new IsolatedSpokesWithSharedHub("hs", {
            cenProvider: a,
            hub: sample.vpc("hub", a, 1),
            spokes: [sample.vpc("spoke1", b, 2), sample.vpc("spoke2", c, 3)],
            firewall: firewall?.(sample.providers),
        });
    };
    const withFirewall = program((p) => ({
        network: NETWORK,
        memberAccounts: [
            { name: "b", provider: p[1] },
            { name: "c", provider: p[2] },
        ],
        controlPolicies: [
            {
                name: "spoke1-to-hub",
                description: "spoke1 starts nothing towards the hub",
                source: "10.2.0.0/16",
                sourceType: "net",
                destination: "10.1.0.0/16",
                destinationType: "net",
                proto: "ANY",
                applicationNameLists: ["ANY"],
                aclAction: "drop",
            },
        ],
    }));

    it("adding the firewall keeps every child of the spokes and hub as it was, and redirects the spokes' traffic with the hub", async () => {
        const before = await runProgram(program());
        const after = await runProgram(withFirewall);
        assert.deepEqual([before.errors, after.errors], [[], []]);
        const plan = updatePlan(before, after);
        assert.deepEqual([plan.updated, plan.replaced, plan.deleted], [[], [], []]);
        assert.deepEqual(plan.created, [
            "hs-firewall",
            "hs-fw-member-b",
            "hs-fw-member-c",
            "hs-fw-policy-spoke1-to-hub",
            "hs-fw-redirect-spokes-hub",
        ]);
        const view = new GraphView(after);
        const policy = view.named("hs-fw-redirect-spokes-hub").inputs as Record<string, unknown>;
        assert.deepEqual(
            [policy.policyType, policy.sources, policy.destinations],
            ["end_to_end", [{ id: "vpc-spoke1" }, { id: "vpc-spoke2" }], [{ id: "vpc-hub" }]],
        );
        assert.deepEqual(view.named("hs").outputs.isolation, {
            hub: "hub",
            spokes: ["spoke1", "spoke2"],
            inspected: true,
        });
    });

    it("refuses a firewall across regions, and one without its network, before anything is created", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            const jakarta = new alicloud.Provider("a-jk", { region: "ap-southeast-5" });
            new IsolatedSpokesWithSharedHub("hs", {
                cenProvider: p.a,
                regions: [
                    { region: "ap-southeast-1", provider: p.a },
                    { region: "ap-southeast-5", provider: jakarta },
                ],
                interRegion: { bandwidth: 10 },
                hub: { ...vpcArgs("hub", p.a, "10.1.0.0/16"), region: "ap-southeast-1" },
                spokes: [{ ...vpcArgs("spoke", p.b, "10.2.0.0/16"), region: "ap-southeast-1" }],
                firewall: {} as HubFirewallArgs,
            });
        });
        assert.deepEqual(reportedProblems(graph), [
            "firewall: Cloud Firewall in the path is built for a network in one region, and regions lists 2; put the inspected VPCs in one region, or leave firewall out.",
            "firewall.network is missing; give the firewall VPC's blocks: { vpcCidr, subnetCidr, attachmentCidrs: [primary, secondary] }.",
        ]);
    });

    it("follows spoke and hub traffic through the firewall; spokes stay apart, and the intent holds", async () => {
        const graph = await runProgram(withFirewall);
        const firewall = "Cloud Firewall hs-firewall (policy hs-fw-redirect-spokes-hub)";
        assert.deepEqual(verdicts(graph), {
            "hub -> spoke1": `delivered at ${firewall}: no access control policy matches, and Cloud Firewall lets such traffic pass`,
            "hub -> spoke2": `delivered at ${firewall}: no access control policy matches, and Cloud Firewall lets such traffic pass`,
            "spoke1 -> hub": `denied at ${firewall}: access control policy hs-fw-policy-spoke1-to-hub drops it`,
            "spoke1 -> spoke2": "denied",
            "spoke2 -> hub": `delivered at ${firewall}: no access control policy matches, and Cloud Firewall lets such traffic pass`,
            "spoke2 -> spoke1": "denied",
        });
        const stack = stackGraphOf(graph);
        const intent = componentsIntent(stack);
        assert.equal(intent.mustPassFirewall?.length, 4);
        assert.deepEqual(intendedConnectivityFindings(stack, intent), []);
    });
});
