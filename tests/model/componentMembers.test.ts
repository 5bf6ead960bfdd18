// The pack finds an IsolatedSpokesWithSharedHub's members from its outputs
// (`isolation` for the roles, `attachmentUrns` for the attachments), never by
// rebuilding child names: a renamed child is still found, and a member it
// cannot find is reported rather than silently left unchecked.
import { strict as assert } from "assert";
import { componentsIntent } from "../../sdk/src/checks/intendedConnectivity";
import { runProgram } from "../../sdk/src/plan/mockEngine";
import { stackGraphOf } from "../../sdk/src/plan/programs";
import { StackGraph, StackResource } from "../../sdk/src/model/stackGraph";
import { hubAndSpokes } from "../harness/spokeNetworks";
import { vpcArgs } from "../harness/cenFixtures";
import { MODES } from "../harness/graphAssertions";

/** The graph with one resource changed. */
function changed(graph: StackGraph, name: string, change: (r: StackResource) => StackResource): StackGraph {
    return new StackGraph(graph.resources.map((r) => (r.name === name ? change(r) : r)));
}

describe("policies find a component's members from its outputs", () => {
    for (const mode of MODES) {
        it(`finds every spoke through attachmentUrns, whatever the children are called (${mode.name})`, async () => {
            const graph = stackGraphOf(await runProgram(hubAndSpokes(2), { preview: mode.preview }));
            const renamed = changed(graph, "iso-attachment-spoke1", (r) => ({ ...r, name: "legacy-name" }));
            const intent = componentsIntent(renamed);
            assert.deepEqual(intent.unresolved, []);
            assert.deepEqual(intent.mustNotReach, [
                { from: "spoke1", to: "spoke2" },
                { from: "spoke2", to: "spoke1" },
            ]);
        });
    }

    it("reports a member whose attachment the outputs do not lead to, as a violation", async () => {
        const graph = stackGraphOf(await runProgram(hubAndSpokes(2)));
        const lost = changed(graph, "iso", (r) => {
            const { spoke2: _lost, ...urns } = r.props.attachmentUrns as Record<string, string>;
            return { ...r, props: { ...r.props, attachmentUrns: urns } };
        });
        const intent = componentsIntent(lost);
        assert.deepEqual(
            intent.unresolved.map((f) => [f.message, f.undecided ?? false]),
            [
                [
                    "IsolatedSpokesWithSharedHub iso: spoke 'spoke2' cannot be found in the stack (the component's attachmentUrns and onPremisesAttachmentUrns outputs do not name 'spoke2'), so its isolation is not checked.",
                    false,
                ],
            ],
        );
        assert.deepEqual(intent.mustNotReach, []);
    });

    it("says, as advice, that a spoke attached by id from outside the stack goes unchecked", async () => {
        const graph = stackGraphOf(
            await runProgram(hubAndSpokes(1, {}, undefined, (p) => [vpcArgs("outside", p.b, "10.9.0.0/16")])),
        );
        const intent = componentsIntent(graph);
        assert.deepEqual(
            intent.unresolved.map((f) => [f.message, f.undecided ?? false]),
            [
                [
                    "IsolatedSpokesWithSharedHub iso: spoke 'outside' cannot be found in the stack (its attachment's VPC is not a resource of this stack), so its isolation is not checked.",
                    true,
                ],
            ],
        );
    });
});
