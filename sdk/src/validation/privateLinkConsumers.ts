// The arguments of a PrivateLink component checked before anything is
// created, and the consumers' accounts and regions once they resolve.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { entriesOf, found, listProblem } from "../core/argTypes";
import {
    checkConsumers,
    checkService,
    ConsumerAccountFacts,
    ConsumerFacts,
    offeredZones,
    oneEndpointPerVpc,
} from "../core/privateLink";
import { endpointRegionProblem } from "../core/regions";
import { vpcLabel } from "../core/vpcValidation";
import type {
    CrossAccountPrivateLinkArgs,
    PrivateLinkConsumerArgs,
    PrivateLinkConsumerVpcArgs,
} from "../args/privateLinkArgs";
import { detached } from "./detached";
import { allPlainNow, plainNow } from "./inputs";
import { lateValidationGate } from "./validationGate";
import { zoneResolver } from "./providerRegions";
import { zoneProblems } from "../core/zones";

/** A consumer VPC as given, with its account and where it sits: `consumers[0].vpcs[1]`. */
interface PlacedVpc {
    readonly path: string;
    readonly account: PrivateLinkConsumerArgs;
    readonly args: PrivateLinkConsumerVpcArgs;
}

function placedVpcs(consumers: readonly PrivateLinkConsumerArgs[]): PlacedVpc[] {
    return consumers.flatMap((account, i) =>
        entriesOf(account?.vpcs).map((vpc, j) => ({
            path: `consumers[${i}].vpcs[${j}]`,
            account,
            args: vpc,
        })),
    );
}

const zoneOf = (v: unknown) => plainNow((v as { zoneId?: pulumi.Input<string> } | undefined)?.zoneId);

function vpcFacts(vpc: PlacedVpc): ConsumerFacts {
    const a = vpc.args ?? ({} as PrivateLinkConsumerVpcArgs);
    const vpcId = a.vpcId === undefined || a.vpcId === null || a.vpcId === "" ? null : plainNow(a.vpcId);
    return {
        path: vpc.path,
        name: a.name,
        vpcId,
        zoneIds: entriesOf(a.vswitches).map(zoneOf),
        vswitchesGiven: a.vswitches,
        clientCidrBlocks: a.clientCidrBlocks,
        securityGroupIds: a.securityGroupIds,
        bandwidth: a.bandwidth,
    };
}

/** Everything that can be told of the arguments before anything is created. */
export function checkPrivateLinkArgs(args: CrossAccountPrivateLinkArgs | undefined): string[] {
    if (args === null || typeof args !== "object") {
        return [
            "args is missing; pass { serviceProvider, service: { resourceType, backends, ports }, consumers }.",
        ];
    }
    const consumers = entriesOf(args.consumers);
    const accounts = consumers.map((c, i): ConsumerAccountFacts => ({
        path: `consumers[${i}]`,
        name: c?.name,
        hasProvider: pulumi.ProviderResource.isInstance(c?.provider),
        vpcsGiven: c?.vpcs,
    }));
    return [
        ...found(
            pulumi.ProviderResource.isInstance(args.serviceProvider)
                ? undefined
                : "serviceProvider is missing or not an alicloud.Provider; pass the provider of the account that offers the service.",
            listProblem("consumers", args.consumers, "{ name, provider, vpcs }"),
        ),
        ...checkService(args.service),
        ...checkConsumers(
            accounts,
            placedVpcs(consumers).map(vpcFacts),
            offeredZones(args.service?.backends),
            args.service?.autoAcceptConnection === true,
        ),
    ];
}

/** A consumer account with its id resolved. */
export interface ResolvedAccount {
    readonly name: string;
    readonly provider: alicloud.Provider;
    readonly accountId: pulumi.Output<string>;
    readonly vpcs: readonly PrivateLinkConsumerVpcArgs[];
}

