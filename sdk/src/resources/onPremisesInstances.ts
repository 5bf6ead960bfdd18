// The on-premises connections of a CEN component (VBRs, IPsec-VPN
// connections, Express Connect Routers): their shapes, accounts and regions,
// checked before anything is created and again once values resolve.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { checkAccountDecision, isCrossAccount } from "../core/accounts";
import { found, listProblem, requiredIdProblem } from "../core/argTypes";
import { ecrAccountIdProblem } from "../core/expressConnectRouter";
import {
    ccnProblem,
    checkOnPremisesBlocks,
    checkOnPremisesNames,
    checkTransitRouterCidrs,
    LabelledBlock,
    ON_PREMISES_LIST_NAMES,
    ON_PREMISES_LISTS,
    OnPremisesKindName,
    OnPremisesListName,
} from "../core/onPremises";
import { Payer } from "../args/values";
import { vpcRegionProblem } from "../core/regions";
import { checkPayer, Known, vpcLabel } from "../core/vpcValidation";
import type { CenOnPremisesArgs, CenOnPremisesConnectionsArgs } from "../args/cenOnPremisesArgs";
import { allPlainNow, plainNow } from "../validation/inputs";
import { lateValidationGate } from "../validation/validationGate";
import { PlacedOnPremises } from "../validation/placed";

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

/** The entries of each list as given (nothing for a list that is not a list, reported by the shape checks). */
function entriesOf(args: CenOnPremisesConnectionsArgs | undefined, list: OnPremisesListName): unknown[] {
    const given: unknown = args?.[list];
    return Array.isArray(given) ? given : [];
}

/**
 * Where a component takes its on-premises lists: the top level of its
 * arguments (`prefix` ""), or each security domain (`domains[1].`).
 */
export interface OnPremisesSource {
    readonly prefix: string;
    readonly lists: CenOnPremisesConnectionsArgs | undefined;
}

/** Every on-premises connection of the arguments given as an object, list by list; paths start with `prefix`. */
export function placedOnPremises(
    args: CenOnPremisesConnectionsArgs | undefined,
    prefix = "",
): PlacedOnPremises[] {
    return ON_PREMISES_LIST_NAMES.flatMap((list) =>
        entriesOf(args, list).flatMap((entry, i) =>
            entry !== null && typeof entry === "object" && !Array.isArray(entry)
                ? [{ path: `${prefix}${list}[${i}]`, list, args: entry as CenOnPremisesArgs }]
                : [],
        ),
    );
}

/** How the entries of each list look, for messages. */
const USAGE = "{ name, provider, <id>, onPremisesCidrBlocks? }";

/** The lists are lists, and each entry names its provider and instance, with a valid payer. */
export function checkOnPremisesShapes(args: CenOnPremisesConnectionsArgs | undefined, prefix = ""): string[] {
    const problems = found(
        // Not in the arguments' type: a program in JavaScript or another language may still pass it.
        ccnProblem((args as { ccns?: unknown } | undefined)?.ccns, prefix),
        ...ON_PREMISES_LIST_NAMES.map((list) =>
            listProblem(
                `${prefix}${list}`,
                args?.[list],
                USAGE.replace("<id>", ON_PREMISES_LISTS[list].idField),
            ),
        ),
    );
    for (const list of ON_PREMISES_LIST_NAMES) {
        entriesOf(args, list).forEach((entry, i) => {
            if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
                problems.push(
                    `${prefix}${list}[${i}] is ${JSON.stringify(entry) ?? "missing"}; pass { name, provider, ${ON_PREMISES_LISTS[list].idField} }.`,
                );
            }
        });
    }
    for (const { path, list, args: entry } of placedOnPremises(args, prefix)) {
        const { idField, what, kind, noun } = ON_PREMISES_LISTS[list];
        const label = vpcLabel(path, entry.name);
        if (!pulumi.ProviderResource.isInstance(entry.provider)) {
            problems.push(
                `${label}: provider is missing or not an alicloud.Provider; pass the provider of the account that owns the ${noun}.`,
            );
        }
        const id = (entry as unknown as Record<string, unknown>)[idField];
        problems.push(
            ...found(
                requiredIdProblem(`${label}: ${idField}`, id, what),
                listProblem(`${label}: onPremisesCidrBlocks`, entry.onPremisesCidrBlocks, "IPv4 CIDR blocks"),
            ),
            ...checkPayer(label, entry.payer),
        );
        if (kind !== "vpn" && "zoneId" in entry) {
            problems.push(`${label}: zoneId is for single-tunnel IPsec-VPN connections only; remove it.`);
        }
    }
    return problems;
}

/**
 * What can be told of the on-premises arguments before anything is created:
 * their shapes, names (unique among the VPCs' too), blocks, and the transit
 * router CIDR blocks against every block of the network.
 */
export function checkOnPremisesArgs(
    args: (CenOnPremisesConnectionsArgs & { regions?: unknown }) | undefined,
    sources: readonly OnPremisesSource[],
    placed: readonly PlacedOnPremises[],
    vpcs: readonly { readonly path: string; readonly args?: { name?: unknown } }[],
    vpcBlocks: readonly LabelledBlock[],
): string[] {
    const shapes = sources.flatMap((s) => checkOnPremisesShapes(s.lists, s.prefix));
    const facts = onPremisesFactsNow(placed);
    const onPremisesBlocks = facts.flatMap((f) =>
        f.cidrBlocks
            .filter((c): c is string => c !== undefined)
            .map((cidr) => ({ label: vpcLabel(f.path, f.name), cidr })),
    );
    const regions: { transitRouterCidrs?: unknown }[] = Array.isArray(args?.regions) ? args.regions : [];
    return [
        ...shapes,
        ...checkOnPremisesNames(
            facts,
            vpcs.map((v) => ({ path: v.path, name: v.args?.name })),
        ),
        ...(shapes.length > 0 ? [] : checkOnPremisesBlocks(facts, vpcBlocks)),
        ...checkTransitRouterCidrs(
            [
                { argument: "transitRouterCidrs", cidrs: args?.transitRouterCidrs },
                ...regions.map((r, i) => ({
                    argument: `regions[${i}].transitRouterCidrs`,
                    cidrs: r?.transitRouterCidrs,
                })),
            ],
            [...vpcBlocks, ...onPremisesBlocks],
        ),
    ];
}

/** The on-premises blocks known now, per connection, for the rules on them. */
function onPremisesFactsNow(placed: readonly PlacedOnPremises[]) {
    return placed.map(({ path, args }) => ({
        path,
        name: args.name,
        cidrBlocks: (args.onPremisesCidrBlocks ?? []).map((c): Known<string> => plainNow(c)),
    }));
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

/**
 * The on-premises blocks as one route destination for the VPCs: each block
 * once (a VBR and a VPN connection to one data centre declare the same
 * blocks), named after the block.
 */
export function onPremisesDestinations(instances: readonly ResolvedOnPremises[]): {
    key: string;
    cidrBlocks: pulumi.Input<string>[];
    ipv6CidrBlocks: pulumi.Input<string>[];
}[] {
    const blocks = instances.flatMap((i) => i.cidrBlocks);
    // Plain blocks once each; blocks known later (Outputs) cannot be compared and stay.
    const cidrBlocks = blocks.filter((c, i) => typeof c !== "string" || blocks.indexOf(c) === i);
    return cidrBlocks.length > 0 ? [{ key: "on-premises", cidrBlocks, ipv6CidrBlocks: [] }] : [];
}
