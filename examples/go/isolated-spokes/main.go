// Spoke VPCs of three accounts that reach a shared hub VPC and never each
// other, from Go: IsolatedSpokesWithSharedHub attaches them to one transit
// router, with a spoke route table that learns only the hub and a hub table
// that learns every spoke.
// https://www.alibabacloud.com/help/en/cen/use-cases/use-vpcs-for-network-isolation
package main

import (
	"fmt"

	network "github.com/alicloud-multi-account-network/alicloud-multi-account-network/sdk/go/network"
	"github.com/pulumi/pulumi-alicloud/sdk/v3/go/alicloud"
	"github.com/pulumi/pulumi-alicloud/sdk/v3/go/alicloud/vpc"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		region := cfg.Get("region")
		if region == "" {
			region = "ap-southeast-1"
		}
		zones := []string{region + "a", region + "b"}

		// The provider of one account: `<name>RoleArn` in the stack configuration, or the machine's credentials.
		account := func(name string) (*alicloud.Provider, error) {
			args := &alicloud.ProviderArgs{Region: pulumi.String(region)}
			if roleArn := cfg.Get(name + "RoleArn"); roleArn != "" {
				args.AssumeRole = &alicloud.ProviderAssumeRoleArgs{RoleArn: pulumi.String(roleArn)}
			}
			return alicloud.NewProvider(ctx, name, args)
		}
		// A VPC of its own account with a vSwitch in each of two zones.
		cenVpc := func(name, prefix string) (network.CenVpcArgs, error) {
			provider, err := account(name)
			if err != nil {
				return network.CenVpcArgs{}, err
			}
			cidr := prefix + ".0.0/16"
			created, err := vpc.NewNetwork(ctx, name, &vpc.NetworkArgs{
				VpcName:   pulumi.String(name),
				CidrBlock: pulumi.String(cidr),
			}, pulumi.Provider(provider))
			if err != nil {
				return network.CenVpcArgs{}, err
			}
			var mappings []network.CenZoneMappingArgs
			for i, zone := range zones {
				vswitch, err := vpc.NewSwitch(ctx, fmt.Sprintf("%s-%s", name, zone), &vpc.SwitchArgs{
					VpcId:     created.ID(),
					CidrBlock: pulumi.String(fmt.Sprintf("%s.%d.0/24", prefix, i)),
					ZoneId:    pulumi.String(zone),
				}, pulumi.Provider(provider))
				if err != nil {
					return network.CenVpcArgs{}, err
				}
				mappings = append(mappings, network.CenZoneMappingArgs{ZoneId: pulumi.String(zone), VswitchId: vswitch.ID()})
			}
			return network.CenVpcArgs{
				Name:          name,
				Provider:      provider,
				VpcId:         created.ID(),
				CidrBlocks:    []pulumi.StringInput{pulumi.String(cidr)},
				ZoneMappings:  mappings,
				RouteTableIds: []pulumi.StringInput{created.RouteTableId},
			}, nil
		}

		hub, err := cenVpc("shared-services", "10.0")
		if err != nil {
			return err
		}
		orders, err := cenVpc("orders", "10.1")
		if err != nil {
			return err
		}
		billing, err := cenVpc("billing", "10.2")
		if err != nil {
			return err
		}
		spokes, err := network.NewIsolatedSpokesWithSharedHub(ctx, "landing-zone", &network.IsolatedSpokesWithSharedHubArgs{
			CenProvider: hub.Provider,
			Hub:         hub,
			Spokes:      []network.CenVpcArgs{orders, billing},
		})
		if err != nil {
			return err
		}
		ctx.Export("isolation", spokes.Isolation)
		ctx.Export("spokeRouteTableId", spokes.SpokeRouteTableId)
		return nil
	})
}
