// A CenSecurityDomains program with an on-premises domain, for tests that
// vary one argument: office (B), prod (C) and shared services (A), each a
// sample VPC with an instance that answers ping, and the "onprem" domain of
// account D's data centre (a VBR) and branch office (an IPsec-VPN
// connection). Office and shared services reach on-premises; production
// does not.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import {
    CenSecurityDomains,
    CenSecurityDomainsArgs,
    CenVbrArgs,
    CenVpnConnectionArgs,
    SecurityDomainArgs,
} from "alicloud-multi-account-network";
import { SingleRegion, singleRegion } from "../../examples/lib/sampleNetwork";

export type Providers = Record<"a" | "b" | "c" | "d", alicloud.Provider>;

export const dcVbr = (owner: alicloud.Provider): CenVbrArgs => ({
    name: "dc",
    provider: owner,
    vbrId: "vbr-dc",
    onPremisesCidrBlocks: ["192.168.0.0/16"],
});

export const branchVpn = (owner: alicloud.Provider): CenVpnConnectionArgs => ({
    name: "branch",
    provider: owner,
    vpnConnectionId: "vco-branch",
    onPremisesCidrBlocks: ["172.20.0.0/16"],
});

/** The cloud domains' VPCs: what a program builds once, whichever arguments it varies. */
export type CloudVpcs = Record<"office" | "prod" | "shared", SecurityDomainArgs["vpcs"]>;

/** The cloud domains, each with its VPC. */
export const cloudDomains = (vpcs: CloudVpcs): SecurityDomainArgs[] => [
    { name: "office", vpcs: vpcs.office },
    { name: "prod", vpcs: vpcs.prod },
    { name: "shared", vpcs: vpcs.shared },
];

export const CLOUD_ALLOW: [string, string][] = [
    ["office", "shared"],
    ["prod", "shared"],
];

export const HYBRID_ALLOW: [string, string][] = [...CLOUD_ALLOW, ["onprem", "shared"], ["onprem", "office"]];

/**
 * The program, with `edit`'s arguments over the defaults (VPC routes
 * `peer-cidrs`, so the VPCs' routes on-premises show); the component is
 * named `net`, and `extra` may add resources next to it.
 */
export function hybridDomains(
    edit: (
        p: Providers,
        vpcs: CloudVpcs,
        sample: SingleRegion,
    ) => Partial<CenSecurityDomainsArgs> = () => ({}),
    extra?: (net: CenSecurityDomains) => void,
): () => void {
    return () => {
        const sample = singleRegion(new pulumi.Config(), ["a", "b", "c", "d"]);
        const [a, b, c, d] = sample.providers;
        const p = { a, b, c, d };
        const vpcs = {
            office: [sample.vpc("o1", b, 1)],
            prod: [sample.vpc("p1", c, 2)],
            shared: [sample.vpc("s1", a, 0)],
        };
        const net = new CenSecurityDomains("net", {
            cenProvider: a,
            vpcRoutes: "peer-cidrs",
            domains: [
                ...cloudDomains(vpcs),
                { name: "onprem", vbrs: [dcVbr(d)], vpnConnections: [branchVpn(d)] },
            ],
            allow: HYBRID_ALLOW,
            ...edit(p, vpcs, sample),
        });
        extra?.(net);
    };
}
