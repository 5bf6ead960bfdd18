// Upgrading the package must not touch a deployed network. The graphs the
// examples registered with earlier versions (update and preview), against
// the graphs they register now: what `pulumi up` would create, update,
// replace or delete after `npm update`, and which dependencies would change.
// fixtures/released-graphs.json holds three examples from commit 853ee36;
// released-graphs-38027cf.json the security domains (with Cloud Firewall
// and an inspection VPC) and the hybrid spokes, from the version before
// domains took on-premises members.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { Graph, RecordedResource } from "../../sdk/src/plan/graph";
import { runModule } from "../../sdk/src/plan/programs";
import { MODES } from "../harness/graphAssertions";
import { updatePlan } from "../harness/lifecycle";

/**
 * The released graphs as the engine named them. The stand-in that recorded
 * them qualified the stack's own children with `pulumi:pulumi:Stack$`,
 * which the engine never does: a deployed stack's URNs never had it. The
 * oldest recorded a resource's provider by name only: the provider is the
 * stack's provider of that name.
 */
const fixture = (file: string): Record<string, Graph> => {
    const graphs = JSON.parse(
        fs
            .readFileSync(path.join(__dirname, "fixtures", file), "utf8")
            .replace(/::pulumi:pulumi:Stack\$/g, "::"),
    ) as Record<string, Graph>;
    const provider = (p: unknown) =>
        typeof p === "string"
            ? { urn: `urn:pulumi:dev::project::pulumi:providers:alicloud::${p}`, name: p }
            : p;
    return Object.fromEntries(
        Object.entries(graphs).map(([example, g]) => [
            example,
            {
                ...g,
                resources: g.resources.map(
                    (r) => ({ ...r, provider: provider(r.provider) }) as RecordedResource,
                ),
            },
        ]),
    );
};

const RELEASED: Record<string, Graph> = {
    ...fixture("released-graphs.json"),
    ...fixture("released-graphs-38027cf.json"),
};
const EXAMPLES = [
    "examples/cross-account-cen/index.ts",
    "examples/isolated-spokes/index.ts",
    "examples/shared-vswitch/index.ts",
    "examples/security-domains/index.ts",
    "examples/security-domains-firewall/index.ts",
    "examples/security-domains-inspection/index.ts",
    "examples/hybrid/index.ts",
];

/**
 * Deprecated arguments the package has moved off, by type: the provider
 * keeps both names on one attribute (the new one supersedes the old), and
 * neither is ForceNew, so the same value under the new name is no change to
 * the deployed resource: the engine's diff of the two is empty.
 */
const SUPERSEDED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    // Deprecated since provider 1.274.0 (cen.TransitRouterVpnAttachment's docs).
    "alicloud:cen/transitRouterVpnAttachment:TransitRouterVpnAttachment": {
        transitRouterAttachmentName: "transitRouterVpnAttachmentName",
    },
};

/** A released graph with its deprecated arguments under their successors' names. */
function underCurrentNames(graph: Graph): Graph {
    return {
        ...graph,
        resources: graph.resources.map((r) => {
            const renamed = SUPERSEDED[r.type];
            if (!renamed) return r;
            const inputs = Object.fromEntries(
                Object.entries(r.inputs).map(([key, value]) => [renamed[key] ?? key, value]),
            );
            return { ...r, inputs };
        }),
    };
}

const dependenciesByUrn = (g: Graph) =>
    Object.fromEntries(g.resources.filter((r) => r.custom).map((r) => [r.urn, [...r.dependencies].sort()]));

describe("upgrading from the last release changes nothing deployed", () => {
    for (const example of EXAMPLES) {
        for (const mode of MODES) {
            it(`${example} (${mode.name}): nothing created, updated, replaced or deleted; the same dependencies`, async () => {
                const before = RELEASED[`${example}${mode.preview ? " (preview)" : ""}`];
                assert.ok(before, `no released graph of ${example}`);
                const after = await runModule(example, { preview: mode.preview });
                assert.deepEqual(after.errors, []);
                assert.deepEqual(updatePlan(underCurrentNames(before), after), {
                    created: [],
                    updated: [],
                    replaced: [],
                    deleted: [],
                });
                assert.deepEqual(dependenciesByUrn(after), dependenciesByUrn(before));
            });
        }
    }
});
