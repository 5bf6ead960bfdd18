// Spoke VPCs of three accounts that reach a shared hub VPC and never each
// other, from C#: IsolatedSpokesWithSharedHub attaches them to one transit
// router, with a spoke route table that learns only the hub and a hub table
// that learns every spoke.
// https://www.alibabacloud.com/help/en/cen/use-cases/use-vpcs-for-network-isolation
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

    // A VPC of its own account (`<name>RoleArn` in the stack configuration) with a vSwitch in each of two zones.
    Network.Inputs.CenVpcArgs CenVpc(string name, string prefix)
    {
        var roleArn = config.Get($"{name}RoleArn");
        var provider = new AliCloud.Provider(name, new AliCloud.ProviderArgs
        {
            Region = region,
            AssumeRole = roleArn is null ? null : new AliCloud.Inputs.ProviderAssumeRoleArgs { RoleArn = roleArn },
        });
        var options = new CustomResourceOptions { Provider = provider };
        var vpc = new AliCloud.Vpc.Network(name, new AliCloud.Vpc.NetworkArgs
        {
            VpcName = name,
            CidrBlock = $"{prefix}.0.0/16",
        }, options);
        return new Network.Inputs.CenVpcArgs
        {
            Name = name,
            Provider = provider,
            VpcId = vpc.Id,
            CidrBlocks = { $"{prefix}.0.0/16" },
            ZoneMappings = zones.Select((zone, i) => new Network.Inputs.CenZoneMappingArgs
            {
                ZoneId = zone,
                VswitchId = new AliCloud.Vpc.Switch($"{name}-{zone}", new AliCloud.Vpc.SwitchArgs
                {
                    VpcId = vpc.Id,
                    CidrBlock = $"{prefix}.{i}.0/24",
                    ZoneId = zone,
                }, options).Id,
            }).ToList(),
            RouteTableIds = { vpc.RouteTableId },
        };
    }

    var hub = CenVpc("shared-services", "10.0");
    var spokes = new Network.IsolatedSpokesWithSharedHub("landing-zone", new Network.IsolatedSpokesWithSharedHubArgs
    {
        CenProvider = hub.Provider,
        Hub = hub,
        Spokes = { CenVpc("orders", "10.1"), CenVpc("billing", "10.2") },
    });

    return new Dictionary<string, object?>
    {
        ["isolation"] = spokes.Isolation,
        ["spokeRouteTableId"] = spokes.SpokeRouteTableId,
    };
});
