// PrivateLink's rules, as plain values: which backends and payers the
// endpoint service takes, the ports it offers, and where consumers may place
// endpoint addresses. Pure, shared by the component and the network model.
// https://www.alibabacloud.com/help/en/privatelink/user-guide/endpoint-service-overview
import { booleanProblem, found, listProblem, nonEmptyListProblem, requiredIdProblem } from "./argTypes";
import { parseCidr } from "./cidr";
import { checkVpcNames, checkZones, Known, vpcLabel } from "./vpcValidation";
import {
    PRIVATELINK_PAYERS,
    PRIVATELINK_RESOURCE_TYPES,
    PrivateLinkPayer,
    PrivateLinkResourceType,
} from "../args/values";

/** The API's `payer` value for each. */
export const PRIVATELINK_PAYER_VALUES: Record<PrivateLinkPayer, string> = {
    consumer: "Endpoint",
    service: "EndpointService",
};

/** ALB and NLB are added to the service once per zone; a CLB once. */
export function addedPerZone(resourceType: PrivateLinkResourceType): boolean {
    return resourceType !== "slb";
}

/** The most security groups an endpoint takes. */
export const MAX_ENDPOINT_SECURITY_GROUPS = 10;

const SERVICE_BANDWIDTH = { min: 100, max: 10240 };
const CONNECTION_BANDWIDTH = { min: 1024, max: 10240 };

/** What the checks see of the service, with `undefined` for values not known yet. */
export interface ServiceFacts {
    readonly resourceType?: unknown;
    readonly backends?: unknown;
    readonly ports?: unknown;
    readonly payer?: unknown;
    readonly autoAcceptConnection?: unknown;
    readonly connectBandwidth?: unknown;
}

/** What the checks see of one consumer account. */
export interface ConsumerAccountFacts {
    readonly path: string;
    readonly name: unknown;
    readonly hasProvider: boolean;
    readonly vpcsGiven: unknown;
}

/** What the checks see of one consumer VPC. */
export interface ConsumerFacts {
    readonly path: string;
    readonly name: unknown;
    readonly vpcId: Known<string> | null;
    readonly zoneIds: readonly Known<string>[];
    readonly vswitchesGiven: unknown;
    readonly clientCidrBlocks: unknown;
    readonly securityGroupIds: unknown;
    readonly bandwidth: unknown;
}

const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");

function bandwidthProblem(argument: string, value: unknown, range: { min: number; max: number }) {
    return value === undefined ||
        (Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max)
        ? undefined
        : `${argument} ${JSON.stringify(value)} must be a whole number of Mbit/s from ${range.min} to ${range.max}.`;
}

function portsProblems(ports: unknown): string[] {
    const listed = nonEmptyListProblem(
        "service.ports",
        ports,
        "TCP ports",
        "give the ports the load balancers listen on, e.g. [443].",
    );
    if (listed) return [listed];
    const seen = new Set<unknown>();
    return (ports as unknown[]).flatMap((port, i) => {
        if (!Number.isInteger(port) || (port as number) < 1 || (port as number) > 65535) {
            return [
                `service.ports[${i}] ${JSON.stringify(port)} is not a TCP port; give a whole number from 1 to 65535.`,
            ];
        }
        if (seen.has(port))
            return [`service.ports[${i}] ${String(port)} is listed twice; list each port once.`];
        seen.add(port);
        return [];
    });
}

/** The zones the backends serve in, as given (plain strings only). */
export function offeredZones(backends: unknown): Set<string> {
    const list = Array.isArray(backends) ? (backends as { zoneIds?: unknown }[]) : [];
    return new Set(
        list.flatMap((b) =>
            Array.isArray(b?.zoneIds) ? b.zoneIds.filter((z): z is string => typeof z === "string") : [],
        ),
    );
}

