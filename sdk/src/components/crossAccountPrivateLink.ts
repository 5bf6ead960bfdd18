import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { cidrSlug } from "../core/cidr";
import { childName, valueKey } from "../core/naming";
import { addedPerZone, PRIVATELINK_PAYER_VALUES } from "../core/privateLink";
import { CROSS_ACCOUNT_PRIVATELINK_TYPE } from "../core/typeTokens";
import { accountIdResolver } from "../validation/accountIds";
import { ChildContext, childOptions } from "../resources/childOptions";
import { byName } from "../validation/inputs";
import { checkPrivateLinkArgs, resolveConsumers } from "../validation/privateLinkConsumers";
import { regionResolver } from "../validation/providerRegions";
import { throwIfProblems } from "../validation/validationError";
import {
    CrossAccountPrivateLinkArgs,
    PrivateLinkConsumerVpcArgs,
    PrivateLinkServiceArgs,
} from "../args/privateLinkArgs";

/** One consumer VPC's endpoint and what makes it usable. */
interface ConsumerEndpoint {
    readonly endpoint: alicloud.privatelink.VpcEndpoint;
    readonly securityGroupIds: pulumi.Output<string[]>;
    readonly accountId: pulumi.Output<string>;
}

/**
 * PrivateLink across accounts: one account offers a service behind its load
 * balancers; VPCs of other accounts reach it through endpoints of their own,
 * while the VPCs stay isolated from each other (no route joins them).
 * Traffic is one way: consumers open connections to the service, never the
 * reverse.
 *
 * In the service account: the endpoint service
 * (`privatelink.VpcEndpointService`), its load balancers
 * (`privatelink.VpcEndpointServiceResource`, per zone for ALB and NLB) and
 * one whitelist entry per consumer account
 * (`privatelink.VpcEndpointServiceUser`, the account id looked up through the
 * consumer's provider). In each consumer account, for each of its VPCs: a
 * security group admitting the service's ports from `clientCidrBlocks`
 * (unless the consumer gives its own), the endpoint
 * (`privatelink.VpcEndpoint`, created after its account's whitelist entry)
 * and one endpoint zone per vSwitch (`privatelink.VpcEndpointZone`). Unless
 * the service accepts connections automatically, the service account then
 * accepts each endpoint (`privatelink.VpcEndpointServiceConnection`).
 *
 * @see {@link https://www.alibabacloud.com/help/en/privatelink/user-guide/endpoint-service-overview | Endpoint services}
 * @see {@link https://www.alibabacloud.com/help/en/ecs/use-cases/use-vpcs-for-network-isolation | Use VPCs for network isolation}
 */
export class CrossAccountPrivateLink extends pulumi.ComponentResource {
    /** The endpoint service's id (`epsrv-...`). */
    public readonly serviceId: pulumi.Output<string>;
    /** The endpoint service's name, which consumers outside this program connect with. */
    public readonly serviceName: pulumi.Output<string>;
    /** The endpoint service's domain name. */
    public readonly serviceDomain: pulumi.Output<string>;
    /** The id of the account that offers the service. */
    public readonly serviceAccountId: pulumi.Output<string>;
    /** The TCP ports the service offers, as given. */
    public readonly ports: pulumi.Output<number[]>;
    /** Per consumer VPC name, its endpoint's id (`ep-...`). */
    public readonly endpointIds: pulumi.Output<Record<string, string>>;
    /** Per consumer VPC name, its endpoint's domain name: what clients in that VPC connect to. */
    public readonly endpointDomains: pulumi.Output<Record<string, string>>;
    /** Per consumer VPC name, the security groups of its endpoint. */
    public readonly securityGroupIds: pulumi.Output<Record<string, string[]>>;
    /** Per consumer account name, its account id, as whitelisted. */
    public readonly consumerAccountIds: pulumi.Output<Record<string, string>>;

