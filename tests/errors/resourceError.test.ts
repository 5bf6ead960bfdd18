// A validation failure as `pulumi up` shows it: the program runs under the
// SDK's own entry point, as the language host starts it, and the engine
// receives the component's message as an error diagnostic on the component,
// without a stack trace or an "unhandled exception" around it.
import { strict as assert } from "assert";
import * as path from "path";
import { runAsLanguageHost } from "../harness/languageHost";

describe("validation errors, printed as Pulumi prints resource errors", function () {
    this.timeout(90000);

    it("reaches the engine as one error on the component: the message, no stack trace", async () => {
        const run = await runAsLanguageHost(path.join(__dirname, "../plan/fixtures/invalid.ts"));
        const errors = run.logs.filter((l) => l.severity === "error");
        assert.equal(errors.length, 1, JSON.stringify(run.logs, null, 2) + run.stderr);
        const [error] = errors;
        assert.equal(
            error.urn,
            "urn:pulumi:dev::host::alicloud-multi-account-network:index:CrossAccountCenPeering::bad",
        );
        assert.match(
            error.message,
            /^bad: invalid arguments:\n {2}- vpcs\[0\] 'only': zoneMappings cover 1 zone \(ap-southeast-1a\)/,
        );
        assert.doesNotMatch(error.message, /\n\s+at |unhandled exception|ValidationError/);
        assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
        // 32: the SDK's exit code for "failed after logging an actionable message".
        assert.equal(run.exitCode, 32);
        assert.ok(
            !run.registered.some((urn) => urn.includes("cen/")),
            "no child of the component is registered",
        );
    });

    it("does the same for a value checked once it resolves: the message alone, no trace", async () => {
        const run = await runAsLanguageHost(path.join(__dirname, "../plan/fixtures/invalidLate.ts"));
        const errors = run.logs.filter((l) => l.severity === "error");
        assert.equal(errors.length, 1, JSON.stringify(run.logs, null, 2) + run.stderr);
        // The SDK reports an error raised after the program's top level returned without its resource.
        assert.equal(errors[0].urn, "");
        assert.match(
            errors[0].message,
            /^late: invalid arguments:\n {2}- vpcs\[1\] 'y': cidrBlocks\[0\] 8\.8\.0\.0\/16 is outside vpcRoutes "rfc1918"/,
        );
        assert.doesNotMatch(errors[0].message, /\n\s+at /);
        assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
        assert.ok(
            !run.registered.some((urn) => urn.includes("cen/")),
            "no child of the component is registered",
        );
    });

    it("does the same for a check that waits for a created VPC: one error, no trace, nothing of the component", async () => {
        const run = await runAsLanguageHost(path.join(__dirname, "../plan/fixtures/declaredBlocks.ts"));
        const errors = run.logs.filter((l) => l.severity === "error");
        assert.equal(errors.length, 1, JSON.stringify(run.logs, null, 2) + run.stderr);
        assert.match(
            errors[0].message,
            /^peering: invalid arguments:\n {2}- vpcs\[1\] 'two': cidrBlocks \[10\.7\.0\.0\/16\] are not the blocks of VPC vpc-two \(10\.1\.0\.0\/16 primary\)/,
        );
        assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
        assert.ok(
            !run.registered.some((urn) => urn.includes("cen/")),
            "no child of the component is registered",
        );
    });
});
