module isolated-spokes-go

go 1.22

require (
	github.com/pulumi/pulumi-alicloud/sdk/v3 v3.108.0
	github.com/pulumi/pulumi/sdk/v3 v3.248.0
)
