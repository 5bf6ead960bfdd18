// The package schema, generated from the TypeScript API: each component's
// arguments interface gives its inputs, its public Output fields its outputs,
// and every interface or literal union they reach a type of the schema, with
// its TSDoc as description. One source, so the schema cannot drift from the
// types TypeScript users write. A type the schema cannot express is refused
// by name, for the API to be changed rather than the schema to lie.
import * as ts from "typescript";

/** What the generator reads and writes. */
export interface SchemaSource {
    /** The package's entry point (`sdk/src/index.ts`). */
    readonly entry: string;
    /** The components, by class name, exported from the entry point. */
    readonly components: readonly string[];
    /** The package name: the first part of every token. */
    readonly packageName: string;
    /** The `@pulumi/alicloud` version whose provider the arguments reference. */
    readonly alicloudVersion: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A property's schema type, and whether it is plain and optional. */
type Mapped = { spec: Json; plain: boolean; optional: boolean };

export class SchemaRefusal extends Error {}

/** The `types`, `resources` part of the package schema for `source`. */
export function schemaParts(source: SchemaSource): { types: Json; resources: Json } {
    const program = ts.createProgram([source.entry], {
        strict: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        skipLibCheck: true,
    });
    const checker = program.getTypeChecker();
    const entry = program.getSourceFile(source.entry);
    if (!entry) throw new SchemaRefusal(`cannot read ${source.entry}`);
    const exported = new Map(
        checker
            .getExportsOfModule(checker.getSymbolAtLocation(entry)!)
            .map((s) => [s.name, unalias(checker, s)]),
    );
    const types: Json = {};
    const token = (name: string) => `${source.packageName}:index:${name}`;
    const named = new Map<string, string>();
    /** The schema token of a TypeScript type; two types may not take one name. */
    const typeToken = (name: string) => {
        const schemaName = schemaTypeName(name);
        const other = named.get(schemaName);
        if (other !== undefined && other !== name) {
            problems.push(`${name} and ${other} are both the schema type ${schemaName}: rename one`);
        }
        named.set(schemaName, name);
        return token(schemaName);
    };
    const problems: string[] = [];

    /**
     * An element of a list or map: plain unless TypeScript takes an Input
     * there (`pulumi.Input<string>[]`), as the property that holds it.
     */
    function elementOf(node: ts.TypeNode, where: string): Json {
        return { ...typeOf(node, where), ...(isInput(node) ? {} : { plain: true }) };
    }

    /** The schema type of a type node, met at `where`. */
    function typeOf(node: ts.TypeNode, where: string): Json {
        if (ts.isParenthesizedTypeNode(node)) return typeOf(node.type, where);
        if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) {
            return typeOf(node.type, where);
        }
        if (ts.isArrayTypeNode(node)) return { type: "array", items: elementOf(node.elementType, where) };
        if (ts.isTupleTypeNode(node)) {
            // A pair is an array in other languages; the components check its length.
            const items = node.elements.map((e) => JSON.stringify(elementOf(e as ts.TypeNode, where)));
            if (new Set(items).size !== 1) return refuse(where, "a tuple of mixed types");
            return { type: "array", items: JSON.parse(items[0]) };
        }
        switch (node.kind) {
            case ts.SyntaxKind.StringKeyword:
                return { type: "string" };
            case ts.SyntaxKind.NumberKeyword:
                return { type: "number" };
            case ts.SyntaxKind.BooleanKeyword:
                return { type: "boolean" };
        }
        if (ts.isUnionTypeNode(node)) {
            const members = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword);
            if (members.length === 1) return typeOf(members[0], where);
            return refuse(where, `an anonymous union (${node.getText()}); name it with a type alias`);
        }
        if (ts.isTypeReferenceNode(node)) return referenceOf(node, where);
        return refuse(where, `the type ${node.getText()}`);
    }

    function referenceOf(node: ts.TypeReferenceNode, where: string): Json {
        const name = node.typeName.getText();
        const args = node.typeArguments ?? [];
        if (name === "pulumi.Input" || name === "pulumi.Output") return typeOf(args[0], where);
        if (name === "Record") return { type: "object", additionalProperties: typeOf(args[1], where) };
        if (name === "Array" || name === "ReadonlyArray")
            return { type: "array", items: typeOf(args[0], where) };
        if (name === "alicloud.Provider") {
            return { $ref: `/alicloud/v${source.alicloudVersion}/schema.json#/provider` };
        }
        const symbol = unalias(checker, checker.getSymbolAtLocation(node.typeName)!);
        const declaration = symbol.declarations?.[0];
        if (!declaration || !declaration.getSourceFile().fileName.includes("/sdk/src/")) {
            return refuse(where, `the type ${name}, which is not the package's own`);
        }
        if (source.components.includes(symbol.name)) return { $ref: `#/resources/${token(symbol.name)}` };
        if (exported.get(symbol.name) !== symbol) {
            return refuse(where, `the type ${name}, which the package does not export`);
        }
        if (ts.isInterfaceDeclaration(declaration)) {
            defineObject(symbol, declaration);
            return { $ref: `#/types/${typeToken(symbol.name)}` };
        }
        if (ts.isTypeAliasDeclaration(declaration)) return aliasOf(symbol, declaration, where);
        return refuse(where, `the type ${name}`);
    }

    /** A literal union is an enum; a union of an enum and other types, each of them. */
    function aliasOf(symbol: ts.Symbol, declaration: ts.TypeAliasDeclaration, where: string): Json {
        const literals = literalValues(checker, declaration.type);
        if (literals) {
            defineEnum(symbol, declaration, literals);
            return { $ref: `#/types/${typeToken(symbol.name)}` };
        }
        if (ts.isUnionTypeNode(declaration.type)) {
            return { oneOf: declaration.type.types.map((t) => typeOf(t, `${where} (${symbol.name})`)) };
        }
        return typeOf(declaration.type, where);
    }

    function defineEnum(symbol: ts.Symbol, declaration: ts.Declaration, values: (string | number)[]) {
        const key = typeToken(symbol.name);
        if (types[key]) return;
        const description = describe(checker, symbol, declaration);
        if (!description) problems.push(`${symbol.name} has no TSDoc`);
        types[key] = {
            description,
            type: typeof values[0] === "number" ? "number" : "string",
            enum: values.map((value) => ({ value })),
        };
    }

    function defineObject(symbol: ts.Symbol, declaration: ts.InterfaceDeclaration) {
        const key = typeToken(symbol.name);
        if (types[key]) return;
        types[key] = { type: "object" }; // placeholder while its properties are read (recursive types)
        const { properties, required } = propertiesOf(
            checker.getTypeAtLocation(declaration),
            symbol.name,
            false,
        );
        const description = describe(checker, symbol, declaration);
        if (!description) problems.push(`${symbol.name} has no TSDoc`);
        types[key] = {
            description,
            type: "object",
            properties,
            ...(required.length > 0 ? { required } : {}),
        };
    }

    /** The documented properties of an interface or class, and which of them are required. */
    function propertiesOf(type: ts.Type, owner: string, outputsOnly: boolean) {
        const properties: Json = {};
        const required: string[] = [];
        for (const property of checker.getPropertiesOfType(type)) {
            const declaration = property.valueDeclaration;
            if (
                !declaration ||
                !(ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration))
            ) {
                continue;
            }
            // What every resource has (urn) is no output of the package's.
            if (!declaration.getSourceFile().fileName.includes("/sdk/src/")) continue;
            if (ts.getJSDocTags(declaration).some((t) => t.tagName.text === "internal")) {
                problems.push(`${owner}.${property.name} is @internal: internals stay out of public types`);
                continue;
            }
            if (ts.isPropertyDeclaration(declaration)) {
                const modifiers = ts.getCombinedModifierFlags(declaration);
                if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
                if (!(modifiers & ts.ModifierFlags.Readonly)) continue;
            }
            const where = `${owner}.${property.name}`;
            const mapped = propertyOf(declaration, where, outputsOnly);
            if (!mapped) continue;
            const description = describe(checker, property, declaration);
            if (!description) problems.push(`${where} has no TSDoc`);
            properties[property.name] = {
                ...mapped.spec,
                ...(mapped.plain ? { plain: true } : {}),
                description,
            };
            if (!mapped.optional) required.push(property.name);
        }
        return { properties, required };
    }

    function propertyOf(
        declaration: ts.PropertySignature | ts.PropertyDeclaration,
        where: string,
        output: boolean,
    ): Mapped | undefined {
        const node = declaration.type;
        if (!node) return refuseMapped(where, "no declared type");
        const optional = declaration.questionToken !== undefined || allowsUndefined(node);
        // Inputs are plain unless declared pulumi.Input: the components decide children from them.
        const plain = !output && !isInput(node);
        try {
            const spec = typeOf(node, where);
            return { spec: output ? withoutPlain(spec) : spec, plain, optional };
        } catch (err) {
            if (err instanceof SchemaRefusal) {
                problems.push(err.message);
                return undefined;
            }
            throw err;
        }
    }

    function refuseMapped(where: string, what: string): undefined {
        problems.push(`${where}: ${what}`);
        return undefined;
    }

    const resources: Json = {};
    for (const name of source.components) {
        const symbol = exported.get(name);
        const declaration = symbol?.valueDeclaration;
        if (!symbol || !declaration || !ts.isClassDeclaration(declaration)) {
            problems.push(`${name} is not an exported class`);
            continue;
        }
        const constructor = declaration.members.find(ts.isConstructorDeclaration);
        const argsNode = constructor?.parameters[1]?.type;
        if (!argsNode) {
            problems.push(`${name}'s constructor has no typed args`);
            continue;
        }
        const argsType = checker.getTypeFromTypeNode(argsNode);
        const inputs = propertiesOf(argsType, `${name}Args`, false);
        const outputs = propertiesOf(checker.getTypeAtLocation(declaration), name, true);
        const description = describe(checker, symbol, declaration);
        if (!description) problems.push(`${name} has no TSDoc`);
        resources[token(name)] = {
            description,
            isComponent: true,
            inputProperties: inputs.properties,
            requiredInputs: inputs.required,
            properties: outputs.properties,
            required: outputs.required,
        };
    }
    if (problems.length > 0) {
        throw new SchemaRefusal(`the schema cannot express the API:\n  - ${problems.join("\n  - ")}`);
    }
    return { types: sortKeys(types), resources };
}

