// SharedVSwitchShare and SharedVSwitchTenant: the shared VPC guide's scenario as a whole
// graph in update and preview mode, the resource directory mode, one failing
// case per validation rule, and the pack's checks across instances.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import {
    SharedVSwitchShare,
    SharedVSwitchShareArgs,
    SharedVSwitchTenant,
} from "alicloud-multi-account-network";
import { Graph } from "../../sdk/src/plan/graph";
import { GraphView } from "../harness/graphView";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule } from "../../sdk/src/plan/programs";
import { PolicyPackProcess } from "../../sdk/src/plan/policyPack";
import { childLines, MODES } from "../harness/graphAssertions";
import { handWrittenShare } from "../policypack/programs";
import { accountProviders, regionalProviders, REGION } from "../harness/cenFixtures";

const EXAMPLE = "examples/shared-vswitch/index.ts";
const ACCOUNTS = {
    "account-a": "1000000000000001",
    "account-b": "2000000000000002",
    "account-c": "3000000000000003",
    "account-d": "4000000000000004",
};

const tenantLines = (t: string) => [
    `ResourceShareInvitationAccepter team-share-${t}-acceptance @default <- shared-vpc, team-share-${t}-target, team-share-share, team-share-vswitch-shared-vsw`,
    `SecurityGroup team-share-${t}-sg @${t} <- shared-vpc, team-share-${t}-acceptance, team-share-vswitch-shared-vsw`,
    `SharedTarget team-share-${t}-target @account-a <- shared-vpc, team-share-share`,
];

for (const mode of MODES) {
    describe(`SharedVSwitchShare: the shared VPC guide, A shares a vSwitch with B, C and D (${mode.name})`, () => {
        let graph: Graph;
        let view: GraphView;
        before(async () => {
            graph = await runModule(EXAMPLE, { preview: mode.preview, accounts: ACCOUNTS });
            view = new GraphView(graph);
        });

        it("creates the share and its vSwitch with the owner's provider, and one tenant component per account", () => {
            assert.deepEqual(graph.errors, []);
            assert.deepEqual(childLines(view, view.named("team-share")), [
                "ResourceShare team-share-share @account-a <- shared-vpc",
                "SharedResource team-share-vswitch-shared-vsw @account-a <- shared-vpc, shared-vsw, team-share-share",
                "SharedVSwitchTenant team-share-account-b @default <- ",
                "SharedVSwitchTenant team-share-account-c @default <- ",
                "SharedVSwitchTenant team-share-account-d @default <- ",
            ]);
            assert.equal(view.named("team-share-share").inputs.allowExternalTargets, true);
            assert.equal(view.named("team-share-vswitch-shared-vsw").inputs.resourceType, "VSwitch");
        });

        it("gives each tenant a target (owner's provider, tenant's account id), an acceptance and its own security group", () => {
            for (const t of ["account-b", "account-c", "account-d"]) {
                assert.deepEqual(childLines(view, view.named(`team-share-${t}`)), tenantLines(t));
                assert.equal(
                    view.named(`team-share-${t}-target`).inputs.targetId,
                    ACCOUNTS[t as keyof typeof ACCOUNTS],
                );
                assert.deepEqual(view.propertyDependencyNames(view.named(`team-share-${t}-sg`), "vpcId"), [
                    "shared-vpc",
                ]);
            }
        });

        it("lets each tenant's ECS instance use the shared vSwitch and its own security group, with its own provider", () => {
            for (const t of ["account-b", "account-c", "account-d"]) {
                const ecs = view.named(`${t}-ecs`);
                assert.equal(ecs.provider?.name, t);
                assert.deepEqual(view.propertyDependencyNames(ecs, "vswitchId"), ["shared-vsw"]);
                assert.deepEqual(view.propertyDependencyNames(ecs, "securityGroups"), [`team-share-${t}-sg`]);
            }
        });

        it("keeps credentials and providers out of the acceptance's inputs", () => {
            const acceptance = view.named("team-share-account-b-acceptance");
            assert.deepEqual(
                Object.keys(acceptance.inputs)
                    .filter((k) => k !== "__provider")
                    .sort(),
                ["region", "resourceShareId"],
            );
            assert.equal(acceptance.inputs.region, "ap-southeast-1");
        });
    });
}

