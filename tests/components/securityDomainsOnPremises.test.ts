// CenSecurityDomains with on-premises members: a VBR and an IPsec-VPN
// connection of a fourth account form the "onprem" domain, associated with
// its table and propagated into the tables of the domains allowed to reach
// it; the pings the model walks from and to the data centre, the intent the
// pack proves (and a leak it catches), adding the domain to a running
// network, a member in another region, Cloud Firewall and an inspection VPC
// between on-premises and the office, and the checks on the arguments.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { firewallHop, pingMatrix } from "../../sdk/src/model/reachability";
import { componentsIntent, intendedConnectivityFindings } from "../../sdk/src/checks/intendedConnectivity";
import { GraphView } from "../harness/graphView";
import { childLines, MODES, reportedProblems } from "../harness/graphAssertions";
import { accountProviders, regionalProviders, vpcArgs } from "../harness/cenFixtures";
import { CenSecurityDomains } from "alicloud-multi-account-network";
import * as pulumi from "@pulumi/pulumi";
import { regionalSampleVpc } from "../../examples/lib/sampleNetwork";
import { updatePlan } from "../harness/lifecycle";
import { CLOUD_ALLOW, cloudDomains, dcVbr, HYBRID_ALLOW, hybridDomains } from "../harness/hybridDomains";

const run = async (program: () => void, preview = false): Promise<Graph> => {
    const graph = await runProgram(program, { preview });
    assert.deepEqual(graph.errors, []);
    return graph;
};

/** Per pair of members (`o1 -> net-attachment-dc`), how the first endpoint pair's ping ends, and where it was inspected. */
function outcomes(graph: Graph): Record<string, string> {
    const stack = stackGraphOf(graph);
    const seen = new Map<string, string>();
    for (const r of pingMatrix(buildNetworkModel(stack), endpointsOf(stack))) {
        const key = `${r.from.vpc.name} -> ${r.to.vpc.name}`;
        if (seen.has(key) || /insp/.test(key)) continue;
        const arrives = r.forward.outcome.kind === "delivered";
        const inspected = firewallHop(r);
        seen.set(
            key,
            `${r.outcome.kind === "delivered" ? "ping" : arrives ? "arrives" : "nothing arrives"}${inspected ? ` (${inspected.at})` : ""}`,
        );
    }
    return Object.fromEntries([...seen].sort(([a], [b]) => a.localeCompare(b)));
}

const DC = "net-attachment-dc";
const BRANCH = "net-attachment-branch";