/** A type as an output: `plain` says nothing there. */
function withoutPlain(spec: Json): Json {
    if (Array.isArray(spec)) return spec.map(withoutPlain);
    if (typeof spec !== "object" || spec === null) return spec;
    return Object.fromEntries(
        Object.entries(spec)
            .filter(([key]) => key !== "plain")
            .map(([key, value]) => [key, withoutPlain(value)]),
    );
}

/**
 * A type's name in the schema: the TypeScript name without its `Args` or
 * `Output` suffix, which every language's code generator adds back
 * (`CenVpcArgs` in TypeScript is the type `CenVpc`, `CenVpcArgs` in Python,
 * Go and .NET, not `CenVpcArgsArgs`).
 */
export function schemaTypeName(typescriptName: string): string {
    return typescriptName.replace(/(Args|Output)$/, "");
}

function refuse(where: string, what: string): never {
    throw new SchemaRefusal(`${where}: ${what}`);
}

function unalias(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
    return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** `pulumi.Input<T>`: where TypeScript takes an eventual value. */
function isInput(node: ts.TypeNode): boolean {
    return ts.isTypeReferenceNode(node) && node.typeName.getText() === "pulumi.Input";
}

/** `T | undefined` as a declared type: optional in outputs. */
function allowsUndefined(node: ts.TypeNode): boolean {
    if (ts.isUnionTypeNode(node)) return node.types.some((t) => t.kind === ts.SyntaxKind.UndefinedKeyword);
    if (ts.isTypeReferenceNode(node) && node.typeArguments?.length === 1) {
        return allowsUndefined(node.typeArguments[0]);
    }
    return false;
}

/** The values of a union of string or number literals (or of `(typeof X)[number]` over a const list). */
function literalValues(checker: ts.TypeChecker, node: ts.TypeNode): (string | number)[] | undefined {
    const type = checker.getTypeFromTypeNode(node);
    const members = type.isUnion() ? type.types : [type];
    if (!members.every((m) => m.isStringLiteral() || m.isNumberLiteral())) return undefined;
    return members.map((m) => (m as ts.LiteralType).value as string | number);
}

/** A symbol's TSDoc as Markdown: its text, then its default and links. */
function describe(checker: ts.TypeChecker, symbol: ts.Symbol, declaration: ts.Declaration): string {
    const text = render(symbol.getDocumentationComment(checker));
    const tags = ts.getJSDocTags(declaration);
    const parts = [text];
    for (const tag of tags) {
        const comment = typeof tag.comment === "string" ? tag.comment : render(tag.comment ?? []);
        // `@default - <what happens>` says what happens without a value: the dash is TSDoc's, not the reader's.
        if (tag.tagName.text === "default") parts.push(`Default: ${comment.trim().replace(/^-\s+/, "")}`);
        if (tag.tagName.text === "see") parts.push(`See ${comment.trim()}`);
    }
    return parts
        .filter((p) => p.trim().length > 0)
        .join("\n\n")
        .trim();
}

/** TSDoc text with `{@link X}` as `X` and `{@link url | text}` as a Markdown link, paragraphs unwrapped. */
function render(
    parts: readonly (ts.SymbolDisplayPart | ts.JSDocComment)[] | ts.NodeArray<ts.JSDocComment>,
): string {
    const asText = (part: ts.SymbolDisplayPart | ts.JSDocComment): string => {
        if ("kind" in part && typeof part.kind === "string") return (part as ts.SymbolDisplayPart).text;
        const node = part as ts.JSDocComment;
        if (ts.isJSDocLink(node) || ts.isJSDocLinkPlain(node) || ts.isJSDocLinkCode(node)) {
            // TypeScript reads `https://x` as the name `https` and the text `://x`.
            return `{@link ${node.name?.getText() ?? ""}${node.text}}`;
        }
        return (node as ts.JSDocText).text;
    };
    const text = (parts as readonly (ts.SymbolDisplayPart | ts.JSDocComment)[]).map(asText).join("");
    return unwrap(text.replace(/\{@link\s*([^}]*)\}/g, (_m, inner: string) => linkText(inner.trim())));
}

/** `X`, `X label`, `url | label` as Markdown. */
function linkText(inner: string): string {
    const [target, ...rest] = inner.split(/\s*\|\s*|\s+/);
    const label = rest.join(" ").trim();
    return /^https?:/.test(target) ? `[${label || target}](${target})` : label || target;
}

/** Lines of one paragraph joined, as Markdown renders them; list items and blank lines kept. */
function unwrap(text: string): string {
    return text.replace(/\n(?!\s*\n|\s*[-*] |\s*\d+\. )(?<!\n\n)/g, " ").replace(/ +\n/g, "\n");
}

function sortKeys(value: Json): Json {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
