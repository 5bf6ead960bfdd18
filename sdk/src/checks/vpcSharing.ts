// VPC sharing across the whole stack (Alibaba Cloud's shared VPC guide): quotas that span separately
// created tenants and shares, and network resources a tenant may not create
// in a shared VPC.
import {
    OWNER_ONLY_NETWORK_TYPES,
    quotaProblem,
    sharingAvailable,
    sharingRegionsText,
} from "../core/sharing";
import { SharingQuotas } from "../args/values";
import { StackGraph, StackResource, TYPES, accountKey, accountLabel, knownString } from "../model/stackGraph";
import { Finding, violation } from "./finding";

/** A key for what a property names: its known value, else the resource it came from. */
function keyOf(graph: StackGraph, r: StackResource, prop: string, type: string): string | undefined {
    const ref = graph.referenced(r, prop, type);
    return ref?.urn ?? knownString(r.props[prop]);
}

/** The VPC of a shared vSwitch (by the key sharesOf uses), when the vSwitch is in the stack. */
function vpcOfVswitch(graph: StackGraph, key: string): StackResource | undefined {
    const vswitch = graph.resource(key) ?? graph.ofType(TYPES.vswitch).find((r) => r.id === key);
    return vswitch && graph.referenced(vswitch, "vpcId", TYPES.vpc);
}

interface Share {
    vswitches: Map<string, StackResource>;
    targets: Map<string, StackResource>;
}

function sharesOf(graph: StackGraph): Map<string, Share> {
    const shares = new Map<string, Share>();
    const share = (key: string) =>
        shares.get(key) ?? shares.set(key, { vswitches: new Map(), targets: new Map() }).get(key)!;
    for (const r of graph.ofType(TYPES.sharedResource)) {
        const shareKey = keyOf(graph, r, "resourceShareId", TYPES.resourceShare);
        const vswitch = keyOf(graph, r, "resourceId", TYPES.vswitch);
        if (shareKey && vswitch && r.props.resourceType === "VSwitch")
            share(shareKey).vswitches.set(vswitch, r);
    }
    for (const t of graph.ofType(TYPES.sharedTarget)) {
        const shareKey = keyOf(graph, t, "resourceShareId", TYPES.resourceShare);
        const target = knownString(t.props.targetId);
        if (shareKey && target) share(shareKey).targets.set(target, t);
    }
    return shares;
}

/** The quotas, counted over every share and target of the stack. */
export function sharingQuotaFindings(graph: StackGraph, quotas: SharingQuotas): Finding[] {
    const tenantsOfVswitch = new Map<string, { on: StackResource; tenants: Set<string> }>();
    const vswitchesOfTenant = new Map<string, { on: StackResource; vswitches: Set<string> }>();
    for (const share of sharesOf(graph).values()) {
        for (const [vswitch, shared] of share.vswitches) {
            const entry =
                tenantsOfVswitch.get(vswitch) ??
                tenantsOfVswitch.set(vswitch, { on: shared, tenants: new Set() }).get(vswitch)!;
            share.targets.forEach((_t, tenant) => entry.tenants.add(tenant));
        }
        for (const [tenant, target] of share.targets) {
            const entry =
                vswitchesOfTenant.get(tenant) ??
                vswitchesOfTenant.set(tenant, { on: target, vswitches: new Set() }).get(tenant)!;
            share.vswitches.forEach((_s, vswitch) => entry.vswitches.add(vswitch));
        }
    }
    const findings: Finding[] = [];
    const tenantsOfVpc = new Map<string, { on: StackResource; tenants: Set<string> }>();
    for (const [vswitchKey, { on, tenants }] of tenantsOfVswitch) {
        if (tenants.size > quotas.tenantsPerVswitch) {
            findings.push(
                violation(
                    on.urn,
                    quotaProblem(
                        `The accounts vSwitch ${vswitchKey.split("::").pop()} is shared with number`,
                        tenants.size,
                        "tenantsPerVswitch",
                        quotas.tenantsPerVswitch,
                    ),
                ),
            );
        }
        const vpc = vpcOfVswitch(graph, vswitchKey);
        if (vpc) {
            const entry =
                tenantsOfVpc.get(vpc.urn) ??
                tenantsOfVpc.set(vpc.urn, { on: vpc, tenants: new Set() }).get(vpc.urn)!;
            tenants.forEach((t) => entry.tenants.add(t));
        }
    }
    for (const { on, tenants } of tenantsOfVpc.values()) {
        if (tenants.size > quotas.tenantsPerVpc) {
            findings.push(
                violation(
                    on.urn,
                    quotaProblem(
                        `The accounts VPC ${on.name} is shared with number`,
                        tenants.size,
                        "tenantsPerVpc",
                        quotas.tenantsPerVpc,
                    ),
                ),
            );
        }
    }
    for (const [tenant, { on, vswitches }] of vswitchesOfTenant) {
        if (vswitches.size > quotas.vswitchesPerTenant) {
            findings.push(
                violation(
                    on.urn,
                    quotaProblem(
                        `The shared vSwitches account ${tenant} accepts number`,
                        vswitches.size,
                        "vswitchesPerTenant",
                        quotas.vswitchesPerTenant,
                    ),
                ),
            );
        }
    }
    return findings;
}

/** Network resources created in a shared VPC by another account than its owner's. */
export function tenantNetworkResourceFindings(graph: StackGraph): Finding[] {
    const shared = new Set<StackResource>();
    for (const share of sharesOf(graph).values()) {
        for (const key of share.vswitches.keys()) {
            const vpc = vpcOfVswitch(graph, key);
            if (vpc) shared.add(vpc);
        }
    }
    const findings: Finding[] = [];
    for (const type of OWNER_ONLY_NETWORK_TYPES) {
        for (const r of graph.ofType(type)) {
            const vpc =
                graph.referenced(r, "vpcId", TYPES.vpc) ??
                graph.referenced(r, "routeTableId", TYPES.vpc, "routeTableId");
            if (vpc && shared.has(vpc) && accountKey(r) !== accountKey(vpc)) {
                findings.push(
                    violation(
                        r.urn,
                        `${type.split(":").pop()} ${r.name} is created by ${accountLabel(r)} in VPC ${vpc.name}, which ${accountLabel(vpc)} owns and shares; tenants have view-only permissions on a shared VPC's vSwitches, route tables, network ACLs and CIDR blocks (https://www.alibabacloud.com/help/en/vpc/vpc-sharing). The owner must create it, with the owner's provider.`,
                    ),
                );
            }
        }
    }
    return findings;
}

/**
 * vSwitches shared in a region where VPC sharing is not available, by the
 * region of the provider that shares them; `additional` lists regions
 * Alibaba Cloud has added since the package's list.
 */
export function sharingRegionFindings(graph: StackGraph, additional: readonly string[]): Finding[] {
    const findings: Finding[] = [];
    for (const r of graph.ofType(TYPES.sharedResource)) {
        const region = r.provider?.region;
        if (
            r.props.resourceType !== "VSwitch" ||
            region === undefined ||
            sharingAvailable(region, additional)
        ) {
            continue;
        }
        findings.push(
            violation(
                r.urn,
                `SharedResource ${r.name} shares a vSwitch in ${region} (provider ${r.provider?.name}), where VPC sharing is not available; the shared VPC guide's regions are ${sharingRegionsText()}. If Alibaba Cloud has made VPC sharing available in ${region} since, add "${region}" to the policy's additionalSharingRegions.`,
            ),
        );
    }
    return findings;
}
