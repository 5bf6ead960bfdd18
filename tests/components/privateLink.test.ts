// CrossAccountPrivateLink: the example's graph in each engine mode (every
// child's account and what it waits for), what the model says each consumer
// reaches and that the VPCs stay isolated, what it says when a piece is
// missing, adding and removing consumers, and the checks on the arguments.
import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CrossAccountPrivateLink, CrossAccountPrivateLinkArgs } from "alicloud-multi-account-network";
import { Graph } from "../../sdk/src/plan/graph";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { runModule, stackGraphOf } from "../../sdk/src/plan/programs";
import { buildNetworkModel } from "../../sdk/src/model/networkModel";
import { endpointsOf } from "../../sdk/src/model/endpoints";
import { privateLinkAccess } from "../../sdk/src/model/privateLink";
import { pingMatrix } from "../../sdk/src/model/reachability";
import { GraphView } from "../harness/graphView";
import { childLines, MODES, reportedProblems } from "../harness/graphAssertions";
import { deletionOrder, updatePlan } from "../harness/lifecycle";

const ACCOUNTS = {
    a: "1111111111111111",
    b: "2222222222222222",
    c: "3333333333333333",
    alsoB: "2222222222222222",
};
type Providers = Record<keyof typeof ACCOUNTS | "tokyo", alicloud.Provider>;
const REGION = "cn-hangzhou";
const ZONES = ["cn-hangzhou-h", "cn-hangzhou-i"];

function access(graph: Graph) {
    return privateLinkAccess(buildNetworkModel(stackGraphOf(graph)));
}

/** A consumer VPC `10.<second>.0.0/16` given by id (`vpc-<name>`, the id the mock gives a VPC of that name), in both zones. */
function consumerVpc(name: string, second: number) {
    return {
        name,
        vpcId: `vpc-${name}`,
        vswitches: ZONES.map((zoneId, i) => ({ zoneId, vswitchId: `vsw-${name}-${i}` })),
        clientCidrBlocks: [`10.${second}.0.0/16`],
    };
}

/** The consumer VPCs as resources of the stack (ids `vpc-app`, `vpc-data`), so the model knows their clients' addresses. */
function consumerVpcsInStack(p: Providers): void {
    new alicloud.vpc.Network("app", { cidrBlock: "10.2.0.0/16" }, { provider: p.b });
    new alicloud.vpc.Network("data", { cidrBlock: "10.3.0.0/16" }, { provider: p.c });
}

/** A offers a service behind an NLB; B consumes it from VPC app, C from VPC data. */
function program(edit: (p: Providers, args: CrossAccountPrivateLinkArgs) => CrossAccountPrivateLinkArgs) {
    return () => {
        const p = Object.fromEntries(
            Object.keys(ACCOUNTS).map((a) => [a, new alicloud.Provider(a, { region: REGION })]),
        ) as Providers;
        p.tokyo = new alicloud.Provider("tokyo", { region: "ap-northeast-1" });
        const args: CrossAccountPrivateLinkArgs = {
            serviceProvider: p.a,
            service: { resourceType: "nlb", backends: [{ id: "nlb-orders", zoneIds: ZONES }], ports: [443] },
            consumers: [
                { name: "b", provider: p.b, vpcs: [consumerVpc("app", 2)] },
                { name: "c", provider: p.c, vpcs: [consumerVpc("data", 3)] },
            ],
        };
        new CrossAccountPrivateLink("link", edit(p, args));
    };
}

const run = (edit: Parameters<typeof program>[0] = (_p, a) => a) =>
    runProgram(program(edit), { accounts: ACCOUNTS });

