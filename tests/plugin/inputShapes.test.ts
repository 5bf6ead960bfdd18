// Inputs as SDKs of every age and language send them: lists as one Output
// (SDKs before 3.153), secrets, values unknown during a preview; and bad
// input refused with the message the TypeScript component gives.
import { strict as assert } from "assert";
import * as path from "path";
import { runAsLanguageHost } from "../harness/languageHost";
import { outputValue, PluginHost } from "../harness/pluginHost";
import { Registration, StandInEngine, WIRE } from "../harness/standInEngine";
import { Handles, SCENARIOS } from "./scenarios";
import { pluginSession } from "./pluginSession";

const PEERING = "alicloud-multi-account-network:index:CrossAccountCenPeering";

/** An output value's value and dependencies, as the handles give them. */
const unwrap = (v: unknown) => {
    const value = v as Record<string, unknown>;
    return value?.[WIRE.signature] === WIRE.outputValue
        ? { value: value.value, deps: value.dependencies as string[] }
        : { value: v, deps: [] as string[] };
};

/** `vpcs` as an SDK before 3.153 sends a list holding resource references: one Output, its elements' dependencies merged. */
function vpcsAsOneOutput(vpcs: Record<string, unknown>[]) {
    const deps = new Set<string>();
    const plain = (value: unknown): unknown => {
        const { value: inner, deps: d } = unwrap(value);
        d.forEach((u) => deps.add(u));
        if (Array.isArray(inner)) return inner.map(plain);
        if (typeof inner === "object" && inner !== null && !(WIRE.signature in inner)) {
            return Object.fromEntries(Object.entries(inner).map(([k, x]) => [k, plain(x)]));
        }
        return inner;
    };
    const list = vpcs.map(plain);
    return outputValue(list, [...deps]);
}

const facts = (registrations: readonly Registration[], component: string) =>
    registrations
        .filter((r) => r.urn.includes(`${component}$`) || r.urn.endsWith(`::${component.split(":").pop()}`))
        .map(({ type, name, parent, provider, inputs }) => ({ type, name, parent, provider, inputs }))
        .sort((a, b) => `${a.type}${a.name}`.localeCompare(`${b.type}${b.name}`));

describe("the plugin: inputs as every SDK sends them", function () {
    this.timeout(180000);
    const session = pluginSession();
    let engine: StandInEngine;
    let plugin: PluginHost;
    let handles: Handles;
    beforeEach(() => ({ engine, plugin, handles } = session.current));

    it("takes a list that arrives as one Output: the same children, named as from TypeScript", async () => {
        process.env.SCENARIO = "peering";
        const typescript = await runAsLanguageHost(path.join(__dirname, "fixtures", "program.ts"));
        const args = SCENARIOS.peering.args(handles);
        const vpcs = vpcsAsOneOutput(args.vpcs as Record<string, unknown>[]);
        await plugin.construct({ engine, type: PEERING, name: "peering", inputs: { ...args, vpcs } });
        assert.deepEqual(facts(engine.registrations, PEERING), facts(typescript.registrations, PEERING));
    });

    it("keeps a secret where TypeScript takes an Input, and refuses one that names resources, naming the argument", async () => {
        const args = SCENARIOS.peering.args(handles);
        const [shared, orders] = args.vpcs as Record<string, unknown>[];
        await assert.rejects(
            plugin.construct({
                engine,
                type: PEERING,
                name: "secret-name",
                inputs: { ...args, vpcs: [shared, { ...orders, name: outputValue("orders", [], true) }] },
            }),
            /secret-name: invalid arguments:\n {2}- vpcs\[1\]\.name is a secret, and the component names or shapes its resources with it, which are not secret\. Pass it in the clear\./,
        );
        await plugin.construct({
            engine,
            type: PEERING,
            name: "secret-tags",
            inputs: { ...args, tags: outputValue({ team: "network" }, [], true) },
        });
        const cen = engine.registrations.find((r) => r.name === "secret-tags-cen")!;
        assert.deepEqual(cen.inputs.tags, { team: "network" });
        assert.deepEqual(cen.secretInputs, ["tags"]);
    });

    it("constructs in a preview with ids not known yet, and refuses a name not known yet, saying what to pass", async () => {
        const args = SCENARIOS.peering.args(handles);
        const [shared, orders] = args.vpcs as Record<string, unknown>[];
        const unknownVpc = {
            ...orders,
            vpcId: outputValue(undefined, ["urn:pulumi:dev::host::alicloud:vpc/network:Network::orders"]),
        };
        await plugin.construct({
            engine,
            type: PEERING,
            name: "preview",
            inputs: { ...args, vpcs: [shared, unknownVpc] },
            dryRun: true,
        });
        const attachment = engine.registrations.find((r) => r.name === "preview-attachment-orders")!;
        assert.equal(attachment.inputs.vpcId, "<unknown>");
        await assert.rejects(
            plugin.construct({
                engine,
                type: PEERING,
                name: "unknown-name",
                inputs: { ...args, vpcs: [shared, { ...orders, name: outputValue(undefined) }] },
                dryRun: true,
            }),
            /- vpcs\[1\]\.name is not known yet \(an output of a resource that is not created yet, as in a preview\), and the component decides which resources to create from it\. Pass a value known before deployment/,
        );
    });

    it("refuses bad input with the message the TypeScript component gives, and creates nothing of it", async () => {
        const args = SCENARIOS.peering.args(handles);
        const [shared, orders] = args.vpcs as Record<string, unknown>[];
        const oneZone = {
            ...orders,
            zoneMappings: (orders.zoneMappings as unknown[]).slice(0, 1),
        };
        const before = engine.registrations.length;
        const error = await plugin
            .construct({ engine, type: PEERING, name: "bad", inputs: { ...args, vpcs: [shared, oneZone] } })
            .then(
                () => undefined,
                (e: Error) => e,
            );
        assert.ok(error);
        assert.match(
            error.message,
            /bad: invalid arguments:\n {2}- vpcs\[1\] 'orders': zoneMappings cover 1 zone \(ap-southeast-1a\); a transit router attachment needs vSwitches in at least 2 zones/,
        );
        assert.doesNotMatch(error.message, /\n\s+at /);
        assert.deepEqual(
            engine.registrations.slice(before).map((r) => r.type),
            [PEERING],
            "only the component itself is registered, as from TypeScript",
        );
    });
});
