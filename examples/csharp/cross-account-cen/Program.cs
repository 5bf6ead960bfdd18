// Alibaba Cloud's "Connect VPCs across accounts" sample, from C#: account A
// owns VPC1 and the CEN, account B owns VPC3; CrossAccountCenPeering grants
// VPC3 to the CEN in account B, attaches both VPCs to the transit router and
// routes between them. One explicit provider per account.
// https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions
using System.Collections.Generic;
using System.Linq;
using Pulumi;
using AliCloud = Pulumi.AliCloud;
using Network = Pulumi.AlicloudMultiAccountNetwork;

return await Deployment.RunAsync(() =>
{
    var config = new Config();
    var region = config.Get("region") ?? "ap-southeast-1";
    var zones = new[] { $"{region}a", $"{region}b" };

    // The provider of one account: a RAM role assumed in it, or the machine's credentials.
    AliCloud.Provider Account(string name, string? roleArn) => new(name, new AliCloud.ProviderArgs
    {
        Region = region,
        AssumeRole = roleArn is null ? null : new AliCloud.Inputs.ProviderAssumeRoleArgs { RoleArn = roleArn },
    });

    // A VPC with a vSwitch in each of two zones, as the transit router attachment needs.
    Network.Inputs.CenVpcArgs CenVpc(string name, AliCloud.Provider provider, string prefix)
    {
        var options = new CustomResourceOptions { Provider = provider };
        var vpc = new AliCloud.Vpc.Network(name, new AliCloud.Vpc.NetworkArgs
        {
            VpcName = name,
            CidrBlock = $"{prefix}.0.0/16",
        }, options);
        var mappings = zones.Select((zone, i) => new Network.Inputs.CenZoneMappingArgs
        {
            ZoneId = zone,
            VswitchId = new AliCloud.Vpc.Switch($"{name}-{zone}", new AliCloud.Vpc.SwitchArgs
            {
                VpcId = vpc.Id,
                CidrBlock = $"{prefix}.{i}.0/24",
                ZoneId = zone,
            }, options).Id,
        }).ToList();
        return new Network.Inputs.CenVpcArgs
        {
            Name = name,
            Provider = provider,
            VpcId = vpc.Id,
            CidrBlocks = { $"{prefix}.0.0/16" },
            ZoneMappings = mappings,
            RouteTableIds = { vpc.RouteTableId },
        };
    }

    var accountA = Account("account-a", config.Get("accountARoleArn"));
    var accountB = Account("account-b", config.Get("accountBRoleArn"));
    var cen = new Network.CrossAccountCenPeering("cen1", new Network.CrossAccountCenPeeringArgs
    {
        CenProvider = accountA,
        Vpcs = { CenVpc("vpc1", accountA, "10.0"), CenVpc("vpc3", accountB, "192.168") },
    });

    return new Dictionary<string, object?>
    {
        ["cenId"] = cen.CenId,
        ["attachmentIds"] = cen.AttachmentIds,
    };
});