/** A share of one VPC (vpcId can be varied) with the given tenants. */
function shareProgram(
    change: (p: Record<string, alicloud.Provider>) => Partial<SharedVSwitchShareArgs>,
    accounts = ["a", "b", "c"],
    region = REGION,
) {
    return () => {
        const p = regionalProviders(region, ...accounts);
        new SharedVSwitchShare("share", {
            ownerProvider: p.a,
            region,
            vpcId: "vpc-custom",
            vswitches: [{ name: "vsw1", vswitchId: "vsw-1" }],
            tenants: [
                { name: "b", provider: p.b },
                { name: "c", provider: p.c },
            ],
            ...change(p),
        });
    };
}

async function rejected(program: () => void): Promise<string> {
    const graph = await runProgram(program);
    assert.equal(graph.errors.length, 1, JSON.stringify(graph.errors));
    assert.deepEqual(
        graph.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")).map((r) => r.name),
        [],
        "nothing created",
    );
    return graph.errors[0];
}

describe("SharedVSwitchShare: modes", () => {
    it("within a resource directory (the default), tenants accept automatically: no acceptance, the security group waits for the target", async () => {
        const view = new GraphView(
            await runProgram(shareProgram((p) => ({ resourceDirectoryProvider: p.a }))),
        );
        assert.equal(view.named("share-share").inputs.allowExternalTargets, false);
        assert.equal(
            view.graph.resources.filter((r) => r.type.includes("ResourceShareInvitationAccepter")).length,
            0,
        );
        assert.ok(view.dependencyNames(view.named("share-b-sg")).includes("share-b-target"));
        assert.ok(view.dependencyNames(view.named("share-share")).includes("share-rd-sharing"));
    });

    it("a tenant created on its own joins a share of the program through share.info", async () => {
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b", "c");
            const share = new SharedVSwitchShare("share", {
                ownerProvider: p.a,
                region: REGION,
                vpcId: "vpc-custom",
                vswitches: [{ name: "vsw1", vswitchId: "vsw-1" }],
            });
            new SharedVSwitchTenant("late-tenant", { share: share.info, provider: p.c });
        });
        const view = new GraphView(graph);
        assert.deepEqual(graph.errors, []);
        assert.equal(view.named("late-tenant-target").provider?.name, "a");
        assert.equal(view.named("late-tenant-sg").provider?.name, "c");
    });
});

