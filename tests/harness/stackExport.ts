// What `pulumi stack export` would write after `pulumi up` of a program the
// mock engine ran: deployment version 3, the stack's resources in
// registration order with their ids, inputs, outputs, parents,
// dependencies and providers (`<urn>::<id>`), the default provider made
// explicit as the engine records it, and secrets encrypted.
import { Graph, RecordedResource } from "../../sdk/src/plan/graph";

const SECRET_SIGNATURE = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

/** A value as the export writes a secret: encrypted, or in plain text (`--show-secrets`). */
export function secretValue(value: unknown, shown = false): Record<string, string> {
    return shown
        ? { [SECRET_SIGNATURE]: SECRET, plaintext: JSON.stringify(value) }
        : { [SECRET_SIGNATURE]: SECRET, ciphertext: Buffer.from(JSON.stringify(value)).toString("base64") };
}

export interface ExportOptions {
    /** Output properties to write as secrets, by resource name. */
    readonly secrets?: Readonly<Record<string, readonly string[]>>;
}

/** The export of a deployed program (its graph in update mode). */
export function stackExport(graph: Graph, options: ExportOptions = {}): Record<string, unknown> {
    if (graph.preview)
        throw new Error("a stack export is of a deployed stack: run the program in update mode");
    const stack = graph.resources.find((r) => r.type === "pulumi:pulumi:Stack");
    // `urn:pulumi:<stack>::<project>::`, which every URN of the stack starts with.
    const prefix = /^urn:pulumi:[^:]+::[^:]+::/.exec(stack?.urn ?? "")?.[0] ?? "";
    const defaultProvider = `${prefix}pulumi:providers:alicloud::default_3_108_0`;
    const providerId = (urn: string) =>
        urn === defaultProvider
            ? "04da6b54-80e4-46f7-96ec-b56ff0331ba9"
            : `${urn.split("::").pop()}-provider-id`;
    const usesDefault = graph.resources.some(
        (r) => r.custom && !r.provider && r.type.startsWith("alicloud:"),
    );
    const exported = graph.resources.map((r) => exportedResource(r, options, defaultProvider, providerId));
    const resources = usesDefault
        ? [
              exported[0],
              {
                  urn: defaultProvider,
                  custom: true,
                  id: providerId(defaultProvider),
                  type: "pulumi:providers:alicloud",
                  inputs: { version: "3.108.0" },
                  outputs: { version: "3.108.0" },
              },
              ...exported.slice(1),
          ]
        : exported;
    return {
        version: 3,
        deployment: {
            manifest: { time: "2026-12-06T09:00:00Z", magic: "stand-in", version: "v3.276.0" },
            secrets_providers: { type: "passphrase", state: { salt: "v1:stand-in" } },
            resources,
            metadata: {},
        },
    };
}

function exportedResource(
    r: RecordedResource,
    options: ExportOptions,
    defaultProvider: string,
    providerId: (urn: string) => string,
): Record<string, unknown> {
    const secret = new Set(options.secrets?.[r.name] ?? []);
    // A bridged provider returns the id among the outputs too.
    const bridged = r.custom && r.type.startsWith("alicloud:");
    const outputs = Object.fromEntries(
        Object.entries(bridged ? { ...r.outputs, id: r.id } : r.outputs)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, secret.has(k) ? secretValue(v) : v]),
    );
    const provider =
        r.provider?.urn ?? (r.custom && r.type.startsWith("alicloud:") ? defaultProvider : undefined);
    return {
        urn: r.urn,
        custom: r.custom,
        ...(r.custom && r.id !== undefined ? { id: r.id } : {}),
        type: r.type,
        inputs: r.inputs,
        outputs,
        ...(r.parent ? { parent: r.parent } : {}),
        ...(r.dependencies.length > 0 ? { dependencies: r.dependencies } : {}),
        ...(provider ? { provider: `${provider}::${providerId(provider)}` } : {}),
        ...(Object.keys(r.propertyDependencies).length > 0
            ? { propertyDependencies: r.propertyDependencies }
            : {}),
        created: "2026-12-06T09:00:00Z",
        modified: "2026-12-06T09:00:00Z",
    };
}