describe("CenSecurityDomains with on-premises members", () => {
    for (const mode of MODES) {
        it(`attaches the VBR and the IPsec-VPN connection of account D to the onprem domain's table and propagates them into the tables of the domains allowed to reach it (${mode.name})`, async () => {
            const view = new GraphView(await run(hybridDomains(), mode.preview));
            const lines = childLines(view, view.named("net"))
                .filter((l) => /dc|branch|onprem|192-168|172-20/.test(l))
                .map((l) => l.replace(/@account-/, "@"));
            assert.deepEqual(lines, [
                // Office and shared services route on-premises, production does not.
                "RouteEntry net-route-o1-rt0-172-20-0-0-16 @b <- net-attachment-o1, net-route-o1-rt0-192-168-0-0-16, o1",
                "RouteEntry net-route-o1-rt0-192-168-0-0-16 @b <- net-attachment-o1, net-route-o1-rt0-10-0-0-0-16, o1",
                "RouteEntry net-route-s1-rt0-172-20-0-0-16 @a <- net-attachment-s1, net-route-s1-rt0-192-168-0-0-16, s1",
                "RouteEntry net-route-s1-rt0-192-168-0-0-16 @a <- net-attachment-s1, net-route-s1-rt0-10-2-0-0-16, s1",
                // Each instance is granted by its owner, D, and attached by the CEN owner, A.
                "TransitRouterGrantAttachment net-grant-branch @d <- net-cen",
                "TransitRouterGrantAttachment net-grant-dc @d <- net-cen",
                "TransitRouterRouteTable net-table-onprem @a <- net-tr",
                "TransitRouterRouteTableAssociation net-association-branch @a <- net-attachment-branch, net-table-onprem",
                "TransitRouterRouteTableAssociation net-association-dc @a <- net-attachment-dc, net-table-onprem",
                "TransitRouterRouteTablePropagation net-propagation-branch-office @a <- net-attachment-branch, net-table-office",
                "TransitRouterRouteTablePropagation net-propagation-branch-onprem @a <- net-attachment-branch, net-table-onprem",
                "TransitRouterRouteTablePropagation net-propagation-branch-shared @a <- net-attachment-branch, net-table-shared",
                "TransitRouterRouteTablePropagation net-propagation-dc-office @a <- net-attachment-dc, net-table-office",
                "TransitRouterRouteTablePropagation net-propagation-dc-onprem @a <- net-attachment-dc, net-table-onprem",
                "TransitRouterRouteTablePropagation net-propagation-dc-shared @a <- net-attachment-dc, net-table-shared",
                "TransitRouterRouteTablePropagation net-propagation-o1-onprem @a <- net-attachment-o1, net-table-onprem",
                "TransitRouterRouteTablePropagation net-propagation-s1-onprem @a <- net-attachment-s1, net-table-onprem",
                "TransitRouterVbrAttachment net-attachment-dc @a <- net-cen, net-grant-dc, net-tr",
                "TransitRouterVpnAttachment net-attachment-branch @a <- net-cen, net-grant-branch, net-tr",
            ]);
            const vbr = view.named(DC).inputs as Record<string, unknown>;
            const grant = view.named("net-grant-dc").inputs as Record<string, unknown>;
            assert.deepEqual(
                [vbr.vbrId, vbr.autoPublishRouteEnabled, grant.instanceId, grant.instanceType],
                ["vbr-dc", false, "vbr-dc", "ExpressConnect"],
            );
            const stack = stackGraphOf(view.graph);
            const net = stack.resources.find((r) => r.name === "net")!;
            assert.deepEqual((net.props.domains as { domains: { members: string[] }[] }).domains[3].members, [
                "dc",
                "branch",
            ]);
        });
    }

    it("the data centre and the branch reach shared services and the office and each other, production not a packet; the intent holds", async () => {
        const graph = await run(hybridDomains());
        const pings = outcomes(graph);
        for (const site of [DC, BRANCH]) {
            for (const vpc of ["o1", "s1"]) {
                assert.equal(pings[`${site} -> ${vpc}`], "ping", `${site} -> ${vpc}`);
                assert.equal(pings[`${vpc} -> ${site}`], "ping", `${vpc} -> ${site}`);
            }
            assert.equal(pings[`${site} -> p1`], "nothing arrives");
            assert.equal(pings[`p1 -> ${site}`], "nothing arrives");
        }
        assert.equal(pings[`${DC} -> ${BRANCH}`], "ping");
        const stack = stackGraphOf(graph);
        const intent = componentsIntent(stack);
        assert.deepEqual(intent.unresolved, []);
        assert.ok(intent.mustNotReach.some((p) => p.from === DC && p.to === "p1"));
        assert.ok(intent.mustReach.some((p) => p.from === "o1" && p.to === BRANCH));
        assert.deepEqual(intendedConnectivityFindings(stack, intent), []);
    });

    it("the intended-connectivity check catches production's block propagated into the on-premises table", async () => {
        // A propagation added by hand next to the component: the data centre now has a route to production.
        const graph = await run(
            hybridDomains(undefined, (net) => {
                new alicloud.cen.TransitRouterRouteTablePropagation("leak", {
                    transitRouterAttachmentId: net.attachmentIds.apply((ids) => ids.p1),
                    transitRouterRouteTableId: net.routeTableIds.apply((ids) => ids.onprem),
                });
            }),
        );
        const stack = stackGraphOf(graph);
        const messages = intendedConnectivityFindings(stack, componentsIntent(stack)).map((f) => f.message);
        assert.deepEqual(
            messages.map((m) => m.split(", but")[0]),
            [
                "On-premises through VBR dc must not reach VPC p1",
                "On-premises through IPsec-VPN connection branch must not reach VPC p1",
            ],
        );
        assert.match(
            messages[0],
            /packets from on-premises dc \(192\.168\.0\.1\) reach p1\/.* \(via on-premises through VBR dc -> transit router table net-table-onprem/,
        );
    });

    it("adding the onprem domain to a running network creates its own children and the reaching VPCs' routes, and changes nothing else", async () => {
        const before = await run(
            hybridDomains((_, vpcs) => ({ domains: cloudDomains(vpcs), allow: CLOUD_ALLOW })),
        );
        const after = await run(
            hybridDomains((p, vpcs) => ({
                domains: [...cloudDomains(vpcs), { name: "onprem", vbrs: [dcVbr(p.d)] }],
                allow: HYBRID_ALLOW,
            })),
        );
        const plan = updatePlan(before, after);
        assert.deepEqual([plan.updated, plan.replaced, plan.deleted], [[], [], []]);
        assert.deepEqual(plan.created, [
            "net-association-dc",
            "net-attachment-dc",
            "net-grant-dc",
            "net-propagation-dc-office",
            "net-propagation-dc-onprem",
            "net-propagation-dc-shared",
            "net-propagation-o1-onprem",
            "net-propagation-s1-onprem",
            "net-route-o1-rt0-192-168-0-0-16",
            "net-route-s1-rt0-192-168-0-0-16",
            "net-table-onprem",
        ]);
    });

    it("a data centre attached in another region: each domain allowed to reach it routes its blocks over the inter-region connection", async () => {
        const SG = "ap-southeast-1";
        const JK = "ap-southeast-5";
        const graph = await run(() => {
            const p = regionalProviders(SG, "a", "b", "c");
            const jk = regionalProviders(JK, "a-jk", "d-jk");
            const config = new pulumi.Config();
            new CenSecurityDomains("net", {
                cenProvider: p.a,
                regions: [
                    { region: SG, provider: p.a },
                    { region: JK, provider: jk["a-jk"] },
                ],
                interRegion: { bandwidth: 10 },
                domains: [
                    ...cloudDomains({
                        office: [regionalSampleVpc(config, "o1", p.b, SG, 1)],
                        prod: [regionalSampleVpc(config, "p1", p.c, SG, 2)],
                        shared: [regionalSampleVpc(config, "s1", p.a, SG, 0)],
                    }),
                    { name: "onprem", vbrs: [{ ...dcVbr(jk["d-jk"]), region: JK }] },
                ],
                allow: HYBRID_ALLOW,
            });
        });
        const view = new GraphView(graph);
        assert.deepEqual(
            view.graph.resources
                .filter((r) => r.type.endsWith("TransitRouterRouteEntry"))
                .map((r) => r.name)
                .sort(),
            [
                "net-route-office-ap-southeast-1-dc-192-168-0-0-16",
                "net-route-onprem-ap-southeast-5-o1-10-1-0-0-16",
                "net-route-onprem-ap-southeast-5-s1-10-0-0-0-16",
                "net-route-shared-ap-southeast-1-dc-192-168-0-0-16",
            ],
        );
        assert.match(
            childLines(view, view.named("net")).find((l) => l.includes(DC + " "))!,
            /@a-jk <- /,
        );
        const pings = outcomes(graph);
        assert.equal(pings[`o1 -> ${DC}`], "ping");
        assert.equal(pings[`${DC} -> s1`], "ping");
        assert.equal(pings[`p1 -> ${DC}`], "nothing arrives");
        assert.equal(pings[`${DC} -> p1`], "nothing arrives");
    });

    const NETWORK = {
        vpcCidr: "10.255.0.0/24",
        subnetCidr: "10.255.0.0/25",
        attachmentCidrs: ["10.255.0.128/26", "10.255.0.192/26"] as [string, string],
    };

    it("Cloud Firewall between on-premises and the office: the VBR and the IPsec-VPN connection are redirected by their own types, and the data centre's requests are dropped there", async () => {
        const graph = await run(
            hybridDomains(() => ({
                firewall: {
                    inspect: [["onprem", "office"]],
                    network: NETWORK,
                    controlPolicies: [
                        {
                            name: "dc-to-office",
                            description: "the data centre starts nothing towards the office",
                            source: "192.168.0.0/16",
                            sourceType: "net",
                            destination: "10.1.0.0/16",
                            destinationType: "net",
                            proto: "ANY",
                            applicationNameLists: ["ANY"],
                            aclAction: "drop",
                        },
                    ],
                },
            })),
        );
        const view = new GraphView(graph);
        const policy = view.named("net-fw-redirect-onprem-office").inputs as Record<string, unknown>;
        assert.deepEqual(
            [policy.policyType, policy.sources, policy.destinations],
            [
                "end_to_end",
                [
                    { id: "vbr-dc", type: "VBR" },
                    { id: "vco-branch", type: "VPN" },
                ],
                [{ id: view.named("o1").id }],
            ],
        );
        const pings = outcomes(graph);
        const firewall = "Cloud Firewall net-firewall (policy net-fw-redirect-onprem-office)";
        assert.deepEqual(
            [pings[`o1 -> ${DC}`], pings[`${DC} -> o1`], pings[`${BRANCH} -> o1`], pings[`${DC} -> s1`]],
            [
                `ping (${firewall}: no access control policy matches, and Cloud Firewall lets such traffic pass)`,
                `nothing arrives (${firewall}: access control policy net-fw-policy-dc-to-office drops it)`,
                `ping (${firewall}: no access control policy matches, and Cloud Firewall lets such traffic pass)`,
                "ping",
            ],
        );
        // What the firewall drops is its policies' decision; nothing bypasses it.
        const stack = stackGraphOf(graph);
        const intent = componentsIntent(stack);
        assert.ok(intent.mustPassFirewall?.some((p) => p.from === DC && p.to === "o1"));
        assert.deepEqual(intendedConnectivityFindings(stack, intent), []);
    });

    it("an inspection VPC between on-premises and the office: their blocks are routed to it both ways, and the appliance is in every path between them", async () => {
        const graph = await run(
            hybridDomains((p, _, sample) => ({
                inspectionVpc: {
                    inspect: [["onprem", "office"]],
                    vpc: sample.vpc("insp", p.a, 9),
                    appliance: { nextHopType: "NetworkInterface", nextHopId: "eni-fw" },
                },
            })),
        );
        const names = new GraphView(graph).graph.resources
            .map((r) => r.name)
            .filter((n) => /inspect-/.test(n));
        assert.deepEqual(names.sort(), [
            "net-inspect-insp-rt0-10-1-0-0-16",
            "net-inspect-insp-rt0-172-20-0-0-16",
            "net-inspect-insp-rt0-192-168-0-0-16",
            "net-inspect-office-branch-172-20-0-0-16",
            "net-inspect-office-dc-192-168-0-0-16",
            "net-inspect-onprem-o1-10-1-0-0-16",
        ]);
        const pings = outcomes(graph);
        const appliance = /^ping \(inspection appliance eni-fw in VPC insp/;
        for (const pair of [`o1 -> ${DC}`, `${DC} -> o1`, `${BRANCH} -> o1`, `o1 -> ${BRANCH}`]) {
            assert.match(pings[pair], appliance, pair);
        }
        assert.equal(pings[`${DC} -> s1`], "ping");
        const stack = stackGraphOf(graph);
        assert.deepEqual(intendedConnectivityFindings(stack, componentsIntent(stack)), []);
    });

    it("says what is wrong with on-premises members, where they are given, before anything is created", async () => {
        // VPCs given by id: nothing at all may be created.
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b", "c", "d");
            new CenSecurityDomains("net", {
                cenProvider: p.a,
                domains: [
                    ...cloudDomains({
                        office: [vpcArgs("o1", p.b, "10.1.0.0/16")],
                        prod: [vpcArgs("p1", p.c, "10.2.0.0/16")],
                        shared: [vpcArgs("s1", p.a, "10.0.0.0/16")],
                    }),
                    {
                        name: "onprem",
                        vbrs: [
                            { ...dcVbr(p.d), vbrId: "" },
                            { ...dcVbr(p.d), name: "o1" },
                        ],
                        ecrs: [{ name: "site2", provider: p.d, ecrId: "ecr-site2" }],
                    },
                    { name: "empty" },
                ],
                allow: HYBRID_ALLOW,
                firewall: { inspect: [["onprem", "office"]], network: NETWORK },
                ...({ vbrs: [dcVbr(p.d)] } as object),
            });
        });
        assert.deepEqual(reportedProblems(graph), [
            "vbrs is given at the top level; an on-premises connection is a member of a security domain: move it to the domain it belongs to (domains[i].vbrs).",
            "domains[3].ecrs[0] 'site2': domain 'onprem' is inspected by the firewall, but Cloud Firewall redirects the traffic of VPCs, VBRs and IPsec-VPN connections only, not of an Express Connect Router; put it in a domain the firewall does not inspect, or inspect with inspectionVpc instead.",
            "domains[4] 'empty' has no members; give it at least one VPC (or VBR, IPsec-VPN connection, Express Connect Router), or remove the domain (and its pairs in allow).",
            "domains[3].vbrs[1] 'o1' is already a member of domains[0] 'office'; an attachment is associated with one route table, so a VPC or network instance belongs to one domain: remove it from one of them.",
            `domains[3].vbrs[0] 'dc': vbrId "" is empty; pass the VBR's id (vbr-...).`,
            "domains[3].vbrs[1].name 'o1' is already used by domains[0].vpcs[0]: names of VPCs and network instances key the child resources and must be unique; rename one of them.",
        ]);
    });
});
