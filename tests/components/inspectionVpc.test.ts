// CenSecurityDomains with an inspection VPC of your own in the path (the
// alternative to Cloud Firewall): its attachment in appliance mode on a
// return table, the inspected domains' static routes to it instead of each
// other's propagations, its routes to the appliance, the pings the model
// follows through the appliance, adding it to a running network, and the
// checks on its arguments.
import { strict as assert } from "assert";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { firewallHop, pingMatrix } from "../../sdk/src/model/reachability";
import { componentsIntent, intendedConnectivityFindings } from "../../sdk/src/checks/intendedConnectivity";
import { GraphView } from "../harness/graphView";
import { childLines, MODES, reportedProblems } from "../harness/graphAssertions";
import { vpcArgs } from "../harness/cenFixtures";
import { updatePlan } from "../harness/lifecycle";
import { THREE_ACCOUNTS, threeDomains } from "../harness/threeDomains";

const EXAMPLE = "examples/security-domains-inspection/index.ts";
const APPLIANCE =
    "inspection appliance i-inspection-ecs in VPC inspection (taken to send what it accepts back over domains-attachment-inspection, in appliance mode)";

describe("CenSecurityDomains with an inspection VPC", () => {
    for (const mode of MODES) {
        it(`attaches the inspection VPC in appliance mode to a return table, and routes the inspected domains to it instead of to each other (${mode.name})`, async () => {
            const view = new GraphView(await runModule(EXAMPLE, { preview: mode.preview }));
            const lines = childLines(view, view.named("domains")).filter(
                (l) =>
                    /inspection|inspect-|propagation-(office|production)-/.test(l) &&
                    !l.startsWith("TransitRouterVpcAttachment domains-attachment-office"),
            );
            assert.deepEqual(lines, [
                "RouteEntry domains-inspect-inspection-rt0-10-2-0-0-16 @account-a <- inspection, inspection-ecs",
                "RouteEntry domains-inspect-inspection-rt0-10-3-0-0-16 @account-a <- domains-inspect-inspection-rt0-10-2-0-0-16, inspection, inspection-ecs",
                "TransitRouterRouteEntry domains-inspect-office-production-10-3-0-0-16 @account-a <- domains-attachment-inspection, domains-table-office",
                "TransitRouterRouteEntry domains-inspect-production-office-10-2-0-0-16 @account-a <- domains-attachment-inspection, domains-table-production",
                "TransitRouterRouteTable domains-table-inspection @account-a <- domains-tr",
                "TransitRouterRouteTableAssociation domains-association-inspection @account-a <- domains-attachment-inspection, domains-table-inspection",
                "TransitRouterRouteTablePropagation domains-propagation-office-inspection @account-a <- domains-attachment-office, domains-table-inspection",
                "TransitRouterRouteTablePropagation domains-propagation-office-office @account-a <- domains-attachment-office, domains-table-office",
                "TransitRouterRouteTablePropagation domains-propagation-office-shared @account-a <- domains-attachment-office, domains-table-shared",
                "TransitRouterRouteTablePropagation domains-propagation-production-inspection @account-a <- domains-attachment-production, domains-table-inspection",
                "TransitRouterRouteTablePropagation domains-propagation-production-production @account-a <- domains-attachment-production, domains-table-production",
                "TransitRouterRouteTablePropagation domains-propagation-production-shared @account-a <- domains-attachment-production, domains-table-shared",
                "TransitRouterVpcAttachment domains-attachment-inspection @account-a <- domains-cen, domains-tr, inspection, inspection-vsw1, inspection-vsw2",
            ]);
            const attachment = view.named("domains-attachment-inspection").inputs as Record<string, unknown>;
            assert.deepEqual(attachment.options, { applianceModeSupport: "enable" });
            // Members' attachments keep no options: nothing changes for them.
            assert.equal(
                (view.named("domains-attachment-office").inputs as Record<string, unknown>).options,
                undefined,
            );
            assert.deepEqual(
                ["nexthopType", "destinationCidrblock"].map(
                    (k) =>
                        (
                            view.named("domains-inspect-inspection-rt0-10-2-0-0-16").inputs as Record<
                                string,
                                unknown
                            >
                        )[k],
                ),
                ["Instance", "10.2.0.0/16"],
            );
        });
    }

    it("follows office and production through the appliance both ways, shared services directly, and the intent holds", async () => {
        const graph = await runModule(EXAMPLE);
        const stack = stackGraphOf(graph);
        const seen = new Map<string, string>();
        for (const r of pingMatrix(buildNetworkModel(stack), endpointsOf(stack))) {
            const key = `${r.from.vpc.name} -> ${r.to.vpc.name}`;
            if (!seen.has(key) && r.from.vpc.name !== "inspection" && r.to.vpc.name !== "inspection") {
                seen.set(key, `${r.outcome.kind}${firewallHop(r) ? ` at ${firewallHop(r)!.at}` : ""}`);
            }
        }
        assert.deepEqual(Object.fromEntries(seen), {
            "shared -> office": "delivered",
            "shared -> production": "delivered",
            "office -> shared": "delivered",
            "office -> production": `delivered at ${APPLIANCE}`,
            "production -> shared": "delivered",
            "production -> office": `delivered at ${APPLIANCE}`,
        });
        const intent = componentsIntent(stack);
        assert.equal(intent.mustPassFirewall?.length, 2);
        assert.deepEqual(intendedConnectivityFindings(stack, intent), []);
    });

    const inspectionVpc = (p: Parameters<Parameters<typeof threeDomains>[0]>[0]) => ({
        inspect: [["office", "prod"]] as [string, string][],
        vpc: vpcArgs("insp", p.a, "10.9.0.0/16"),
        appliance: { nextHopType: "HaVip" as const, nextHopId: "havip-1" },
    });
    const allow: [string, string][] = [
        ["office", "shared"],
        ["prod", "shared"],
        ["office", "prod"],
    ];

    it("adding the inspection VPC creates its own children and removes only the direct propagations between the inspected domains", async () => {
        const before = await runProgram(
            threeDomains(() => ({ allow })),
            { accounts: THREE_ACCOUNTS },
        );
        const after = await runProgram(
            threeDomains((p) => ({ allow, inspectionVpc: inspectionVpc(p) })),
            { accounts: THREE_ACCOUNTS },
        );
        const plan = updatePlan(before, after);
        assert.deepEqual([plan.updated, plan.replaced], [[], []]);
        assert.deepEqual(plan.deleted, ["net-propagation-o1-prod", "net-propagation-p1-office"]);
        assert.deepEqual(plan.created, [
            "net-association-insp",
            "net-attachment-insp",
            "net-inspect-insp-vtb-insp-10-1-0-0-16",
            "net-inspect-insp-vtb-insp-10-2-0-0-16",
            "net-inspect-office-p1-10-2-0-0-16",
            "net-inspect-prod-o1-10-1-0-0-16",
            "net-propagation-o1-inspection",
            "net-propagation-p1-inspection",
            "net-table-inspection",
        ]);
    });

    it("says what is wrong with the inspection VPC's arguments, before anything is created", async () => {
        const graph = await runProgram(
            threeDomains((p) => ({
                allow,
                firewall: {
                    inspect: [["office", "prod"]],
                    network: {
                        vpcCidr: "10.255.0.0/24",
                        subnetCidr: "10.255.0.0/25",
                        attachmentCidrs: ["10.255.0.128/26", "10.255.0.192/26"],
                    },
                },
                inspectionVpc: {
                    inspect: [["office", "finance"]],
                    vpc: vpcArgs("insp", p.a, "10.9.0.0/16"),
                    appliance: { nextHopType: "Ecs" as never, nextHopId: "" },
                },
            })),
            { accounts: THREE_ACCOUNTS },
        );
        assert.deepEqual(reportedProblems(graph), [
            "inspectionVpc and firewall are both given; traffic passes one inspection point: keep one of them.",
            `inspectionVpc.inspect[0] ["office","finance"] names 'finance', which is not a domain; use the names of domains: office, prod, shared.`,
            `inspectionVpc.appliance.nextHopType "Ecs" must be one of Instance, NetworkInterface, HaVip: where the inspection VPC's routes hand packets to your appliance.`,
            "inspectionVpc.appliance.nextHopId is missing; give the appliance's id (i-..., eni-... or havip-...).",
        ]);
        // It carries the inspected domains' traffic: it may overlap none of them.
        const overlapping = await runProgram(
            threeDomains((p) => ({
                allow,
                inspectionVpc: { ...inspectionVpc(p), vpc: vpcArgs("insp", p.a, "10.1.0.0/16") },
            })),
            { accounts: THREE_ACCOUNTS },
        );
        assert.deepEqual(reportedProblems(overlapping), [
            "inspectionVpc.vpc 'insp': cidrBlocks[0] 10.1.0.0/16 overlaps domains[0].vpcs[0] 'o1': cidrBlocks[0] 10.1.0.0/16; VPCs connected through a transit router need non-overlapping CIDR blocks: give one of them a block that does not overlap.",
        ]);
    });
});
