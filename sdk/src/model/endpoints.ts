// What can ping: ECS instances where the program has them, else a host in
// each vSwitch.
import { Address, CidrBlock, firstHost, parseAddress, parseCidr } from "../core/cidr";
import { onPremisesSites } from "./onPremises";
import { vswitchesOf } from "./routeTables";
import { StackGraph, StackResource, TYPES, knownString } from "./stackGraph";

export interface Endpoint {
    /** `vpc1/vpc1-ecs (10.0.0.1)`, `vpc1/vpc1-vsw0 (10.0.0.1)` or `on-premises dc1 (192.168.0.1)`. */
    readonly label: string;
    /** The ECS instance's or vSwitch's resource name. */
    readonly name: string;
    /** The VPC; for an on-premises endpoint, the attachment of the connection it is reached through. */
    readonly vpc: StackResource;
    /** Undefined while the address is not known (preview). */
    readonly address?: Address;
    /**
     * For an instance without a fixed `privateIp`: its vSwitch's block, of
     * which it gets some address. `address` then stands for it in routing.
     */
    readonly range?: CidrBlock;
    /** The ECS instance, when the endpoint is one. */
    readonly ecs?: StackResource;
    /** The vSwitch it is in (whose network ACL judges what it sends and receives); none on premises. */
    readonly vswitch?: StackResource;
}

/** The on-premises endpoints: the first host of each declared block, through the connection's attachment. */
export function onPremisesEndpoints(graph: StackGraph): Endpoint[] {
    return [...onPremisesSites(graph).values()].flatMap((site) =>
        site.blocks.map((block) => {
            const address = firstHost(block);
            return {
                label: `on-premises ${site.name} (${address.text})`,
                name: `${site.name}-${block.cidr}`,
                vpc: site.attachment,
                address,
            };
        }),
    );
}

function ecsOfVswitch(graph: StackGraph, vswitch: StackResource): StackResource[] {
    return graph.groupedBy(TYPES.ecs, "vswitchId", TYPES.vswitch).get(vswitch.urn) ?? [];
}

/** The endpoints of one VPC: its ECS instances, or the first host of each vSwitch without one. */
export function endpointsOfVpc(graph: StackGraph, vpc: StackResource): Endpoint[] {
    return vswitchesOf(graph, vpc).flatMap((vswitch): Endpoint[] => {
        const instances = ecsOfVswitch(graph, vswitch);
        const cidr = knownString(vswitch.props.cidrBlock);
        const parsed = cidr ? parseCidr(cidr) : undefined;
        const block = parsed?.ok ? parsed.block : undefined;
        if (instances.length > 0) {
            return instances.map((ecs) => {
                const ip = knownString(ecs.props.privateIp);
                if (ip || !block) {
                    return {
                        label: `${vpc.name}/${ecs.name} (${ip ?? "IP known after deploy"})`,
                        name: ecs.name,
                        vpc,
                        address: ip ? parseAddress(ip) : undefined,
                        ecs,
                        vswitch,
                    };
                }
                return {
                    label: `${vpc.name}/${ecs.name} (an address of ${block.cidr})`,
                    name: ecs.name,
                    vpc,
                    address: firstHost(block),
                    range: block,
                    ecs,
                    vswitch,
                };
            });
        }
        const address = block ? firstHost(block) : undefined;
        return [
            {
                label: `${vpc.name}/${vswitch.name} (${address?.text ?? "known after deploy"})`,
                name: vswitch.name,
                vpc,
                address,
                vswitch,
            },
        ];
    });
}

/** Every endpoint of the stack, VPC by VPC, then the on-premises ones. */
export function endpointsOf(graph: StackGraph): Endpoint[] {
    return [
        ...graph.ofType(TYPES.vpc).flatMap((vpc) => endpointsOfVpc(graph, vpc)),
        ...onPremisesEndpoints(graph),
    ];
}
