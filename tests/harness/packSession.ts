// The policy pack served through its real entry point for one describe
// block: started before its tests, stopped after them.
import { Diagnostic, PolicyPackProcess } from "../../sdk/src/plan/policyPack";

/** Starts the pack (default settings) before the block's tests; the returned function gives it. */
export function packForSuite(): () => PolicyPackProcess {
    let pack: PolicyPackProcess | undefined;
    before(async () => {
        pack = await PolicyPackProcess.start();
        await pack.configure({});
    });
    after(() => pack?.stop());
    return () => pack!;
}

/** The mandatory diagnostics as `<policy> <resource name>: <message>`. */
export function mandatoryFindings(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics
        .filter((d) => d.enforcementLevel === "mandatory")
        .map((d) => `${d.policyName} ${d.urn.split("::").pop()}: ${d.message}`);
}
