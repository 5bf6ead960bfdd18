#!/usr/bin/env node
// alicloud-network-plan: the offline plan of a Pulumi program, from an
// install of the package (`npx alicloud-network-plan --help`), or from the
// repository (`npm start`, which plans the root Pulumi project).
import { plan } from "./plan";
import { HELP, parsePlanArgs, UsageError } from "./options";

async function main(argv: readonly string[]): Promise<number> {
    const options = parsePlanArgs(argv, process.cwd());
    if (!options) {
        process.stdout.write(HELP);
        return 0;
    }
    const run = await plan(options);
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    return run.exitCode;
}

main(process.argv.slice(2)).then(
    // Writes to pipes and files are synchronous here, so nothing is lost by exiting.
    (code) => process.exit(code),
    (err: Error) => {
        process.stderr.write(`${err instanceof UsageError ? "" : "error: "}${err.message}\n`);
        process.exit(2);
    },
);
