// The checks of a CEN component's on-premises connections (VBRs, IPsec-VPN
// connections, Express Connect Routers) before anything is created: the lists
// and their entries, names unique among the VPCs', blocks, and the transit
// router CIDR blocks against every block of the network.
import * as pulumi from "@pulumi/pulumi";
import type { CenOnPremisesArgs, CenOnPremisesConnectionsArgs } from "../args/cenOnPremisesArgs";
import { found, listProblem, requiredIdProblem } from "../core/argTypes";
import {
    ccnProblem,
    checkOnPremisesBlocks,
    checkOnPremisesNames,
    checkTransitRouterCidrs,
    LabelledBlock,
    ON_PREMISES_LIST_NAMES,
    ON_PREMISES_LISTS,
    OnPremisesListName,
} from "../core/onPremises";
import { checkPayer, Known, vpcLabel } from "../core/vpcValidation";
import { plainNow } from "./inputs";
import { PlacedOnPremises } from "./placed";

/** The entries of each list as given (nothing for a list that is not a list, reported by the shape checks). */
export function entriesOf(
    args: CenOnPremisesConnectionsArgs | undefined,
    list: OnPremisesListName,
): unknown[] {
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