describe("CrossAccountPrivateLink", () => {
    for (const mode of MODES) {
        it(`the example: the service, its load balancer per zone and whitelist in A; each consumer's group, endpoint and zones in its own account; acceptance in A (${mode.name})`, async () => {
            const view = new GraphView(
                await runModule("examples/privatelink/index.ts", { preview: mode.preview }),
            );
            assert.deepEqual(childLines(view, view.named("orders")), [
                "SecurityGroup orders-sg-consumer-b @account-b <- consumer-b",
                "SecurityGroup orders-sg-consumer-c @account-c <- consumer-c",
                "SecurityGroupRule orders-sg-consumer-b-tcp443-10-2-0-0-16 @account-b <- orders-sg-consumer-b",
                "SecurityGroupRule orders-sg-consumer-c-tcp443-10-3-0-0-16 @account-c <- orders-sg-consumer-c",
                "VpcEndpoint orders-endpoint-consumer-b @account-b <- consumer-b, orders-backend-0-ap-southeast-1a, orders-backend-0-ap-southeast-1b, orders-service, orders-sg-consumer-b, orders-whitelist-account-b",
                "VpcEndpoint orders-endpoint-consumer-c @account-c <- consumer-c, orders-backend-0-ap-southeast-1a, orders-backend-0-ap-southeast-1b, orders-service, orders-sg-consumer-c, orders-whitelist-account-c",
                "VpcEndpointService orders-service @account-a <- ",
                "VpcEndpointServiceConnection orders-connection-consumer-b @account-a <- orders-endpoint-consumer-b, orders-service, orders-zone-consumer-b-ap-southeast-1a, orders-zone-consumer-b-ap-southeast-1b",
                "VpcEndpointServiceConnection orders-connection-consumer-c @account-a <- orders-endpoint-consumer-c, orders-service, orders-zone-consumer-c-ap-southeast-1a, orders-zone-consumer-c-ap-southeast-1b",
                "VpcEndpointServiceResource orders-backend-0-ap-southeast-1a @account-a <- orders-service, service-nlb",
                "VpcEndpointServiceResource orders-backend-0-ap-southeast-1b @account-a <- orders-service, service-nlb",
                "VpcEndpointServiceUser orders-whitelist-account-b @account-a <- orders-service",
                "VpcEndpointServiceUser orders-whitelist-account-c @account-a <- orders-service",
                "VpcEndpointZone orders-zone-consumer-b-ap-southeast-1a @account-b <- consumer-b-vsw1, orders-endpoint-consumer-b",
                "VpcEndpointZone orders-zone-consumer-b-ap-southeast-1b @account-b <- consumer-b-vsw2, orders-endpoint-consumer-b",
                "VpcEndpointZone orders-zone-consumer-c-ap-southeast-1a @account-c <- consumer-c-vsw1, orders-endpoint-consumer-c",
                "VpcEndpointZone orders-zone-consumer-c-ap-southeast-1b @account-c <- consumer-c-vsw2, orders-endpoint-consumer-c",
            ]);
            const service = view.named("orders-service");
            assert.deepEqual(
                [
                    service.inputs.serviceResourceType,
                    service.inputs.payer,
                    service.inputs.autoAcceptConnection,
                ],
                ["nlb", "Endpoint", false],
            );
        });
    }

    it("the example: B and C reach the service on TCP 443, one way, and the three VPCs stay isolated from each other", async () => {
        const graph = await runModule("examples/privatelink/index.ts");
        assert.deepEqual(
            access(graph).map((a) => [a.consumerVpc, a.service, a.verdict, a.ports]),
            [
                ["consumer-b", "orders-service", "yes", [443]],
                ["consumer-c", "orders-service", "yes", [443]],
            ],
        );
        assert.match(
            access(graph)[0].why,
            /^whitelisted by orders-whitelist-account-b .*; accepted by orders-connection-consumer-b; addresses in ap-southeast-1a, ap-southeast-1b; its security groups admit TCP 443 from 10\.2\.0\.1; to the service's load balancers /,
        );
        const stack = stackGraphOf(graph);
        const pings = pingMatrix(buildNetworkModel(stack), endpointsOf(stack));
        assert.ok(pings.length > 0);
        assert.deepEqual(
            pings
                .filter((r) => r.forward.outcome.kind !== "denied")
                .map((r) => `${r.from.label} -> ${r.to.label}`),
            [],
            "no packet crosses between the VPCs",
        );
    });

    it("the model names what stops a consumer: the whitelist, acceptance, zones, the security group", async () => {
        const graph = await runProgram(() => {
            const a = new alicloud.Provider("a", { region: REGION, accountId: ACCOUNTS.a });
            const b = new alicloud.Provider("b", { region: REGION, accountId: ACCOUNTS.b });
            const service = new alicloud.privatelink.VpcEndpointService(
                "svc",
                { serviceResourceType: "nlb", autoAcceptConnection: false },
                { provider: a },
            );
            new alicloud.privatelink.VpcEndpointServiceResource(
                "svc-nlb",
                { serviceId: service.id, resourceId: "nlb-1", resourceType: "nlb", zoneId: ZONES[0] },
                { provider: a },
            );
            const user = new alicloud.privatelink.VpcEndpointServiceUser(
                "svc-user-b",
                { serviceId: service.id, userId: ACCOUNTS.b },
                { provider: a },
            );
            const endpoint = (
                name: string,
                second: number,
                zone: string,
                port: string,
                accepted: boolean,
                listed = true,
            ) => {
                const vpc = new alicloud.vpc.Network(
                    name,
                    { cidrBlock: `10.${second}.0.0/16` },
                    { provider: b },
                );
                const group = new alicloud.ecs.SecurityGroup(
                    `${name}-sg`,
                    { vpcId: vpc.id },
                    { provider: b },
                );
                new alicloud.ecs.SecurityGroupRule(
                    `${name}-sg-rule`,
                    {
                        securityGroupId: group.id,
                        type: "ingress",
                        ipProtocol: "tcp",
                        portRange: port,
                        cidrIp: `10.${second}.0.0/16`,
                    },
                    { provider: b },
                );
                const ep = new alicloud.privatelink.VpcEndpoint(
                    `${name}-ep`,
                    { vpcId: vpc.id, serviceId: service.id, securityGroupIds: [group.id] },
                    { provider: listed ? b : a, dependsOn: [user] },
                );
                const vsw = new alicloud.vpc.Switch(
                    `${name}-vsw`,
                    { vpcId: vpc.id, cidrBlock: `10.${second}.0.0/24`, zoneId: zone },
                    { provider: b },
                );
                new alicloud.privatelink.VpcEndpointZone(
                    `${name}-zone`,
                    { endpointId: ep.id, vswitchId: vsw.id, zoneId: zone },
                    { provider: b },
                );
                if (accepted) {
                    new alicloud.privatelink.VpcEndpointServiceConnection(
                        `${name}-accept`,
                        { serviceId: service.id, endpointId: ep.id },
                        { provider: a },
                    );
                }
            };
            endpoint("ok", 1, ZONES[0], "1/65535", true);
            endpoint("pending", 2, ZONES[0], "443/443", false);
            endpoint("elsewhere", 3, ZONES[1], "443/443", true);
            endpoint("closed", 4, ZONES[0], "22/22", true);
            const c = new alicloud.Provider("c", { region: REGION, accountId: ACCOUNTS.c });
            const vpc = new alicloud.vpc.Network("stranger", { cidrBlock: "10.5.0.0/16" }, { provider: c });
            new alicloud.privatelink.VpcEndpoint(
                "stranger-ep",
                { vpcId: vpc.id, serviceId: service.id },
                { provider: c },
            );
        });
        const verdicts = Object.fromEntries(
            access(graph).map((a) => [a.consumerVpc, [a.verdict, a.ports, a.why]]),
        );
        assert.deepEqual(
            verdicts.ok.slice(0, 2),
            ["yes", [1]],
            "ports the security group opens, with no component to declare them",
        );
        assert.deepEqual(verdicts.pending, [
            "no",
            [],
            "svc accepts connections explicitly and nothing accepts this endpoint's (its connection stays pending): add a privatelink.VpcEndpointServiceConnection, made by the service account, or set autoAcceptConnection",
        ]);
        assert.deepEqual(verdicts.elsewhere, [
            "no",
            [],
            "the endpoint's zones (cn-hangzhou-i) are none the service's load balancers serve (cn-hangzhou-h)",
        ]);
        assert.deepEqual(
            verdicts.closed.slice(0, 2),
            ["yes", [22]],
            "what the group opens is what is offered, without a component",
        );
        assert.deepEqual(verdicts.stranger, [
            "no",
            [],
            "account 3333333333333333 (provider c) is not on the whitelist of svc: add a privatelink.VpcEndpointServiceUser for it, made by the service account",
        ]);
    });

    it("with the component, a port the consumer's own security group does not open is not reached", async () => {
        const graph = await run((p, args) => {
            consumerVpcsInStack(p);
            const group = new alicloud.ecs.SecurityGroup("own-sg", { vpcId: "vpc-app" }, { provider: p.b });
            new alicloud.ecs.SecurityGroupRule(
                "own-sg-ssh",
                {
                    securityGroupId: group.id,
                    type: "ingress",
                    ipProtocol: "tcp",
                    portRange: "22/22",
                    cidrIp: "10.2.0.0/16",
                },
                { provider: p.b },
            );
            const app = {
                ...args.consumers[0].vpcs[0],
                clientCidrBlocks: undefined,
                securityGroupIds: [group.id],
            };
            return { ...args, consumers: [{ ...args.consumers[0], vpcs: [app] }, args.consumers[1]] };
        });
        const [app, data] = access(graph);
        assert.deepEqual(
            [app.verdict, app.why],
            [
                "no",
                "security groups of endpoint link-endpoint-app: no ingress rule allows TCP 443 from 10.2.0.1",
            ],
        );
        assert.deepEqual([data.verdict, data.ports], ["yes", [443]]);
    });

    it("auto-accepting services get no connection resources; a CLB is added once, without a zone", async () => {
        const graph = await run((p, args) => {
            consumerVpcsInStack(p);
            return {
                ...args,
                service: {
                    ...args.service,
                    resourceType: "slb",
                    backends: [{ id: "lb-orders", zoneIds: ZONES }],
                    autoAcceptConnection: true,
                    payer: "service",
                },
            };
        });
        const view = new GraphView(graph);
        const names = view.graph.resources.filter((r) => r.name.startsWith("link-")).map((r) => r.name);
        assert.ok(!names.some((n) => n.startsWith("link-connection-")));
        assert.deepEqual(
            names.filter((n) => n.startsWith("link-backend-")),
            ["link-backend-lb-orders"],
        );
        assert.equal(view.named("link-backend-lb-orders").inputs.zoneId, undefined);
        assert.equal(view.named("link-service").inputs.payer, "EndpointService");
        assert.deepEqual(
            access(graph).map((a) => [a.verdict, a.why.split("; ")[1]]),
            [
                ["yes", "accepted automatically"],
                ["yes", "accepted automatically"],
            ],
        );
    });

    it("adding a consumer VPC creates only its children; removing an account deletes its endpoint before its whitelist entry", async () => {
        const before = await run();
        const withMore = await run((_p, args) => ({
            ...args,
            consumers: [
                { ...args.consumers[0], vpcs: [...args.consumers[0].vpcs, consumerVpc("web", 4)] },
                args.consumers[1],
            ],
        }));
        const added = updatePlan(before, withMore);
        assert.deepEqual([added.updated, added.replaced, added.deleted], [[], [], []]);
        assert.deepEqual(added.created, [
            "link-connection-web",
            "link-endpoint-web",
            "link-sg-web",
            "link-sg-web-tcp443-10-4-0-0-16",
            "link-zone-web-cn-hangzhou-h",
            "link-zone-web-cn-hangzhou-i",
        ]);
        const withoutC = await run((_p, args) => ({ ...args, consumers: [args.consumers[0]] }));
        const removed = updatePlan(before, withoutC);
        assert.deepEqual(removed.deleted, [
            "link-connection-data",
            "link-endpoint-data",
            "link-sg-data",
            "link-sg-data-tcp443-10-3-0-0-16",
            "link-whitelist-c",
            "link-zone-data-cn-hangzhou-h",
            "link-zone-data-cn-hangzhou-i",
        ]);
        const order = deletionOrder(before, removed.deleted);
        const wave = (name: string) => order.findIndex((w) => w.includes(name));
        assert.ok(wave("link-connection-data") < wave("link-zone-data-cn-hangzhou-h"));
        assert.ok(wave("link-zone-data-cn-hangzhou-h") < wave("link-endpoint-data"));
        assert.ok(wave("link-endpoint-data") < wave("link-whitelist-c"));
        // A second port adds its rules and changes nothing else but the component's declared ports.
        const morePorts = updatePlan(
            before,
            await run((_p, args) => ({ ...args, service: { ...args.service, ports: [443, 8443] } })),
        );
        assert.deepEqual(
            [morePorts.created, morePorts.replaced, morePorts.deleted],
            [["link-sg-app-tcp8443-10-2-0-0-16", "link-sg-data-tcp8443-10-3-0-0-16"], [], []],
        );
    });

    it("says what is wrong with the service and the consumers, before anything is created", async () => {
        const graph = await run((p, args) => ({
            ...args,
            service: {
                resourceType: "gwlb" as never,
                backends: [
                    { id: "nlb-1", zoneIds: ["cn-hangzhou-h"] },
                    { id: "nlb-1", zoneIds: [] },
                ],
                ports: [443, 443, 70000],
                payer: "Endpoint" as never,
                connectBandwidth: 50,
            },
            consumers: [
                {
                    name: "b",
                    provider: p.b,
                    vpcs: [
                        {
                            name: "app",
                            vpcId: "vpc-app",
                            vswitches: [
                                { zoneId: "cn-hangzhou-h", vswitchId: "vsw-1" },
                                { zoneId: "cn-hangzhou-k", vswitchId: "vsw-2" },
                            ],
                            clientCidrBlocks: ["10.2.0.0/33"],
                        },
                        {
                            name: "app2",
                            vpcId: "vpc-app",
                            vswitches: [{ zoneId: "cn-hangzhou-h", vswitchId: "vsw-3" }],
                            bandwidth: 100,
                        },
                    ],
                },
                { name: "b", provider: {} as never, vpcs: [] },
            ],
        }));
        assert.deepEqual(reportedProblems(graph), [
            `service.resourceType "gwlb" is not a load balancer type an interface endpoint service takes; use one of "slb", "alb", "nlb".`,
            `service.payer "Endpoint" is not a payer; use one of "consumer", "service".`,
            "service.connectBandwidth 50 must be a whole number of Mbit/s from 100 to 10240.",
            'service.backends[1].zoneIds is empty; give the zones the load balancer serves in, e.g. ["cn-hangzhou-h", "cn-hangzhou-i"].',
            `service.backends[1].id "nlb-1" is also service.backends[0]'s; list each load balancer once.`,
            "service.ports[1] 443 is listed twice; list each port once.",
            "service.ports[2] 70000 is not a TCP port; give a whole number from 1 to 65535.",
            "consumers[1].name 'b' is already used by consumers[0]: consumer account names key the child resources and must be unique; rename one of them.",
            "consumers[1] 'b': provider is missing or not an alicloud.Provider; pass the provider of the consumer's account, in the service's region.",
            "consumers[1] 'b': vpcs is empty; give the account's VPCs that consume the service, or remove the account.",
            `consumers[0].vpcs[0] 'app': clientCidrBlocks[0] "10.2.0.0/33" is not a valid IPv4 CIDR block (A Prefix value cannot be less than 0 or greater than 32).`,
            "consumers[0].vpcs[0] 'app': vswitches[1] is in cn-hangzhou-k, where the service's backends do not serve (cn-hangzhou-h); use a vSwitch in one of those zones, or add the zone to a backend's zoneIds.",
            "consumers[0].vpcs[1] 'app2': bandwidth 100 must be a whole number of Mbit/s from 1024 to 10240.",
            "consumers[0].vpcs[1] 'app2': clientCidrBlocks is missing or empty, so the endpoint's security group would admit nobody; give the blocks of its clients (e.g. the VPC's cidrBlock), or securityGroupIds of your own.",
            "consumers[0].vpcs[1] 'app2': vswitches cover 1 zone (cn-hangzhou-h); an endpoint needs addresses in at least 2 zones: add a vSwitch in another zone the service offers.",
            "consumers[0].vpcs[1] 'app2': vpcId vpc-app already has an endpoint to this service (consumers[0].vpcs[0] 'app'); a VPC needs one endpoint per service: remove one consumer, and give the other all the vSwitches.",
        ]);
    });

    it("once accounts and regions resolve: a consumer in another region, and two entries of one account", async () => {
        const graph = await run((p, args) => ({
            ...args,
            consumers: [
                args.consumers[0],
                { ...args.consumers[1], provider: p.tokyo },
                {
                    name: "b-again",
                    provider: p.alsoB,
                    vpcs: [{ ...args.consumers[1].vpcs[0], name: "other", vpcId: "vpc-other" }],
                },
            ],
        }));
        assert.deepEqual(reportedProblems(graph).slice(-2), [
            "consumers[1] 'c': provider is in region ap-northeast-1, but the service is in cn-hangzhou; endpoints are created in the service's region, in a consumer VPC there: pass the consumer account's provider for cn-hangzhou.",
            "consumers[2] 'b-again': its provider is account 2222222222222222, as is consumers[0] 'b''s; the service's whitelist takes an account once: merge the two entries' vpcs into one.",
        ]);
    });

    it("refuses a second endpoint for one VPC once ids given as Outputs resolve", async () => {
        const graph = await run((_p, args) => {
            const [b] = args.consumers;
            const app = { ...b.vpcs[0], vpcId: pulumi.output("vpc-app") };
            return { ...args, consumers: [{ ...b, vpcs: [app, { ...app, name: "app-again" }] }] };
        });
        assert.deepEqual(reportedProblems(graph), [
            "consumers[0].vpcs[1] 'app-again': vpcId vpc-app already has an endpoint to this service (consumers[0].vpcs[0] 'app'); a VPC needs one endpoint per service: remove one consumer, and give the other all the vSwitches.",
        ]);
    });

    it("once the service's region resolves: backend and endpoint zones that are not its zones", async () => {
        const wrong = "cn-hangzhoui";
        const graph = await run((_p, args) => ({
            ...args,
            service: { ...args.service, backends: [{ id: "nlb-orders", zoneIds: [ZONES[0], wrong] }] },
            consumers: args.consumers.map((c) => ({
                ...c,
                vpcs: c.vpcs.map((v) => ({
                    ...v,
                    vswitches: v.vswitches.map((s, i) => (i === 1 ? { ...s, zoneId: wrong } : s)),
                })),
            })),
        }));
        assert.deepEqual(
            reportedProblems(graph).map((p) => p.split(" is not a zone")[0]),
            [
                `service.backends[0].zoneIds[1] "${wrong}"`,
                `consumers[0].vpcs[0] 'app': vswitches[1].zoneId "${wrong}"`,
                `consumers[1].vpcs[0] 'data': vswitches[1].zoneId "${wrong}"`,
            ],
        );
    });
});
