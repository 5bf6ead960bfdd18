// The examples in every language, held to the package schema the SDKs are
// generated from: YAML programs' properties (names, required inputs, nested
// types, enum values, and no resource output where the component needs a
// value before deployment); Python programs compiled by Debian's python3 and
// their calls and keyword arguments checked; Go and C# programs' references
// to the package checked by name (there is no Go or .NET toolchain here, and
// no SDK to compile against without the Pulumi CLI, so they are not compiled).
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as yaml from "js-yaml";
import * as path from "path";
import { SCHEMA_FILE } from "../../sdk/schema/packageSchema";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const PACKAGE = "alicloud-multi-account-network";
const schema: Json = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
const typeOf = (ref: string | undefined) =>
    ref?.startsWith("#/types/") ? schema.types[ref.slice("#/types/".length)] : undefined;
const local = (token: string) => token.split(":").pop()!;
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
const pythonMember = (value: string) => value.replace(/[^A-Za-z0-9]+/g, "_").toUpperCase();

const programs = (language: string, file: string) =>
    fs
        .readdirSync(path.join(EXAMPLES, language))
        .map((example) => path.join(EXAMPLES, language, example, file))
        .filter((f) => fs.existsSync(f));

/** What is wrong with a YAML value against a schema type, at `where`. */
function yamlProblems(spec: Json, value: unknown, where: string): string[] {
    const interpolation = typeof value === "string" && /^\$\{[^}]+\}$/.test(value);
    const resourceOutput = typeof value === "string" && /\$\{[^}.]+\.[^}]+\}/.test(value);
    if (spec.plain && resourceOutput && !spec.$ref?.endsWith("#/provider")) {
        return [
            `${where}: ${value} is a resource's output, but the component needs this value before deployment`,
        ];
    }
    if (interpolation) return [];
    if (spec.oneOf) {
        return spec.oneOf.some((s: Json) => yamlProblems(s, value, where).length === 0)
            ? []
            : [`${where}: ${JSON.stringify(value)} is none of the types it may be`];
    }
    const type = typeOf(spec.$ref);
    if (type?.enum) {
        const values = type.enum.map((e: Json) => e.value);
        return values.includes(value)
            ? []
            : [`${where}: ${JSON.stringify(value)} is not one of ${values.join(", ")}`];
    }
    if (type?.type === "object") return objectProblems(type.properties, type.required ?? [], value, where);
    if (spec.type === "array") {
        if (!Array.isArray(value)) return [`${where}: not a list`];
        return value.flatMap((v, i) => yamlProblems(spec.items, v, `${where}[${i}]`));
    }
    if (spec.type === "object" && spec.additionalProperties) {
        if (typeof value !== "object" || value === null) return [`${where}: not a map`];
        return Object.entries(value).flatMap(([k, v]) =>
            yamlProblems(spec.additionalProperties, v, `${where}.${k}`),
        );
    }
    if (spec.type === "string" && typeof value !== "string") return [`${where}: not a string`];
    if (spec.type === "number" && typeof value !== "number") return [`${where}: not a number`];
    if (spec.type === "boolean" && typeof value !== "boolean") return [`${where}: not a boolean`];
    return [];
}

function objectProblems(properties: Json, required: string[], value: unknown, where: string): string[] {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return [`${where}: not an object`];
    const record = value as Record<string, unknown>;
    return [
        ...required.filter((k) => !(k in record)).map((k) => `${where}: ${k} is required`),
        ...Object.entries(record).flatMap(([k, v]) =>
            properties[k] ? yamlProblems(properties[k], v, `${where}.${k}`) : [`${where}: no property ${k}`],
        ),
    ];
}

