"""Alibaba Cloud's "Connect VPCs across accounts" sample, from Python.

Account A owns VPC1 and the CEN; account B owns VPC3. CrossAccountCenPeering
grants VPC3 to the CEN in account B, attaches both VPCs to the transit router
and routes between them. One explicit provider per account.

https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions
"""
import pulumi
import pulumi_alicloud as alicloud
import pulumi_alicloud_multi_account_network as network

config = pulumi.Config()
region = config.get("region") or "ap-southeast-1"
zones = [f"{region}a", f"{region}b"]


def account(name: str, role_arn: str | None) -> alicloud.Provider:
    """The provider of one account: a RAM role assumed in it, or the machine's credentials."""
    assume_role = alicloud.ProviderAssumeRoleArgs(role_arn=role_arn) if role_arn else None
    return alicloud.Provider(name, region=region, assume_role=assume_role)


def vpc(name: str, provider: alicloud.Provider, cidr: str) -> network.CenVpcArgs:
    """A VPC with a vSwitch in each of two zones, as the transit router attachment needs."""
    opts = pulumi.ResourceOptions(provider=provider)
    created = alicloud.vpc.Network(name, vpc_name=name, cidr_block=cidr, opts=opts)
    prefix = cidr.split(".0.0/")[0]
    switches = [
        alicloud.vpc.Switch(
            f"{name}-{zone}",
            vpc_id=created.id,
            cidr_block=f"{prefix}.{i}.0/24",
            zone_id=zone,
            opts=opts,
        )
        for i, zone in enumerate(zones)
    ]
    return network.CenVpcArgs(
        name=name,
        provider=provider,
        vpc_id=created.id,
        cidr_blocks=[cidr],
        zone_mappings=[
            network.CenZoneMappingArgs(zone_id=zone, vswitch_id=switch.id)
            for zone, switch in zip(zones, switches)
        ],
        route_table_ids=[created.route_table_id],
    )


account_a = account("account-a", config.get("accountARoleArn"))
account_b = account("account-b", config.get("accountBRoleArn"))

cen = network.CrossAccountCenPeering(
    "cen1",
    cen_provider=account_a,
    vpcs=[
        vpc("vpc1", account_a, "10.0.0.0/16"),
        vpc("vpc3", account_b, "192.168.0.0/16"),
    ],
)

pulumi.export("cen_id", cen.cen_id)
pulumi.export("attachment_ids", cen.attachment_ids)