describe("SharedVSwitchShare: validation", () => {
    const problem = async (program: () => void) => (await rejected(program)).split("\n").slice(1).join("\n");

    it("fails when the VPC is the region's default VPC (checked when the id resolves)", async () => {
        assert.equal(
            await problem(shareProgram(() => ({ vpcId: "vpc-default-sg" }))),
            "  - vpcId vpc-default-sg is the region's default VPC, and default VPCs cannot be shared (https://www.alibabacloud.com/help/en/vpc/vpc-sharing); create a custom VPC and share its vSwitches.",
        );
    });

    it("fails in a region without VPC sharing, listing the ones with it", async () => {
        assert.match(
            await problem(shareProgram(() => ({ region: "eu-west-9" }))),
            /^ {2}- region "eu-west-9" does not support VPC sharing; use a region id of one of: cn-hangzhou \(China \(Hangzhou\)\), .*ap-southeast-1 \(Singapore\), .*me-central-1 \(SAU \(Riyadh - Partner Region\)\); if Alibaba Cloud has made VPC sharing available in "eu-west-9" since, add it to additionalSharingRegions\.$/,
        );
    });

    it("refuses an Output region and quotas that are not whole numbers, without a misleading quota message", async () => {
        assert.equal(
            await problem(
                shareProgram(() => ({
                    region: pulumi.output(REGION) as never,
                    quotas: { tenantsPerVswitch: -1, tenantsPerVpc: "many" as never },
                })),
            ),
            [
                "  - region is an Output or a Promise; it decides which resources the component creates, so it must be a plain value when the program runs: pass the value itself.",
                "  - quotas.tenantsPerVswitch -1 must be a whole number of at least 1.",
                '  - quotas.tenantsPerVpc "many" must be a whole number of at least 1.',
            ].join("\n"),
        );
    });

    it("shares in a region added since the package's list, when the program names it", async () => {
        const graph = await runProgram(
            shareProgram(() => ({ additionalSharingRegions: ["eu-west-9"] }), ["a", "b", "c"], "eu-west-9"),
        );
        assert.deepEqual(graph.errors, []);
        assert.ok(graph.resources.some((r) => r.name === "share-share"));
        assert.equal(
            await problem(
                shareProgram(
                    () => ({ additionalSharingRegions: ["EU West 9"] }),
                    ["a", "b", "c"],
                    "eu-west-9",
                ),
            ),
            '  - additionalSharingRegions ["EU West 9"] must be a list of region ids such as "ap-southeast-1".',
        );
    });

    it("fails past 50 tenants per vSwitch and per VPC, or past the quotas configured", async () => {
        const names = Array.from({ length: 51 }, (_, i) => `t${i}`);
        const error = await problem(() => {
            const p = accountProviders("a", ...names);
            new SharedVSwitchShare("share", {
                ownerProvider: p.a,
                region: REGION,
                vpcId: "vpc-custom",
                vswitches: [{ name: "vsw1", vswitchId: "vsw-1" }],
                tenants: names.map((n) => ({ name: n, provider: p[n] })),
            });
        });
        assert.equal(
            error,
            "  - tenants: the accounts each vSwitch would be shared with number 51, over the limit of 50 (quota vpc_quota_sharedvpc_share_user_num_per_vswitch); request a quota increase in Quota Center, then raise quotas.tenantsPerVswitch.\n" +
                "  - tenants: the accounts the VPC would be shared with number 51, over the limit of 50 (quota vpc_quota_sharedvpc_share_user_num_per_vpc); request a quota increase in Quota Center, then raise quotas.tenantsPerVpc.",
        );
        assert.match(
            await problem(shareProgram(() => ({ quotas: { tenantsPerVswitch: 1, tenantsPerVpc: 1 } }))),
            /number 2, over the limit of 1/,
        );
    });

    it("fails when a tenant would accept more than 30 shared vSwitches", async () => {
        const vswitches = Array.from({ length: 29 }, (_, i) => ({ name: `vsw${i}`, vswitchId: `vsw-${i}` }));
        assert.equal(
            await problem(
                shareProgram((p) => ({
                    vswitches,
                    tenants: [{ name: "b", provider: p.b, vswitchesAcceptedElsewhere: 2 }],
                })),
            ),
            "  - tenants[0] 'b': the shared vSwitches this tenant would accept number 31, over the limit of 30 (quota vpc_quota_sharedvpc_accept_shared_vswitch_num); request a quota increase in Quota Center, then raise quotas.vswitchesPerTenant.",
        );
    });

    it("fails when a tenant is the owner, by provider or by account id", async () => {
        assert.equal(
            await problem(shareProgram((p) => ({ tenants: [{ name: "a", provider: p.a }] }))),
            "  - tenants[0] 'a': provider is the owner's provider; a tenant is another account than the owner (the owner already has the VPC).",
        );
        assert.equal(
            await problem(
                shareProgram((p) => ({
                    ownerAccountId: "1111",
                    tenants: [{ name: "b", provider: p.b, accountId: "1111" }],
                })),
            ),
            "  - tenants[0] 'b': accountId 1111 is the owner's account; a tenant must be another account.",
        );
    });

    for (const mode of MODES) {
        it(`fails when two providers of a tenant and the owner turn out to be one account, creating nothing of the share (${mode.name})`, async () => {
            const graph = await runProgram(
                shareProgram(() => ({})),
                {
                    accounts: { a: "1111", b: "1111", c: "3333" },
                    preview: mode.preview,
                },
            );
            assert.deepEqual(graph.errors, [
                "share: invalid arguments:\n  - tenants[0] 'b': provider resolves to account 1111, the owner's; a tenant must be another account: pass the tenant account's provider.",
            ]);
            assert.deepEqual(
                graph.resources
                    .filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"))
                    .map((r) => r.name),
                [],
                "nothing of the share is created: not its share, not its vSwitch, not the other tenants'",
            );
        });
    }

    it("refuses to create network resources for a tenant: the owner must", async () => {
        assert.equal(
            await problem(
                shareProgram((p) => ({
                    tenants: [
                        { name: "b", provider: p.b, routeEntries: [{ destination: "0.0.0.0/0" }] as never },
                    ],
                })),
            ),
            "  - tenants[0] 'b': routeEntries cannot be created by a tenant: tenants have view-only permissions on the shared VPC's vSwitches, route tables, network ACLs and CIDR blocks (https://www.alibabacloud.com/help/en/vpc/vpc-sharing); the owner must create them, with the owner's provider.",
        );
    });

    it("fails on an unknown mode, no vSwitch, or duplicate tenant names", async () => {
        assert.match(
            await problem(shareProgram(() => ({ mode: "public" as never }))),
            /mode "public" is not a sharing mode; use one of "resource-directory", "any-account"\./,
        );
        assert.match(
            await problem(shareProgram(() => ({ vswitches: [] }))),
            /vswitches is empty; give at least one vSwitch to share\./,
        );
        assert.match(
            await problem(
                shareProgram((p) => ({
                    tenants: [
                        { name: "b", provider: p.b },
                        { name: "b", provider: p.c },
                    ],
                })),
            ),
            /tenants\[1\]\.name "b" must be a unique name/,
        );
    });
});

