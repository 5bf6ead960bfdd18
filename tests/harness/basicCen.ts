// A Basic Edition CEN written by hand: vpc1 (account a, which owns the CEN)
// and vpc2 (account b) attached at CEN level, vpc2 granted by its owner; a
// case may move vpc2 to another region, add an Enterprise Edition transit
// router, leave out the grant or the attachment's wait for it, or attach a
// CCN of account b.
import * as alicloud from "@pulumi/alicloud";

export const ACCOUNT_A = "1111111111111111";
const ACCOUNT_B = "2222222222222222";

export interface BasicCenOptions {
    /** vpc2's region (ap-southeast-1 by default). */
    readonly secondRegion?: string;
    readonly withTransitRouter?: boolean;
    /** Whether vpc2's owner grants it (true by default), and whether the attachment waits for the grant. */
    readonly grant?: boolean;
    readonly waitForGrant?: boolean;
    /** A CCN of account b attached in this region, granted by its owner. */
    readonly ccnRegion?: string;
    /** A VPC firewall on vpc2 (Cloud Firewall in account a), and its access control policies. */
    readonly vpcFirewall?: {
        readonly status: "open" | "close";
        readonly policies: readonly { readonly source: string; readonly aclAction: "accept" | "drop" }[];
    };
}

export function basicCenProgram(options: BasicCenOptions = {}): () => void {
    const { secondRegion = "ap-southeast-1", grant = true, waitForGrant = true } = options;
    return () => {
        const a = new alicloud.Provider("account-a", { region: "ap-southeast-1", accountId: ACCOUNT_A });
        const b = new alicloud.Provider("account-b", { region: secondRegion, accountId: ACCOUNT_B });
        const cen = new alicloud.cen.Instance("cen", { cenInstanceName: "basic" }, { provider: a });
        if (options.withTransitRouter)
            new alicloud.cen.TransitRouter("tr", { cenId: cen.id }, { provider: a });
        const vpcs = [
            { name: "vpc1", provider: a, cidr: "10.1.0.0/16", region: "ap-southeast-1" },
            { name: "vpc2", provider: b, cidr: "10.2.0.0/16", region: secondRegion },
        ].map(({ name, provider, cidr, region }) => {
            const vpc = new alicloud.vpc.Network(name, { cidrBlock: cidr }, { provider });
            new alicloud.vpc.Switch(
                `${name}-vsw0`,
                { vpcId: vpc.id, cidrBlock: cidr.replace(/\.0\.0\/16$/, ".0.0/24"), zoneId: `${region}a` },
                { provider },
            );
            const granted =
                provider === b && grant
                    ? new alicloud.cen.InstanceGrant(
                          `${name}-grant`,
                          { cenId: cen.id, childInstanceId: vpc.id, cenOwnerId: ACCOUNT_A },
                          { provider },
                      )
                    : undefined;
            new alicloud.cen.InstanceAttachment(
                `${name}-attachment`,
                {
                    instanceId: cen.id,
                    childInstanceId: vpc.id,
                    childInstanceType: "VPC",
                    childInstanceRegionId: region,
                    childInstanceOwnerId: provider === b ? Number(ACCOUNT_B) : undefined,
                },
                { provider: a, dependsOn: granted && waitForGrant ? [granted] : [] },
            );
            return vpc;
        });
        if (options.vpcFirewall) {
            new alicloud.cloudfirewall.FirewallVpcFirewallCen(
                "vpc2-firewall",
                {
                    cenId: cen.id,
                    vpcRegion: secondRegion,
                    vpcFirewallName: "vpc2-firewall",
                    status: options.vpcFirewall.status,
                    memberUid: ACCOUNT_B,
                    localVpc: { networkInstanceId: vpcs[1].id },
                },
                { provider: a },
            );
            options.vpcFirewall.policies.forEach((p, i) => {
                new alicloud.cloudfirewall.FirewallVpcFirewallControlPolicy(
                    `vpc2-firewall-policy${i}`,
                    {
                        vpcFirewallId: cen.id,
                        order: i + 1,
                        aclAction: p.aclAction,
                        proto: "ANY",
                        source: p.source,
                        sourceType: "net",
                        destination: "0.0.0.0/0",
                        destinationType: "net",
                        applicationName: "ANY",
                        description: `policy ${i + 1}`,
                        release: "true",
                    },
                    { provider: a },
                );
            });
        }
        if (options.ccnRegion) {
            const ccnGrant = new alicloud.cloudconnect.NetworkGrant(
                "ccn-grant",
                { ccnId: "ccn-branches", cenId: cen.id, cenUid: ACCOUNT_A },
                { provider: b },
            );
            new alicloud.cen.InstanceAttachment(
                "ccn-attachment",
                {
                    instanceId: cen.id,
                    childInstanceId: "ccn-branches",
                    childInstanceType: "CCN",
                    childInstanceRegionId: options.ccnRegion,
                    childInstanceOwnerId: Number(ACCOUNT_B),
                },
                { provider: a, dependsOn: [ccnGrant] },
            );
        }
    };
}
