// On-premises connections of the CEN components: a VBR, an IPsec-VPN
// connection and Express Connect Routers of other accounts (and one of the
// CEN owner's), each granted by its owner, associated (ECR) and attached by
// the CEN owner, in that order; payer changes update in place, grant first;
// removing one deletes its routing, then its attachment, then its grant.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountCenPeering, CrossAccountCenPeeringArgs } from "alicloud-multi-account-network";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { GraphView } from "../harness/graphView";
import { childLines, MODES } from "../harness/graphAssertions";
import { vpcArgs } from "../harness/cenFixtures";
import { deletionOrder, updatePlan } from "../harness/lifecycle";
import { payerLockProvider } from "../../sdk/src/resources/payerLock";

const ACCOUNTS = {
    a: "1111111111111111",
    b: "2222222222222222",
    c: "3333333333333333",
    d: "4444444444444444",
};
type Providers = Record<keyof typeof ACCOUNTS, alicloud.Provider>;

interface Edit {
    readonly vbrPayer?: "cen-owner" | "resource-owner";
    readonly vpnPayer?: "cen-owner" | "resource-owner";
    readonly ecrPayer?: "cen-owner" | "resource-owner";
    readonly without?: string;
}

/** A (CEN owner) with VPC x; B with VPC y and the VBR; C the IPsec-VPN connection; D an ECR; A an ECR of its own. */
function hybrid(edit: Edit = {}) {
    return (p: Providers): CrossAccountCenPeeringArgs => {
        const keep = <T extends { name: string }>(list: T[]) => list.filter((i) => i.name !== edit.without);
        return {
            cenProvider: p.a,
            vpcRoutes: "peer-cidrs",
            vpcs: [vpcArgs("x", p.a, "10.0.0.0/16"), vpcArgs("y", p.b, "10.1.0.0/16")],
            vbrs: keep([
                {
                    name: "dc",
                    provider: p.b,
                    vbrId: "vbr-dc",
                    onPremisesCidrBlocks: ["192.168.0.0/16"],
                    payer: edit.vbrPayer ?? "resource-owner",
                },
            ]),
            vpnConnections: keep([
                {
                    name: "branch",
                    provider: p.c,
                    vpnConnectionId: "vco-branch",
                    zoneId: "ap-southeast-1a",
                    onPremisesCidrBlocks: ["172.20.0.0/16", "192.168.0.0/16"],
                    payer: edit.vpnPayer,
                },
            ]),
            ecrs: keep([
                { name: "site2", provider: p.d, ecrId: "ecr-site2", payer: edit.ecrPayer },
                { name: "own", provider: p.a, ecrId: "ecr-own" },
            ]),
            transitRouterCidrs: ["10.255.0.0/24"],
        };
    };
}

async function deploy(build: (p: Providers) => CrossAccountCenPeeringArgs, preview = false): Promise<Graph> {
    const graph = await runProgram(
        () => {
            const p = Object.fromEntries(
                Object.keys(ACCOUNTS).map((n) => [n, new alicloud.Provider(n, { region: "ap-southeast-1" })]),
            ) as Providers;
            new CrossAccountCenPeering("net", build(p));
        },
        { accounts: ACCOUNTS, preview },
    );
    assert.deepEqual(graph.errors, []);
    return graph;
}

