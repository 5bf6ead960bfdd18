// The plugin's entry point: Pulumi's Node.js language host runs the plugin
// directory (sdk/plugin), whose index.js calls main with the engine's address.
import * as pulumi from "@pulumi/pulumi";
import { ComponentsProvider } from "./componentsProvider";

export { ComponentsProvider } from "./componentsProvider";

/** Serves the components on a port of 127.0.0.1, printed for the engine; `args` as Pulumi passes them. */
export function main(args: string[]): Promise<void> {
    return pulumi.provider.main(new ComponentsProvider(), args);
}
