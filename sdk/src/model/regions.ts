// Which references between resources must stay within one region: Alibaba
// Cloud looks an id up in the region of the provider that makes the call, so
// a vSwitch, attachment, grant or share entry created with a provider of
// another region than what it names is refused. The model drops refused
// attachments from the network, and the pack reports every such reference.
import { StackGraph, StackResource, TYPES } from "./stackGraph";

/** A property of `type` naming a resource of `target` (by its `key`) in the same region. */
interface SameRegionReference {
    readonly type: string;
    readonly property: string;
    readonly target: string;
    readonly key?: string;
}

export const SAME_REGION_REFERENCES: readonly SameRegionReference[] = [
    { type: TYPES.vswitch, property: "vpcId", target: TYPES.vpc },
    { type: TYPES.vpcAttachment, property: "vpcId", target: TYPES.vpc },
    {
        type: TYPES.vpcAttachment,
        property: "transitRouterId",
        target: TYPES.transitRouter,
        key: "transitRouterId",
    },
    // An inter-region connection is created in its own transit router's region; the peer is elsewhere by design.
    {
        type: TYPES.peerAttachment,
        property: "transitRouterId",
        target: TYPES.transitRouter,
        key: "transitRouterId",
    },
    { type: TYPES.grant, property: "instanceId", target: TYPES.vpc },
    { type: TYPES.vpcRouteEntry, property: "routeTableId", target: TYPES.vpc, key: "routeTableId" },
    {
        type: TYPES.trRouteTable,
        property: "transitRouterId",
        target: TYPES.transitRouter,
        key: "transitRouterId",
    },
    {
        type: TYPES.association,
        property: "transitRouterRouteTableId",
        target: TYPES.trRouteTable,
        key: "transitRouterRouteTableId",
    },
    {
        type: TYPES.propagation,
        property: "transitRouterRouteTableId",
        target: TYPES.trRouteTable,
        key: "transitRouterRouteTableId",
    },
    { type: TYPES.securityGroup, property: "vpcId", target: TYPES.vpc },
    { type: TYPES.ecs, property: "vswitchId", target: TYPES.vswitch },
    { type: TYPES.sharedResource, property: "resourceId", target: TYPES.vswitch },
    { type: TYPES.sharedResource, property: "resourceShareId", target: TYPES.resourceShare },
    { type: TYPES.sharedTarget, property: "resourceShareId", target: TYPES.resourceShare },
];

const BY_TYPE = new Map<string, SameRegionReference[]>();
for (const reference of SAME_REGION_REFERENCES) {
    BY_TYPE.set(reference.type, [...(BY_TYPE.get(reference.type) ?? []), reference]);
}

/** A reference that crosses regions: `resource.property` names `target`, created in another region. */
export interface RegionMismatch {
    readonly resource: StackResource;
    readonly property: string;
    readonly target: StackResource;
}

/** The references of `resource` that cross regions, as far as its providers' configurations tell. */
export function regionMismatches(graph: StackGraph, resource: StackResource): RegionMismatch[] {
    const region = resource.provider?.region;
    if (region === undefined) return [];
    return (BY_TYPE.get(resource.type) ?? []).flatMap(({ property, target, key }) => {
        const referenced = graph.referenced(resource, property, target, key);
        const other = referenced?.provider?.region;
        return referenced && other !== undefined && other !== region
            ? [{ resource, property, target: referenced }]
            : [];
    });
}

const shortType = (type: string) => type.split(":").pop() ?? type;

/** Why the API refuses the reference, and what to do. */
export function regionMismatchText({ resource, property, target }: RegionMismatch): string {
    const where = (r: StackResource) => `${r.provider?.region} (provider ${r.provider?.name})`;
    const remote =
        resource.type === TYPES.vpcAttachment && target.type === TYPES.vpc
            ? `; a VPC in ${target.provider?.region} needs a transit router in its own region, joined to this one by an inter-region connection`
            : "";
    return `${shortType(resource.type)} ${resource.name} is created in ${where(resource)}, but its ${property} names ${shortType(target.type)} ${target.name} in ${where(target)}; Alibaba Cloud looks ${property} up in the caller's region only, so the API refuses it. Create both with providers of one region${remote}.`;
}