describe("policy pack: VPC sharing across separately created tenants", function () {
    this.timeout(60000);
    let pack: PolicyPackProcess;
    before(async () => {
        pack = await PolicyPackProcess.start();
    });
    after(() => pack?.stop());

    it("counts tenants created on their own against the share's quota", async () => {
        await pack.configure({
            "alicloud-vpc-sharing": { enforcementLevel: "mandatory", tenantsPerVswitch: 1, tenantsPerVpc: 5 },
        });
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b", "c");
            const vpc = new alicloud.vpc.Network("vpc", { cidrBlock: "10.10.0.0/16" }, { provider: p.a });
            const vsw = new alicloud.vpc.Switch(
                "vsw",
                { vpcId: vpc.id, cidrBlock: "10.10.1.0/24", zoneId: `${REGION}a` },
                { provider: p.a },
            );
            const share = new SharedVSwitchShare("share", {
                ownerProvider: p.a,
                region: REGION,
                vpcId: vpc.id,
                vswitches: [{ name: "vsw", vswitchId: vsw.id }],
            });
            new SharedVSwitchTenant("tenant-b", { share: share.info, provider: p.b });
            new SharedVSwitchTenant("tenant-c", { share: share.info, provider: p.c });
        });
        assert.deepEqual(graph.errors, []);
        const diagnostics = await pack.run(graph);
        assert.deepEqual(
            diagnostics.map((d) => [d.policyName, d.enforcementLevel, d.urn.split("::").pop()]),
            [["alicloud-vpc-sharing", "mandatory", "share-vswitch-vsw"]],
        );
        assert.match(
            diagnostics[0].message,
            /^The accounts vSwitch vsw is shared with number 2, over the limit of 1 \(quota vpc_quota_sharedvpc_share_user_num_per_vswitch\)/,
        );
    });

    it("stops a tenant's route entry in the shared VPC, and passes the shared VPC guide's example", async () => {
        await pack.configure({});
        assert.deepEqual(await pack.run(await runModule(EXAMPLE)), []);
        const graph = await runProgram(() => {
            const p = accountProviders("a", "b");
            const vpc = new alicloud.vpc.Network("vpc", { cidrBlock: "10.10.0.0/16" }, { provider: p.a });
            const vsw = new alicloud.vpc.Switch(
                "vsw",
                { vpcId: vpc.id, cidrBlock: "10.10.1.0/24", zoneId: `${REGION}a` },
                { provider: p.a },
            );
            new SharedVSwitchShare("share", {
                ownerProvider: p.a,
                region: REGION,
                vpcId: vpc.id,
                vswitches: [{ name: "vsw", vswitchId: vsw.id }],
                tenants: [{ name: "b", provider: p.b }],
            });
            new alicloud.vpc.RouteEntry(
                "tenant-route",
                {
                    routeTableId: vpc.routeTableId,
                    destinationCidrblock: "0.0.0.0/0",
                    nexthopType: "Instance",
                    nexthopId: "i-x",
                },
                { provider: p.b },
            );
        });
        const diagnostics = await pack.run(graph);
        assert.deepEqual(
            diagnostics.map((d) => [d.policyName, d.urn.split("::").pop()]),
            [["alicloud-vpc-sharing", "tenant-route"]],
        );
        assert.match(
            diagnostics[0].message,
            /^RouteEntry tenant-route is created by provider b's account in VPC vpc, which provider a's account owns and shares; tenants have view-only permissions/,
        );
    });

    for (const mode of MODES) {
        it(`stops a vSwitch shared where VPC sharing is not available, and passes it in a listed region (${mode.name})`, async () => {
            const outside = await runProgram(handWrittenShare("eu-west-9"), { preview: mode.preview });
            assert.deepEqual(
                (await pack.run(outside)).map((d) => [
                    d.policyName,
                    d.enforcementLevel,
                    d.urn.split("::").pop(),
                ]),
                [["alicloud-vpc-sharing", "mandatory", "share-vsw"]],
            );
            const listed = await runProgram(handWrittenShare(REGION), { preview: mode.preview });
            assert.deepEqual(await pack.run(listed), []);
        });
    }
});
