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
    /** The provider the resource is managed with; undefined for the default provider. */
    readonly provider?: StackProvider;
    /** The URN of its parent (a component, or the stack). */
    readonly parent?: string;
    /** URNs of the resources it depends on explicitly (dependsOn). */
    readonly dependencies?: readonly string[];
}

/** The default provider: absent, or the engine's `default` / `default_<version>` provider. */
export function usesDefaultProvider(resource: StackResource): boolean {
    return !resource.provider || /^default(_|$)/.test(resource.provider.name);
}

/** True when `resource` depends on `other`, explicitly or through any input. */
export function dependsOn(resource: StackResource, other: StackResource): boolean {
    const all = [
        ...(resource.dependencies ?? []),
        ...Object.values(resource.propertyDependencies ?? {}).flat(),
    ];
    return all.includes(other.urn);
}

/**
 * True when two properties denote the same thing: equal known strings, or
 * values that came from the same resource (preview). Undefined when neither
 * tells.
 */
export function sameValue(
    a: StackResource,
    aProp: string,
    b: StackResource,
    bProp: string,
): boolean | undefined {
    const va = knownString(a.props[aProp]);
    const vb = knownString(b.props[bProp]);
    if (va !== undefined && vb !== undefined) {
        return va === vb;
    }
    const da = new Set(a.propertyDependencies?.[aProp] ?? []);
    const db = b.propertyDependencies?.[bProp] ?? [];
    if (da.size > 0 && db.length > 0) {
        return db.some((u) => da.has(u));
    }
    return undefined;
}

/** A provider: which account (when its configuration says) and how to name it in messages. */
export interface StackProvider {
    readonly urn: string;
    readonly name: string;
    /** The account, from the provider's `accountId` or assume-role ARN, when known. */
    readonly accountId?: string;
}

/** How messages name the account of a resource's provider. */
export function accountLabel(resource: StackResource): string {
    const p = resource.provider;
    if (!p) {
        return "the default provider's account";
    }
    return p.accountId ? `account ${p.accountId} (provider ${p.name})` : `provider ${p.name}'s account`;
}

/**
 * A key equal for resources managed in the same account: the account id when
 * the provider's configuration gives it, else the provider itself (one
 * provider is one account).
 */
export function accountKey(resource: StackResource): string {
    return resource.provider?.accountId ?? resource.provider?.urn ?? "default";
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
    vpcIpv4CidrBlock: "alicloud:vpc/ipv4CidrBlock:Ipv4CidrBlock",
    peerAttachment: "alicloud:cen/transitRouterPeerAttachment:TransitRouterPeerAttachment",
    trRouteTable: "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable",
    ecs: "alicloud:ecs/instance:Instance",
    securityGroup: "alicloud:ecs/securityGroup:SecurityGroup",
    securityGroupRule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    resourceShare: "alicloud:resourcemanager/resourceShare:ResourceShare",
    sharedResource: "alicloud:resourcemanager/sharedResource:SharedResource",
    sharedTarget: "alicloud:resourcemanager/sharedTarget:SharedTarget",
    cen: "alicloud:cen/instance:Instance",
    transitRouter: "alicloud:cen/transitRouter:TransitRouter",
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

/** A value the engine has not computed yet (preview), as the engine sends it. */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True for a value that is present and known. */
export function isKnown(value: unknown): boolean {
    return value !== undefined && value !== null && value !== UNKNOWN_VALUE;
}

/** A known string, or undefined when the value is absent, unknown or not a string. */
export function knownString(value: unknown): string | undefined {
    return typeof value === "string" && isKnown(value) ? value : undefined;
}
