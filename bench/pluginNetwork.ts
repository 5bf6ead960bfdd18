// The network the plugin is measured on: `n` VPCs in ten accounts joined by
// CrossAccountCenPeering, written once against handles that are real
// providers in a TypeScript program and resource references when the bench
// sends it to the plugin as another language's SDK does. Ids are plain
// values, so the measurement is the component's alone.
export const ACCOUNTS = 10;
export const REGION = "ap-southeast-1";

export interface NetworkHandles {
    provider(account: number): unknown;
}

/** The arguments of the measured CrossAccountCenPeering. */
export function peeringArgs(h: NetworkHandles, n: number): Record<string, unknown> {
    return {
        cenProvider: h.provider(0),
        vpcs: Array.from({ length: n }, (_, i) => ({
            name: `vpc${i}`,
            provider: h.provider(i % ACCOUNTS),
            vpcId: `vpc-${i}`,
            cidrBlocks: [`10.${Math.floor(i / 64)}.${(i % 64) * 4}.0/22`],
            zoneMappings: ["a", "b"].map((z) => ({ zoneId: `${REGION}${z}`, vswitchId: `vsw-${i}-${z}` })),
            routeTableIds: [`vtb-${i}`],
        })),
    };
}
