// An attachment is associated with one route table of each transit router it
// joins (a VPC attachment with one table, an inter-region connection with one
// on each side): the API refuses a second association, minutes into
// `pulumi up`, and until then the plan cannot tell which table forwards.
import { transitRouterRouteTables } from "../model/routeTables";
import { StackGraph, StackResource } from "../model/stackGraph";
import { Finding, violation } from "./finding";

export function oneAssociationPerRouterFindings(graph: StackGraph): Finding[] {
    const byRouter = new Map<string, { attachment: StackResource; router?: string; tables: string[] }>();
    for (const table of transitRouterRouteTables(graph).values()) {
        for (const attachment of table.associated) {
            // A table whose router is not known yet is compared with itself only.
            const key = `${attachment.urn} ${table.transitRouter ?? table.key}`;
            const entry = byRouter.get(key) ?? { attachment, router: table.transitRouter, tables: [] };
            entry.tables.push(table.label);
            byRouter.set(key, entry);
        }
    }
    return [...byRouter.values()]
        .filter((e) => e.tables.length > 1)
        .map(({ attachment, router, tables }) =>
            violation(
                attachment.urn,
                `Attachment ${attachment.name} is associated with ${tables.length} route tables${router && !router.startsWith("urn:") ? ` of transit router ${router}` : " of one transit router"} (${tables.join(", ")}); an attachment is associated with one table per transit router and the API refuses the others. Keep one association, and propagate into the other tables instead.`,
            ),
        );
}
