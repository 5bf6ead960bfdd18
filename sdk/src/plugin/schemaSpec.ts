// The package schema as the plugin reads it: what GetSchema serves, and the
// shapes the inputs of Construct are read with and its outputs written by.
import * as fs from "fs";
import * as path from "path";

/** A property or type reference of the schema (a subset: what the package's schema uses). */
export interface TypeSpec {
    readonly type?: "string" | "number" | "integer" | "boolean" | "array" | "object";
    readonly items?: TypeSpec;
    readonly additionalProperties?: TypeSpec;
    readonly $ref?: string;
    readonly oneOf?: readonly TypeSpec[];
    readonly plain?: boolean;
}

/** An object type of the schema. */
export interface ObjectSpec {
    readonly type: "object" | "string" | "number";
    readonly properties?: Readonly<Record<string, TypeSpec>>;
    readonly required?: readonly string[];
}

/** A component of the schema. */
export interface ResourceSpec {
    readonly inputProperties: Readonly<Record<string, TypeSpec>>;
    readonly requiredInputs: readonly string[];
    readonly properties: Readonly<Record<string, TypeSpec>>;
}

export interface PackageSpec {
    readonly name: string;
    readonly version: string;
    readonly types: Readonly<Record<string, ObjectSpec>>;
    readonly resources: Readonly<Record<string, ResourceSpec>>;
}

/** The schema file the package ships, beside the compiled code. */
export const SCHEMA_PATH = path.join(__dirname, "..", "..", "schema", "schema.json");

/** The schema's text, as GetSchema serves it, and the schema read from it. */
export function loadSchema(file = SCHEMA_PATH): { text: string; spec: PackageSpec } {
    const text = fs.readFileSync(file, "utf8");
    return { text, spec: JSON.parse(text) as PackageSpec };
}

/** The object type a `$ref` names in this schema, if it is one of its own. */
export function ownType(schema: PackageSpec, spec: TypeSpec): ObjectSpec | undefined {
    const prefix = "#/types/";
    return spec.$ref?.startsWith(prefix) ? schema.types[spec.$ref.slice(prefix.length)] : undefined;
}

/** A `$ref` to a provider (of `@pulumi/alicloud`). */
export function isProviderRef(spec: TypeSpec): boolean {
    return spec.$ref?.endsWith("#/provider") ?? false;
}
