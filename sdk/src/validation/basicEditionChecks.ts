// What CrossAccountCenBasicEdition checks of its arguments: before anything
// is created (shapes, names, the region of a CCN area, the blocks behind each
// CCN, the firewall's VPCs), and once the providers' accounts and regions
// resolve (each grant decision, each provider in the network's region).
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import type { CrossAccountCenBasicEditionArgs } from "../args/basicEditionArgs";
import {
    emptyIdProblem,
    entriesOf,
    found,
    listProblem,
    nonEmptyListProblem,
    requiredIdProblem,
} from "../core/argTypes";
import { checkAccountDecision, isCrossAccount, numericAccountIdProblem } from "../core/accounts";
import { checkResourceNames, isValidKey } from "../core/naming";
import { CCN_REGIONS, checkOnPremisesBlocks } from "../core/onPremises";
import { checkVpcNames } from "../core/vpcValidation";
import { isRegionId } from "../core/regions";
import { lateValidationGate } from "./validationGate";

/** One VPC or CCN instance of the network, as the builder takes it. */
export interface BasicEditionMember {
    readonly key: string;
    readonly kind: "VPC" | "CCN";
    readonly provider: alicloud.Provider;
    readonly instanceId: pulumi.Input<string>;
    readonly accountId: pulumi.Output<string>;
    /** Another account's instance, granted to the CEN by its owner first. */
    readonly crossAccount: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === "object" && !Array.isArray(value);

/** Everything that can be told of the arguments before anything is created. */
export function checkBasicEditionArgs(
    component: string,
    args: CrossAccountCenBasicEditionArgs | undefined,
): string[] {
    if (!isObject(args)) return ["args is missing; pass { cenProvider, region, vpcs: [...], ccns: [...] }."];
    const problems = found(
        pulumi.ProviderResource.isInstance(args.cenProvider)
            ? undefined
            : "cenProvider is missing or not an alicloud.Provider; pass the provider of the account that owns the CEN instance.",
        emptyIdProblem("cenId", args.cenId, "the id of an existing CEN instance (cen-...)"),
        nonEmptyListProblem(
            "vpcs",
            args.vpcs,
            "VPCs: { name, provider, vpcId }",
            "give at least one VPC to attach.",
        ),
        listProblem("ccns", args.ccns, "CCN instances: { name, provider, ccnId, onPremisesCidrBlocks }"),
    );
    const region = args.region;
    if (!isRegionId(region)) {
        problems.push(
            `region ${JSON.stringify(region)} is not an Alibaba Cloud region id; pass the network's region, e.g. "ap-southeast-1".`,
        );
    } else if (entriesOf(args.ccns).length > 0 && !CCN_REGIONS.includes(region)) {
        problems.push(
            `region ${region} is not a region of a CCN area, so CCN instances cannot be attached there; CCN instances are attached in ${CCN_REGIONS.join(", ")}. Choose one of them, or remove ccns.`,
        );
    }
    const members = [
        ...entriesOf(args.vpcs).map((v, i) => ({ path: `vpcs[${i}]`, entry: v as unknown, id: "vpcId" })),
        ...entriesOf(args.ccns).map((c, i) => ({ path: `ccns[${i}]`, entry: c as unknown, id: "ccnId" })),
    ];
    const given = members.flatMap((m) => (isObject(m.entry) ? [{ ...m, entry: m.entry }] : []));
    for (const { path, entry, id } of members) {
        if (!isObject(entry)) {
            problems.push(
                `${path} is ${JSON.stringify(entry) ?? "missing"}; pass { name, provider, ${id} }.`,
            );
        }
    }
    problems.push(
        ...checkVpcNames(
            given.map(({ path, entry }) => ({ path, name: entry.name })),
            [],
            "VPC and CCN names",
        ),
    );
    for (const { path, entry, id } of given) {
        if (!pulumi.ProviderResource.isInstance(entry.provider)) {
            problems.push(
                `${path}.provider is missing or not an alicloud.Provider; pass the provider of the account that owns it.`,
            );
        }
        problems.push(
            ...found(
                requiredIdProblem(
                    `${path}.${id}`,
                    entry[id],
                    id === "vpcId" ? "the VPC id (vpc-...)" : "the CCN instance id (ccn-...)",
                ),
            ),
        );
        if (id === "ccnId") problems.push(...blockProblems(path, entry.name, entry.onPremisesCidrBlocks));
    }
    const firewall = args.vpcFirewall;
    if (firewall !== undefined) {
        const vpcNames = new Set(
            entriesOf(args.vpcs).flatMap((v) => (isObject(v) && typeof v.name === "string" ? [v.name] : [])),
        );
        const listed =
            isObject(firewall) && Array.isArray(firewall.vpcs) ? (firewall.vpcs as unknown[]) : undefined;
        if (!listed || listed.length === 0) {
            problems.push(
                `vpcFirewall.vpcs must list the names of the VPCs the firewall protects, e.g. ["vpc1"].`,
            );
        } else {
            listed.forEach((name, i) => {
                if (typeof name !== "string" || !vpcNames.has(name)) {
                    problems.push(
                        `vpcFirewall.vpcs[${i}] ${JSON.stringify(name)} is not a VPC of this network; use the names of vpcs: ${[...vpcNames].join(", ")}.`,
                    );
                }
            });
        }
    }
    problems.push(
        ...checkResourceNames(
            component,
            given.flatMap(({ path, entry }) =>
                isValidKey(entry.name) ? [{ argument: `${path}.name`, suffix: entry.name }] : [],
            ),
        ),
    );
    return problems;
}

/** The blocks behind a CCN: a non-empty list, each an on-premises block as for any connection. */
function blockProblems(path: string, name: unknown, blocks: unknown): string[] {
    if (!Array.isArray(blocks) || blocks.length === 0) {
        return [
            `${path}.onPremisesCidrBlocks must list the blocks of the branch networks behind the CCN, e.g. ["192.168.0.0/16"]; the plan reaches them through it.`,
        ];
    }
    return checkOnPremisesBlocks([{ path, name, cidrBlocks: blocks.map(String) }], []);
}

/**
 * The members with their accounts, and the gate that checks, once the
 * accounts and regions resolve, each grant decision and that every provider
 * is in the network's region.
 */
export function resolveBasicEdition(
    parent: pulumi.Resource,
    component: string,
    args: CrossAccountCenBasicEditionArgs,
    accountOf: (provider: alicloud.Provider) => pulumi.Output<string>,
    regionOf: (provider: alicloud.Provider) => pulumi.Output<string | undefined>,
): {
    cenAccountId: pulumi.Output<string>;
    members: BasicEditionMember[];
    gate: pulumi.Output<pulumi.Resource[]>;
} {
    const cenAccountId = accountOf(args.cenProvider);
    const members: BasicEditionMember[] = [
        ...args.vpcs.map((v) => ({
            key: v.name,
            kind: "VPC" as const,
            provider: v.provider,
            instanceId: v.vpcId,
        })),
        ...(args.ccns ?? []).map((c) => ({
            key: c.name,
            kind: "CCN" as const,
            provider: c.provider,
            instanceId: c.ccnId,
        })),
    ].map((m) => ({
        ...m,
        accountId: accountOf(m.provider),
        crossAccount: isCrossAccount(m.provider === args.cenProvider),
    }));
    const providers = [
        args.cenProvider,
        ...args.vpcs.map((v) => v.provider),
        ...(args.vpcFirewall?.provider ? [args.vpcFirewall.provider] : []),
    ];
    const late = {
        cen: cenAccountId,
        accounts: members.map((m) => m.accountId),
        regions: providers.map(regionOf),
    };
    const gate = lateValidationGate(parent, component, late, (resolved) => [
        ...members.flatMap((m, i) => {
            const label = `${m.kind === "VPC" ? "vpcs" : "ccns"} '${m.key}'`;
            return found(
                checkAccountDecision(
                    label,
                    m.crossAccount,
                    { id: resolved.accounts[i], given: false },
                    { id: resolved.cen, given: false },
                    m.kind,
                ),
                // The CEN attachment API takes the instance owner's account id as a number.
                m.crossAccount
                    ? numericAccountIdProblem(
                          label,
                          resolved.accounts[i],
                          "the CEN instance attachment API",
                          "provider",
                      )
                    : undefined,
            );
        }),
        ...resolved.regions.flatMap((r, i) =>
            r !== undefined && r !== args.region
                ? [
                      `${i === 0 ? "cenProvider" : providers[i] === args.vpcFirewall?.provider ? "vpcFirewall.provider" : `vpcs[${i - 1}].provider`} is in ${r}, but the network's region is ${args.region}; a Basic Edition network is in one region here: pass a provider of ${args.region}.`,
                  ]
                : [],
        ),
    ]);
    return { cenAccountId, members, gate };
}
