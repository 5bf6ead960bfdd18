// The Cloud Firewall (2017-12-07) calls that manage a transit router
// firewall's traffic-redirection policy (CreateTrFirewallV2RoutePolicy and
// its siblings), which neither @pulumi/alicloud nor the Terraform provider
// has. Signed by Alibaba's client, retried on throttling and server errors.
// https://www.alibabacloud.com/help/en/cloud-firewall/developer-reference/api-cloudfw-2017-12-07-createtrfirewallv2routepolicy
import {
    ApiTarget,
    assumedRole,
    chainCredentials,
    client,
    DEFAULT_RETRY,
    RetryPolicy,
} from "../shareInvitation/resourceSharingApi";

/** A network instance traffic is redirected for: a VPC, VBR, ... (`CandidateType`) and its id. */
export interface Candidate {
    readonly CandidateId: string;
    readonly CandidateType: string;
}

/** A traffic-redirection policy as the API describes it. */
export interface RoutePolicy {
    readonly PolicyId: string;
    readonly PolicyName: string;
    readonly PolicyType: string;
    readonly PolicyStatus?: string;
    readonly SrcCandidateList: Candidate[];
    readonly DestCandidateList: Candidate[];
}

/** What to create: the policy of one firewall. */
export interface RoutePolicySpec {
    readonly firewallId: string;
    /** `fullmesh`, `one_to_one` or `end_to_end`. */
    readonly policyType: string;
    /** Unique among the firewall's policies: a retried create finds its policy by it. */
    readonly name: string;
    readonly description: string;
    readonly sources: readonly Candidate[];
    readonly destinations: readonly Candidate[];
}

export interface CloudFirewallApi {
    listRoutePolicies(firewallId: string): Promise<RoutePolicy[]>;
    /** Sent once, never retried: see {@link ensureRoutePolicy}. */
    createRoutePolicy(spec: RoutePolicySpec): Promise<string>;
    modifyScope(
        firewallId: string,
        policyId: string,
        sources: readonly Candidate[],
        destinations: readonly Candidate[],
    ): Promise<void>;
    deleteRoutePolicy(firewallId: string, policyId: string): Promise<void>;
}

/** Cloud Firewall's endpoint: one for the Chinese mainland, one for the other regions. */
export function cloudFirewallEndpoint(region: string): string {
    return region.startsWith("cn-") && region !== "cn-hongkong"
        ? "https://cloudfw.aliyuncs.com"
        : "https://cloudfw.ap-southeast-1.aliyuncs.com";
}

const PAGE_SIZE = 50;

/** The Cloud Firewall calls for one target, retried on throttling and server errors. */
export function cloudFirewallApi(target: ApiTarget, retry: RetryPolicy = DEFAULT_RETRY): CloudFirewallApi {
    const endpoint = target.endpoint ?? cloudFirewallEndpoint(target.region);
    const credentials = target.roleArn ? assumedRole(target, retry) : chainCredentials;
    const call = client(endpoint, "2017-12-07", credentials, retry);
    // A create is sent once: resending one whose answer was lost would make a second policy.
    const callOnce = client(endpoint, "2017-12-07", credentials, { ...retry, attempts: 1 });
    const scope = (sources: readonly Candidate[], destinations: readonly Candidate[]) => ({
        SrcCandidateList: JSON.stringify(sources),
        DestCandidateList: JSON.stringify(destinations),
    });
    return {
        async listRoutePolicies(firewallId) {
            const policies: RoutePolicy[] = [];
            for (let page = 1; ; page++) {
                const r = await call("DescribeTrFirewallV2RoutePolicyList", {
                    FirewallId: firewallId,
                    PageSize: String(PAGE_SIZE),
                    CurrentPage: String(page),
                });
                const found = (r.TrFirewallRoutePolicies as RoutePolicy[] | undefined) ?? [];
                policies.push(...found);
                if (found.length < PAGE_SIZE || policies.length >= Number(r.TotalCount ?? 0)) return policies;
            }
        },
        async createRoutePolicy(spec) {
            const r = await callOnce("CreateTrFirewallV2RoutePolicy", {
                FirewallId: spec.firewallId,
                PolicyType: spec.policyType,
                PolicyName: spec.name,
                PolicyDescription: spec.description,
                ...scope(spec.sources, spec.destinations),
            });
            return String(r.TrFirewallRoutePolicyId);
        },
        async modifyScope(firewallId, policyId, sources, destinations) {
            await call("ModifyTrFirewallV2RoutePolicyScope", {
                FirewallId: firewallId,
                TrFirewallRoutePolicyId: policyId,
                ...scope(sources, destinations),
            });
        },
        async deleteRoutePolicy(firewallId, policyId) {
            await call("DeleteTrFirewallV2RoutePolicy", {
                FirewallId: firewallId,
                TrFirewallRoutePolicyId: policyId,
            });
        },
    };
}
