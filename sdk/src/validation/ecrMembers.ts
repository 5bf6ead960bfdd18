// The VPCs and VBRs that join an Express Connect Router: their shapes, names,
// blocks and prefixes checked before anything is created, and their accounts
// and regions once values resolve.
import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { checkAccountDecision, GrantTarget, isCrossAccount } from "../core/accounts";
import { emptyIdProblem, found, listProblem, requiredIdProblem } from "../core/argTypes";
import {
    checkEcrVpcBlocks,
    ECR_INSTANCE_LIST_NAMES,
    ECR_INSTANCE_LISTS,
    EcrInstanceListName,
    ecrAccountIdProblem,
    ecrAsnProblem,
    EcrVpcFacts,
} from "../core/expressConnectRouter";
import { isRegionId, memberRegionProblem } from "../core/regions";
import { checkVpcNames, Known, vpcLabel } from "../core/vpcValidation";
import type {
    CrossAccountExpressConnectRouterArgs,
    EcrMemberArgs,
    EcrVpcArgs,
} from "../args/expressConnectRouterArgs";
import { allPlainNow, plainNow } from "./inputs";
import { lateValidationGate } from "./validationGate";

const ECR_TARGET: GrantTarget = {
    instance: "Express Connect Router",
    short: "ECR",
    accountArg: "ecrAccountId",
    providerArg: "ecrProvider",
};

/** A member as given, and where it sits: `vpcs[0]`. */
interface PlacedMember {
    readonly path: string;
    readonly list: EcrInstanceListName;
    readonly args: EcrMemberArgs;
}

/** A member with its account resolved and its authorization decided. */
export interface ResolvedMember {
    readonly path: string;
    readonly key: string;
    readonly list: EcrInstanceListName;
    readonly provider: alicloud.Provider;
    readonly accountId: pulumi.Output<string>;
    readonly crossAccount: boolean;
    /** The VPC or VBR id. */
    readonly instanceId: pulumi.Input<string>;
    readonly region: pulumi.Output<string>;
    readonly allowedPrefixes?: pulumi.Input<string>[];
}

function entriesOf(args: CrossAccountExpressConnectRouterArgs | undefined, list: EcrInstanceListName) {
    const given: unknown = args?.[list];
    return Array.isArray(given) ? (given as unknown[]) : [];
}

