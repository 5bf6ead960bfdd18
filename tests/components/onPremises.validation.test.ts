// Bad on-premises arguments: every problem at once, each naming the argument
// and the value and saying how to fix it, and nothing of the component
// created.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import {
    CrossAccountCenPeering,
    CrossAccountCenPeeringArgs,
    IsolatedSpokesWithSharedHub,
    IsolatedSpokesWithSharedHubArgs,
} from "alicloud-multi-account-network";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { vpcArgs } from "../harness/cenFixtures";
import { reportedProblems } from "../harness/graphAssertions";

const ACCOUNTS = { a: "1111111111111111", b: "2222222222222222", far: "3333333333333333" };
type Providers = { a: alicloud.Provider; b: alicloud.Provider; far: alicloud.Provider };

async function problems(component: (p: Providers) => void): Promise<string[]> {
    const graph = await runProgram(
        () =>
            component({
                a: new alicloud.Provider("a", { region: "ap-southeast-1" }),
                b: new alicloud.Provider("b", { region: "ap-southeast-1" }),
                far: new alicloud.Provider("far", { region: "eu-central-1" }),
            }),
        { accounts: ACCOUNTS },
    );
    return reportedProblems(graph);
}

const peering = (build: (p: Providers) => Partial<CrossAccountCenPeeringArgs>) => (p: Providers) => {
    new CrossAccountCenPeering("net", {
        cenProvider: p.a,
        vpcs: [vpcArgs("x", p.a, "10.0.0.0/16"), vpcArgs("y", p.b, "10.1.0.0/16")],
        ...build(p),
    });
};