function backendProblems(backends: unknown, resourceType: unknown): string[] {
    const listed = nonEmptyListProblem(
        "service.backends",
        backends,
        "{ id, zoneIds }",
        "give the load balancers behind the service.",
    );
    if (listed) return [listed];
    const seen = new Map<string, number>();
    return (backends as unknown[]).flatMap((backend, i) => {
        const where = `service.backends[${i}]`;
        if (backend === null || typeof backend !== "object") {
            return [`${where} is ${JSON.stringify(backend) ?? "missing"}; pass { id, zoneIds }.`];
        }
        const { id, zoneIds } = backend as { id?: unknown; zoneIds?: unknown };
        const problems = found(
            requiredIdProblem(`${where}.id`, id, "the load balancer's id"),
            nonEmptyListProblem(
                `${where}.zoneIds`,
                zoneIds,
                "zone ids",
                'give the zones the load balancer serves in, e.g. ["cn-hangzhou-h", "cn-hangzhou-i"].',
            ),
        );
        if (typeof id === "string" && id !== "") {
            if (seen.has(id)) {
                problems.push(
                    `${where}.id ${JSON.stringify(id)} is also service.backends[${seen.get(id)}]'s; list each load balancer once.`,
                );
            } else seen.set(id, i);
        }
        if (resourceType === "slb" && Array.isArray(zoneIds) && zoneIds.length > 2) {
            problems.push(
                `${where}.zoneIds lists ${zoneIds.length} zones; a CLB serves in its primary and secondary zone only.`,
            );
        }
        return problems;
    });
}

/** Everything that can be told of the service before anything is created. */
export function checkService(service: ServiceFacts | undefined): string[] {
    if (service === undefined || service === null || typeof service !== "object") {
        return ["service is missing; pass { resourceType, backends: [{ id, zoneIds }], ports }."];
    }
    return [
        ...found(
            (PRIVATELINK_RESOURCE_TYPES as readonly unknown[]).includes(service.resourceType)
                ? undefined
                : `service.resourceType ${JSON.stringify(service.resourceType)} is not a load balancer type an interface endpoint service takes; use one of ${oneOf(PRIVATELINK_RESOURCE_TYPES)}.`,
            service.payer === undefined || (PRIVATELINK_PAYERS as readonly unknown[]).includes(service.payer)
                ? undefined
                : `service.payer ${JSON.stringify(service.payer)} is not a payer; use one of ${oneOf(PRIVATELINK_PAYERS)}.`,
            booleanProblem("service.autoAcceptConnection", service.autoAcceptConnection),
            bandwidthProblem("service.connectBandwidth", service.connectBandwidth, SERVICE_BANDWIDTH),
        ),
        ...backendProblems(service.backends, service.resourceType),
        ...portsProblems(service.ports),
    ];
}

/** An endpoint's addresses span at least two zones, like a transit router attachment's (zone-level disaster recovery). */
const MIN_ENDPOINT_ZONES = 2;

const ENDPOINT_ZONES = {
    field: "vswitches",
    needs: "an endpoint needs addresses",
    fix: "add a vSwitch in another zone the service offers",
};

