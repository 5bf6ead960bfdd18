// Synthetic stacks for the policy benchmark: VPCs in ten accounts, each with
// two vSwitches and an attachment (and a grant when foreign), built straight
// as recorded resources so 10,000 resources take no mock-engine time. One
// VPC in fifty overlaps another, so the overlap policy has work to report.
import { Graph, RecordedProvider, RecordedResource } from "../sdk/src/plan/graph";

const STACK = "urn:pulumi:bench::bench::pulumi:pulumi:Stack";
const urn = (type: string, name: string) => `${STACK}$${type}::${name}`;

function resource(
    type: string,
    name: string,
    outputs: Record<string, unknown>,
    provider: RecordedProvider,
    deps: Record<string, string[]> = {},
    dependencies: string[] = [],
): RecordedResource {
    return {
        urn: urn(type, name),
        type,
        name,
        custom: true,
        inputs: outputs,
        outputs,
        id: String(outputs.id),
        provider,
        parent: STACK,
        dependencies,
        propertyDependencies: deps,
        deleteBeforeReplace: false,
    };
}

/** About `target` resources: 5 per VPC (VPC, 2 vSwitches, attachment, grant for 9 in 10). */
export function syntheticStack(target: number): Graph {
    const providers: RecordedProvider[] = Array.from({ length: 10 }, (_, i) => ({
        urn: urn("pulumi:providers:alicloud", `account-${i}`),
        name: `account-${i}`,
        accountId: String(1000000000000000 + i),
        configuredAccountId: String(1000000000000000 + i),
    }));
    const resources: RecordedResource[] = providers.map((p) => ({
        urn: p.urn,
        type: "pulumi:providers:alicloud",
        name: p.name,
        custom: true,
        inputs: { region: "ap-southeast-1", accountId: p.configuredAccountId },
        outputs: { region: "ap-southeast-1", accountId: p.configuredAccountId },
        id: `${p.name}-id`,
        parent: STACK,
        dependencies: [],
        propertyDependencies: {},
        deleteBeforeReplace: false,
    }));
    const cenOwner = providers[0];
    const cen = resource("alicloud:cen/instance:Instance", "cen", { id: "cen-1" }, cenOwner);
    const tr = resource(
        "alicloud:cen/transitRouter:TransitRouter",
        "tr",
        { id: "cen-1:tr-1", cenId: "cen-1", transitRouterId: "tr-1" },
        cenOwner,
        { cenId: [cen.urn] },
    );
    resources.push(cen, tr);
    const vpcs = Math.floor((target - resources.length) / 5);
    for (let i = 0; i < vpcs; i++) {
        const owner = providers[i % 10];
        // Every fiftieth VPC reuses the block of the one before it.
        const n = i % 50 === 49 ? i - 1 : i;
        const block = `10.${Math.floor(n / 256) % 256}.${n % 256}.0`;
        const cidr = `${block.split(".").slice(0, 3).join(".")}.0/24`;
        const vpc = resource(
            "alicloud:vpc/network:Network",
            `vpc${i}`,
            { id: `vpc-${i}`, cidrBlock: cidr, routeTableId: `vtb-${i}` },
            owner,
        );
        const base = block.split(".").slice(0, 3).join(".");
        const switches = [0, 1].map((z) =>
            resource(
                "alicloud:vpc/switch:Switch",
                `vpc${i}-vsw${z}`,
                {
                    id: `vsw-${i}-${z}`,
                    vpcId: vpc.id,
                    cidrBlock: `${base}.${z * 128}/25`,
                    zoneId: `ap-southeast-1${"ab"[z]}`,
                },
                owner,
                { vpcId: [vpc.urn] },
            ),
        );
        const foreign = owner !== cenOwner;
        const grant = foreign
            ? resource(
                  "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment",
                  `grant${i}`,
                  {
                      id: `VPC:vpc-${i}`,
                      cenId: "cen-1",
                      instanceId: vpc.id,
                      instanceType: "VPC",
                      cenOwnerId: cenOwner.accountId,
                  },
                  owner,
                  { cenId: [cen.urn], instanceId: [vpc.urn] },
              )
            : undefined;
        const attachment = resource(
            "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
            `attachment${i}`,
            {
                id: `cen-1:tr-attach-${i}`,
                cenId: "cen-1",
                transitRouterId: "tr-1",
                vpcId: vpc.id,
                vpcOwnerId: foreign ? owner.accountId : undefined,
                transitRouterAttachmentId: `tr-attach-${i}`,
                zoneMappings: switches.map((s) => ({ zoneId: s.outputs.zoneId, vswitchId: s.id })),
            },
            cenOwner,
            {
                cenId: [cen.urn],
                transitRouterId: [tr.urn],
                vpcId: [vpc.urn],
                zoneMappings: switches.map((s) => s.urn),
            },
            grant ? [grant.urn] : [],
        );
        resources.push(vpc, ...switches, ...(grant ? [grant] : []), attachment);
    }
    return { preview: false, resources, invokes: [], errors: [], stackOutputs: {} };
}
