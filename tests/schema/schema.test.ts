// The package schema other languages' SDKs are generated from: it is what the
// TypeScript types say (generated from them, and the file kept in the
// repository is the generation of today's types), valid against Pulumi's
// package metaschema, and expresses what the components check at run time.
import { strict as assert } from "assert";
import Ajv2020 from "ajv/dist/2020";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
    APPLIANCE_NEXT_HOP_TYPES,
    PAYERS,
    PRIVATELINK_PAYERS,
    PRIVATELINK_RESOURCE_TYPES,
    SHARING_MODES,
    VPC_ROUTE_MODES,
} from "alicloud-multi-account-network";
import { COMPONENTS, packageSchema, SCHEMA_FILE, schemaText } from "../../sdk/schema/packageSchema";
import { schemaParts } from "../../sdk/schema/fromTypes";
import { REFERENCE_DIR, referencePages } from "../../sdk/schema/referencePages";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const PACKAGE = "alicloud-multi-account-network";
const token = (name: string) => `${PACKAGE}:index:${name}`;

describe("the package schema", function () {
    this.timeout(120000);
    let schema: Json;

    before(() => {
        schema = packageSchema();
    });

    it("is the one kept in sdk/schema/schema.json: no drift from the TypeScript types", () => {
        assert.equal(
            fs.readFileSync(SCHEMA_FILE, "utf8"),
            schemaText(schema),
            "sdk/schema/schema.json is out of date with the TypeScript types: run `npm run schema`",
        );
    });

    it("gives the reference pages kept in docs/reference: one per component, no drift", () => {
        const pages = referencePages(schema);
        assert.deepEqual(
            Object.keys(pages).sort(),
            [...COMPONENTS.map((c) => `${c}.md`), "README.md"].sort(),
        );
        assert.deepEqual(fs.readdirSync(REFERENCE_DIR).sort(), Object.keys(pages).sort());
        for (const [file, text] of Object.entries(pages)) {
            assert.equal(
                fs.readFileSync(path.join(REFERENCE_DIR, file), "utf8"),
                text,
                `docs/reference/${file} is out of date with the TypeScript types: run \`npm run schema\``,
            );
        }
        // Every argument of every component is on its page.
        const peering = pages["CrossAccountCenPeering.md"];
        for (const name of Object.keys(schema.resources[token("CrossAccountCenPeering")].inputProperties)) {
            assert.match(peering, new RegExp(`\\| \`${name}\` \\|`));
        }
        assert.match(peering, /## CenVpc\n/);
    });

    it("is valid against Pulumi's package metaschema", () => {
        const metaschema = JSON.parse(
            fs.readFileSync(path.join(__dirname, "pulumi-metaschema.json"), "utf8"),
        );
        const validate = new Ajv2020({ strict: false, allErrors: true }).compile(metaschema);
        const valid = validate(schema);
        assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    });

    it("serves every component as a component, with the keywords the registry files it under", () => {
        assert.deepEqual(Object.keys(schema.resources).sort(), COMPONENTS.map(token).sort());
        for (const resource of Object.values<Json>(schema.resources))
            assert.equal(resource.isComponent, true);
        assert.ok(schema.keywords.includes("kind/component"));
        assert.ok(schema.keywords.includes("category/network"));
    });

    it("references @pulumi/alicloud's provider, at the version the package depends on, for every provider", () => {
        const version = JSON.parse(
            fs.readFileSync(require.resolve("@pulumi/alicloud/package.json"), "utf8"),
        ).version;
        const providerRef = `/alicloud/v${version}/schema.json#/provider`;
        assert.deepEqual(schema.dependencies, [{ name: "alicloud", version }]);
        const peering = schema.resources[token("CrossAccountCenPeering")];
        assert.equal(peering.inputProperties.cenProvider.$ref, providerRef);
        assert.equal(schema.types[token("CenVpc")].properties.provider.$ref, providerRef);
        // Every provider field of every type: no other way to name a provider.
        const refs = JSON.stringify(schema).match(/"\$ref":"[^"]*provider[^"]*"/g) ?? [];
        assert.ok(refs.length >= 10);
        assert.deepEqual([...new Set(refs)], [`"$ref":"${providerRef}"`]);
    });

    it("makes each literal union an enum of exactly the values the components accept", () => {
        const values = (name: string) => schema.types[token(name)].enum.map((e: Json) => e.value);
        assert.deepEqual(values("Payer"), [...PAYERS]);
        assert.deepEqual(values("VpcRouteMode"), [...VPC_ROUTE_MODES]);
        assert.deepEqual(values("SharingMode"), [...SHARING_MODES]);
        assert.deepEqual(values("PrivateLinkPayer"), [...PRIVATELINK_PAYERS]);
        assert.deepEqual(values("PrivateLinkResourceType"), [...PRIVATELINK_RESOURCE_TYPES]);
        assert.deepEqual(values("ApplianceNextHopType"), [...APPLIANCE_NEXT_HOP_TYPES]);
        assert.deepEqual(values("LinkType"), ["Gold", "Platinum"]);
    });

    it("gives a union of a mode and a list, or of a mode and an object, as oneOf", () => {
        const peering = schema.resources[token("CrossAccountCenPeering")];
        assert.deepEqual(peering.inputProperties.vpcRoutes.oneOf, [
            { $ref: `#/types/${token("VpcRouteMode")}` },
            { type: "array", items: { type: "string", plain: true } },
        ]);
        assert.deepEqual(schema.types[token("InterRegion")].properties.topology.oneOf, [
            { $ref: `#/types/${token("MeshTopology")}` },
            { $ref: `#/types/${token("HubTopology")}` },
        ]);
    });

    it("marks inputs plain where the components decide their children from them, and eventual where TypeScript takes an Input", () => {
        const vpc = schema.types[token("CenVpc")].properties;
        assert.equal(vpc.name.plain, true);
        assert.equal(vpc.region.plain, true);
        assert.equal(vpc.vpcId.plain, undefined);
        // A list TypeScript takes as such, of Inputs: the list prompt, its blocks eventual.
        assert.deepEqual([vpc.cidrBlocks.plain, vpc.cidrBlocks.items.plain], [true, undefined]);
        assert.deepEqual(vpc.zoneMappings.items.plain, true);
        assert.deepEqual(schema.types[token("CenVpc")].required.sort(), [
            "cidrBlocks",
            "name",
            "provider",
            "vpcId",
            "zoneMappings",
        ]);
    });

    it("describes every resource, type and property from its TSDoc, links as Markdown", () => {
        const described: [string, Json][] = [
            ...Object.entries<Json>(schema.resources),
            ...Object.entries<Json>(schema.types),
        ];
        for (const [name, spec] of described) {
            assert.ok(spec.description?.length > 0, name);
            for (const [field, property] of Object.entries<Json>({
                ...spec.properties,
                ...spec.inputProperties,
            })) {
                assert.ok(property.description?.length > 0, `${name}.${field}`);
            }
        }
        const text = JSON.stringify(schema);
        assert.doesNotMatch(text, /\{@link/);
        assert.match(
            schema.resources[token("SharedVSwitchTenant")].description,
            /\[Shared VPC\]\(https:\/\/www\.alibabacloud\.com\/help\/en\/vpc\/vpc-sharing\)/,
        );
    });

    it("names types as every language's generator expects: no Args or Output suffix to double", () => {
        const names = Object.keys(schema.types).map((t) => t.split(":").pop() ?? "");
        assert.deepEqual(
            names.filter((n: string) => /(Args|Output)$/.test(n)),
            [],
        );
        assert.ok(names.includes("CenVpc") && names.includes("Isolation") && names.includes("SharingQuotas"));
    });

    it("says which arguments need a Node.js dynamic resource, and so npm in a program of another language", () => {
        const described = [
            schema.resources[token("IsolatedSpokesWithSharedHub")].inputProperties.firewall,
            schema.resources[token("CrossAccountCenPeering")].inputProperties.ecrs,
            schema.resources[token("CenSecurityDomains")].inputProperties.firewall,
            schema.types[token("SecurityDomain")].properties.ecrs,
            schema.resources[token("SharedVSwitchShare")].inputProperties.mode,
            schema.types[token("SharedVSwitchShareInfo")].properties.mode,
        ];
        for (const property of described) {
            assert.match(
                property.description,
                /needs the package installed with npm in the program's directory/,
            );
        }
    });

    it("holds nothing internal, and every reference it makes resolves", () => {
        const text = JSON.stringify(schema);
        assert.doesNotMatch(text, /"(gate|sharedResources|checkedByShare|routeEntries)"/);
        // CCN instances join only the Basic Edition component; the transit router components refuse them.
        const withCcns = Object.entries(schema.resources as Record<string, { inputProperties: object }>)
            .filter(([, r]) => "ccns" in r.inputProperties)
            .map(([token]) => token.split(":").pop());
        assert.deepEqual(withCcns, ["CrossAccountCenBasicEdition"]);
        for (const [, kind, name] of text.matchAll(/"\$ref":"#\/(types|resources)\/([^"]+)"/g)) {
            assert.ok(schema[kind][name], `${kind}/${name}`);
        }
    });
});

describe("the schema generator", function () {
    this.timeout(120000);

    it("refuses, by field, what no schema can express: anonymous unions and objects, Omit<>, internals, foreign types, two types of one name", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "schema-"));
        const entry = path.join(dir, "sdk", "src", "index.ts");
        fs.mkdirSync(path.dirname(entry), { recursive: true });
        fs.writeFileSync(
            entry,
            `import * as pulumi from "@pulumi/pulumi";
             /** Its arguments. */
             export interface WidgetArgs {
                 /** A mode. */ readonly mode?: "a" | "b";
                 /** A shape. */ readonly shape: { readonly x: number };
                 /** Fewer. */ readonly fewer?: Omit<OtherArgs, "y">;
                 /** @internal */ readonly gate?: boolean;
                 /** In. */ readonly twoIn?: TwoArgs;
                 /** Out. */ readonly twoOut?: TwoOutput;
                 readonly undocumented?: string;
             }
             /** Two. */ export interface TwoArgs { /** a */ readonly a: string }
             /** Two. */ export interface TwoOutput { /** b */ readonly b: string }
             /** Other. */
             export interface OtherArgs { /** x */ readonly x: string; /** y */ readonly y: string }
             /** A widget. */
             export class Widget extends pulumi.ComponentResource {
                 /** Its id. */ public readonly widgetId: pulumi.Output<string>;
                 constructor(name: string, args: WidgetArgs, opts?: pulumi.ComponentResourceOptions) {
                     super("p:index:Widget", name, {}, opts);
                     this.widgetId = pulumi.output(args.shape.x.toString());
                 }
             }`,
        );
        fs.symlinkSync(path.join(__dirname, "..", "..", "node_modules"), path.join(dir, "node_modules"));
        assert.throws(
            () =>
                schemaParts({ entry, components: ["Widget"], packageName: "p", alicloudVersion: "3.108.0" }),
            (err: Error) => {
                assert.match(err.message, /WidgetArgs\.mode: an anonymous union \("a" \| "b"\); name it/);
                assert.match(err.message, /WidgetArgs\.shape: the type \{ readonly x: number \}/);
                assert.match(err.message, /WidgetArgs\.fewer: the type Omit, which is not the package's own/);
                assert.match(err.message, /WidgetArgs\.gate is @internal/);
                assert.match(err.message, /WidgetArgs\.undocumented has no TSDoc/);
                assert.match(err.message, /TwoOutput and TwoArgs are both the schema type Two: rename one/);
                return true;
            },
        );
    });
});
