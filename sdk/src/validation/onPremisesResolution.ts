// The on-premises connections of a CEN component (VBRs, IPsec-VPN
// connections, Express Connect Routers) resolved: defaults, accounts and
// regions, and their checks once values resolve (those made before anything
// is created are in onPremisesChecks.ts).
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { checkAccountDecision, isCrossAccount } from "../core/accounts";
import { found } from "../core/argTypes";
import { ecrAccountIdProblem } from "../core/expressConnectRouter";
import {
    checkOnPremisesBlocks,
    LabelledBlock,
    ON_PREMISES_LISTS,
    OnPremisesKindName,
} from "../core/onPremises";
import { Payer } from "../args/values";
import { vpcRegionProblem } from "../core/regions";
import { vpcLabel } from "../core/vpcValidation";
import { allPlainNow, plainNow } from "./inputs";
import { lateValidationGate } from "./validationGate";
import { PlacedOnPremises } from "./placed";

/** An on-premises connection with defaults applied and its account resolved. */
export interface ResolvedOnPremises {
    readonly path: string;
    readonly key: string;
    readonly kind: OnPremisesKindName;
    readonly provider: alicloud.Provider;
    readonly accountId: pulumi.Output<string>;
    readonly crossAccount: boolean;
    /** The VBR, IPsec-VPN connection or ECR id. */
    readonly instanceId: pulumi.Input<string>;
    readonly region?: string;
    readonly payer: Payer;
    /** The on-premises blocks behind it: route destinations, and what the plan reaches. */
    readonly cidrBlocks: readonly pulumi.Input<string>[];
    /** A single-tunnel IPsec-VPN connection's zone. */
    readonly zoneId?: pulumi.Input<string>;
}

/** What resolution needs from the component: the CEN owner's account and providers, and the lookups it shares. */
export interface OnPremisesSettings {
    readonly cenAccountId: pulumi.Output<string>;
    readonly cenAccountIdGiven: boolean;
    readonly cenAccountNow?: string;
    /** The CEN owner's providers: cenProvider and its provider in each other region. */
    readonly ownerProviders: ReadonlySet<alicloud.Provider>;
    readonly accountOf: (provider: alicloud.Provider, given?: pulumi.Input<string>) => pulumi.Output<string>;
    readonly regionOf: (provider: alicloud.Provider) => pulumi.Output<string | undefined>;
    /** The region of the transit router an instance of `region` attaches to, and how messages name it. */
    readonly routerRegion: (region: string | undefined) => {
        readonly region: pulumi.Output<string | undefined>;
        readonly whose: string;
    };
    /** The VPC blocks known now, that on-premises blocks given as Outputs are checked against. */
    readonly vpcBlocks: readonly LabelledBlock[];
}

/**
 * Decides which connections are cross-account, resolves their accounts, and
 * builds the gate that checks, once values resolve, each account decision,
 * each provider's region and the on-premises blocks given as Outputs.
 */
export function resolveOnPremises(
    parent: pulumi.Resource,
    component: string,
    placed: readonly PlacedOnPremises[],
    settings: OnPremisesSettings,
): { instances: ResolvedOnPremises[]; gate: pulumi.Output<pulumi.Resource[]> } {
    const instances = placed.map(({ path, list, args }): ResolvedOnPremises => {
        const { kind, idField } = ON_PREMISES_LISTS[list];
        return {
            path,
            key: args.name,
            kind,
            provider: args.provider,
            accountId: settings.accountOf(args.provider, args.accountId),
            crossAccount: isCrossAccount(
                settings.ownerProviders.has(args.provider),
                plainNow(args.accountId),
                settings.cenAccountNow,
            ),
            instanceId: (args as unknown as Record<string, pulumi.Input<string>>)[idField],
            region: args.region,
            payer: args.payer ?? "cen-owner",
            cidrBlocks: args.onPremisesCidrBlocks ?? [],
            zoneId: (args as { zoneId?: pulumi.Input<string> }).zoneId,
        };
    });
    if (instances.length === 0) return { instances, gate: pulumi.output([]) };
    const routers = instances.map((inst) => settings.routerRegion(inst.region));
    const late = {
        cenAccountId: settings.cenAccountId,
        instances: instances.map((inst, i) => ({
            accountId: inst.accountId,
            providerRegion: settings.regionOf(inst.provider),
            routerRegion: routers[i].region,
            cidrBlocks: allPlainNow(inst.cidrBlocks) ? [] : inst.cidrBlocks,
            given: placed[i].args.accountId !== undefined,
        })),
    };
    const gate = lateValidationGate(parent, component, late, (resolved) => {
        const problems: string[] = [];
        resolved.instances.forEach((r, i) => {
            const inst = instances[i];
            const label = vpcLabel(inst.path, inst.key);
            const noun = ON_PREMISES_LISTS[placed[i].list].noun;
            problems.push(
                ...found(
                    checkAccountDecision(
                        label,
                        inst.crossAccount,
                        { id: r.accountId, given: r.given },
                        { id: resolved.cenAccountId, given: settings.cenAccountIdGiven },
                        noun,
                    ),
                    vpcRegionProblem(label, r.providerRegion, r.routerRegion, routers[i].whose, noun),
                    inst.kind === "ecr" ? ecrAccountIdProblem(label, r.accountId) : undefined,
                ),
            );
        });
        const latePlaced = resolved.instances
            .map((r, i) => ({ path: instances[i].path, name: instances[i].key, cidrBlocks: r.cidrBlocks }))
            .filter((f) => f.cidrBlocks.length > 0);
        problems.push(...checkOnPremisesBlocks(latePlaced, settings.vpcBlocks));
        return problems;
    });
    return { instances, gate };
}
