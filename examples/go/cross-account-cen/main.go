// Alibaba Cloud's "Connect VPCs across accounts" sample, from Go: account A
// owns VPC1 and the CEN, account B owns VPC3; CrossAccountCenPeering grants
// VPC3 to the CEN in account B, attaches both VPCs to the transit router and
// routes between them. One explicit provider per account.
// https://www.alibabacloud.com/help/en/cen/user-guide/connect-network-instances-created-by-different-accounts-and-in-different-regions
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

		// The provider of one account: a RAM role assumed in it, or the machine's credentials.
		account := func(name, roleArn string) (*alicloud.Provider, error) {
			args := &alicloud.ProviderArgs{Region: pulumi.String(region)}
			if roleArn != "" {
				args.AssumeRole = &alicloud.ProviderAssumeRoleArgs{RoleArn: pulumi.String(roleArn)}
			}
			return alicloud.NewProvider(ctx, name, args)
		}
		// A VPC with a vSwitch in each of two zones, as the transit router attachment needs.
		cenVpc := func(name string, provider *alicloud.Provider, prefix string) (network.CenVpcArgs, error) {
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
				mappings = append(mappings, network.CenZoneMappingArgs{
					ZoneId:    pulumi.String(zone),
					VswitchId: vswitch.ID(),
				})
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

		accountA, err := account("account-a", cfg.Get("accountARoleArn"))
		if err != nil {
			return err
		}
		accountB, err := account("account-b", cfg.Get("accountBRoleArn"))
		if err != nil {
			return err
		}
		vpc1, err := cenVpc("vpc1", accountA, "10.0")
		if err != nil {
			return err
		}
		vpc3, err := cenVpc("vpc3", accountB, "192.168")
		if err != nil {
			return err
		}
		cen, err := network.NewCrossAccountCenPeering(ctx, "cen1", &network.CrossAccountCenPeeringArgs{
			CenProvider: accountA,
			Vpcs:        []network.CenVpcArgs{vpc1, vpc3},
		})
		if err != nil {
			return err
		}
		ctx.Export("cenId", cen.CenId)
		ctx.Export("attachmentIds", cen.AttachmentIds)
		return nil
	})
}
