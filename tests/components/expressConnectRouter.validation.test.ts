// Bad arguments of CrossAccountExpressConnectRouter: every problem at once,
// each naming the argument and the value and saying how to fix it, and
// nothing of the component created.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import {
    CrossAccountExpressConnectRouter,
    CrossAccountExpressConnectRouterArgs,
} from "alicloud-multi-account-network";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { reportedProblems } from "../harness/graphAssertions";

const ACCOUNTS = {
    a: "1111111111111111",
    b: "2222222222222222",
    alsoA: "1111111111111111",
    shanghai: "2222222222222222",
};
type Providers = Record<"a" | "b" | "alsoA" | "shanghai", alicloud.Provider>;

async function problems(build: (p: Providers) => CrossAccountExpressConnectRouterArgs): Promise<string[]> {
    const graph = await runProgram(
        () => {
            const p = {
                a: new alicloud.Provider("a", { region: "cn-hangzhou" }),
                b: new alicloud.Provider("b", { region: "cn-hangzhou" }),
                alsoA: new alicloud.Provider("alsoA", { region: "cn-hangzhou" }),
                shanghai: new alicloud.Provider("shanghai", { region: "cn-shanghai" }),
            };
            new CrossAccountExpressConnectRouter("net", build(p));
        },
        { accounts: ACCOUNTS },
    );
    return reportedProblems(graph);
}

describe("CrossAccountExpressConnectRouter: bad arguments", () => {
    it("says what is wrong with the ECR and each entry, before anything is created", async () => {
        const found = await problems((p) => ({
            ecrProvider: undefined as never,
            ecrId: "ecr-1",
            alibabaSideAsn: 65025,
            vpcs: [
                { name: "app", provider: p.b, vpcId: "", region: "hangzhou" },
                { name: "app", provider: {} as never, vpcId: "vpc-2", cidrBlocks: "10.0.0.0/16" as never },
                null as never,
            ],
            vbrs: [
                { name: "dc.1", provider: p.b, vbrId: "vbr-1" },
                { name: "dc2", provider: p.b, vbrId: "vbr-1" },
            ],
        }));
        assert.deepEqual(found, [
            "alibabaSideAsn 65025 is not an ASN an Express Connect Router takes: use 45104, 64512 to 65534 (65025 is reserved by Alibaba Cloud), or 4200000000 to 4294967294.",
            "ecrProvider is missing or not an alicloud.Provider; pass the provider of the account that owns the Express Connect Router.",
            "alibabaSideAsn is for the Express Connect Router the component creates, but ecrId names an existing one; remove alibabaSideAsn (the existing ECR keeps its ASN).",
            "vpcs[2] is null; pass { name, provider, vpcId }.",
            `vpcs[0] 'app': region "hangzhou" is not a region id; give the VPC's region, e.g. "cn-hangzhou", or leave region out to use its provider's.`,
            `vpcs[0] 'app': vpcId "" is empty; pass the VPC's id (vpc-...).`,
            "vpcs[1] 'app': provider is missing or not an alicloud.Provider; pass the provider of the account that owns the VPC.",
            `vpcs[1] 'app': cidrBlocks "10.0.0.0/16" must be a list of IPv4 CIDR blocks.`,
            `vbrs[1] 'dc2': vbrId "vbr-1" is also vbrs[0] 'dc.1''s; an instance joins an Express Connect Router once: remove one entry.`,
            "vpcs[1].name 'app' is already used by vpcs[0]: names of VPCs and VBRs key the child resources and must be unique; rename one of them.",
            `vbrs[0].name "dc.1" is not a valid name: use letters, digits, '_' or '-', starting with a letter or digit (it becomes part of child resource names).`,
        ]);
    });

    it("refuses allowed prefixes that cover none of the VPC's blocks, and VPCs whose addresses the ECR cannot tell apart", async () => {
        const found = await problems((p) => ({
            ecrProvider: p.a,
            vpcs: [
                {
                    name: "app",
                    provider: p.b,
                    vpcId: "vpc-app",
                    cidrBlocks: ["10.1.0.0/16"],
                    allowedPrefixes: [
                        "10.9.0.0/16",
                        "10.0.0.0/8",
                        "10.1.0.0/16",
                        "10.1.0.0/16",
                        "10.1.0.1/16",
                    ],
                },
                { name: "data", provider: p.b, vpcId: "vpc-data", cidrBlocks: ["10.2.0.0/16"] },
            ],
        }));
        assert.deepEqual(found, [
            `vpcs[0] 'app': allowedPrefixes[3] "10.1.0.0/16" is given twice; remove one.`,
            `vpcs[0] 'app': allowedPrefixes[4] "10.1.0.1/16" has host bits set; the network address of this block is 10.1.0.0/16.`,
            `vpcs[0] 'app': allowedPrefixes entry "10.9.0.0/16" covers none of the VPC's blocks (10.1.0.0/16); the ECR would advertise addresses the VPC does not have: give a block inside one of them, or a summary that covers them.`,
            "vpcs[1] 'data': cidrBlocks[0] \"10.2.0.0/16\" overlaps vpcs[0] 'app''s allowedPrefixes[1] \"10.0.0.0/8\"; both VPCs join the same Express Connect Router, which cannot tell their addresses apart, so the data centre would reach the wrong VPC: give each VPC blocks and prefixes of its own.",
        ]);
    });

    it("checks accounts, regions and blocks known only at deployment, before anything is created", async () => {
        const found = await problems((p) => ({
            ecrProvider: p.a,
            vpcs: [
                // Another provider object of the ECR owner's account: an authorization the API would refuse.
                { name: "same", provider: p.alsoA, vpcId: "vpc-same" },
                { name: "far", provider: p.shanghai, vpcId: "vpc-far", region: "cn-hangzhou" },
                { name: "x", provider: p.b, vpcId: "vpc-x", cidrBlocks: [pulumi.output("10.5.0.0/16")] },
                { name: "y", provider: p.b, vpcId: "vpc-y", cidrBlocks: [pulumi.output("10.5.0.0/24")] },
            ],
            vbrs: [{ name: "dc", provider: p.b, vbrId: "vbr-dc", accountId: "22-22" }],
        }));
        assert.deepEqual(found, [
            "vpcs[0] 'same': its provider resolves to account 1111111111111111, which also owns the Express Connect Router, but a different provider object was passed, so a cross-account grant was planned and the API would refuse it. Pass the ECR owner's provider for this VPC, or set accountId on the VPC and ecrAccountId to the same id.",
            "vpcs[1] 'far': region is cn-hangzhou, but its provider is in cn-shanghai; the VPC's owner authorizes it in its region: pass the owner's provider for cn-hangzhou, or correct region.",
            "vbrs[0] 'dc': account id 22-22 cannot be passed to the Express Connect Router APIs, which take it as a number; check accountId.",
            `vpcs[3] 'y': cidrBlocks[0] "10.5.0.0/24" overlaps vpcs[2] 'x''s cidrBlocks[0] "10.5.0.0/16"; both VPCs join the same Express Connect Router, which cannot tell their addresses apart, so the data centre would reach the wrong VPC: give each VPC blocks and prefixes of its own.`,
        ]);
    });
});
