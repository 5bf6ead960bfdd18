// What a consumer gets from `npm install alicloud-multi-account-network`.
import { strict as assert } from "assert";
import { execFileSync } from "child_process";
import * as path from "path";
import { REPO_ROOT } from "../sdk/src/plan/programs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifest = require("../package.json") as {
    main: string;
    types: string;
    dependencies: Record<string, string>;
    peerDependencies: Record<string, string>;
    engines: { node: string };
};

describe("the npm package", () => {
    let files: string[];
    before(() => {
        const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
            cwd: REPO_ROOT,
            encoding: "utf8",
        });
        files = (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    });

    it("ships the compiled sdk with its typings, and no sources, tests or examples", () => {
        assert.ok(files.includes(manifest.main), manifest.main);
        assert.ok(files.includes(manifest.types), manifest.types);
        assert.deepEqual(
            files.filter((f) => /^(tests|examples|policypack|bench|sdk\/src)\//.test(f)),
            [],
        );
    });

    it("exports the components from its main entry", () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const sdk = require(path.join(REPO_ROOT, manifest.main)) as Record<string, unknown>;
        assert.equal(typeof sdk.CrossAccountCenPeering, "function");
        assert.equal(typeof sdk.ValidationError, "function");
    });

    it("takes @pulumi/pulumi and @pulumi/alicloud as peers, so the consumer's copies are used", () => {
        assert.deepEqual(Object.keys(manifest.peerDependencies).sort(), [
            "@pulumi/alicloud",
            "@pulumi/pulumi",
        ]);
        assert.deepEqual(Object.keys(manifest.dependencies), [
            "@alicloud/credentials",
            "@alicloud/pop-core",
            "ip-num",
            "js-yaml",
        ]);
        assert.equal(manifest.engines.node, ">=20");
    });
});
