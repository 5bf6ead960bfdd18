// A transit router firewall's traffic-redirection policy as code:
// idempotent (a policy of the same name is adopted, not duplicated, so a
// create retried after a lost answer leaves one policy), its scope brought
// to what is asked, and deletion that tolerates a policy already gone.
import { DEFAULT_RETRY, isRetryable, RetryPolicy } from "../shareInvitation/resourceSharingApi";
import { Candidate, CloudFirewallApi, RoutePolicy, RoutePolicySpec } from "./cloudFirewallApi";

const key = (c: Candidate) => `${c.CandidateType}:${c.CandidateId}`;

/** Whether two candidate lists name the same instances, in any order. */
export function sameCandidates(a: readonly Candidate[], b: readonly Candidate[]): boolean {
    const left = a.map(key).sort();
    const right = b.map(key).sort();
    return left.length === right.length && left.every((k, i) => k === right[i]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates the policy, or adopts the firewall's policy of that name and
 * brings its scope to the spec's. A create that fails with a retryable
 * error is retried only after looking again: its answer may be what was
 * lost, not the policy.
 */
export async function ensureRoutePolicy(
    api: CloudFirewallApi,
    spec: RoutePolicySpec,
    retry: RetryPolicy = DEFAULT_RETRY,
): Promise<string> {
    for (let attempt = 1; ; attempt++) {
        const existing = (await api.listRoutePolicies(spec.firewallId)).find(
            (p) => p.PolicyName === spec.name,
        );
        if (existing) return adopt(api, spec, existing);
        try {
            return await api.createRoutePolicy(spec);
        } catch (err) {
            if (attempt >= retry.attempts || !isRetryable(err)) throw err;
            await sleep(retry.baseDelayMs * 2 ** (attempt - 1));
        }
    }
}

async function adopt(api: CloudFirewallApi, spec: RoutePolicySpec, existing: RoutePolicy): Promise<string> {
    if (existing.PolicyType !== spec.policyType) {
        throw new Error(
            `Firewall ${spec.firewallId} already has a traffic-redirection policy named ${spec.name} (${existing.PolicyId}), of type ${existing.PolicyType}, not ${spec.policyType}; delete it in the Cloud Firewall console or give this policy another name.`,
        );
    }
    if (
        !sameCandidates(existing.SrcCandidateList, spec.sources) ||
        !sameCandidates(existing.DestCandidateList, spec.destinations)
    ) {
        await api.modifyScope(spec.firewallId, existing.PolicyId, spec.sources, spec.destinations);
    }
    return existing.PolicyId;
}

/** The policy as it is now, or undefined when it is gone. */
export async function readRoutePolicy(
    api: CloudFirewallApi,
    firewallId: string,
    policyId: string,
): Promise<RoutePolicy | undefined> {
    return (await api.listRoutePolicies(firewallId)).find((p) => p.PolicyId === policyId);
}

/** Deletes the policy; one already gone is success. */
export async function deleteRoutePolicy(
    api: CloudFirewallApi,
    firewallId: string,
    policyId: string,
): Promise<void> {
    if (!(await readRoutePolicy(api, firewallId, policyId))) return;
    await api.deleteRoutePolicy(firewallId, policyId);
}