describe("the examples in every language, against the package schema", () => {
    it("has the two-account peering and the isolated spokes in Python, Go, C# and YAML", () => {
        for (const [language, file] of [
            ["python", "__main__.py"],
            ["go", "main.go"],
            ["csharp", "Program.cs"],
            ["yaml", "Pulumi.yaml"],
        ]) {
            assert.deepEqual(
                programs(language, file).map((p) => path.basename(path.dirname(p))),
                ["cross-account-cen", "isolated-spokes"],
                language,
            );
            for (const program of programs(language, file)) {
                const project = yaml.load(
                    fs.readFileSync(path.join(path.dirname(program), "Pulumi.yaml"), "utf8"),
                );
                assert.equal((project as Json).packages[PACKAGE], `./node_modules/${PACKAGE}/sdk/plugin`);
            }
        }
    });

    for (const program of programs("yaml", "Pulumi.yaml")) {
        it(`YAML ${path.basename(path.dirname(program))}: every property of the package's components is one the schema takes`, () => {
            const project = yaml.load(fs.readFileSync(program, "utf8")) as Json;
            const components = Object.entries<Json>(project.resources).filter(([, r]) =>
                r.type.startsWith(`${PACKAGE}:`),
            );
            assert.ok(components.length > 0);
            for (const [name, resource] of components) {
                const spec = schema.resources[resource.type];
                assert.ok(spec, `${name}: no component ${resource.type}`);
                assert.deepEqual(
                    objectProblems(spec.inputProperties, spec.requiredInputs, resource.properties, name),
                    [],
                );
            }
        });
    }

    for (const program of programs("python", "__main__.py")) {
        it(`Python ${path.basename(path.dirname(program))}: compiles, and calls the generated SDK with the schema's names`, () => {
            const found = JSON.parse(
                execFileSync("python3", [path.join(__dirname, "pythonCalls.py"), program, "network"], {
                    encoding: "utf8",
                }),
            ) as { calls: { line: number; name: string; kwargs: string[] }[]; members: Json[] };
            assert.ok(found.calls.length > 0);
            for (const call of found.calls) {
                const resource = Object.entries<Json>(schema.resources).find(
                    ([t]) => local(t) === call.name,
                )?.[1];
                const type = schema.types[`${PACKAGE}:index:${call.name.replace(/Args$/, "")}`];
                const [properties, required] = resource
                    ? [resource.inputProperties, resource.requiredInputs]
                    : [type?.properties, type?.required ?? []];
                assert.ok(
                    properties,
                    `line ${call.line}: network.${call.name} is in no schema resource or type`,
                );
                const names = Object.keys(properties).map(snake);
                assert.deepEqual(
                    call.kwargs.filter((k) => !names.includes(k)),
                    [],
                    `line ${call.line}: network.${call.name}`,
                );
                assert.deepEqual(
                    required.map(snake).filter((k: string) => !call.kwargs.includes(k)),
                    [],
                    `line ${call.line}: network.${call.name} misses required arguments`,
                );
            }
            for (const { line, enum: name, member } of found.members) {
                const values = schema.types[`${PACKAGE}:index:${name}`]?.enum?.map((e: Json) =>
                    pythonMember(e.value),
                );
                assert.ok(values?.includes(member), `line ${line}: network.${name}.${member}`);
            }
        });
    }

    for (const [language, file, pattern] of [
        ["go", "main.go", /\bnetwork\.(New)?([A-Z]\w*)/g],
        ["csharp", "Program.cs", /\bNetwork\.(?:Inputs\.)?()([A-Z]\w*)/g],
    ] as const) {
        for (const program of programs(language, file)) {
            it(`${language} ${path.basename(path.dirname(program))}: names only the schema's components and types (not compiled here)`, () => {
                const source = fs.readFileSync(program, "utf8");
                const named = [...source.matchAll(pattern)].map((m) => m[2]);
                assert.ok(named.length > 0);
                const known = new Set([
                    ...Object.keys(schema.resources).flatMap((t) => [local(t), `${local(t)}Args`]),
                    ...Object.keys(schema.types).map((t) => `${local(t)}Args`),
                ]);
                assert.deepEqual(
                    named.filter((n) => !known.has(n)),
                    [],
                );
            });
        }
    }
});
