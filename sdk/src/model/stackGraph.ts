// A stack's resources as the network model reads them: what a program
// registers (the test harness, the offline plan) or what a stack policy
// receives. Resources refer to each other by id values when those are known,
// and by property dependencies when they are not (preview).

/** One resource of a stack, with its properties (outputs where known, else inputs). */
export interface StackResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly id?: string;
    readonly props: Readonly<Record<string, unknown>>;
    /** For each input property, the URNs of the resources its value came from. */
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

export const TYPES = {
    vpc: "alicloud:vpc/network:Network",
    vswitch: "alicloud:vpc/switch:Switch",
    vpcRouteEntry: "alicloud:vpc/routeEntry:RouteEntry",
    vpcAttachment: "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
    grant: "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment",
    association: "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation",
    propagation: "alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation",
    trRouteEntry: "alicloud:cen/transitRouterRouteEntry:TransitRouterRouteEntry",
} as const;

/** Indexes a stack's resources by type and answers which resource a property refers to. */
export class StackGraph {
    private readonly byType = new Map<string, StackResource[]>();

    constructor(readonly resources: readonly StackResource[]) {
        for (const r of resources) {
            const list = this.byType.get(r.type) ?? [];
            list.push(r);
            this.byType.set(r.type, list);
        }
    }

    ofType(type: string): readonly StackResource[] {
        return this.byType.get(type) ?? [];
    }

    /**
     * The resource of `type` that `resource.props[property]` refers to: the one
     * whose `key` equals the value, or, when the value is not a known string,
     * the single resource of that type the property depends on.
     */
    referenced(
        resource: StackResource,
        property: string,
        type: string,
        key: (candidate: StackResource) => unknown = (c) => c.id,
    ): StackResource | undefined {
        const value = resource.props[property];
        const candidates = this.ofType(type);
        if (typeof value === "string" && isKnown(value)) {
            const byValue = candidates.find((c) => key(c) === value);
            if (byValue) {
                return byValue;
            }
        }
        const deps = new Set(resource.propertyDependencies?.[property] ?? []);
        const byDependency = candidates.filter((c) => deps.has(c.urn));
        return byDependency.length === 1 ? byDependency[0] : undefined;
    }
}

/** Values the engine has not computed yet arrive as this sentinel (or as a proxy the caller maps to it). */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export function isKnown(value: unknown): boolean {
    return value !== undefined && value !== UNKNOWN_VALUE && value !== "<unknown>";
}
