// In a stack that manages several accounts, a resource on the default
// provider lands in whatever account the ambient credentials point at.
import { StackGraph, usesDefaultProvider } from "../model/stackGraph";
import { Finding, violation } from "./finding";

export function explicitProviderFindings(graph: StackGraph): Finding[] {
    const alicloud = graph.resources.filter((r) => r.type.startsWith("alicloud:"));
    const providers = new Set(alicloud.map((r) => (usesDefaultProvider(r) ? "default" : r.provider!.urn)));
    if (providers.size < 2) {
        return [];
    }
    return alicloud
        .filter(usesDefaultProvider)
        .map((r) =>
            violation(
                r.urn,
                `${r.type.split(":").pop()} ${r.name} uses the default alicloud provider in a stack that uses ${providers.size} alicloud providers, so it is created in whichever account the ambient credentials belong to. Pass the owning account's provider explicitly ({ provider }).`,
            ),
        );
}
