#!/usr/bin/env node
// alicloud-network-plan: the offline plan of a Pulumi program, from an
// install of the package (`npx alicloud-network-plan --help`), or from the
// repository (`npm start`, which plans the root Pulumi project).
import * as fs from "fs";
import * as path from "path";
import * as v8 from "v8";
import { HELP, parsePlanArgs } from "./options";
import { asFailure, failureDocument, failureText } from "./planFailure";
import { launchPack, PackLaunch } from "./packLaunch";

// The program under the mock engine makes many short-lived objects (promises, outputs): a larger
// young generation collects them for a fraction of the cost (about a third of an estate's plan).
v8.setFlagsFromString("--max-semi-space-size=64");

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

/**
 * A failure on stderr; with --json (even on a command line that cannot be
 * parsed otherwise) also as one JSON document on stdout, so CI always has a
 * document to read.
 */
function reportFailure(argv: readonly string[], err: unknown): number {
    const failure = asFailure(err);
    process.stderr.write(failureText(failure));
    if (argv.includes("--json")) {
        process.stdout.write(`${JSON.stringify(failureDocument(failure), null, 2)}\n`);
    }
    return 2;
}

/**
 * Exits once stdout and stderr are flushed: a large plan written to a pipe
 * (`--json | jq`) is written asynchronously, and exiting at once cuts it short.
 */
function exitWhenFlushed(code: number): void {
    process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

const argv = process.argv.slice(2);
main(argv).then(exitWhenFlushed, (err: unknown) => exitWhenFlushed(reportFailure(argv, err)));
