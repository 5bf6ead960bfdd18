// The CEN cross-account guide's FAQ topology written with raw resources: VPC1 and VPC2 (spokes)
// associated with a spoke table that learns only VPC3 (hub); VPC3 associated
// with a hub table that learns both spokes. `leak` also propagates the
// spokes into the spoke table, which is the mistake isolation must catch.
import * as alicloud from "@pulumi/alicloud";
import { routeToOwnAttachment } from "./rawRoutes";

/** Changes to the network, for tests of what a change does to a deployed one. */
export interface HubSpokeOptions {
    /** Also propagate the spokes into the spoke table. */
    readonly leak?: boolean;
    /** The spoke whose propagation into the hub table is left out. */
    readonly withoutPropagationOf?: string;
    /** The VPC whose attachment sets vpcOwnerId, which replaces it. */
    readonly ownerIdOn?: string;
    /** The VPC whose route entry gets a name, which replaces it. */
    readonly routeNamedOn?: string;
}

export function handWrittenHubSpoke(options: HubSpokeOptions = {}): () => void {
    return () => {
        const region = "ap-southeast-1";
        const a = new alicloud.Provider("account-a", { region, accountId: "1111111111111111" });
        const cen = new alicloud.cen.Instance("cen", {}, { provider: a });
        const tr = new alicloud.cen.TransitRouter("tr", { cenId: cen.id }, { provider: a });
        const spokeTable = new alicloud.cen.TransitRouterRouteTable(
            "spoke-table",
            { transitRouterId: tr.transitRouterId },
            { provider: a },
        );
        const hubTable = new alicloud.cen.TransitRouterRouteTable(
            "hub-table",
            { transitRouterId: tr.transitRouterId },
            { provider: a },
        );
        const vpc = (name: string, cidr: string, role: "spoke" | "hub") => {
            const network = new alicloud.vpc.Network(name, { cidrBlock: cidr }, { provider: a });
            const vswitches = ["a", "b"].map(
                (zone, i) =>
                    new alicloud.vpc.Switch(
                        `${name}-vsw${i}`,
                        {
                            vpcId: network.id,
                            cidrBlock: cidr.replace(/\.0\.0\/16$/, `.${i}.0/24`),
                            zoneId: `${region}${zone}`,
                        },
                        { provider: a },
                    ),
            );
            const attachment = new alicloud.cen.TransitRouterVpcAttachment(
                `${name}-attachment`,
                {
                    cenId: cen.id,
                    transitRouterId: tr.transitRouterId,
                    vpcId: network.id,
                    ...(options.ownerIdOn === name ? { vpcOwnerId: "1111111111111111" } : {}),
                    zoneMappings: vswitches.map((s, i) => ({
                        zoneId: `${region}${["a", "b"][i]}`,
                        vswitchId: s.id,
                    })),
                },
                { provider: a },
            );
            const own = role === "spoke" ? spokeTable : hubTable;
            const other = role === "spoke" ? hubTable : spokeTable;
            const table = (t: alicloud.cen.TransitRouterRouteTable) => ({
                transitRouterAttachmentId: attachment.transitRouterAttachmentId,
                transitRouterRouteTableId: t.transitRouterRouteTableId,
            });
            new alicloud.cen.TransitRouterRouteTableAssociation(`${name}-association`, table(own), {
                provider: a,
            });
            if (options.withoutPropagationOf !== name) {
                new alicloud.cen.TransitRouterRouteTablePropagation(`${name}-propagation`, table(other), {
                    provider: a,
                });
            }
            if (options.leak && role === "spoke") {
                new alicloud.cen.TransitRouterRouteTablePropagation(`${name}-leak`, table(spokeTable), {
                    provider: a,
                });
            }
            routeToOwnAttachment(
                name,
                network,
                attachment,
                a,
                options.routeNamedOn === name ? `${name}-to-cen` : undefined,
            );
        };
        vpc("vpc1", "10.1.0.0/16", "spoke");
        vpc("vpc2", "10.2.0.0/16", "spoke");
        vpc("vpc3", "10.3.0.0/16", "hub");
    };
}
