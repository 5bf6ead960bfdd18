#!/usr/bin/env node
// alicloud-network-plan: the offline plan of a Pulumi program, from an
// install of the package (`npx alicloud-network-plan --help`), or from the
// repository (`npm start`, which plans the root Pulumi project).
import * as fs from "fs";
import * as path from "path";
import { HELP, parsePlanArgs, UsageError } from "./options";
import { launchPack, PackLaunch } from "./packLaunch";

/** The pack that ships in the package, prebuilt (sdk/bin/plan is three levels down). */
const PACK_DIR = path.resolve(__dirname, "../../../policypack");

async function main(argv: readonly string[]): Promise<number> {
    const options = parsePlanArgs(argv, process.cwd());
    if (!options) {
        process.stdout.write(HELP);
        return 0;
    }
    if (!fs.existsSync(path.join(PACK_DIR, "bin", "index.js"))) {
        throw new Error(`the policy pack in ${PACK_DIR} is not built; run npm run build in the package.`);
    }
    // The pack takes about a second to start: start it first, before this
    // process loads the SDK, so the two load side by side.
    const pack: PackLaunch = launchPack(PACK_DIR);
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { plan } = require("./plan") as typeof import("./plan");
        const run = await plan(options, pack);
        process.stdout.write(run.stdout);
        process.stderr.write(run.stderr);
        return run.exitCode;
    } finally {
        pack.child.kill();
    }
}

main(process.argv.slice(2)).then(
    // Writes to pipes and files are synchronous here, so nothing is lost by exiting.
    (code) => process.exit(code),
    (err: Error) => {
        process.stderr.write(`${err instanceof UsageError ? "" : "error: "}${err.message}\n`);
        process.exit(2);
    },
);
