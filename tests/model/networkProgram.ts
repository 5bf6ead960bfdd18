// A random network spec written as a user writes it: raw @pulumi/alicloud
// resources, one provider per region, System tables looked up by an invoke.
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { AclRuleSpec, names, NetworkSpec, REGIONS, RuleSpec, StaticSpec, VpcSpec } from "./randomNetworks";

const ACCOUNT = "1111111111111111";

interface Router {
    readonly provider: alicloud.Provider;
    readonly tr: alicloud.cen.TransitRouter;
    readonly tables: pulumi.Output<string>[];
}

function router(
    cen: alicloud.cen.Instance,
    index: number,
    provider: alicloud.Provider,
    custom: boolean,
): Router {
    const tr = new alicloud.cen.TransitRouter(`tr${index}`, { cenId: cen.id }, { provider });
    const system = alicloud.cen
        .getTransitRouterRouteTablesOutput(
            { transitRouterId: tr.transitRouterId, transitRouterRouteTableType: "System" },
            { provider },
        )
        .apply((t) => t.tables[0].transitRouterRouteTableId);
    const tables = [system];
    if (custom) {
        tables.push(
            new alicloud.cen.TransitRouterRouteTable(
                `tr${index}-custom`,
                { transitRouterId: tr.transitRouterId },
                { provider },
            ).transitRouterRouteTableId,
        );
    }
    return { provider, tr, tables };
}

function joinTables(
    name: string,
    attachmentId: pulumi.Output<string>,
    on: Router,
    association: number | undefined,
    propagations: readonly number[],
) {
    const ids = (t: number) => ({
        transitRouterAttachmentId: attachmentId,
        transitRouterRouteTableId: on.tables[t],
    });
    if (association !== undefined) {
        new alicloud.cen.TransitRouterRouteTableAssociation(`${name}-association`, ids(association), {
            provider: on.provider,
        });
    }
    for (const t of propagations) {
        new alicloud.cen.TransitRouterRouteTablePropagation(`${name}-propagation${t}`, ids(t), {
            provider: on.provider,
        });
    }
}

function securityGroup(
    name: string,
    vpcId: pulumi.Output<string>,
    enterprise: boolean,
    rules: readonly RuleSpec[],
    provider: alicloud.Provider,
) {
    const group = new alicloud.ecs.SecurityGroup(
        `${name}-sg`,
        { vpcId, securityGroupType: enterprise ? "enterprise" : "normal" },
        { provider },
    );
    rules.forEach((r, k) => {
        new alicloud.ecs.SecurityGroupRule(
            `${name}-rule${k}`,
            {
                securityGroupId: group.id,
                type: r.direction,
                ipProtocol: r.protocol,
                portRange: r.protocol === "tcp" ? "22/22" : "-1/-1",
                nicType: "intranet",
                policy: r.policy,
                cidrIp: r.cidr,
                ...(r.priority === undefined ? {} : { priority: r.priority }),
            },
            { provider },
        );
    });
    return group;
}

function vpc(spec: VpcSpec, i: number, cen: alicloud.cen.Instance, routers: Router[]) {
    const { provider, tr } = routers[spec.router];
    const name = names.vpc(i);
    const network = new alicloud.vpc.Network(name, { cidrBlock: "10.0.0.0/8" }, { provider });
    const switches = spec.vswitches.map((s, j) => {
        const vswitch = new alicloud.vpc.Switch(
            names.vswitch(i, j),
            { vpcId: network.id, cidrBlock: s.cidr, zoneId: `${REGIONS[spec.router]}${"ab"[j]}` },
            { provider },
        );
        if (s.ecs) {
            const group = securityGroup(names.ecs(i, j), network.id, s.ecs.enterprise, s.ecs.rules, provider);
            new alicloud.ecs.Instance(
                names.ecs(i, j),
                {
                    vswitchId: vswitch.id,
                    securityGroups: [group.id],
                    imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
                    instanceType: "ecs.t6-c1m1.large",
                    ...(s.ecs.privateIp ? { privateIp: s.ecs.privateIp } : {}),
                },
                { provider },
            );
        }
        if (s.acl) {
            const rule = (peer: "sourceCidrIp" | "destinationCidrIp") => (r: AclRuleSpec) => ({
                policy: r.policy,
                protocol: r.protocol,
                port: r.protocol === "tcp" ? "22/22" : "-1/-1",
                [peer]: r.cidr,
            });
            new alicloud.vpc.NetworkAcl(
                `${names.vswitch(i, j)}-acl`,
                {
                    vpcId: network.id,
                    ingressAclEntries: s.acl.ingress.map(rule("sourceCidrIp")),
                    egressAclEntries: s.acl.egress.map(rule("destinationCidrIp")),
                    resources: [{ resourceId: vswitch.id, resourceType: "VSwitch" }],
                },
                { provider },
            );
        }
        return vswitch;
    });
    const attachment = new alicloud.cen.TransitRouterVpcAttachment(
        `${name}-attachment`,
        {
            cenId: cen.id,
            transitRouterId: tr.transitRouterId,
            vpcId: network.id,
            ...(spec.sync ? { autoPublishRouteEnabled: true } : {}),
            zoneMappings: switches.map((s, j) => ({
                zoneId: `${REGIONS[spec.router]}${"ab"[j]}`,
                vswitchId: s.id,
            })),
        },
        { provider },
    );
    joinTables(
        name,
        attachment.transitRouterAttachmentId,
        routers[spec.router],
        spec.association,
        spec.propagations,
    );
    return { network, attachment, provider };
}

