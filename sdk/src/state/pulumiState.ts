// A deployed Pulumi stack, from what `pulumi stack export` writes (deployment
// version 3): its resources with their ids, inputs and outputs, parents,
// dependencies and providers, as the graph the planner reads for a program.
// https://www.pulumi.com/docs/iac/concepts/state-and-backends/#exporting-and-importing-state
import { Graph, RecordedProvider, RecordedResource, STACK_TYPE } from "../plan/graph";
import { accountOfProviderConfig } from "../core/accounts";
import { StateProblem } from "./stateProblem";
import { revealSecrets } from "./secrets";

/** What a state file gives the planner: the graph, and what it could not read. */
export interface StateGraph {
    readonly graph: Graph;
    /** What the planner could not read, each saying where and why: a secret not decrypted, a type it does not read. */
    readonly unread: readonly string[];
}

/** One resource as the export writes it (ResourceV3). */
interface ExportedResource {
    readonly urn: string;
    readonly custom: boolean;
    readonly delete?: boolean;
    readonly id?: string;
    readonly type: string;
    readonly inputs?: Record<string, unknown>;
    readonly outputs?: Record<string, unknown>;
    readonly parent?: string;
    readonly dependencies?: string[];
    readonly propertyDependencies?: Record<string, string[]>;
    readonly provider?: string;
}

/** A resource's name: the last part of its URN. */
export const urnName = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

/** True for an export's top level: `{ version: 3, deployment: { resources } }`. */
export function isPulumiExport(document: unknown): boolean {
    const d = document as { version?: unknown; deployment?: unknown } | null;
    return typeof d === "object" && d !== null && "deployment" in d && "version" in d;
}

/**
 * The graph of a `pulumi stack export` document. `accounts` names the
 * account of a provider its configuration does not (by provider name).
 */
export function pulumiStateGraph(
    document: unknown,
    file: string,
    accounts: Readonly<Record<string, string>>,
): StateGraph {
    const { version, deployment } = document as { version: unknown; deployment: unknown };
    if (version !== 3) {
        throw new StateProblem(
            file,
            `is a Pulumi deployment of version ${JSON.stringify(version)}; the planner reads version 3, which pulumi stack export writes since Pulumi 1.0: export it again with a current Pulumi CLI`,
        );
    }
    const listed = (deployment as { resources?: unknown } | null)?.resources;
    if (!Array.isArray(listed) || !listed.every(isExportedResource)) {
        throw new StateProblem(
            file,
            "has no deployment.resources list of resources with a urn and a type; is it the whole output of pulumi stack export?",
        );
    }
    const secrets: string[] = [];
    const exported = listed.filter((r) => !r.delete);
    const providers = new Map<string, RecordedProvider>();
    for (const r of exported.filter((r) => r.type.startsWith("pulumi:providers:"))) {
        const name = urnName(r.urn);
        const inputs = revealSecrets(r.inputs ?? {}, `inputs of provider ${name}`, secrets);
        const configured = accountOfProviderConfig(inputs);
        providers.set(`${r.urn}::${r.id ?? ""}`, {
            urn: r.urn,
            name,
            accountId: configured ?? accounts[name],
            configuredAccountId: configured ?? accounts[name],
            region: typeof inputs.region === "string" ? inputs.region : undefined,
        });
    }
    const resources = exported.map((r): RecordedResource => {
        const name = urnName(r.urn);
        const inputs = revealSecrets(r.inputs ?? {}, `inputs of ${name}`, secrets);
        const outputs = revealSecrets(r.outputs ?? {}, `outputs of ${name}`, secrets);
        // The engine records the default provider too; the planner treats it as no explicit provider.
        const provider = r.provider ? providers.get(r.provider) : undefined;
        return {
            urn: r.urn,
            type: r.type,
            name,
            custom: r.custom,
            inputs,
            outputs: r.custom ? { ...inputs, ...outputs } : outputs,
            id: r.id,
            provider: provider && /^default(_|$)/.test(provider.name) ? undefined : provider,
            parent: r.parent,
            dependencies: r.dependencies ?? [],
            propertyDependencies: r.propertyDependencies ?? {},
            deleteBeforeReplace: false,
        };
    });
    const stack = resources.find((r) => r.type === STACK_TYPE);
    return {
        graph: { preview: false, resources, invokes: [], errors: [], stackOutputs: stack?.outputs ?? {} },
        unread: secrets.map(
            (s) =>
                `${s} in ${file}: a secret the planner cannot decrypt, so it is unknown here (pulumi stack export --show-secrets gives it)`,
        ),
    };
}

function isExportedResource(r: unknown): r is ExportedResource {
    const e = r as ExportedResource | null;
    return typeof e === "object" && e !== null && typeof e.urn === "string" && typeof e.type === "string";
}
