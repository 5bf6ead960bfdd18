// Hub-and-spoke programs of any size for IsolatedSpokesWithSharedHub tests:
// real VPC and vSwitch resources (so the network model sees them), spread
// over three accounts.
import * as alicloud from "@pulumi/alicloud";
import {
    CenVpcArgs,
    IsolatedSpokesWithSharedHub,
    IsolatedSpokesWithSharedHubArgs,
} from "alicloud-multi-account-network";
import { accountProviders, REGION } from "./cenFixtures";

/** A VPC with two vSwitches in two zones of `region`, as component arguments. */
export function vpcWithSwitches(
    name: string,
    provider: alicloud.Provider,
    cidr: string,
    region = REGION,
): CenVpcArgs {
    const vpc = new alicloud.vpc.Network(name, { cidrBlock: cidr }, { provider });
    const zones = [`${region}a`, `${region}b`];
    const switches = zones.map(
        (zoneId, i) =>
            new alicloud.vpc.Switch(
                `${name}-vsw${i}`,
                { vpcId: vpc.id, cidrBlock: cidr.replace(/\.0\.0\/16$/, `.${i}.0/24`), zoneId },
                { provider },
            ),
    );
    return {
        name,
        provider,
        vpcId: vpc.id,
        cidrBlocks: [cidr],
        zoneMappings: switches.map((s, i) => ({ zoneId: zones[i], vswitchId: s.id })),
        routeTableIds: [vpc.routeTableId],
    };
}

/** The hub in account a (10.0.0.0/16) and `spokes` spokes spread over accounts a, b and c (10.<i+1>.0.0/16). */
export function hubAndSpokes(
    spokes: number,
    extra: Partial<IsolatedSpokesWithSharedHubArgs> = {},
    after?: (component: IsolatedSpokesWithSharedHub, providers: Record<string, alicloud.Provider>) => void,
    moreSpokes: (providers: Record<string, alicloud.Provider>) => CenVpcArgs[] = () => [],
): () => void {
    return () => {
        const p = accountProviders("a", "b", "c");
        const accounts = [p.a, p.b, p.c];
        const component = new IsolatedSpokesWithSharedHub("iso", {
            cenProvider: p.a,
            hub: vpcWithSwitches("hub", p.a, "10.0.0.0/16"),
            spokes: [
                ...Array.from({ length: spokes }, (_, i) =>
                    vpcWithSwitches(`spoke${i + 1}`, accounts[(i + 1) % 3], `10.${i + 1}.0.0/16`),
                ),
                ...moreSpokes(p),
            ],
            ...extra,
        });
        after?.(component, p);
    };
}

/** The mistake isolation exists to catch: a spoke's routes propagated into the spoke table. */
export function leakSpokeIntoSpokeTable(spoke: string) {
    return (component: IsolatedSpokesWithSharedHub, providers: Record<string, alicloud.Provider>) => {
        new alicloud.cen.TransitRouterRouteTablePropagation(
            "leak",
            {
                transitRouterAttachmentId: component.attachmentIds.apply((ids) => ids[spoke]),
                transitRouterRouteTableId: component.spokeRouteTableId,
            },
            { provider: providers.a },
        );
    };
}
