// Shares and tenants refuse what Alibaba Cloud refuses, before anything is
// created: regions that disagree, and the share info of a tenant joining a
// share managed elsewhere, written out by hand. Every case asserts the whole
// registered graph, in update and in preview.
import { strict as assert } from "assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import {
    SharedVSwitchShare,
    SharedVSwitchShareInfo,
    SharedVSwitchTenant,
    SharedVSwitchTenantArgs,
    SHARING_REGIONS,
} from "alicloud-multi-account-network";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { MODES } from "../harness/graphAssertions";
import { accountProviders, regionalProviders, REGION } from "../harness/cenFixtures";

type Providers = Record<string, alicloud.Provider>;

/** Cloud resources the run registered (providers aside). */
function created(graph: Graph): string[] {
    return graph.resources
        .filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"))
        .map((r) => r.name);
}

/** The problems of the run's one error, which must be `component`'s. */
function problemsOf(graph: Graph, component: string): string[] {
    assert.equal(graph.errors.length, 1, JSON.stringify(graph.errors));
    const [head, ...lines] = graph.errors[0].split("\n");
    assert.equal(head, `${component}: invalid arguments:`);
    return lines.map((l) => l.replace(/^ {2}- /, ""));
}

/** Info of a share managed in another stack, as a user writes it out. */
function elsewhere(
    change: Partial<Record<keyof SharedVSwitchShareInfo, unknown>> = {},
): SharedVSwitchShareInfo {
    return {
        resourceShareId: "rs-elsewhere",
        region: REGION,
        vpcId: "vpc-shared",
        vswitchIds: { app: "vsw-app" },
        mode: "any-account",
        ...change,
    } as SharedVSwitchShareInfo;
}

function tenantProgram(
    args: (p: Providers) => Partial<SharedVSwitchTenantArgs>,
    extra?: (p: Providers) => void,
) {
    return () => {
        const p = accountProviders("a", "b");
        extra?.(p);
        new SharedVSwitchTenant("tenant", {
            share: elsewhere(),
            provider: p.b,
            ...args(p),
        } as SharedVSwitchTenantArgs);
    };
}

for (const mode of MODES) {
    describe(`Shared vSwitches: regions must agree (${mode.name})`, () => {
        it("refuses a share whose region is not its owner's provider's, and tenants whose provider is elsewhere", async () => {
            const graph = await runProgram(
                () => {
                    const p = accountProviders("a", "b");
                    const jakarta = regionalProviders("ap-southeast-5", "c").c;
                    new SharedVSwitchShare("share", {
                        ownerProvider: p.a,
                        region: "cn-hangzhou",
                        vpcId: "vpc-custom",
                        vswitches: [{ name: "vsw1", vswitchId: "vsw-1" }],
                        tenants: [
                            { name: "b", provider: p.b },
                            { name: "c", provider: jakarta },
                        ],
                    });
                },
                { preview: mode.preview },
            );
            assert.deepEqual(problemsOf(graph, "share"), [
                `region "cn-hangzhou" is not the region of ownerProvider (ap-southeast-1); the share is created with that provider, in its region: set region to "ap-southeast-1" if the VPC is there, or pass the owner's provider for cn-hangzhou.`,
                "tenants[0] 'b': provider is in region ap-southeast-1, but the shared VPC is in cn-hangzhou; the tenant's security group is created in the shared VPC with it: pass the tenant account's provider for cn-hangzhou.",
                "tenants[1] 'c': provider is in region ap-southeast-5, but the shared VPC is in cn-hangzhou; the tenant's security group is created in the shared VPC with it: pass the tenant account's provider for cn-hangzhou.",
            ]);
            assert.deepEqual(created(graph), []);
        });

        it("refuses a tenant on its own whose provider, or the share owner's, is in another region than the share", async () => {
            const graph = await runProgram(
                tenantProgram(() => ({
                    provider: regionalProviders("ap-southeast-5", "b5").b5,
                    share: elsewhere({ ownerProvider: regionalProviders("cn-beijing", "a-bj")["a-bj"] }),
                })),
                { preview: mode.preview },
            );
            assert.deepEqual(problemsOf(graph, "tenant"), [
                "args: provider is in region ap-southeast-5, but the shared VPC is in ap-southeast-1; the tenant's security group is created in the shared VPC with it: pass the tenant account's provider for ap-southeast-1.",
                `share.region "ap-southeast-1" is not the region of share.ownerProvider (cn-beijing); the share is created with that provider, in its region: set share.region to "cn-beijing" if the VPC is there, or pass the owner's provider for ap-southeast-1.`,
            ]);
            assert.deepEqual(created(graph), []);
        });

        it("creates nothing of a tenant on its own when the share it joins in this program fails its checks", async () => {
            const graph = await runProgram(
                () => {
                    const p = accountProviders("a", "b");
                    const share = new SharedVSwitchShare("share", {
                        ownerProvider: p.a,
                        region: REGION,
                        vpcId: "vpc-default-sg",
                        vswitches: [{ name: "vsw1", vswitchId: "vsw-1" }],
                    });
                    new SharedVSwitchTenant("tenant", { share: share.info, provider: p.b });
                },
                { preview: mode.preview },
            );
            assert.match(
                graph.errors[0],
                /^share: invalid arguments:\n {2}- vpcId vpc-default-sg is the region's default VPC/,
            );
            assert.deepEqual(created(graph), []);
        });

        it("creates nothing of a tenant on its own whose provider turns out to be the owner's account", async () => {
            const graph = await runProgram(
                tenantProgram((p) => ({ share: elsewhere({ ownerProvider: p.a }) })),
                { preview: mode.preview, accounts: { a: "1111", b: "1111" } },
            );
            assert.deepEqual(problemsOf(graph, "tenant"), [
                "args: provider resolves to account 1111, the owner's; a tenant must be another account: pass the tenant account's provider.",
            ]);
            assert.deepEqual(created(graph), []);
        });
    });
}

