// Queries over a recorded graph, for readable assertions.
import { Graph, RecordedResource } from "../../sdk/src/plan/graph";

/** Queries over a recorded graph, for readable assertions. */
export class GraphView {
    constructor(readonly graph: Graph) {}

    ofType(type: string): RecordedResource[] {
        return this.graph.resources.filter((r) => r.type === type);
    }

    named(name: string): RecordedResource {
        const found = this.graph.resources.filter((r) => r.name === name);
        if (found.length !== 1) {
            throw new Error(`expected one resource named ${name}, found ${found.length}`);
        }
        return found[0];
    }

    byUrn(urn: string): RecordedResource {
        const found = this.graph.resources.find((r) => r.urn === urn);
        if (!found) {
            throw new Error(`no resource with urn ${urn}`);
        }
        return found;
    }

    /** Names of the resources a resource depends on, explicitly or through its inputs. */
    dependencyNames(resource: RecordedResource): string[] {
        const urns = new Set([
            ...resource.dependencies,
            ...Object.values(resource.propertyDependencies).flat(),
        ]);
        return [...urns].map((u) => this.byUrn(u).name).sort();
    }

    /** Names of the resources one input property of a resource depends on. */
    propertyDependencyNames(resource: RecordedResource, property: string): string[] {
        return (resource.propertyDependencies[property] ?? []).map((u) => this.byUrn(u).name).sort();
    }

    /** The children of a resource, by name. */
    childrenOf(parent: RecordedResource): RecordedResource[] {
        return this.graph.resources.filter((r) => r.parent === parent.urn);
    }
}
