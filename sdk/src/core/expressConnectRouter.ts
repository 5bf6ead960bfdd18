// Express Connect Router (ECR) authorization across accounts: which network
// instances may join another account's ECR, the values the ECR APIs take,
// and the rules on the route prefixes a VPC advertises through it. Pure:
// `undefined` is a value not known yet.
import { findBlockOverlaps, parseCidr, TaggedBlock, CidrBlock, cidrsOverlap } from "./cidr";
import { Known, vpcLabel } from "./vpcValidation";
import { numericAccountIdProblem } from "./accounts";

export interface EcrInstanceList {
    /** The grant's and association's `instanceType`. */
    readonly instanceType: "VPC" | "VBR";
    /** How messages name the instance. */
    readonly noun: string;
    /** The argument that names the instance. */
    readonly idField: string;
    /** What `idField` holds, for messages. */
    readonly what: string;
}

/** The lists of network instances an ECR component takes, in the order they are created. */
export const ECR_INSTANCE_LISTS = {
    vpcs: { instanceType: "VPC", noun: "VPC", idField: "vpcId", what: "the VPC's id (vpc-...)" },
    vbrs: { instanceType: "VBR", noun: "VBR", idField: "vbrId", what: "the VBR's id (vbr-...)" },
} as const satisfies Record<string, EcrInstanceList>;

export type EcrInstanceListName = keyof typeof ECR_INSTANCE_LISTS;

export const ECR_INSTANCE_LIST_NAMES = Object.keys(ECR_INSTANCE_LISTS) as EcrInstanceListName[];

/** The ASN the console gives a new ECR. */
export const DEFAULT_ECR_ASN = 45104;

/** ASNs Alibaba Cloud keeps for itself within the private range. */
const RESERVED_ECR_ASNS = [65025];

/**
 * An ECR's Alibaba-side ASN (CreateExpressConnectRouter): 45104, 64512 to
 * 65534 except 65025, or 4200000000 to 4294967294.
 */
export function ecrAsnProblem(argument: string, asn: unknown): string | undefined {
    if (asn === undefined) return undefined;
    const valid =
        Number.isInteger(asn) &&
        !RESERVED_ECR_ASNS.includes(asn as number) &&
        (asn === DEFAULT_ECR_ASN ||
            ((asn as number) >= 64512 && (asn as number) <= 65534) ||
            ((asn as number) >= 4200000000 && (asn as number) <= 4294967294));
    return valid
        ? undefined
        : `${argument} ${JSON.stringify(asn)} is not an ASN an Express Connect Router takes: use ${DEFAULT_ECR_ASN}, 64512 to 65534 (65025 is reserved by Alibaba Cloud), or 4200000000 to 4294967294.`;
}

/**
 * The ECR APIs take account ids as numbers: an id beyond JavaScript's safe
 * integers would reach them altered.
 */
export function ecrAccountIdProblem(
    label: string,
    accountId: string,
    argument = "accountId",
): string | undefined {
    return numericAccountIdProblem(label, accountId, "the Express Connect Router APIs", argument);
}

/** What the prefix rules need to know of one VPC joining an ECR. */
export interface EcrVpcFacts {
    /** Where it is in the arguments: `vpcs[0]`. */
    readonly path: string;
    readonly name: unknown;
    readonly cidrBlocks: readonly Known<string>[];
    readonly allowedPrefixes: readonly Known<string>[];
}

interface Where {
    readonly label: string;
    readonly argument: string;
    readonly vpc: number;
}

/**
 * The blocks of the VPCs joining one ECR, and the prefixes each advertises
 * through it (`allowedPrefixes`: when given, the ECR advertises them to the
 * data centre instead of the VPC's own routes):
 * - every block and prefix is a valid CIDR block, each prefix given once;
 * - a prefix overlaps one of its VPC's blocks (inside it, or a summary
 *   covering it): one that does not advertises addresses the VPC does not have;
 * - no two VPCs' blocks overlap, and no prefix overlaps another VPC's block
 *   or prefix: the data centre would send one VPC's traffic to the other.
 */
export function checkEcrVpcBlocks(vpcs: readonly EcrVpcFacts[]): string[] {
    const problems: string[] = [];
    const blocks: TaggedBlock<Where>[] = [];
    const prefixes: TaggedBlock<Where>[] = [];
    vpcs.forEach((vpc, index) => {
        const label = vpcLabel(vpc.path, vpc.name);
        const own: CidrBlock[] = [];
        const parse = (list: "cidrBlocks" | "allowedPrefixes", into: TaggedBlock<Where>[]) =>
            vpc[list].forEach((cidr, i) => {
                if (cidr === undefined) return;
                const argument = `${list}[${i}] ${JSON.stringify(cidr)}`;
                const parsed = parseCidr(cidr);
                if (!parsed.ok) return problems.push(`${label}: ${argument} ${parsed.reason}.`);
                if (into.some((b) => b.tag.vpc === index && b.block.cidr === parsed.block.cidr)) {
                    return problems.push(`${label}: ${argument} is given twice; remove one.`);
                }
                into.push({ block: parsed.block, tag: { label, argument, vpc: index } });
                if (list === "cidrBlocks") own.push(parsed.block);
            });
        parse("cidrBlocks", blocks);
        parse("allowedPrefixes", prefixes);
        if (own.length === 0) return;
        for (const prefix of prefixes.filter((p) => p.tag.vpc === index)) {
            if (!own.some((b) => cidrsOverlap(b, prefix.block))) {
                problems.push(
                    `${label}: allowedPrefixes entry ${JSON.stringify(prefix.block.cidr)} covers none of the VPC's blocks (${own.map((b) => b.cidr).join(", ")}); the ECR would advertise addresses the VPC does not have: give a block inside one of them, or a summary that covers them.`,
                );
            }
        }
    });
    for (const { outer, inner } of findBlockOverlaps([...blocks, ...prefixes])) {
        if (outer.tag.vpc === inner.tag.vpc) continue;
        problems.push(
            `${inner.tag.label}: ${inner.tag.argument} overlaps ${outer.tag.label}'s ${outer.tag.argument}; both VPCs join the same Express Connect Router, which cannot tell their addresses apart, so the data centre would reach the wrong VPC: give each VPC blocks and prefixes of its own.`,
        );
    }
    return problems;
}
