// A stack's resources as the network model reads them: what a program
// registers (the test harness, the offline plan) or what a stack policy
// receives. Resources refer to each other by id values when those are known,
// and by property dependencies when they are not (preview).
import { ATTACHMENT_KINDS } from "../core/attachmentKinds";
import { TR_FIREWALL_ROUTE_POLICY_TYPE } from "../core/typeTokens";

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
    /** The region its configuration names, when known. */
    readonly region?: string;
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
    vpcAttachment: ATTACHMENT_KINDS.vpc.type,
    grant: "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment",
    association: "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation",
    propagation: "alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation",
    trRouteEntry: "alicloud:cen/transitRouterRouteEntry:TransitRouterRouteEntry",
    vpcIpv4CidrBlock: "alicloud:vpc/ipv4CidrBlock:Ipv4CidrBlock",
    peerAttachment: ATTACHMENT_KINDS.peer.type,
    trRouteTable: "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable",
    ecs: "alicloud:ecs/instance:Instance",
    securityGroup: "alicloud:ecs/securityGroup:SecurityGroup",
    securityGroupRule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    resourceShare: "alicloud:resourcemanager/resourceShare:ResourceShare",
    sharedResource: "alicloud:resourcemanager/sharedResource:SharedResource",
    sharedTarget: "alicloud:resourcemanager/sharedTarget:SharedTarget",
    cen: "alicloud:cen/instance:Instance",
    transitRouter: "alicloud:cen/transitRouter:TransitRouter",
    ecrGrant: "alicloud:expressconnect/routerGrantAssociation:RouterGrantAssociation",
    ecrVpcAssociation: "alicloud:expressconnect/routerVpcAssociation:RouterVpcAssociation",
    ecrVbrChildInstance: "alicloud:expressconnect/routerVbrChildInstance:RouterVbrChildInstance",
    endpointService: "alicloud:privatelink/vpcEndpointService:VpcEndpointService",
    endpointServiceResource: "alicloud:privatelink/vpcEndpointServiceResource:VpcEndpointServiceResource",
    endpointServiceUser: "alicloud:privatelink/vpcEndpointServiceUser:VpcEndpointServiceUser",
    endpointConnection: "alicloud:privatelink/vpcEndpointServiceConnection:VpcEndpointServiceConnection",
    endpoint: "alicloud:privatelink/vpcEndpoint:VpcEndpoint",
    endpointZone: "alicloud:privatelink/vpcEndpointZone:VpcEndpointZone",
    trFirewall: "alicloud:cloudfirewall/vpcCenTrFirewall:VpcCenTrFirewall",
    firewallControlPolicy:
        "alicloud:cloudfirewall/firewallVpcFirewallControlPolicy:FirewallVpcFirewallControlPolicy",
    trFirewallRoutePolicy: TR_FIREWALL_ROUTE_POLICY_TYPE,
    routeMap: "alicloud:cen/routeMap:RouteMap",
    prefixList: "alicloud:vpc/prefixList:PrefixList",
    prefixListAssociation:
        "alicloud:cen/transitRouterPrefixListAssociation:TransitRouterPrefixListAssociation",
    aggregation: "alicloud:cen/transitRouteTableAggregation:TransitRouteTableAggregation",
    networkAcl: "alicloud:vpc/networkAcl:NetworkAcl",
    networkAclAttachment: "alicloud:vpc/networkAclAttachment:NetworkAclAttachment",
    instanceAttachment: "alicloud:cen/instanceAttachment:InstanceAttachment",
    vpcFirewallCen: "alicloud:cloudfirewall/firewallVpcFirewallCen:FirewallVpcFirewallCen",
} as const;

/**
 * Indexes a stack's resources by type and answers which resource a property
 * refers to. Every lookup is an index read, so the checks stay O(n log n) on
 * stacks of thousands of resources.
 */
export class StackGraph {
    private readonly byType = new Map<string, StackResource[]>();
    private readonly byUrn = new Map<string, StackResource>();
    private readonly byKey = new Map<string, Map<unknown, StackResource>>();
    private readonly groups = new Map<string, Map<string, StackResource[]>>();

    constructor(readonly resources: readonly StackResource[]) {
        for (const r of resources) {
            const list = this.byType.get(r.type) ?? [];
            list.push(r);
            this.byType.set(r.type, list);
            this.byUrn.set(r.urn, r);
        }
    }

    ofType(type: string): readonly StackResource[] {
        return this.byType.get(type) ?? [];
    }

    resource(urn: string): StackResource | undefined {
        return this.byUrn.get(urn);
    }

    /** The value a resource is known by under `key`: its id, or one of its props. */
    private static keyValue(r: StackResource, key: string): unknown {
        return key === "id" ? r.id : r.props[key];
    }

