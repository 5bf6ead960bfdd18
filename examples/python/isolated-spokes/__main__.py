"""Spoke VPCs of three accounts that reach a shared hub VPC and never each other, from Python.

The hub (shared services) is in the network account; each spoke is in its own
account. IsolatedSpokesWithSharedHub attaches them to one transit router with
a spoke route table that learns only the hub and a hub table that learns
every spoke, so the pack and the planner can prove the spokes apart.

https://www.alibabacloud.com/help/en/cen/use-cases/use-vpcs-for-network-isolation
"""
import pulumi
import pulumi_alicloud as alicloud
import pulumi_alicloud_multi_account_network as network

config = pulumi.Config()
region = config.get("region") or "ap-southeast-1"
zones = [f"{region}a", f"{region}b"]


def account(name: str) -> alicloud.Provider:
    """The provider of one account: `<name>RoleArn` in the stack configuration, or the machine's credentials."""
    role_arn = config.get(f"{name}RoleArn")
    assume_role = alicloud.ProviderAssumeRoleArgs(role_arn=role_arn) if role_arn else None
    return alicloud.Provider(name, region=region, assume_role=assume_role)


def vpc(name: str, provider: alicloud.Provider, cidr: str) -> network.CenVpcArgs:
    """A VPC with a vSwitch in each of two zones."""
    opts = pulumi.ResourceOptions(provider=provider)
    created = alicloud.vpc.Network(name, vpc_name=name, cidr_block=cidr, opts=opts)
    prefix = cidr.split(".0.0/")[0]
    mappings = []
    for i, zone in enumerate(zones):
        switch = alicloud.vpc.Switch(
            f"{name}-{zone}", vpc_id=created.id, cidr_block=f"{prefix}.{i}.0/24", zone_id=zone, opts=opts
        )
        mappings.append(network.CenZoneMappingArgs(zone_id=zone, vswitch_id=switch.id))
    return network.CenVpcArgs(
        name=name,
        provider=provider,
        vpc_id=created.id,
        cidr_blocks=[cidr],
        zone_mappings=mappings,
        route_table_ids=[created.route_table_id],
    )


hub_account = account("network")
spokes = network.IsolatedSpokesWithSharedHub(
    "landing-zone",
    cen_provider=hub_account,
    hub=vpc("shared-services", hub_account, "10.0.0.0/16"),
    spokes=[
        vpc("orders", account("orders"), "10.1.0.0/16"),
        vpc("billing", account("billing"), "10.2.0.0/16"),
    ],
    spoke_route_destinations=network.VpcRouteMode.PEER_CIDRS,
)

pulumi.export("isolation", spokes.isolation)
pulumi.export("spoke_route_table_id", spokes.spoke_route_table_id)