describe("on-premises connections: bad arguments", () => {
    it("says what is wrong with each entry, before anything is created", async () => {
        const found = await problems(
            peering((p) => ({
                vbrs: [
                    { name: "x", provider: p.b, vbrId: "vbr-1", onPremisesCidrBlocks: ["10.0.1.0/24"] },
                    { name: "dc", provider: p.b, vbrId: "", payer: "owner" as never, zoneId: "a" } as never,
                ],
                vpnConnections: "vco-1" as never,
                ecrs: [
                    {
                        name: "ecr",
                        provider: undefined as never,
                        ecrId: "ecr-1",
                        onPremisesCidrBlocks: ["bad"],
                    },
                ],
            })),
        );
        assert.deepEqual(found, [
            `vpnConnections "vco-1" must be a list of { name, provider, vpnConnectionId, onPremisesCidrBlocks? }.`,
            "vbrs[1] 'dc': vbrId \"\" is empty; pass the VBR's id (vbr-...).",
            `vbrs[1] 'dc': payer "owner" is not a payer; use one of "cen-owner", "resource-owner".`,
            "vbrs[1] 'dc': zoneId is for single-tunnel IPsec-VPN connections only; remove it.",
            "ecrs[0] 'ecr': provider is missing or not an alicloud.Provider; pass the provider of the account that owns the Express Connect Router.",
            "vbrs[0].name 'x' is already used by vpcs[0]: names of VPCs and network instances key the child resources and must be unique; rename one of them.",
        ]);
    });

    it("refuses on-premises blocks inside a VPC's block, and invalid ones", async () => {
        const found = await problems(
            peering((p) => ({
                vbrs: [
                    {
                        name: "dc",
                        provider: p.b,
                        vbrId: "vbr-1",
                        onPremisesCidrBlocks: ["10.1.2.0/24", "192.168.0.1/16", "10.0.0.0/8"],
                    },
                ],
            })),
        );
        assert.deepEqual(found, [
            "vbrs[0] 'dc': onPremisesCidrBlocks[0] \"10.1.2.0/24\" lies inside vpcs[1] 'y''s block 10.1.0.0/16; the transit router would send part of that VPC's traffic on-premises: give the on-premises network's own blocks.",
            "vbrs[0] 'dc': onPremisesCidrBlocks[1] \"192.168.0.1/16\" has host bits set; the network address of this block is 192.168.0.0/16.",
        ]);
    });

    it("checks transit router CIDR blocks as CreateTransitRouterCidr does", async () => {
        const found = await problems(
            peering((p) => ({
                vbrs: [
                    { name: "dc", provider: p.b, vbrId: "vbr-1", onPremisesCidrBlocks: ["192.168.0.0/16"] },
                ],
                transitRouterCidrs: [
                    "10.255.0.0/25",
                    "100.64.1.0/24",
                    "192.168.10.0/24",
                    "10.254.0.0/24",
                    "10.254.0.0/24",
                    "10.253.0.0/24",
                ],
            })),
        );
        assert.deepEqual(found, [
            "transitRouterCidrs has 6 blocks; a transit router takes at most 5.",
            'transitRouterCidrs[0] "10.255.0.0/25" must be an IPv4 block with a mask of 16 to 24 bits.',
            'transitRouterCidrs[1] "100.64.1.0/24" lies in 100.64.0.0/10, which transit routers cannot use.',
            "transitRouterCidrs[2] \"192.168.10.0/24\" overlaps vbrs[0] 'dc''s block 192.168.0.0/16; a transit router CIDR block must not overlap the blocks of the network instances: pick an unused block.",
            'transitRouterCidrs[4] "10.254.0.0/24" is also transitRouterCidrs[3] "10.254.0.0/24"; each transit router CIDR block of a CEN must be unique.',
        ]);
    });

    it("once providers resolve: an instance's provider in another region than its transit router", async () => {
        const found = await problems(
            peering((p) => ({ vbrs: [{ name: "dc", provider: p.far, vbrId: "vbr-1" }] })),
        );
        assert.deepEqual(found, [
            "vbrs[0] 'dc': provider is in region eu-central-1, but the transit router is in ap-southeast-1 (cenProvider's region); a transit router attaches VBRs of its own region only. If the VBR is in ap-southeast-1, pass its account's provider for ap-southeast-1; a VBR in eu-central-1 needs a transit router in eu-central-1 joined to this one by an inter-region connection (give the component regions).",
        ]);
    });

    it("once accounts resolve: the CEN owner's provider with another account's id", async () => {
        const found = await problems(
            peering((p) => ({
                ecrs: [{ name: "ecr", provider: p.a, accountId: ACCOUNTS.b, ecrId: "ecr-1" }],
            })),
        );
        assert.deepEqual(found, [
            `ecrs[0] 'ecr': accountId ${ACCOUNTS.b} differs from the CEN owner's account ${ACCOUNTS.a}, but the Express Connect Router uses the CEN owner's provider. Pass the Express Connect Router owner's provider, whose credentials can grant the Express Connect Router to the CEN, or correct accountId.`,
        ]);
    });

    it("refuses Cloud Connect Network instances, saying why and what to use instead", async () => {
        const found = await problems(
            peering(() => ({ ccns: [{ name: "branch", ccnId: "ccn-1" }] }) as never),
        );
        assert.deepEqual(found, [
            "ccns: Cloud Connect Network (CCN) instances cannot join this component. A CCN joins a CEN only through a Basic Edition transit router, while this component builds Enterprise Edition transit routers whose route tables carry its routing and isolation. Attach the CCN with CrossAccountCenBasicEdition (a Basic Edition network), or bring the site in through vpnConnections, vbrs or ecrs here, and remove ccns.",
        ]);
    });

    it("IsolatedSpokesWithSharedHub: on-premises connections are in the hub's region, and keep the BlackHoles", async () => {
        const found = await problems((p) => {
            const args: IsolatedSpokesWithSharedHubArgs = {
                cenProvider: p.a,
                hub: vpcArgs("hub", p.a, "10.0.0.0/16"),
                spokes: [vpcArgs("s1", p.b, "10.1.0.0/16")],
                blackHoleSpokeCidrs: false,
                vbrs: [{ name: "dc", provider: p.far, vbrId: "vbr-1", region: "eu-central-1" }],
            };
            new IsolatedSpokesWithSharedHub("net", args);
        });
        assert.deepEqual(found, [
            "vbrs[0] 'dc': region eu-central-1 is not the hub's region (cenProvider's region); on-premises connections are shared like the hub, from its region: attach it there, or connect it with its own component.",
            "blackHoleSpokeCidrs is false, but on-premises connections are given: a route on-premises that covers the spokes would carry one spoke's traffic to another; leave blackHoleSpokeCidrs out.",
        ]);
    });
});