describe("SharedVSwitchTenant on its own: the share info it is given", () => {
    const refused = async (args: (p: Providers) => Partial<SharedVSwitchTenantArgs>) => {
        const graph = await runProgram(tenantProgram(args));
        assert.deepEqual(created(graph), [], "nothing is created");
        return problemsOf(graph, "tenant");
    };

    it("joins a share managed elsewhere when the info is complete", async () => {
        const graph = await runProgram(tenantProgram((p) => ({ share: elsewhere({ ownerProvider: p.a }) })));
        assert.deepEqual(graph.errors, []);
        assert.deepEqual(created(graph).sort(), ["tenant-acceptance", "tenant-sg", "tenant-target"]);
    });

    it("refuses a missing share with what to pass, instead of crashing", async () => {
        assert.deepEqual(await refused(() => ({ share: undefined })), [
            "share is missing; pass a SharedVSwitchShare's info, or { resourceShareId, region, vpcId, vswitchIds, mode } of a share managed elsewhere.",
        ]);
    });

    it("refuses a region typo and a mode typo, which would otherwise never accept the invitation", async () => {
        assert.deepEqual(
            await refused(() => ({ share: elsewhere({ region: "ap-southeast1", mode: "any_account" }) })),
            [
                `share.region "ap-southeast1" does not support VPC sharing; use a region id of one of: ${Object.entries(
                    SHARING_REGIONS,
                )
                    .map(([id, name]) => `${id} (${name})`)
                    .join(
                        ", ",
                    )}; if Alibaba Cloud has made VPC sharing available in "ap-southeast1" since, add it to share.additionalSharingRegions.`,
                `share.mode "any_account" must be one of "resource-directory", "any-account": the mode the share was created with (an "any-account" share needs each tenant to accept its invitation).`,
            ],
        );
    });

    it("refuses missing and empty ids, one problem each", async () => {
        assert.deepEqual(
            await refused(() => ({
                share: elsewhere({
                    resourceShareId: "",
                    vpcId: undefined,
                    vswitchIds: { app: "", db: undefined },
                    mode: undefined,
                    ownerAccountId: null,
                }),
                accountId: "",
            })),
            [
                `share.resourceShareId "" is empty; pass the resource share's id (rs-...).`,
                "share.vpcId is missing; pass the shared VPC's id.",
                "share.ownerAccountId null is empty; pass the owner's account id, or leave ownerAccountId out.",
                `share.mode is missing; it must be one of "resource-directory", "any-account": the mode the share was created with (an "any-account" share needs each tenant to accept its invitation).`,
                `share.vswitchIds.app "" is empty; pass the vSwitch's id.`,
                "share.vswitchIds.db is missing; pass the vSwitch's id.",
                `args: accountId "" is empty; pass the tenant's account id, or leave accountId out.`,
            ],
        );
    });

    it("refuses vSwitches that are not given by name, an owner provider that is not a provider, and an Output region", async () => {
        assert.deepEqual(
            await refused(() => ({
                share: elsewhere({
                    vswitchIds: ["vsw-app"],
                    ownerProvider: "account-a",
                    region: pulumi.output(REGION),
                }),
                vswitchesAcceptedElsewhere: -1,
            })),
            [
                "share.region is an Output or a Promise; it decides which resources the component creates, so it must be a plain value when the program runs: pass the value itself.",
                `share.vswitchIds ["vsw-app"] must map each shared vSwitch's name to its id, e.g. { app: "vsw-..." }.`,
                "share.ownerProvider is not an alicloud.Provider; pass the owner account's provider, or leave it out if the owner's stack adds the tenant.",
                "args: vswitchesAcceptedElsewhere -1 must be a whole number of at least 0.",
            ],
        );
        assert.deepEqual(await refused(() => ({ share: elsewhere({ vswitchIds: {} }) })), [
            `share.vswitchIds is empty; give the shared vSwitches by name, e.g. { app: "vsw-..." }.`,
        ]);
    });
});
