// Resources that name one another are created in one region: the API
// refuses an attachment, grant, vSwitch or share entry whose provider is in
// another region than what it names. The references are the model's, so
// the plan and the pack agree.
import { regionMismatches, regionMismatchText, SAME_REGION_REFERENCES } from "../model/regions";
import { StackGraph } from "../model/stackGraph";
import { Finding, violation } from "./finding";

export function regionsAgreeFindings(graph: StackGraph): Finding[] {
    const types = [...new Set(SAME_REGION_REFERENCES.map((r) => r.type))];
    return types.flatMap((type) =>
        graph
            .ofType(type)
            .flatMap((resource) => regionMismatches(graph, resource))
            .map((mismatch) => violation(mismatch.resource.urn, regionMismatchText(mismatch))),
    );
}