function consumerProblems(consumer: ConsumerFacts, offered: ReadonlySet<string>, autoAccept: boolean) {
    const label = vpcLabel(consumer.path, consumer.name);
    const problems = found(
        consumer.vpcId === null
            ? `${label}: vpcId is missing or empty; pass the consumer VPC's id.`
            : undefined,
        listProblem(`${label}: clientCidrBlocks`, consumer.clientCidrBlocks, "CIDR blocks"),
        listProblem(`${label}: securityGroupIds`, consumer.securityGroupIds, "security group ids"),
        nonEmptyListProblem(
            `${label}: vswitches`,
            consumer.vswitchesGiven,
            "{ zoneId, vswitchId }",
            "give the consumer VPC's vSwitches the endpoint takes addresses in, one per zone.",
        ),
        bandwidthProblem(`${label}: bandwidth`, consumer.bandwidth, CONNECTION_BANDWIDTH),
        consumer.bandwidth !== undefined && autoAccept
            ? `${label}: bandwidth is for a connection the service account accepts, but service.autoAcceptConnection is true; remove bandwidth (the service's connectBandwidth applies).`
            : undefined,
    );
    const groups = Array.isArray(consumer.securityGroupIds) ? consumer.securityGroupIds : undefined;
    const clients = Array.isArray(consumer.clientCidrBlocks) ? consumer.clientCidrBlocks : undefined;
    if (groups && groups.length > MAX_ENDPOINT_SECURITY_GROUPS) {
        problems.push(
            `${label}: securityGroupIds lists ${groups.length} groups; an endpoint takes at most ${MAX_ENDPOINT_SECURITY_GROUPS}.`,
        );
    }
    if (!groups && (!clients || clients.length === 0)) {
        problems.push(
            `${label}: clientCidrBlocks is missing or empty, so the endpoint's security group would admit nobody; give the blocks of its clients (e.g. the VPC's cidrBlock), or securityGroupIds of your own.`,
        );
    }
    if (groups && clients) {
        problems.push(
            `${label}: both securityGroupIds and clientCidrBlocks are given; clientCidrBlocks only shape the security group the component creates when securityGroupIds is absent: remove one.`,
        );
    }
    (clients ?? []).forEach((cidr, i) => {
        const parsed = typeof cidr === "string" ? parseCidr(cidr) : undefined;
        if (!parsed?.ok) {
            problems.push(
                `${label}: clientCidrBlocks[${i}] ${JSON.stringify(cidr)} ${parsed && !parsed.ok ? parsed.reason : "is not a CIDR block"}.`,
            );
        }
    });
    if (Array.isArray(consumer.vswitchesGiven) && consumer.vswitchesGiven.length > 0) {
        problems.push(...checkZones(label, consumer.zoneIds, MIN_ENDPOINT_ZONES, ENDPOINT_ZONES));
        const seen = new Set<string>();
        consumer.zoneIds.forEach((zone, i) => {
            if (zone === undefined) return;
            if (seen.has(zone)) {
                problems.push(
                    `${label}: vswitches[${i}] is a second vSwitch in ${zone}; an endpoint has one address per zone: keep one vSwitch per zone.`,
                );
            }
            seen.add(zone);
            if (offered.size > 0 && !offered.has(zone)) {
                problems.push(
                    `${label}: vswitches[${i}] is in ${zone}, where the service's backends do not serve (${[...offered].join(", ")}); use a vSwitch in one of those zones, or add the zone to a backend's zoneIds.`,
                );
            }
        });
    }
    return problems;
}

/** Everything that can be told of the consumers before anything is created. */
export function checkConsumers(
    accounts: readonly ConsumerAccountFacts[],
    consumers: readonly ConsumerFacts[],
    offered: ReadonlySet<string>,
    autoAccept: boolean,
): string[] {
    const problems = checkVpcNames(accounts, [], "consumer account names");
    for (const account of accounts) {
        const label = vpcLabel(account.path, account.name);
        problems.push(
            ...found(
                account.hasProvider
                    ? undefined
                    : `${label}: provider is missing or not an alicloud.Provider; pass the provider of the consumer's account, in the service's region.`,
                nonEmptyListProblem(
                    `${label}: vpcs`,
                    account.vpcsGiven,
                    "{ name, vpcId, vswitches }",
                    "give the account's VPCs that consume the service, or remove the account.",
                ),
            ),
        );
    }
    problems.push(...checkVpcNames(consumers, [], "consumer VPC names"));
    for (const consumer of consumers) problems.push(...consumerProblems(consumer, offered, autoAccept));
    problems.push(
        ...oneEndpointPerVpc(
            consumers.map((c) => ({ path: c.path, name: c.name, vpcId: c.vpcId ?? undefined })),
        ),
    );
    return problems;
}

/** A VPC has one endpoint per service; ids not known yet are checked once they are. */
export function oneEndpointPerVpc(
    consumers: readonly { path: string; name: unknown; vpcId: Known<string> }[],
): string[] {
    const first = new Map<string, string>();
    return consumers.flatMap(({ path, name, vpcId }) => {
        if (vpcId === undefined) return [];
        const label = vpcLabel(path, name);
        const earlier = first.get(vpcId);
        if (!earlier) {
            first.set(vpcId, label);
            return [];
        }
        return [
            `${label}: vpcId ${vpcId} already has an endpoint to this service (${earlier}); a VPC needs one endpoint per service: remove one consumer, and give the other all the vSwitches.`,
        ];
    });
}
