// The security-domains benchmark network: N VPCs over ten accounts in six
// domains (shared services reached by every other domain, office with
// testing, production's members isolated from each other), through
// CenSecurityDomains or written out by hand with the same resources,
// invokes, options and dependencies.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { ACCOUNTS, providers, RFC1918, vpcArgs } from "./networks";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk = require("../sdk/bin") as typeof import("../sdk/src");

export const DOMAINS = ["shared", "office", "testing", "production", "partners", "lab"];
const ALLOW: [string, string][] = [
    ...DOMAINS.slice(1).map((d): [string, string] => ["shared", d]),
    ["office", "testing"],
];
const ISOLATED = new Set(["production"]);

/** VPC `i`'s domain: round robin. */
const domainOf = (i: number) => DOMAINS[i % DOMAINS.length];

/** Whether members of `from` reach members of `to`, written out as a user without the package would. */
function reaches(from: string, to: string): boolean {
    if (from === to) return !ISOLATED.has(from);
    return ALLOW.some(([a, b]) => (a === from && b === to) || (a === to && b === from));
}

/**
 * VPC `i` as the component takes it; `inStack`: the VPC and its two
 * vSwitches are resources of the stack, so the network model and the
 * intended-connectivity policy find them and ping between them.
 */
function memberArgs(i: number, provider: alicloud.Provider, inStack: boolean) {
    const args = vpcArgs(i, provider);
    if (!inStack) return args;
    const vpc = new alicloud.vpc.Network(`vpc${i}`, { cidrBlock: args.cidrBlocks[0] }, { provider });
    const zoneMappings = args.zoneMappings.map((m, z) => ({
        zoneId: m.zoneId,
        vswitchId: new alicloud.vpc.Switch(
            `vpc${i}-vsw${z}`,
            {
                vpcId: vpc.id,
                zoneId: m.zoneId,
                cidrBlock: args.cidrBlocks[0].replace(/\.0\/24$/, `.${z * 128}/25`),
            },
            { provider },
        ).id,
    }));
    return { ...args, vpcId: vpc.id, zoneMappings, routeTableIds: [vpc.routeTableId] };
}

export function domainsComponent(n: number, inStack = false): () => void {
    return () => {
        const p = providers();
        new sdk.CenSecurityDomains("segments", {
            cenProvider: p[0],
            domains: DOMAINS.map((name) => ({
                name,
                vpcs: Array.from({ length: n }, (_, i) => i)
                    .filter((i) => domainOf(i) === name)
                    .map((i) => memberArgs(i, p[i % ACCOUNTS], inStack)),
                isolateMembers: ISOLATED.has(name) || undefined,
            })),
            allow: ALLOW,
        });
    };
}

/** The same network by hand: a table per domain, each VPC associated with its own and propagated where it is reachable. */
export function domainsByHand(n: number): () => void {
    return () => {
        const p = providers();
        const a = p[0];
        const accountIds = new Map(
            p.map((provider) => [provider, alicloud.getAccountOutput({ provider }).id]),
        );
        const timeouts = { create: "10m", update: "10m", delete: "10m" };
        const cen = new alicloud.cen.Instance(
            "segments-cen",
            { cenInstanceName: "segments" },
            { provider: a, customTimeouts: timeouts },
        );
        const tr = new alicloud.cen.TransitRouter(
            "segments-tr",
            { cenId: cen.id, transitRouterName: "segments" },
            { provider: a, customTimeouts: timeouts },
        );
        const tables = new Map(
            // Round robin: the first n domains have members.
            DOMAINS.slice(0, n).map((d) => [
                d,
                new alicloud.cen.TransitRouterRouteTable(
                    `segments-table-${d}`,
                    {
                        transitRouterId: tr.transitRouterId,
                        transitRouterRouteTableName: `segments-table-${d}`,
                        transitRouterRouteTableDescription: `Security domain ${d}.`,
                    },
                    { provider: a, customTimeouts: timeouts },
                ).transitRouterRouteTableId,
            ]),
        );
        for (let i = 0; i < n; i++) {
            const owner = p[i % ACCOUNTS];
            const foreign = owner !== a;
            const domain = domainOf(i);
            const grant = foreign
                ? new alicloud.cen.TransitRouterGrantAttachment(
                      `segments-grant-vpc${i}`,
                      {
                          cenId: cen.id,
                          cenOwnerId: accountIds.get(a)!,
                          instanceId: `vpc-${i}`,
                          instanceType: "VPC",
                          orderType: "PayByCenOwner",
                      },
                      { provider: owner, customTimeouts: timeouts },
                  )
                : undefined;
            const attachment = new alicloud.cen.TransitRouterVpcAttachment(
                `segments-attachment-vpc${i}`,
                {
                    cenId: cen.id,
                    transitRouterId: tr.transitRouterId,
                    vpcId: `vpc-${i}`,
                    vpcOwnerId: foreign ? accountIds.get(owner)! : undefined,
                    orderType: foreign ? "PayByCenOwner" : undefined,
                    zoneMappings: ["a", "b"].map((z, k) => ({
                        zoneId: `ap-southeast-1${z}`,
                        vswitchId: `vsw-${i}-${k}`,
                    })),
                    autoPublishRouteEnabled: false,
                    transitRouterVpcAttachmentName: `segments-vpc${i}`,
                },
                {
                    provider: a,
                    dependsOn: grant ? [grant] : [],
                    customTimeouts: { create: "45m", update: "10m", delete: "25m" },
                },
            );
            const id = attachment.transitRouterAttachmentId;
            new alicloud.cen.TransitRouterRouteTableAssociation(
                `segments-association-vpc${i}`,
                { transitRouterAttachmentId: id, transitRouterRouteTableId: tables.get(domain)! },
                { provider: a, deleteBeforeReplace: true, customTimeouts: timeouts },
            );
            for (const [d, table] of tables) {
                if (!reaches(d, domain)) continue;
                new alicloud.cen.TransitRouterRouteTablePropagation(
                    `segments-propagation-vpc${i}-${d}`,
                    { transitRouterAttachmentId: id, transitRouterRouteTableId: table },
                    { provider: a, customTimeouts: timeouts },
                );
            }
            let previous: pulumi.Resource | undefined;
            for (const destination of RFC1918) {
                previous = new alicloud.vpc.RouteEntry(
                    `segments-route-vpc${i}-vtb-${i}-${destination.replace(/[./]/g, "-")}`,
                    {
                        routeTableId: `vtb-${i}`,
                        destinationCidrblock: destination,
                        nexthopType: "Attachment",
                        nexthopId: id,
                    },
                    {
                        provider: owner,
                        dependsOn: previous ? [previous] : [],
                        customTimeouts: { create: "15m", delete: "15m" },
                    },
                );
            }
        }
    };
}
