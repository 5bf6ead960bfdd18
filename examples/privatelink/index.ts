// PrivateLink between isolated VPCs of different accounts (Alibaba Cloud's
// "Use VPCs for network isolation"): account A offers a service behind a
// Network Load Balancer in its VPC; accounts B and C reach it on TCP 443
// through endpoints in their own VPCs. No route joins the three VPCs, so
// they stay isolated from each other, and the service cannot open
// connections to its consumers.
// https://www.alibabacloud.com/help/en/privatelink/user-guide/endpoint-service-overview
//
// Stack config (all optional):
//   region, zoneA, zoneB
//   accountARoleArn, accountBRoleArn, accountCRoleArn
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountPrivateLink } from "alicloud-multi-account-network";
import { singleRegion } from "../lib/sampleNetwork";

const network = singleRegion(new pulumi.Config(), ["a", "b", "c"]);
const [accountA, accountB, accountC] = network.providers;
// The three VPCs may even overlap: nothing routes between them. They do not here, so the plan reads easily.
const serviceVpc = network.vpc("service", accountA, 0);
const consumerB = network.vpc("consumer-b", accountB, 2);
const consumerC = network.vpc("consumer-c", accountC, 3);

// An endpoint takes an address in each zone of the consumer's vSwitches.
const endpointZones = (vpc: typeof consumerB) =>
    vpc.zoneMappings.map((m, i) => ({ zoneId: network.zones[i], vswitchId: m.vswitchId }));

// The service's load balancer, in account A: intranet only, in both zones.
const nlb = new alicloud.nlb.LoadBalancer(
    "service-nlb",
    {
        loadBalancerName: "service-nlb",
        addressType: "Intranet",
        addressIpVersion: "ipv4",
        vpcId: serviceVpc.vpcId,
        zoneMappings: serviceVpc.zoneMappings.map((m) => ({ zoneId: m.zoneId, vswitchId: m.vswitchId })),
    },
    { provider: accountA },
);

const link = new CrossAccountPrivateLink("orders", {
    serviceProvider: accountA,
    service: {
        resourceType: "nlb",
        backends: [{ id: nlb.id, zoneIds: network.zones }],
        ports: [443],
    },
    consumers: [
        {
            name: "account-b",
            provider: accountB,
            vpcs: [
                {
                    name: "consumer-b",
                    vpcId: consumerB.vpcId,
                    vswitches: endpointZones(consumerB),
                    clientCidrBlocks: ["10.2.0.0/16"],
                },
            ],
        },
        {
            name: "account-c",
            provider: accountC,
            vpcs: [
                {
                    name: "consumer-c",
                    vpcId: consumerC.vpcId,
                    vswitches: endpointZones(consumerC),
                    clientCidrBlocks: ["10.3.0.0/16"],
                },
            ],
        },
    ],
});

export const serviceName = link.serviceName;
export const endpointDomains = link.endpointDomains;