function isObject(value: unknown): value is object {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

function placedMembers(args: CrossAccountExpressConnectRouterArgs | undefined): PlacedMember[] {
    return ECR_INSTANCE_LIST_NAMES.flatMap((list) =>
        entriesOf(args, list).flatMap((entry, i) =>
            isObject(entry) ? [{ path: `${list}[${i}]`, list, args: entry as EcrMemberArgs }] : [],
        ),
    );
}

function idOf(member: PlacedMember): unknown {
    return (member.args as unknown as Record<string, unknown>)[ECR_INSTANCE_LISTS[member.list].idField];
}

/** The blocks and prefixes of the VPCs, as far as they are known. */
function vpcFacts(members: readonly PlacedMember[], known: (c: pulumi.Input<string>) => Known<string>) {
    return members
        .filter((m) => m.list === "vpcs")
        .map((m): EcrVpcFacts => {
            const vpc = m.args as EcrVpcArgs;
            const list = (value: unknown) => (Array.isArray(value) ? (value as pulumi.Input<string>[]) : []);
            return {
                path: m.path,
                name: vpc.name,
                cidrBlocks: list(vpc.cidrBlocks).map(known),
                allowedPrefixes: list(vpc.allowedPrefixes).map(known),
            };
        });
}

/** How the entries of each list look, for messages. */
const USAGE = "{ name, provider, <id> }";

/** Everything that can be told of the arguments before anything is created. */
export function checkEcrArgs(args: CrossAccountExpressConnectRouterArgs | undefined): string[] {
    if (!isObject(args)) return ["args is missing; pass { ecrProvider, vpcs: [...], vbrs: [...] }."];
    const problems = found(
        emptyIdProblem("ecrId", args.ecrId, "the id of an existing Express Connect Router (ecr-...)"),
        ecrAsnProblem("alibabaSideAsn", args.alibabaSideAsn),
        ...ECR_INSTANCE_LIST_NAMES.map((list) =>
            listProblem(list, args[list], USAGE.replace("<id>", ECR_INSTANCE_LISTS[list].idField)),
        ),
    );
    if (!pulumi.ProviderResource.isInstance(args.ecrProvider)) {
        problems.push(
            "ecrProvider is missing or not an alicloud.Provider; pass the provider of the account that owns the Express Connect Router.",
        );
    }
    if (args.ecrId !== undefined && args.alibabaSideAsn !== undefined) {
        problems.push(
            "alibabaSideAsn is for the Express Connect Router the component creates, but ecrId names an existing one; remove alibabaSideAsn (the existing ECR keeps its ASN).",
        );
    }
    for (const list of ECR_INSTANCE_LIST_NAMES) {
        entriesOf(args, list).forEach((entry, i) => {
            if (!isObject(entry)) {
                problems.push(
                    `${list}[${i}] is ${JSON.stringify(entry) ?? "missing"}; pass { name, provider, ${ECR_INSTANCE_LISTS[list].idField} }.`,
                );
            }
        });
    }
    const members = placedMembers(args);
    const seenIds = new Map<string, string>();
    for (const member of members) {
        const { idField, what, noun } = ECR_INSTANCE_LISTS[member.list];
        const label = vpcLabel(member.path, member.args.name);
        if (!pulumi.ProviderResource.isInstance(member.args.provider)) {
            problems.push(
                `${label}: provider is missing or not an alicloud.Provider; pass the provider of the account that owns the ${noun}.`,
            );
        }
        const region = member.args.region;
        if (region !== undefined && !isRegionId(region)) {
            problems.push(
                `${label}: region ${JSON.stringify(region)} is not a region id; give the ${noun}'s region, e.g. "cn-hangzhou", or leave region out to use its provider's.`,
            );
        }
        const id = idOf(member);
        problems.push(...found(requiredIdProblem(`${label}: ${idField}`, id, what)));
        if (typeof id === "string" && id !== "") {
            const first = seenIds.get(id);
            if (first) {
                problems.push(
                    `${label}: ${idField} ${JSON.stringify(id)} is also ${first}'s; an instance joins an Express Connect Router once: remove one entry.`,
                );
            } else seenIds.set(id, label);
        }
        if (member.list === "vpcs") {
            const vpc = member.args as EcrVpcArgs;
            problems.push(
                ...found(
                    listProblem(`${label}: cidrBlocks`, vpc.cidrBlocks, "IPv4 CIDR blocks"),
                    listProblem(`${label}: allowedPrefixes`, vpc.allowedPrefixes, "CIDR blocks"),
                ),
            );
        }
    }
    return [
        ...problems,
        ...checkVpcNames(
            members.map((m) => ({ path: m.path, name: m.args.name })),
            [],
            "names of VPCs and VBRs",
        ),
        ...checkEcrVpcBlocks(vpcFacts(members, (c) => plainNow(c))),
    ];
}

/** What resolution needs from the component. */
export interface EcrOwner {
    readonly accountId: pulumi.Output<string>;
    readonly accountIdGiven: boolean;
    readonly accountNow?: string;
    readonly provider: alicloud.Provider;
    readonly accountOf: (provider: alicloud.Provider, given?: pulumi.Input<string>) => pulumi.Output<string>;
    readonly regionOf: (provider: alicloud.Provider) => pulumi.Output<string | undefined>;
}

/**
 * Decides which members need an authorization, resolves their accounts and
 * regions, and builds the gate that checks, once values resolve, each
 * account decision, each provider's region, the account ids the ECR APIs
 * take as numbers, and blocks and prefixes given as Outputs.
 */
export function resolveEcrMembers(
    parent: pulumi.Resource,
    component: string,
    args: CrossAccountExpressConnectRouterArgs,
    owner: EcrOwner,
): { members: ResolvedMember[]; gate: pulumi.Output<pulumi.Resource[]> } {
    const placed = placedMembers(args);
    const providerRegions = placed.map((p) => owner.regionOf(p.args.provider));
    const members = placed.map(({ path, list, args: member }, i): ResolvedMember => ({
        path,
        key: member.name,
        list,
        provider: member.provider,
        accountId: owner.accountOf(member.provider, member.accountId),
        crossAccount: isCrossAccount(
            member.provider === owner.provider,
            plainNow(member.accountId),
            owner.accountNow,
        ),
        instanceId: idOf(placed[i]) as pulumi.Input<string>,
        region:
            member.region !== undefined
                ? pulumi.output(member.region)
                : providerRegions[i].apply((r) => r ?? ""),
        allowedPrefixes: list === "vpcs" ? (member as EcrVpcArgs).allowedPrefixes : undefined,
    }));
    const blocks = vpcFacts(placed, (c) => c as Known<string>);
    const late = {
        ownerAccountId: owner.accountId,
        members: members.map((m, i) => ({
            accountId: m.accountId,
            given: placed[i].args.accountId !== undefined,
            providerRegion: providerRegions[i],
        })),
        // Blocks given as plain values passed the checks before anything was
        // created; with some given as Outputs, all are checked once known.
        vpcs: blocks.some((f) => !allPlainNow([...f.cidrBlocks, ...f.allowedPrefixes])) ? blocks : [],
    };
    const gate = lateValidationGate(parent, component, late, (resolved) => {
        const problems: string[] = [];
        const ownerAccount = { id: resolved.ownerAccountId, given: owner.accountIdGiven };
        problems.push(...found(ecrAccountIdProblem("ecrProvider", resolved.ownerAccountId, "ecrAccountId")));
        resolved.members.forEach((r, i) => {
            const member = members[i];
            const label = vpcLabel(member.path, member.key);
            const { noun } = ECR_INSTANCE_LISTS[member.list];
            const region = placed[i].args.region;
            problems.push(
                ...found(
                    checkAccountDecision(
                        label,
                        member.crossAccount,
                        { id: r.accountId, given: r.given },
                        ownerAccount,
                        noun,
                        ECR_TARGET,
                    ),
                    member.crossAccount ? ecrAccountIdProblem(label, r.accountId) : undefined,
                    memberRegionProblem(label, noun, region, r.providerRegion),
                ),
            );
        });
        problems.push(...checkEcrVpcBlocks(resolved.vpcs));
        return problems;
    });
    return { members, gate };
}
