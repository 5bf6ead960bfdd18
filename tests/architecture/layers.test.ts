// The folders of sdk/src are layers: each imports only from the layers below
// it, so the public types, the checks and the builders each have one home
// and an argument's path through the code never climbs back up.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";

const SRC = path.join(__dirname, "..", "..", "sdk", "src");

/** What each folder may import from, besides itself and npm packages. */
const MAY_IMPORT: Record<string, readonly string[]> = {
    args: [],
    core: ["args"],
    validation: ["args", "core"],
    resources: ["args", "core", "validation"],
    components: ["args", "core", "validation", "resources"],
};

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return sourceFiles(full);
        return entry.name.endsWith(".ts") ? [full] : [];
    });
}

/** The folders of sdk/src a file's relative imports reach. */
function importedFolders(file: string): string[] {
    const text = fs.readFileSync(file, "utf8");
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]);
    return specs.map((spec) => path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep)[0]);
}

describe("the layers of sdk/src", () => {
    for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
        it(`${folder}/ imports only from ${allowed.length > 0 ? allowed.join(", ") : "itself"}`, () => {
            const climbs = sourceFiles(path.join(SRC, folder)).flatMap((file) =>
                importedFolders(file)
                    .filter((to) => to !== folder && !allowed.includes(to))
                    .map((to) => `${path.relative(SRC, file)} imports from ${to}/`),
            );
            assert.deepEqual(climbs, []);
        });
    }

    it("core/ has no Pulumi imports: it is plain logic the pack and the planner share", () => {
        const pulumi = sourceFiles(path.join(SRC, "core")).filter((file) =>
            /from\s+"@pulumi\//.test(fs.readFileSync(file, "utf8")),
        );
        assert.deepEqual(
            pulumi.map((f) => path.relative(SRC, f)),
            [],
        );
    });
});