    constructor(name: string, args: CrossAccountPrivateLinkArgs, opts?: pulumi.ComponentResourceOptions) {
        super(CROSS_ACCOUNT_PRIVATELINK_TYPE, name, {}, opts);
        throwIfProblems(this, name, checkPrivateLinkArgs(args));
        const accountOf = accountIdResolver(this);
        const { accounts, gate } = resolveConsumers(this, name, args, {
            provider: args.serviceProvider,
            accountOf,
            regionOf: regionResolver(this),
        });
        const ctx: ChildContext = { component: name, parent: this, gate };
        const { service, backends } = endpointService(ctx, args.serviceProvider, args.service, args.tags);

        const endpoints = new Map<string, ConsumerEndpoint>();
        for (const account of accounts) {
            const whitelisted = new alicloud.privatelink.VpcEndpointServiceUser(
                childName(name, "whitelist", account.name),
                { serviceId: service.id, userId: account.accountId },
                childOptions(ctx, args.serviceProvider),
            );
            for (const vpc of account.vpcs) {
                const securityGroupIds = endpointSecurityGroups(ctx, account.provider, vpc, args);
                const endpoint = new alicloud.privatelink.VpcEndpoint(
                    childName(name, "endpoint", vpc.name),
                    {
                        vpcId: vpc.vpcId,
                        serviceId: service.id,
                        endpointType: "Interface",
                        securityGroupIds,
                        endpointDescription: `Endpoint of ${vpc.name} to the service of ${name}.`,
                        tags: args.tags,
                    },
                    childOptions(ctx, account.provider, [whitelisted, ...backends]),
                );
                const zones = vpc.vswitches.map(
                    (v) =>
                        new alicloud.privatelink.VpcEndpointZone(
                            childName(name, "zone", vpc.name, v.zoneId),
                            { endpointId: endpoint.id, vswitchId: v.vswitchId, zoneId: v.zoneId },
                            childOptions(ctx, account.provider),
                        ),
                );
                if (args.service.autoAcceptConnection !== true) {
                    new alicloud.privatelink.VpcEndpointServiceConnection(
                        childName(name, "connection", vpc.name),
                        { serviceId: service.id, endpointId: endpoint.id, bandwidth: vpc.bandwidth },
                        childOptions(ctx, args.serviceProvider, zones),
                    );
                }
                endpoints.set(vpc.name, {
                    endpoint,
                    securityGroupIds: pulumi.output(securityGroupIds),
                    accountId: account.accountId,
                });
            }
        }

        this.serviceId = service.id;
        this.serviceName = service.vpcEndpointServiceName;
        this.serviceDomain = service.serviceDomain;
        this.serviceAccountId = accountOf(args.serviceProvider, args.serviceAccountId);
        this.ports = pulumi.output([...args.service.ports]);
        this.endpointIds = byName(endpoints, (e) => e.endpoint.id);
        this.endpointDomains = byName(endpoints, (e) => e.endpoint.endpointDomain);
        this.securityGroupIds = pulumi.output(
            Object.fromEntries([...endpoints].map(([vpc, e]) => [vpc, e.securityGroupIds])),
        ) as pulumi.Output<Record<string, string[]>>;
        this.consumerAccountIds = byName(new Map(accounts.map((a) => [a.name, a])), (a) => a.accountId);
        this.registerOutputs({
            serviceId: this.serviceId,
            serviceName: this.serviceName,
            serviceDomain: this.serviceDomain,
            serviceAccountId: this.serviceAccountId,
            ports: this.ports,
            endpointIds: this.endpointIds,
            endpointDomains: this.endpointDomains,
            securityGroupIds: this.securityGroupIds,
            consumerAccountIds: this.consumerAccountIds,
        });
    }
}

/** The endpoint service and its load balancers (per zone for ALB and NLB), named after each load balancer. */
function endpointService(
    ctx: ChildContext,
    provider: alicloud.Provider,
    args: PrivateLinkServiceArgs,
    tags: Record<string, string> | undefined,
) {
    const service = new alicloud.privatelink.VpcEndpointService(
        childName(ctx.component, "service"),
        {
            serviceResourceType: args.resourceType,
            payer: PRIVATELINK_PAYER_VALUES[args.payer ?? "consumer"],
            autoAcceptConnection: args.autoAcceptConnection ?? false,
            connectBandwidth: args.connectBandwidth,
            serviceDescription: args.description ?? `Service of ${ctx.component}.`,
            tags,
        },
        childOptions(ctx, provider),
    );
    const backends = args.backends.flatMap((backend, i) => {
        const key = valueKey(backend.id, String(i));
        const zones = addedPerZone(args.resourceType) ? backend.zoneIds : [undefined];
        return zones.map(
            (zoneId) =>
                new alicloud.privatelink.VpcEndpointServiceResource(
                    childName(ctx.component, "backend", key, ...(zoneId ? [zoneId] : [])),
                    {
                        serviceId: service.id,
                        resourceId: backend.id,
                        resourceType: args.resourceType,
                        zoneId,
                    },
                    childOptions(ctx, provider),
                ),
        );
    });
    return { service, backends };
}

/**
 * The consumer's own groups, or one created in its VPC that admits each of
 * the service's ports from each client block, named by port and block so
 * they come and go alone.
 */
function endpointSecurityGroups(
    ctx: ChildContext,
    provider: alicloud.Provider,
    vpc: PrivateLinkConsumerVpcArgs,
    args: CrossAccountPrivateLinkArgs,
): pulumi.Input<pulumi.Input<string>[]> {
    if (vpc.securityGroupIds !== undefined) return vpc.securityGroupIds;
    const groupName = childName(ctx.component, "sg", vpc.name);
    const group = new alicloud.ecs.SecurityGroup(
        groupName,
        {
            vpcId: vpc.vpcId,
            description: `Endpoint of ${vpc.name} to the service of ${ctx.component}: its clients, on the service's ports.`,
            tags: args.tags,
        },
        childOptions(ctx, provider),
    );
    for (const port of args.service.ports) {
        for (const cidr of vpc.clientCidrBlocks ?? []) {
            new alicloud.ecs.SecurityGroupRule(
                childName(groupName, `tcp${port}`, cidrSlug(cidr)),
                {
                    securityGroupId: group.id,
                    type: "ingress",
                    ipProtocol: "tcp",
                    portRange: `${port}/${port}`,
                    cidrIp: cidr,
                    policy: "accept",
                    nicType: "intranet",
                    description: `Clients in ${cidr} reach the service on TCP ${port}.`,
                },
                childOptions(ctx, provider),
            );
        }
    }
    return [group.id];
}