/** What resolution needs from the component. */
export interface ServiceOwner {
    readonly provider: alicloud.Provider;
    readonly accountOf: (provider: alicloud.Provider, given?: pulumi.Input<string>) => pulumi.Output<string>;
    readonly regionOf: (provider: alicloud.Provider) => pulumi.Output<string | undefined>;
}

/**
 * Resolves each consumer account's id and builds the gate that checks, once
 * values resolve, that every consumer is in the service's region, that no
 * two entries are the same account (the whitelist takes an account once),
 * and that no VPC given as an Output has two endpoints.
 */
export function resolveConsumers(
    parent: pulumi.Resource,
    component: string,
    args: CrossAccountPrivateLinkArgs,
    owner: ServiceOwner,
): { accounts: ResolvedAccount[]; gate: pulumi.Output<pulumi.Resource[]> } {
    const accounts = args.consumers.map((c): ResolvedAccount => ({
        name: c.name,
        provider: c.provider,
        accountId: owner.accountOf(c.provider, c.accountId),
        vpcs: c.vpcs,
    }));
    const placed = placedVpcs(args.consumers);
    const ids = placed.map((v) => v.args.vpcId);
    const late = {
        serviceRegion: owner.regionOf(owner.provider),
        serviceZones: zoneResolver(parent)(owner.provider),
        consumers: accounts.map((a) => ({ accountId: a.accountId, region: owner.regionOf(a.provider) })),
        // Plain ids passed the checks before anything was created; with some given as Outputs, all are
        // checked once known. Only the ids, not the VPCs they came from: every child would otherwise
        // wait for every consumer VPC.
        vpcIds: allPlainNow(ids) ? pulumi.output([]) : detached(pulumi.output(ids)),
    };
    const gate = lateValidationGate(parent, component, late, (resolved) => {
        if (resolved.serviceRegion === undefined) {
            return [
                "serviceProvider names no region and none could be looked up; configure the provider's region.",
            ];
        }
        const problems: string[] = serviceZoneProblems(
            args,
            placed,
            resolved.serviceRegion,
            resolved.serviceZones,
        );
        const firstOfAccount = new Map<string, string>();
        resolved.consumers.forEach((c, i) => {
            const label = vpcLabel(`consumers[${i}]`, accounts[i].name);
            problems.push(...found(endpointRegionProblem(label, c.region, resolved.serviceRegion!)));
            const first = firstOfAccount.get(c.accountId);
            if (first) {
                problems.push(
                    `${label}: its provider is account ${c.accountId}, as is ${first}'s; the service's whitelist takes an account once: merge the two entries' vpcs into one.`,
                );
            } else firstOfAccount.set(c.accountId, label);
        });
        const vpcIds = resolved.vpcIds ?? [];
        problems.push(
            ...oneEndpointPerVpc(
                vpcIds.map((vpcId, i) => ({ path: placed[i].path, name: placed[i].args.name, vpcId })),
            ),
        );
        return problems;
    });
    return { accounts, gate };
}

/** The zones the service's backends and the consumers' vSwitches name are zones of the service's region. */
function serviceZoneProblems(
    args: CrossAccountPrivateLinkArgs,
    placed: readonly PlacedVpc[],
    region: string,
    zones: readonly string[] | undefined,
): string[] {
    const backends: readonly { zoneIds?: unknown }[] = entriesOf(args.service?.backends);
    return [
        ...backends.flatMap((b, i) =>
            zoneProblems(
                (j) => `service.backends[${i}].zoneIds[${j}]`,
                (Array.isArray(b?.zoneIds) ? b.zoneIds : []).map((z) => plainNow(z as pulumi.Input<string>)),
                region,
                zones,
            ),
        ),
        ...placed.flatMap((v) =>
            zoneProblems(
                (j) => `${vpcLabel(v.path, v.args?.name)}: vswitches[${j}].zoneId`,
                entriesOf(v.args?.vswitches).map(zoneOf),
                region,
                zones,
            ),
        ),
    ];
}
