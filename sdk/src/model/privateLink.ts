// PrivateLink as the network model sees it: a consumer's endpoint reaches the
// service's load balancers on the service's ports, one way, when the
// consumer's account is whitelisted, its connection accepted, its addresses
// in zones the service serves and its security groups admit the clients.
// Nothing else crosses: an endpoint adds no route, so the VPCs stay isolated
// in the ping matrix.
// https://www.alibabacloud.com/help/en/privatelink/user-guide/endpoint-service-overview
import { CROSS_ACCOUNT_PRIVATELINK_TYPE } from "../core/typeTokens";
import { firstHost, parseCidr } from "../core/cidr";
import { NetworkModel } from "./networkModel";
import { groupsAdmit, portRange } from "./securityGroups";
import { accountKey, accountLabel, knownString, StackResource, TYPES } from "./stackGraph";

/** Whether a consumer reaches a service through its endpoint, and why. */
export interface PrivateLinkAccess {
    /** The endpoint resource's name. */
    readonly endpoint: string;
    /** The consumer VPC's resource name, else its id. */
    readonly consumerVpc: string;
    readonly consumerAccount: string;
    /** The endpoint service's resource name, else its id. */
    readonly service: string;
    readonly serviceAccount: string;
    /** `yes` on at least one port, `no`, or `undecided` before deployment. */
    readonly verdict: "yes" | "no" | "undecided";
    /** The TCP ports the consumer's clients reach. */
    readonly ports: readonly number[];
    readonly why: string;
}

type Step = { readonly verdict: "no" | "undecided"; readonly why: string } | { readonly ok: string };

const blocked = (s: Step): s is { verdict: "no" | "undecided"; why: string } => "verdict" in s;

/** Every endpoint of the stack, consumer → service. */
export function privateLinkAccess(model: NetworkModel): PrivateLinkAccess[] {
    const graph = model.graph;
    return graph.ofType(TYPES.endpoint).map((endpoint) => {
        const vpc = graph.referenced(endpoint, "vpcId", TYPES.vpc);
        const service = graph.referenced(endpoint, "serviceId", TYPES.endpointService);
        const base = {
            endpoint: endpoint.name,
            consumerVpc: vpc?.name ?? knownString(endpoint.props.vpcId) ?? "(unknown VPC)",
            consumerAccount: accountLabel(endpoint),
            service: service?.name ?? knownString(endpoint.props.serviceId) ?? "(unknown service)",
            serviceAccount: service ? accountLabel(service) : "(not in this stack)",
        };
        if (!service) {
            return {
                ...base,
                verdict: "undecided",
                ports: [],
                why: "its endpoint service is not in this stack, so what it admits is not known here",
            };
        }
        const steps: Step[] = [];
        for (const step of [whitelist, acceptance, zones]) {
            const result = step(model, endpoint, service);
            if (blocked(result)) return { ...base, verdict: result.verdict, ports: [], why: result.why };
            steps.push(result);
        }
        const admitted = portsAdmitted(model, endpoint, vpc);
        if (blocked(admitted.step)) {
            return { ...base, verdict: admitted.step.verdict, ports: [], why: admitted.step.why };
        }
        const backends = backendsOf(model, service)
            .map((b) => knownString(b.props.resourceId) ?? b.name)
            .filter((b, i, all) => all.indexOf(b) === i);
        const via = [...steps, admitted.step].map((s) => (s as { ok: string }).ok).join("; ");
        return {
            ...base,
            verdict: "yes",
            ports: admitted.ports,
            why: `${via}; to the service's load balancers ${backends.join(", ")}`,
        };
    });
}

/** The resources of `type` whose `serviceId` is the service: its load balancers, whitelist entries, connections. */
function ofService(model: NetworkModel, type: string, service: StackResource): StackResource[] {
    return model.graph.groupedBy(type, "serviceId", TYPES.endpointService).get(service.urn) ?? [];
}

const backendsOf = (model: NetworkModel, service: StackResource) =>
    ofService(model, TYPES.endpointServiceResource, service);

/** Another account's endpoint needs its account on the service's whitelist. */
function whitelist(model: NetworkModel, endpoint: StackResource, service: StackResource): Step {
    if (accountKey(endpoint) === accountKey(service)) return { ok: "the service's own account" };
    const entries = ofService(model, TYPES.endpointServiceUser, service);
    const account = endpoint.provider?.accountId;
    const listed = account
        ? entries.find((e) => knownString(e.props.userId) === account)
        : entries.find((e) => (endpoint.dependencies ?? []).includes(e.urn));
    if (listed) {
        return { ok: `whitelisted by ${listed.name}${account ? "" : " (the endpoint waits for it)"}` };
    }
    if (!account && entries.length > 0) {
        return {
            verdict: "undecided",
            why: `${accountLabel(endpoint)} is not known before deployment, so whether the whitelist entries ${entries.map((e) => e.name).join(", ")} name it is not either`,
        };
    }
    return {
        verdict: "no",
        why: `${accountLabel(endpoint)} is not on the whitelist of ${service.name}: add a privatelink.VpcEndpointServiceUser for it, made by the service account`,
    };
}