    private keyed(type: string, key: string): Map<unknown, StackResource> {
        const index = `${type}|${key}`;
        let map = this.byKey.get(index);
        if (!map) {
            map = new Map();
            for (const r of this.ofType(type)) {
                const value = StackGraph.keyValue(r, key);
                if (typeof value === "string" && isKnown(value) && !map.has(value)) map.set(value, r);
            }
            this.byKey.set(index, map);
        }
        return map;
    }

    /**
     * The resource of `type` that `resource.props[property]` refers to: the one
     * whose `key` (`"id"` or a prop name) equals the value, or, when the value
     * is not a known string, the single resource of that type the property
     * depends on.
     */
    referenced(
        resource: StackResource,
        property: string,
        type: string,
        key = "id",
    ): StackResource | undefined {
        return this.resolve(resource, property, resource.props[property], type, key);
    }

    /**
     * Like `referenced`, for a value found inside `resource.props[property]`
     * (an id in a nested object): the resource whose `key` equals it, else
     * the single resource of `type` the property depends on.
     */
    resolve(
        resource: StackResource,
        property: string,
        value: unknown,
        type: string,
        key = "id",
    ): StackResource | undefined {
        if (typeof value === "string" && isKnown(value)) {
            const byValue = this.keyed(type, key).get(value);
            if (byValue) return byValue;
        }
        const byDependency = (resource.propertyDependencies?.[property] ?? [])
            .map((u) => this.byUrn.get(u))
            .filter((r): r is StackResource => r?.type === type);
        const distinct = [...new Set(byDependency)];
        return distinct.length === 1 ? distinct[0] : undefined;
    }

    /** The resource of `type` whose `key` (`"id"` or a prop name) is `value`, from the index. */
    find(type: string, value: string, key = "id"): StackResource | undefined {
        return this.keyed(type, key).get(value);
    }

    /**
     * The resources of `type` grouped by the resource of `targetType` their
     * `property` refers to (e.g. vSwitches by VPC), keyed by the target's URN.
     */
    groupedBy(type: string, property: string, targetType: string, key = "id"): Map<string, StackResource[]> {
        const index = `${type}|${property}|${targetType}|${key}`;
        let groups = this.groups.get(index);
        if (!groups) {
            groups = new Map();
            for (const r of this.ofType(type)) {
                const target = this.referenced(r, property, targetType, key);
                if (!target) continue;
                const group = groups.get(target.urn);
                if (group) group.push(r);
                else groups.set(target.urn, [r]);
            }
            this.groups.set(index, groups);
        }
        return groups;
    }
}

/** A value the engine has not computed yet (preview), as the engine sends it. */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

// The Pulumi protocol's markers for unknown values of other kinds (boolean,
// number, array, asset, archive, object), as @pulumi/policy deserializes them.
const UNKNOWN_MARKERS = new Set([
    UNKNOWN_VALUE,
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
    "030794c1-ac77-496b-92df-f27374a8bd58",
    "e48ece36-62e2-4504-bad9-02848725956a",
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
]);

/** True for a value that is present and known. */
export function isKnown(value: unknown): boolean {
    return (
        value !== undefined && value !== null && !(typeof value === "string" && UNKNOWN_MARKERS.has(value))
    );
}

/** An output that maps names to values (`attachmentUrns`), or an empty one when it is anything else. */
export function recordOf(value: unknown): Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : {};
}

/** A known string, or undefined when the value is absent, unknown or not a string. */
export function knownString(value: unknown): string | undefined {
    return typeof value === "string" && isKnown(value) ? value : undefined;
}

/** `find` made to run once per graph: later calls with the same graph get the first answer. */
export function oncePerGraph<T>(find: (graph: StackGraph) => T): (graph: StackGraph) => T {
    const found = new WeakMap<StackGraph, T>();
    return (graph) => {
        if (!found.has(graph)) found.set(graph, find(graph));
        return found.get(graph)!;
    };
}

/** The CEN a resource names in `prop`: the CEN resource's URN when the stack holds it, else the id. */
export function cenKey(graph: StackGraph, resource: StackResource, prop = "cenId"): string | undefined {
    return graph.referenced(resource, prop, TYPES.cen)?.urn ?? knownString(resource.props[prop]);
}

/** `alicloud:cen/instance:Instance` → `cen.Instance`, so a CEN instance and an ECS instance read apart. */
export function typeLabel(type: string): string {
    const [pkg, module, name] = type.split(":");
    return pkg === "alicloud" && module && name ? `${module.split("/")[0]}.${name}` : (name ?? type);
}

/** How messages name a resource so that it can be found: `cen.TransitRouterRouteTablePropagation leak (urn:...)`. */
export function resourceText(resource: StackResource): string {
    return `${typeLabel(resource.type)} ${resource.name} (${resource.urn})`;
}
