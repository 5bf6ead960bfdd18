// The dynamic resource for a transit router firewall's traffic-redirection
// policy: without one, Cloud Firewall on an Enterprise Edition transit
// router inspects nothing, and no Pulumi or Terraform resource makes it.
import * as pulumi from "@pulumi/pulumi";
import { Candidate, cloudFirewallApi } from "./cloudFirewallApi";
import { deleteRoutePolicy, ensureRoutePolicy, readRoutePolicy, sameCandidates } from "./routePolicy";

/** The traffic-redirection scenarios of CreateTrFirewallV2RoutePolicy. */
export const ROUTE_POLICY_TYPES = ["fullmesh", "one_to_one", "end_to_end"] as const;
export type RoutePolicyType = (typeof ROUTE_POLICY_TYPES)[number];

/** A network instance whose traffic is redirected through the firewall. */
export interface RoutePolicyCandidate {
    /** The instance id, e.g. a VPC's `vpc-...`. */
    readonly id: pulumi.Input<string>;
    /** @default "VPC" */
    readonly type?: pulumi.Input<string>;
}

/** Arguments of {@link TrFirewallRoutePolicy}. */
export interface TrFirewallRoutePolicyArgs {
    /** The transit router firewall's id (`vfw-tr-...`). */
    readonly firewallId: pulumi.Input<string>;
    /** The firewall's region, which picks the Cloud Firewall endpoint. */
    readonly region: pulumi.Input<string>;
    /**
     * `fullmesh` (every source with every other), `one_to_one` or
     * `end_to_end` (the sources with the destinations). Changing it replaces the policy.
     */
    readonly policyType: pulumi.Input<RoutePolicyType>;
    /** Unique among the firewall's policies; changing it replaces the policy. */
    readonly name: pulumi.Input<string>;
    readonly description?: pulumi.Input<string>;
    readonly sources: pulumi.Input<pulumi.Input<RoutePolicyCandidate>[]>;
    /** @default [] (fullmesh takes sources only) */
    readonly destinations?: pulumi.Input<pulumi.Input<RoutePolicyCandidate>[]>;
    /**
     * A RAM role in the firewall owner's account, assumed with the machine's credential chain.
     * @default - the credential chain's identity must be the firewall owner's.
     */
    readonly roleArn?: pulumi.Input<string>;
    /** @default - Cloud Firewall's endpoint for `region` */
    readonly endpoint?: pulumi.Input<string>;
    /** @default `https://sts.aliyuncs.com` */
    readonly stsEndpoint?: pulumi.Input<string>;
}

interface Settings {
    firewallId: string;
    region: string;
    policyType: string;
    name: string;
    description?: string;
    sources: { id: string; type?: string }[];
    destinations?: { id: string; type?: string }[];
    roleArn?: string;
    endpoint?: string;
    stsEndpoint?: string;
}

const candidates = (list: Settings["sources"] | undefined): Candidate[] =>
    (list ?? []).map((c) => ({ CandidateId: c.id, CandidateType: c.type ?? "VPC" }));

function apiOf(s: Settings) {
    return cloudFirewallApi({
        region: s.region,
        endpoint: s.endpoint,
        roleArn: s.roleArn,
        stsEndpoint: s.stsEndpoint,
    });
}

function specOf(s: Settings) {
    return {
        firewallId: s.firewallId,
        policyType: s.policyType,
        name: s.name,
        description: s.description ?? s.name,
        sources: candidates(s.sources),
        destinations: candidates(s.destinations),
    };
}

/**
 * The dynamic provider. Credentials come from the machine's credential chain
 * (or the role it assumes) at run time and never enter inputs, outputs or
 * state.
 */
export const routePolicyProvider: pulumi.dynamic.ResourceProvider = {
    async create(inputs: Settings) {
        const policyId = await ensureRoutePolicy(apiOf(inputs), specOf(inputs));
        return { id: policyId, outs: { ...inputs, policyId } };
    },
    async read(id: string, props: Settings) {
        const policy = await readRoutePolicy(apiOf(props), props.firewallId, id);
        return policy ? { id, props: { ...props, policyId: id, status: policy.PolicyStatus } } : {};
    },
    async diff(_id: string, olds: Settings, news: Settings) {
        const replaces = (["firewallId", "region", "policyType", "name"] as const).filter(
            (k) => olds[k] !== news[k],
        );
        const scopeChanged =
            !sameCandidates(candidates(olds.sources), candidates(news.sources)) ||
            !sameCandidates(candidates(olds.destinations), candidates(news.destinations));
        const changes =
            replaces.length > 0 ||
            scopeChanged ||
            (["description", "roleArn", "endpoint", "stsEndpoint"] as const).some((k) => olds[k] !== news[k]);
        // The new policy takes the old one's name: the old must go first.
        return { changes, replaces, deleteBeforeReplace: true };
    },
    async update(id: string, olds: Settings & Record<string, unknown>, news: Settings) {
        await apiOf(news).modifyScope(
            news.firewallId,
            id,
            candidates(news.sources),
            candidates(news.destinations),
        );
        return { outs: { ...olds, ...news, policyId: id } };
    },
    async delete(id: string, props: Settings) {
        await deleteRoutePolicy(apiOf(props), props.firewallId, id);
    },
};

/**
 * A traffic-redirection policy of a Cloud Firewall on an Enterprise Edition
 * transit router (CreateTrFirewallV2RoutePolicy): which instances' traffic
 * the firewall inspects. Its id is the policy id.
 */
export class TrFirewallRoutePolicy extends pulumi.dynamic.Resource {
    /** The policy id (`policy-...`). */
    public readonly policyId!: pulumi.Output<string>;

    constructor(name: string, args: TrFirewallRoutePolicyArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            routePolicyProvider,
            name,
            { ...args, policyId: undefined },
            opts,
            "alicloud-multi-account-network",
            "TrFirewallRoutePolicy",
        );
    }
}
