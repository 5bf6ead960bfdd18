// A component's outputs as the schema declares them, for Construct to return:
// only the declared fields of each object (what the package keeps inside
// them for its own children stays in the plugin).
import * as pulumi from "@pulumi/pulumi";
import { ownType, PackageSpec, ResourceSpec, TypeSpec } from "./schemaSpec";

/** The outputs of `component` that `resource` declares. */
export function componentState(
    schema: PackageSpec,
    resource: ResourceSpec,
    component: Record<string, unknown>,
): Record<string, unknown> {
    return Object.fromEntries(
        Object.entries(resource.properties).map(([key, spec]) => [
            key,
            stateOf(schema, spec, component[key]),
        ]),
    );
}

function stateOf(schema: PackageSpec, spec: TypeSpec, value: unknown): unknown {
    if (value === undefined || value === null) return value;
    if (pulumi.Output.isInstance(value)) return value.apply((v) => stateOf(schema, spec, v));
    if (pulumi.Resource.isInstance(value)) return value;
    if (spec.type === "array" && spec.items && Array.isArray(value)) {
        const items = spec.items;
        return value.map((v) => stateOf(schema, items, v));
    }
    const object = ownType(schema, spec);
    if (object?.type === "object" && typeof value === "object") {
        const fields = object.properties ?? {};
        const record = value as Record<string, unknown>;
        return Object.fromEntries(
            Object.keys(fields)
                .filter((key) => record[key] !== undefined)
                .map((key) => [key, stateOf(schema, fields[key], record[key])]),
        );
    }
    if (spec.type === "object" && spec.additionalProperties && typeof value === "object") {
        const values = spec.additionalProperties;
        return Object.fromEntries(
            Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, stateOf(schema, values, v)]),
        );
    }
    return value;
}
