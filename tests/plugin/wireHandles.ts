// The scenarios' accounts, VPCs and vSwitches registered with a stand-in
// engine as a program in another language registers them, and handles that
// give them as that program's SDK sends them to a component: providers and
// resources as references, resource outputs as output values with their
// dependencies.
import { outputValue, ref } from "../harness/pluginHost";
import { StandInEngine } from "../harness/standInEngine";
import { ACCOUNTS, Handles, VPCS, vswitchCidr, zonesOf } from "./scenarios";

/** Registers the stack, the providers, VPCs and vSwitches; returns the handles to them. */
export function registerProgram(engine: StandInEngine): Handles {
    const common = { custom: true, dependencies: [], propertyDependencies: {} };
    engine.register({
        ...common,
        type: "pulumi:pulumi:Stack",
        name: `${engine.project}-${engine.stack}`,
        parent: "",
        custom: false,
        provider: "",
        inputs: {},
    });
    const providers = new Map(
        ACCOUNTS.map((a) => {
            const { urn, id } = engine.register({
                ...common,
                type: "pulumi:providers:alicloud",
                name: a.name,
                parent: engine.stackUrn,
                provider: "",
                inputs: { region: a.region },
            });
            return [a.name, { urn, id: id! }];
        }),
    );
    const resources = new Map<string, { urn: string; id: string }>();
    for (const v of VPCS) {
        const provider = providers.get(v.account)!;
        const region = ACCOUNTS.find((a) => a.name === v.account)!.region;
        const providerRef = `${provider.urn}::${provider.id}`;
        const vpc = engine.register({
            ...common,
            type: "alicloud:vpc/network:Network",
            name: v.name,
            parent: engine.stackUrn,
            provider: providerRef,
            inputs: { cidrBlock: v.cidr },
        });
        resources.set(v.name, { urn: vpc.urn, id: vpc.id! });
        [0, 1].forEach((z) => {
            const vswitch = engine.register({
                ...common,
                type: "alicloud:vpc/switch:Switch",
                name: `${v.name}-${z}`,
                parent: engine.stackUrn,
                provider: providerRef,
                dependencies: [vpc.urn],
                inputs: { vpcId: vpc.id, cidrBlock: vswitchCidr(v.cidr, z), zoneId: zonesOf(region)[z] },
            });
            resources.set(`${v.name}-${z}`, { urn: vswitch.urn, id: vswitch.id! });
        });
    }
    const idOf = (name: string) => {
        const r = resources.get(name)!;
        return outputValue(r.id, [r.urn]);
    };
    return {
        provider: (account) => {
            const p = providers.get(account)!;
            return ref(p.urn, p.id, "3.108.0");
        },
        vpcId: (vpc) => idOf(vpc),
        vswitchId: (vpc, zone) => idOf(`${vpc}-${zone}`),
        eventual: (value) => outputValue(value),
        byValue: (value) => outputValue(value),
    };
}
