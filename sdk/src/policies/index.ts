// `alicloud-multi-account-network/policies`: the CrossGuard policies as a
// library. A policy is in the list because it is named here, not because its
// module was imported; a pack is built from the list with networkPolicyPack.
import { EnforcementLevel, PolicyPack, PolicyPackArgs, StackValidationPolicy } from "@pulumi/policy";
import { cenOneTransitRouterPerRegion } from "./cenOneTransitRouterPerRegion";
import { crossAccountGrant } from "./crossAccountGrant";
import { declaredCidrBlocks } from "./declaredCidrBlocks";
import { ecrAuthorization } from "./ecrAuthorization";
import { explicitProviders } from "./explicitProviders";
import { IntendedConnectivityConfig, intendedConnectivity } from "./intendedConnectivity";
import { interRegionBandwidth } from "./interRegionBandwidth";
import { oneAssociationPerRouter } from "./oneAssociationPerRouter";
import { trAttachmentTwoZones, TrAttachmentTwoZonesConfig } from "./trAttachmentTwoZones";
import { regionsAgree } from "./regionsAgree";
import { routeMaps } from "./routeMaps";
import { vpcCidrBlocksAllowed } from "./vpcCidrBlocksAllowed";
import { vpcCidrsNoOverlap, VpcCidrsNoOverlapConfig } from "./vpcCidrsNoOverlap";
import { vpcRouteOwnAttachment } from "./vpcRouteOwnAttachment";
import { vpcSharing, VpcSharingConfig } from "./vpcSharing";
import { vswitchCidrsInVpc } from "./vswitchCidrsInVpc";

export {
    cenOneTransitRouterPerRegion,
    crossAccountGrant,
    declaredCidrBlocks,
    ecrAuthorization,
    explicitProviders,
    intendedConnectivity,
    interRegionBandwidth,
    oneAssociationPerRouter,
    regionsAgree,
    routeMaps,
    trAttachmentTwoZones,
    vpcCidrBlocksAllowed,
    vpcCidrsNoOverlap,
    vpcRouteOwnAttachment,
    vpcSharing,
    vswitchCidrsInVpc,
};
export type {
    IntendedConnectivityConfig,
    TrAttachmentTwoZonesConfig,
    VpcCidrsNoOverlapConfig,
    VpcSharingConfig,
};
export type { EnforcementLevel };

/** Every policy of the package, in the order they report. */
export const policies: readonly StackValidationPolicy[] = [
    vpcCidrsNoOverlap,
    vpcCidrBlocksAllowed,
    vswitchCidrsInVpc,
    trAttachmentTwoZones,
    cenOneTransitRouterPerRegion,
    interRegionBandwidth,
    oneAssociationPerRouter,
    regionsAgree,
    declaredCidrBlocks,
    crossAccountGrant,
    ecrAuthorization,
    explicitProviders,
    vpcRouteOwnAttachment,
    routeMaps,
    intendedConnectivity,
    vpcSharing,
];

/** The settings each policy takes, by policy name. */
export interface NetworkPolicySettings {
    "alicloud-vpc-cidr-blocks-allowed": Record<string, never>;
    "alicloud-vpc-cidrs-no-overlap": VpcCidrsNoOverlapConfig;
    "alicloud-vswitch-cidrs-in-vpc": Record<string, never>;
    "alicloud-tr-attachment-two-zones": TrAttachmentTwoZonesConfig;
    "alicloud-cen-one-transit-router-per-region": Record<string, never>;
    "alicloud-inter-region-bandwidth": Record<string, never>;
    "alicloud-one-association-per-router": Record<string, never>;
    "alicloud-regions-agree": Record<string, never>;
    "alicloud-declared-cidr-blocks": Record<string, never>;
    "alicloud-cross-account-grant": Record<string, never>;
    "alicloud-ecr-authorization": Record<string, never>;
    "alicloud-explicit-providers": Record<string, never>;
    "alicloud-vpc-route-own-attachment": Record<string, never>;
    "alicloud-route-maps": Record<string, never>;
    "alicloud-intended-connectivity": IntendedConnectivityConfig;
    "alicloud-vpc-sharing": VpcSharingConfig;
}