/** The connection is accepted automatically, or explicitly by the service account. */
function acceptance(model: NetworkModel, endpoint: StackResource, service: StackResource): Step {
    const auto = service.props.autoAcceptConnection;
    if (auto === true) return { ok: "accepted automatically" };
    const accepted = ofService(model, TYPES.endpointConnection, service).find(
        (c) => model.graph.referenced(c, "endpointId", TYPES.endpoint) === endpoint,
    );
    if (accepted) return { ok: `accepted by ${accepted.name}` };
    if (typeof auto !== "boolean" && auto !== undefined) {
        return {
            verdict: "undecided",
            why: `whether ${service.name} accepts connections automatically is not known before deployment`,
        };
    }
    return {
        verdict: "no",
        why: `${service.name} accepts connections explicitly and nothing accepts this endpoint's (its connection stays pending): add a privatelink.VpcEndpointServiceConnection, made by the service account, or set autoAcceptConnection`,
    };
}

/** The endpoint's addresses must be in zones the service's load balancers serve. */
function zones(model: NetworkModel, endpoint: StackResource, service: StackResource): Step {
    const backends = backendsOf(model, service);
    if (backends.length === 0) {
        return {
            verdict: "no",
            why: `${service.name} has no load balancer behind it (no privatelink.VpcEndpointServiceResource)`,
        };
    }
    const endpointZones = (
        model.graph.groupedBy(TYPES.endpointZone, "endpointId", TYPES.endpoint).get(endpoint.urn) ?? []
    ).map((z) => knownString(z.props.zoneId));
    if (endpointZones.length === 0) {
        return {
            verdict: "no",
            why: "the endpoint has no zone, so no address to connect to (no privatelink.VpcEndpointZone)",
        };
    }
    // A CLB is added without a zone: it serves in its own zones, which the service does not list.
    const offered = backends.map((b) => knownString(b.props.zoneId));
    if (offered.some((z) => z === undefined) || endpointZones.some((z) => z === undefined)) {
        return { ok: `addresses in ${endpointZones.filter(Boolean).join(", ") || "its zones"}` };
    }
    const usable = endpointZones.filter((z) => offered.includes(z));
    return usable.length > 0
        ? { ok: `addresses in ${usable.join(", ")}` }
        : {
              verdict: "no",
              why: `the endpoint's zones (${endpointZones.join(", ")}) are none the service's load balancers serve (${[...new Set(offered)].join(", ")})`,
          };
}

/** The ports the component offers; else those the endpoint's groups mention. */
function servicePorts(model: NetworkModel, endpoint: StackResource): number[] {
    const parent = endpoint.parent ? model.graph.resource(endpoint.parent) : undefined;
    const declared = parent?.type === CROSS_ACCOUNT_PRIVATELINK_TYPE ? parent.props.ports : undefined;
    if (Array.isArray(declared)) return declared.filter((p): p is number => typeof p === "number");
    const firstPorts = model
        .securityGroupsOf(endpoint)
        .groups.flatMap((g) => model.rulesOf(g))
        .filter((r) => r.props.type === "ingress" && r.props.ipProtocol === "tcp")
        .map((r) => portRange(r)?.low)
        .filter((p): p is number => p !== undefined && p > 0);
    return [...new Set(firstPorts)];
}

/** The ports the endpoint's security groups admit from the consumer VPC's clients. */
function portsAdmitted(
    model: NetworkModel,
    endpoint: StackResource,
    vpc: StackResource | undefined,
): { step: Step; ports: number[] } {
    const cidr = knownString(vpc?.props.cidrBlock);
    const parsed = cidr ? parseCidr(cidr) : undefined;
    if (!parsed?.ok) {
        return {
            step: {
                verdict: "undecided",
                why: "the consumer VPC's block is not known here, so its clients' addresses are not",
            },
            ports: [],
        };
    }
    const client = firstHost(parsed.block);
    const groups = model.securityGroupsOf(endpoint);
    const ports = servicePorts(model, endpoint);
    if (ports.length === 0) {
        return {
            step: {
                verdict: "no",
                why: "no TCP port is offered or admitted by the endpoint's security groups",
            },
            ports: [],
        };
    }
    const outcomes = ports.map((port) => ({
        port,
        outcome: groupsAdmit(model, groups, `endpoint ${endpoint.name}`, "ingress", client, {
            protocol: "tcp",
            port,
        }),
    }));
    const open = outcomes.filter((o) => o.outcome.kind === "delivered").map((o) => o.port);
    if (open.length > 0) {
        return {
            step: { ok: `its security groups admit TCP ${open.join(", ")} from ${client.text}` },
            ports: open,
        };
    }
    const first = outcomes[0].outcome;
    const reason = first.kind === "delivered" ? "" : `${first.at}: ${first.reason}`;
    return {
        step: {
            verdict: outcomes.some((o) => o.outcome.kind === "undecided") ? "undecided" : "no",
            why: reason,
        },
        ports: [],
    };
}