export function networkProgram(spec: NetworkSpec): () => void {
    return () => {
        const providers = spec.customTable.map(
            (_, r) => new alicloud.Provider(`region-${r}`, { region: REGIONS[r], accountId: ACCOUNT }),
        );
        const cen = new alicloud.cen.Instance("cen", {}, { provider: providers[0] });
        const routers = spec.customTable.map((custom, r) => router(cen, r, providers[r], custom));
        const vpcs = spec.vpcs.map((v, i) => vpc(v, i, cen, routers));
        spec.vpcs.forEach((v, i) =>
            v.routes.forEach((r, k) => {
                const { network, attachment, provider } = vpcs[i];
                const hop = r.nextHop;
                new alicloud.vpc.RouteEntry(
                    `${names.vpc(i)}-route${k}`,
                    {
                        routeTableId: network.routeTableId,
                        destinationCidrblock: r.destination,
                        nexthopType: hop.kind === "instance" ? "Instance" : "Attachment",
                        nexthopId:
                            hop.kind === "instance"
                                ? "i-appliance"
                                : (hop.kind === "own" ? attachment : vpcs[hop.vpc].attachment)
                                      .transitRouterAttachmentId,
                    },
                    { provider },
                );
            }),
        );
        const peer = spec.peer
            ? new alicloud.cen.TransitRouterPeerAttachment(
                  "peer",
                  {
                      cenId: cen.id,
                      transitRouterId: routers[0].tr.transitRouterId,
                      peerTransitRouterId: routers[1].tr.transitRouterId,
                      peerTransitRouterRegionId: REGIONS[1],
                      bandwidthType: "DataTransfer",
                  },
                  { provider: routers[0].provider },
              )
            : undefined;
        spec.peer?.forEach((side, r) =>
            joinTables(
                `peer${r}`,
                peer!.transitRouterAttachmentId,
                routers[r],
                side.association,
                side.propagations,
            ),
        );
        (spec.routeMaps ?? []).forEach((m, k) => {
            new alicloud.cen.RouteMap(
                `map${k}`,
                {
                    cenId: cen.id,
                    cenRegionId: REGIONS[m.router],
                    transitRouterRouteTableId: routers[m.router].tables[m.table],
                    transmitDirection: m.direction,
                    priority: m.priority,
                    mapResult: m.result,
                    ...(m.sources.length > 0
                        ? {
                              sourceInstanceIds: m.sources.map((v) => vpcs[v].network.id),
                              sourceInstanceIdsReverseMatch: m.reverse,
                          }
                        : {}),
                    ...(m.blocks.length > 0
                        ? { destinationCidrBlocks: [...m.blocks], cidrMatchMode: m.mode }
                        : {}),
                },
                { provider: routers[m.router].provider },
            );
        });
        (spec.prefixLists ?? []).forEach((l, k) => {
            const { provider, tr, tables } = routers[l.router];
            const list = new alicloud.vpc.PrefixList(
                `list${k}`,
                { entrys: l.blocks.map((cidr) => ({ cidr })) },
                { provider },
            );
            new alicloud.cen.TransitRouterPrefixListAssociation(
                `list${k}-association`,
                {
                    prefixListId: list.id,
                    transitRouterId: tr.transitRouterId,
                    transitRouterTableId: tables[l.table],
                    ownerUid: Number(ACCOUNT),
                    ...(l.nextHop.kind === "blackHole"
                        ? { nextHop: "BlackHole", nextHopType: "BlackHole" }
                        : {
                              nextHop: vpcs[l.nextHop.vpc].attachment.transitRouterAttachmentId,
                              nextHopType: "VPC",
                          }),
                },
                { provider },
            );
        });
        (spec.aggregates ?? []).forEach((a, k) => {
            new alicloud.cen.TransitRouteTableAggregation(
                `aggregate${k}`,
                {
                    transitRouteTableId: routers[a.router].tables[a.table],
                    transitRouteTableAggregationCidr: a.cidr,
                    transitRouteTableAggregationScope: "VPC",
                },
                { provider: routers[a.router].provider },
            );
        });
        spec.statics.forEach((s: StaticSpec, k) => {
            const hop = s.nextHop;
            new alicloud.cen.TransitRouterRouteEntry(
                `static${k}`,
                {
                    transitRouterRouteTableId: routers[s.router].tables[s.table],
                    transitRouterRouteEntryDestinationCidrBlock: s.destination,
                    transitRouterRouteEntryNextHopType: hop.kind === "blackHole" ? "BlackHole" : "Attachment",
                    ...(hop.kind === "blackHole"
                        ? {}
                        : {
                              transitRouterRouteEntryNextHopId: (hop.kind === "peer"
                                  ? peer!
                                  : vpcs[hop.vpc].attachment
                              ).transitRouterAttachmentId,
                          }),
                },
                { provider: routers[s.router].provider },
            );
        });
    };
}