/** The name of one of the package's policies. */
export type NetworkPolicyName = keyof NetworkPolicySettings;

/** A policy's enforcement level, or its level and settings. */
export type NetworkPolicyConfig<N extends NetworkPolicyName> =
    EnforcementLevel | ({ readonly enforcementLevel?: EnforcementLevel } & Partial<NetworkPolicySettings[N]>);

/** Arguments of {@link networkPolicies} and {@link networkPolicyPack}. */
export interface NetworkPoliciesArgs {
    /**
     * The enforcement level of every policy not given one in `policies`.
     * @default - each policy's own level (all are "mandatory").
     */
    readonly all?: EnforcementLevel;
    /**
     * Per policy name, its enforcement level, or its level and settings, e.g.
     * `{ "alicloud-vpc-cidrs-no-overlap": { scope: "stack" } }`. Settings given
     * here become the policy's defaults: `pulumi preview --policy-pack-config`
     * still overrides them.
     * @default - every policy at its default level and settings.
     */
    readonly policies?: { readonly [N in NetworkPolicyName]?: NetworkPolicyConfig<N> };
}

const POLICY_NAMES = new Set<string>(policies.map((p) => p.name));

/**
 * The package's policies with enforcement levels and settings applied, to
 * list in your own `PolicyPack` next to your policies. Throws on a name that
 * is not one of the package's policies.
 */
export function networkPolicies(args: NetworkPoliciesArgs = {}): StackValidationPolicy[] {
    const given = args.policies ?? {};
    const unknown = Object.keys(given).filter((name) => !POLICY_NAMES.has(name));
    if (unknown.length > 0) {
        throw new Error(
            `networkPolicies: policies has unknown policy name(s) ${unknown.map((n) => `"${n}"`).join(", ")}; use one of ${[...POLICY_NAMES].join(", ")}.`,
        );
    }
    return policies.map((policy) =>
        configured(
            policy,
            given[policy.name as NetworkPolicyName] as NetworkPolicyConfig<NetworkPolicyName>,
            args.all,
        ),
    );
}

/**
 * A policy pack of the package's policies, for a pack directory's `index.ts`:
 * `networkPolicyPack("my-network-guardrails", { policies: { ... } })`.
 * Constructing a PolicyPack starts the Analyzer server, so call it once, at
 * the top level of the pack's entry point.
 */
export function networkPolicyPack(
    name: string,
    args: NetworkPoliciesArgs & Omit<PolicyPackArgs, "policies"> = {},
): PolicyPack {
    const { all, policies: settings, ...packArgs } = args;
    return new PolicyPack(name, { ...packArgs, policies: networkPolicies({ all, policies: settings }) });
}

function configured(
    policy: StackValidationPolicy,
    config: NetworkPolicyConfig<NetworkPolicyName> | undefined,
    all: EnforcementLevel | undefined,
): StackValidationPolicy {
    const { enforcementLevel, ...settings } =
        typeof config === "string" ? { enforcementLevel: config } : (config ?? {});
    const level = enforcementLevel ?? all ?? policy.enforcementLevel;
    if (Object.keys(settings).length === 0) {
        return { ...policy, enforcementLevel: level };
    }
    const properties = { ...policy.configSchema?.properties };
    for (const [key, value] of Object.entries(settings)) {
        if (!(key in properties)) {
            throw new Error(
                `networkPolicies: policies["${policy.name}"].${key} is not a setting of that policy; its settings are ${Object.keys(properties).join(", ") || "none"}.`,
            );
        }
        properties[key] = { ...properties[key], default: value };
    }
    return {
        ...policy,
        enforcementLevel: level,
        configSchema: { ...policy.configSchema, properties },
        // The engine fills missing settings from the schema's defaults; a
        // caller that does not still gets the settings given here.
        validateStack: (stackArgs, report) =>
            policy.validateStack(
                {
                    ...stackArgs,
                    getConfig: () => ({ ...settings, ...stackArgs.getConfig() }),
                } as typeof stackArgs,
                report,
            ),
    };
}
