// The plugin's entry point: Pulumi's Node.js language host runs the plugin
// directory (sdk/plugin), whose index.js calls main with the engine's address.
import * as pulumi from "@pulumi/pulumi";
import { ComponentsProvider } from "./componentsProvider";

export { ComponentsProvider } from "./componentsProvider";

/** Serves the components on a port of 127.0.0.1, printed for the engine; `args` as Pulumi passes them. */
export async function main(args: string[]): Promise<void> {
    await pulumi.provider.main(new ComponentsProvider(), args);
    // The SDK takes a stack trace for every resource and promise. The hooks
    // the language host and the SDK install to map traces through source maps
    // cost more than the components' own work (half of a Construct), and the
    // plugin ships no source maps: traces keep V8's own format.
    delete (Error as { prepareStackTrace?: unknown }).prepareStackTrace;
}
