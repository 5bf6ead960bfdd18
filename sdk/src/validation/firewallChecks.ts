// The checks of a component's Cloud Firewall arguments before anything is
// created: its shape, its one region, its network's blocks against the VPCs',
// its members' providers, and the names and zones it adds to the component's.
import * as alicloud from "@pulumi/alicloud";
import type { CloudFirewallArgs } from "../args/cloudFirewallArgs";
import { found } from "../core/argTypes";
import { checkCloudFirewall, oneRegionProblem } from "../core/inspection";
import { NamedChild } from "../core/naming";
import { optionalProviderProblem } from "./inputs";
import { GivenVpc, vpcBlocksNow, ZoneList } from "./placed";

/**
 * The firewall's problems before anything is created; none without it. With
 * `reach` (security domains), its `inspect` pairs are checked against the
 * domains; without it the component decides what is inspected.
 */
export function firewallProblems(
    firewall: Partial<CloudFirewallArgs> | undefined | null,
    regions: unknown,
    given: readonly GivenVpc[],
    reach?: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
    if (firewall === undefined) return [];
    if (typeof firewall !== "object" || firewall === null) {
        return [
            `firewall ${JSON.stringify(firewall)} must be { ${reach ? "inspect, " : ""}network }, or left out.`,
        ];
    }
    return [
        ...found(oneRegionProblem("firewall", "Cloud Firewall", regions)),
        ...checkCloudFirewall({ ...firewall, reach, vpcBlocks: vpcBlocksNow(given) }),
        ...(Array.isArray(firewall.memberAccounts) ? firewall.memberAccounts : []).flatMap((m, i) =>
            found(
                optionalProviderProblem(
                    `firewall.memberAccounts[${i}].provider`,
                    (m as { provider?: unknown } | undefined)?.provider,
                    "the member account's provider",
                ),
            ),
        ),
    ];
}

/** The firewall's children named after the component, for the name checks. */
export function firewallNames(firewall: Partial<CloudFirewallArgs> | undefined): NamedChild[] {
    if (typeof firewall !== "object" || firewall === null) return [];
    const named = (list: unknown, role: string, argument: string) =>
        (Array.isArray(list) ? list : []).map((e: { name?: unknown }, i) => ({
            argument: `${argument}[${i}].name`,
            suffix: `${role}-${String(e?.name)}`,
        }));
    return [
        { argument: "name", suffix: "firewall" },
        ...named(firewall.memberAccounts, "fw-member", "firewall.memberAccounts"),
        ...named(firewall.controlPolicies, "fw-policy", "firewall.controlPolicies"),
    ];
}

/** The firewall's attachment zones, when given: zones of the CEN owner's region, checked with the VPCs'. */
export function firewallZones(
    firewall: Partial<CloudFirewallArgs> | undefined,
    cenProvider: alicloud.Provider,
): ZoneList[] {
    const zones = firewall?.network?.attachmentZones;
    return Array.isArray(zones)
        ? [{ argument: "firewall.network.attachmentZones", zoneIds: zones, provider: cenProvider }]
        : [];
}
