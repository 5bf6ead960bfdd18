// A component's arguments from what a program in another language sent over
// Construct, read by the schema: what TypeScript takes as a plain value (the
// names, lists and shape of the network) made plain again, what it takes as
// an Input left as it came, and each provider one object per URN, as the
// components compare providers by identity.
//
// SDKs before 3.153 send a list that holds resource references as one Output.
// Its values are read as the plain values they are, as TypeScript passes
// literals: children are named from them the same in every language and SDK
// version. The Output's dependencies stay with the component (the engine
// records them on it), which its children are created after and deleted before.
import * as pulumi from "@pulumi/pulumi";
import { isProviderRef, ownType, PackageSpec, ResourceSpec, TypeSpec } from "./schemaSpec";
import { NotPrompt, promptValue, urnOf } from "./promptValues";

interface Reading {
    readonly schema: PackageSpec;
    readonly providers: Map<string, pulumi.ProviderResource>;
    readonly problems: string[];
}

/** Thrown when inputs cannot be the arguments TypeScript would pass; names each input. */
export class ConstructInputError extends Error {}

/**
 * The arguments of the component `resource` from `inputs`. Inputs the schema
 * does not know are passed on for the component to name.
 */
export async function componentArgs(
    name: string,
    schema: PackageSpec,
    resource: ResourceSpec,
    inputs: Record<string, unknown>,
): Promise<Record<string, unknown>> {
    const reading: Reading = { schema, providers: new Map(), problems: [] };
    const args: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(inputs)) {
        const spec = resource.inputProperties[key];
        args[key] = spec ? await argument(reading, spec, value, key) : value;
    }
    if (reading.problems.length > 0) {
        throw new ConstructInputError(`${name}: invalid arguments:\n  - ${reading.problems.join("\n  - ")}`);
    }
    return args;
}

async function argument(reading: Reading, spec: TypeSpec, value: unknown, where: string): Promise<unknown> {
    if (pulumi.Output.isInstance(value)) {
        if (!spec.plain) return value;
        const prompt = await promptValue(value);
        if ("problem" in prompt) {
            reading.problems.push(notPrompt(where, prompt.problem));
            return undefined;
        }
        return argument(reading, spec, prompt.value, where);
    }
    if (value === undefined || value === null) return undefined;
    if (isProviderRef(spec)) return oneProviderPerUrn(reading, value);
    if (spec.type === "array" && spec.items && Array.isArray(value)) {
        const items = spec.items;
        return Promise.all(value.map((v, i) => argument(reading, items, v, `${where}[${i}]`)));
    }
    const object = ownType(reading.schema, spec);
    const fields = object?.type === "object" ? object.properties : undefined;
    const values = spec.type === "object" ? spec.additionalProperties : undefined;
    if ((fields || values) && isRecord(value)) {
        const entries = await Promise.all(
            Object.entries(value).map(async ([key, v]) => {
                const field = fields ? fields[key] : values;
                return [key, field ? await argument(reading, field, v, `${where}.${key}`) : v] as const;
            }),
        );
        return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
    }
    return value;
}

/** The first provider object of each URN stands for every reference to it. */
async function oneProviderPerUrn(reading: Reading, value: unknown): Promise<unknown> {
    if (!pulumi.ProviderResource.isInstance(value)) return value;
    const urn = await urnOf(value);
    const first = reading.providers.get(urn);
    if (first) return first;
    reading.providers.set(urn, value);
    return value;
}

function notPrompt(where: string, problem: NotPrompt): string {
    return problem === "unknown"
        ? `${where} is not known yet (an output of a resource that is not created yet, as in a preview), and the component decides which resources to create from it. Pass a value known before deployment: a literal, configuration, or an output of another stack.`
        : `${where} is a secret, and the component names or shapes its resources with it, which are not secret. Pass it in the clear.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return (
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        !pulumi.Resource.isInstance(value)
    );
}
