// The whole package schema: the package's metadata around what fromTypes
// reads from the TypeScript API. `npm run schema` writes it to schema.json,
// which the package ships, and the reference pages under docs/reference; a
// test holds both to the types.
import * as fs from "fs";
import * as path from "path";
import { schemaParts } from "./fromTypes";
import { REFERENCE_DIR, referencePages } from "./referencePages";

const ROOT = path.join(__dirname, "..", "..");

/** The components the package serves to every language. */
export const COMPONENTS = [
    "CrossAccountCenPeering",
    "IsolatedSpokesWithSharedHub",
    "CenSecurityDomains",
    "CrossAccountExpressConnectRouter",
    "CrossAccountPrivateLink",
    "SharedVSwitchShare",
    "SharedVSwitchTenant",
    "CrossAccountCenBasicEdition",
] as const;

/** Where the schema is kept. */
export const SCHEMA_FILE = path.join(ROOT, "sdk", "schema", "schema.json");

const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

/** The schema the TypeScript sources give now. */
export function packageSchema(): Record<string, unknown> {
    const manifest = read(path.join(ROOT, "package.json"));
    const alicloudVersion: string = read(
        require.resolve("@pulumi/alicloud/package.json", { paths: [ROOT] }),
    ).version;
    const { types, resources } = schemaParts({
        entry: path.join(ROOT, "sdk", "src", "index.ts"),
        components: COMPONENTS,
        packageName: manifest.name,
        alicloudVersion,
    });
    return {
        name: manifest.name,
        displayName: "Alibaba Cloud multi-account network",
        version: manifest.version,
        description: manifest.description,
        keywords: ["pulumi", "alicloud", "kind/component", "category/network"],
        homepage: manifest.homepage,
        license: manifest.license,
        repository: manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, ""),
        publisher: "alicloud-multi-account-network",
        dependencies: [{ name: "alicloud", version: alicloudVersion }],
        language: languages(alicloudVersion),
        types,
        resources,
    };
}

/**
 * How each language's SDK is generated (`pulumi package add`): where its code
 * lives and what it depends on. Each depends on Pulumi's Alibaba Cloud SDK,
 * whose provider the arguments take.
 */
function languages(alicloudVersion: string) {
    const major = alicloudVersion.split(".")[0];
    return {
        python: {
            packageName: "pulumi_alicloud_multi_account_network",
            requires: {
                pulumi: ">=3.248.0,<4.0.0",
                "pulumi-alicloud": `>=${alicloudVersion},<${Number(major) + 1}.0.0`,
            },
        },
        go: {
            importBasePath:
                "github.com/alicloud-multi-account-network/alicloud-multi-account-network/sdk/go/network",
            generateResourceContainerTypes: true,
        },
        csharp: {
            rootNamespace: "Pulumi",
            packageReferences: { Pulumi: "3.*", "Pulumi.AliCloud": `${major}.*` },
        },
        java: { basePackage: "com.alicloud_multi_account_network" },
    };
}

/** The schema as the file holds it. */
export function schemaText(schema: Record<string, unknown>): string {
    return JSON.stringify(schema, null, 4) + "\n";
}

if (require.main === module) {
    const schema = packageSchema();
    fs.writeFileSync(SCHEMA_FILE, schemaText(schema));
    fs.mkdirSync(REFERENCE_DIR, { recursive: true });
    for (const [file, text] of Object.entries(referencePages(schema))) {
        fs.writeFileSync(path.join(REFERENCE_DIR, file), text);
    }
    process.stdout.write(
        `wrote ${path.relative(ROOT, SCHEMA_FILE)} and ${path.relative(ROOT, REFERENCE_DIR)}\n`,
    );
}