describe("CrossAccountCenPeering with on-premises connections", () => {
    for (const mode of MODES) {
        it(`grants each instance in its owner's account, associates an ECR by its owner, attaches by the CEN owner, in order (${mode.name})`, async () => {
            const view = new GraphView(await deploy(hybrid(), mode.preview));
            assert.deepEqual(childLines(view, view.named("net")), [
                "Instance net-cen @a <- ",
                "PayerLock net-payer-lock-site2 @default <- ",
                "RouteEntry net-route-x-vtb-x-10-1-0-0-16 @a <- net-attachment-x",
                "RouteEntry net-route-x-vtb-x-172-20-0-0-16 @a <- net-attachment-x, net-route-x-vtb-x-192-168-0-0-16",
                "RouteEntry net-route-x-vtb-x-192-168-0-0-16 @a <- net-attachment-x, net-route-x-vtb-x-10-1-0-0-16",
                "RouteEntry net-route-y-vtb-y-10-0-0-0-16 @b <- net-attachment-y",
                "RouteEntry net-route-y-vtb-y-172-20-0-0-16 @b <- net-attachment-y, net-route-y-vtb-y-192-168-0-0-16",
                "RouteEntry net-route-y-vtb-y-192-168-0-0-16 @b <- net-attachment-y, net-route-y-vtb-y-10-0-0-0-16",
                "RouterTrAssociation net-ecr-association-own @a <- net-cen, net-tr",
                "RouterTrAssociation net-ecr-association-site2 @d <- net-cen, net-grant-site2, net-tr",
                "TransitRouter net-tr @a <- net-cen",
                "TransitRouterCidr net-tr-cidr-10-255-0-0-24 @a <- net-tr",
                "TransitRouterEcrAttachment net-attachment-own @a <- net-cen, net-ecr-association-own, net-tr",
                "TransitRouterEcrAttachment net-attachment-site2 @a <- net-cen, net-ecr-association-site2, net-grant-site2, net-tr",
                "TransitRouterGrantAttachment net-grant-branch @c <- net-cen",
                "TransitRouterGrantAttachment net-grant-dc @b <- net-cen",
                "TransitRouterGrantAttachment net-grant-site2 @d <- net-cen",
                "TransitRouterGrantAttachment net-grant-y @b <- net-cen",
                "TransitRouterRouteTableAssociation net-association-branch @a <- net-attachment-branch, net-tr",
                "TransitRouterRouteTableAssociation net-association-dc @a <- net-attachment-dc, net-tr",
                "TransitRouterRouteTableAssociation net-association-own @a <- net-attachment-own, net-tr",
                "TransitRouterRouteTableAssociation net-association-site2 @a <- net-attachment-site2, net-tr",
                "TransitRouterRouteTableAssociation net-association-x @a <- net-attachment-x, net-tr",
                "TransitRouterRouteTableAssociation net-association-y @a <- net-attachment-y, net-tr",
                "TransitRouterRouteTablePropagation net-propagation-branch @a <- net-attachment-branch, net-tr",
                "TransitRouterRouteTablePropagation net-propagation-dc @a <- net-attachment-dc, net-tr",
                "TransitRouterRouteTablePropagation net-propagation-own @a <- net-attachment-own, net-tr",
                "TransitRouterRouteTablePropagation net-propagation-site2 @a <- net-attachment-site2, net-tr",
                "TransitRouterRouteTablePropagation net-propagation-x @a <- net-attachment-x, net-tr",
                "TransitRouterRouteTablePropagation net-propagation-y @a <- net-attachment-y, net-tr",
                "TransitRouterVbrAttachment net-attachment-dc @a <- net-cen, net-grant-dc, net-tr",
                "TransitRouterVpcAttachment net-attachment-x @a <- net-cen, net-tr",
                "TransitRouterVpcAttachment net-attachment-y @a <- net-cen, net-grant-y, net-tr",
                "TransitRouterVpnAttachment net-attachment-branch @a <- net-cen, net-grant-branch, net-tr",
            ]);
        });
    }

    it("gives each grant its kind's instanceType and payer, and each attachment its owner's account", async () => {
        const view = new GraphView(await deploy(hybrid()));
        const inputs = (name: string, ...keys: string[]) =>
            Object.fromEntries(keys.map((k) => [k, view.named(name).inputs[k]]));
        assert.deepEqual(inputs("net-grant-dc", "instanceType", "instanceId", "cenOwnerId", "orderType"), {
            instanceType: "ExpressConnect",
            instanceId: "vbr-dc",
            cenOwnerId: ACCOUNTS.a,
            orderType: "PayByResourceOwner",
        });
        assert.deepEqual(inputs("net-attachment-dc", "vbrOwnerId", "orderType", "autoPublishRouteEnabled"), {
            vbrOwnerId: ACCOUNTS.b,
            orderType: "PayByResourceOwner",
            autoPublishRouteEnabled: false,
        });
        assert.equal(view.named("net-grant-branch").inputs.instanceType, "VPN");
        assert.deepEqual(inputs("net-attachment-branch", "vpnOwnerId", "orderType", "zones"), {
            vpnOwnerId: ACCOUNTS.c,
            orderType: "PayByCenOwner",
            zones: [{ zoneId: "ap-southeast-1a" }],
        });
        assert.equal(view.named("net-grant-site2").inputs.instanceType, "ECR");
        // The ECR APIs take account ids as numbers.
        assert.deepEqual(
            inputs(
                "net-ecr-association-site2",
                "transitRouterOwnerId",
                "associationRegionId",
                "transitRouterId",
            ),
            {
                transitRouterOwnerId: Number(ACCOUNTS.a),
                associationRegionId: "ap-southeast-1",
                transitRouterId: "tr-net-tr",
            },
        );
        assert.equal(view.named("net-attachment-site2").inputs.ecrOwnerId, Number(ACCOUNTS.d));
        assert.equal(view.named("net-attachment-site2").inputs.orderType, undefined);
        // An instance of the CEN owner's account gets no grant.
        assert.equal(
            view.graph.resources.some((r) => r.name === "net-grant-own"),
            false,
        );
        const component = view.named("net");
        assert.deepEqual(component.outputs?.onPremisesCidrBlocks, {
            dc: ["192.168.0.0/16"],
            branch: ["172.20.0.0/16", "192.168.0.0/16"],
            site2: [],
            own: [],
        });
        assert.deepEqual(component.outputs?.onPremisesAttachmentIds, {
            dc: "tr-attach-net-attachment-dc",
            branch: "tr-attach-net-attachment-branch",
            site2: "tr-attach-net-attachment-site2",
            own: "tr-attach-net-attachment-own",
        });
        assert.deepEqual(Object.keys(component.outputs?.grantIds as object).sort(), [
            "branch",
            "dc",
            "site2",
            "y",
        ]);
    });

    for (const [list, name, payer] of [
        ["vbrs", "dc", "vbrPayer"],
        ["vpnConnections", "branch", "vpnPayer"],
    ] as const) {
        it(`changing a ${list} entry's payer updates its grant and then its attachment in place, and nothing else`, async () => {
            const before = await deploy(hybrid({ [payer]: "cen-owner" }));
            const after = await deploy(hybrid({ [payer]: "resource-owner" }));
            const plan = updatePlan(before, after);
            assert.deepEqual(plan, {
                created: [],
                updated: [
                    { name: `net-grant-${name}`, changed: ["orderType"] },
                    { name: `net-attachment-${name}`, changed: ["orderType"] },
                ],
                replaced: [],
                deleted: [],
            });
            // The engine updates in dependency order: the grant first.
            const view = new GraphView(after);
            assert.ok(
                view.dependencyNames(view.named(`net-attachment-${name}`)).includes(`net-grant-${name}`),
            );
        });
    }

    it("refuses a change of an Express Connect Router's payer: the preview fails, naming the entry", async () => {
        const lock = (g: Graph) => g.resources.find((r) => r.name === "net-payer-lock-site2")!;
        const before = lock(await deploy(hybrid({ ecrPayer: "cen-owner" })));
        const after = lock(await deploy(hybrid({ ecrPayer: "resource-owner" })));
        // The engine calls the lock's provider Check with the deployed inputs and the new ones.
        const check = payerLockProvider.check!.bind(payerLockProvider);
        assert.deepEqual((await check(before.inputs, after.inputs)).failures, [
            {
                property: "payer",
                reason: `ecrs[0] 'site2': payer cannot change from "cen-owner" to "resource-owner"; the payer of an Express Connect Router attachment is fixed once it is attached. Keep "cen-owner", or detach it first: remove the entry, deploy, then add it back with the new payer.`,
            },
        ]);
        // Created, or deployed again unchanged: nothing to refuse.
        assert.deepEqual((await check({}, before.inputs)).failures, []);
        assert.deepEqual((await check(before.inputs, before.inputs)).failures, []);
    });

    for (const [name, expected] of [
        ["dc", ["net-association-dc", "net-propagation-dc", "net-attachment-dc", "net-grant-dc"]],
        [
            "branch",
            ["net-association-branch", "net-propagation-branch", "net-attachment-branch", "net-grant-branch"],
        ],
        [
            "site2",
            [
                "net-association-site2",
                "net-propagation-site2",
                "net-attachment-site2",
                "net-ecr-association-site2",
                "net-grant-site2",
            ],
        ],
    ] as const) {
        it(`removing ${name} deletes its routing, then its attachment, then its authorization`, async () => {
            const before = await deploy(hybrid());
            const after = await deploy(hybrid({ without: name }));
            const plan = updatePlan(before, after);
            // The VPCs' routes to blocks only it led to go too (172.20.0.0/16
            // for branch), and an ECR's payer lock.
            const extra = {
                dc: [],
                branch: ["net-route-x-vtb-x-172-20-0-0-16", "net-route-y-vtb-y-172-20-0-0-16"],
                site2: ["net-payer-lock-site2"],
            }[name];
            assert.deepEqual(plan.deleted, [...expected, ...extra].sort());
            assert.deepEqual([plan.created, plan.updated, plan.replaced], [[], [], []]);
            // Deletion runs in reverse dependency order of the graph before.
            const order = deletionOrder(before, plan.deleted);
            const at = (n: string) => order.findIndex((group) => group.includes(n));
            for (let i = 1; i < expected.length; i++) {
                const [earlier, later] = [expected[i - 1], expected[i]];
                if (earlier.includes("association") && later.includes("propagation")) continue;
                assert.ok(
                    at(earlier) < at(later),
                    `${earlier} is deleted before ${later}: ${JSON.stringify(order)}`,
                );
            }
        });
    }
});
