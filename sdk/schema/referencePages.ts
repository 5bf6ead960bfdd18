// The reference pages under docs/reference: one per component, its
// arguments, outputs and the types they take, written from the package
// schema (and so from the TypeScript types and their TSDoc), so the pages
// cannot drift from the API. `npm run schema` writes them with the schema; a
// test holds them to it.
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Where the pages are kept. */
export const REFERENCE_DIR = path.join(__dirname, "..", "..", "docs", "reference");

const local = (token: string) => token.split(":").pop()!;

/** Each page's file name and text: one per component and an index. */
export function referencePages(schema: Json): Record<string, string> {
    const pages: Record<string, string> = {};
    const components = Object.keys(schema.resources).map(local).sort();
    for (const token of Object.keys(schema.resources)) {
        pages[`${local(token)}.md`] = componentPage(schema, token);
    }
    pages["README.md"] = [
        "# Reference",
        "",
        "Generated from the package schema (`sdk/schema/schema.json`), which is generated from the TypeScript",
        "types and their documentation: `npm run schema` writes both. Property names are the schema's;",
        "Python writes them in snake_case (`cidr_blocks`), Go and C# in PascalCase (`CidrBlocks`).",
        "",
        ...components.map(
            (c) => `- [${c}](${c}.md): ${firstSentence(schema.resources[token(schema, c)].description)}`,
        ),
        "",
    ].join("\n");
    return pages;
}

const token = (schema: Json, name: string) => `${schema.name}:index:${name}`;

function componentPage(schema: Json, resourceToken: string): string {
    const resource = schema.resources[resourceToken];
    const types = reachedTypes(schema, [
        ...Object.values<Json>(resource.inputProperties),
        ...Object.values<Json>(resource.properties),
    ]);
    return [
        `# ${local(resourceToken)}`,
        "",
        "<!-- Generated from the package schema by `npm run schema`: edit the TSDoc, not this page. -->",
        "",
        resource.description,
        "",
        `Type token: \`${resourceToken}\`.`,
        "",
        "## Arguments",
        "",
        propertyTable(resource.inputProperties, resource.requiredInputs ?? [], true),
        "",
        "## Outputs",
        "",
        propertyTable(resource.properties, resource.required ?? [], false),
        "",
        ...types.flatMap((t) => typeSection(schema, t)),
    ].join("\n");
}

/** The package's own types reached from `specs`, in the order first met, each once. */
function reachedTypes(schema: Json, specs: Json[]): string[] {
    const seen: string[] = [];
    const visit = (spec: Json) => {
        if (!spec || typeof spec !== "object") return;
        const ref: string | undefined = spec.$ref;
        if (ref?.startsWith("#/types/")) {
            const name = ref.slice("#/types/".length);
            if (!seen.includes(name)) {
                seen.push(name);
                Object.values<Json>(schema.types[name].properties ?? {}).forEach(visit);
            }
        }
        [spec.items, spec.additionalProperties, ...(spec.oneOf ?? [])].forEach(visit);
    };
    specs.forEach(visit);
    return seen;
}

function typeSection(schema: Json, typeToken: string): string[] {
    const type = schema.types[typeToken];
    const heading = `## ${local(typeToken)}`;
    if (type.enum) {
        const values = type.enum.map((e: Json) => `\`${JSON.stringify(e.value)}\``).join(", ");
        return [heading, "", type.description, "", `One of ${values}.`, ""];
    }
    return [
        heading,
        "",
        type.description,
        "",
        propertyTable(type.properties ?? {}, type.required ?? [], true),
        "",
    ];
}

function propertyTable(properties: Json, required: string[], inputs: boolean): string {
    const rows = Object.entries<Json>(properties).map(([name, spec]) => {
        const cells = [
            `\`${name}\``,
            typeText(spec) + (inputs && spec.plain ? " (known before deployment)" : ""),
            ...(inputs ? [required.includes(name) ? "yes" : "no"] : []),
            cell(spec.description ?? ""),
        ];
        return `| ${cells.join(" | ")} |`;
    });
    const head = inputs
        ? "| name | type | required | description |\n|---|---|---|---|"
        : "| name | type | description |\n|---|---|---|";
    return [head, ...rows].join("\n");
}

/** A type as the pages write it: primitives, lists, maps, the package's types as links. */
function typeText(spec: Json): string {
    if (spec.oneOf) return spec.oneOf.map(typeText).join(" or ");
    if (spec.$ref?.endsWith("#/provider")) return "`alicloud.Provider`";
    if (spec.$ref?.startsWith("#/types/")) {
        const name = local(spec.$ref);
        return `[${name}](#${name.toLowerCase()})`;
    }
    if (spec.$ref?.startsWith("#/resources/")) return `[${local(spec.$ref)}](${local(spec.$ref)}.md)`;
    if (spec.type === "array") return `list of ${typeText(spec.items)}`;
    if (spec.type === "object")
        return `map of ${spec.additionalProperties ? typeText(spec.additionalProperties) : "string"}`;
    return spec.type;
}

/** Markdown that fits in a table cell. */
function cell(text: string): string {
    return text.replace(/\|/g, "\\|").replace(/\n\n/g, "<br><br>").replace(/\n/g, " ");
}

function firstSentence(text: string): string {
    const sentence = /^[\s\S]*?\.(\s|$)/.exec(text)?.[0] ?? text;
    return sentence.replace(/\s+/g, " ").trim();
}
