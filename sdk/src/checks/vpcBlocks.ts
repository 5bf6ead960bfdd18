// The address blocks of the VPCs in a stack, as the checks compare them.
import { CidrBlock, parseCidr } from "../core/cidr";
import { StackGraph, StackResource, TYPES, isKnown } from "../model/stackGraph";

/** One block of a VPC and where it was declared, for messages. */
export interface VpcBlock {
    readonly vpc: StackResource;
    readonly block: CidrBlock;
    /** `cidrBlock`, `secondaryCidrBlocks[1]`, `ipv6CidrBlock`, or the Ipv4CidrBlock resource's name. */
    readonly field: string;
}

/** A VPC block that is declared but not known yet, or not parseable. */
export interface UnreadableBlock {
    readonly resource: StackResource;
    readonly field: string;
    readonly value: unknown;
}

export interface VpcBlocks {
    readonly blocks: VpcBlock[];
    readonly unreadable: UnreadableBlock[];
}

function declaredBlocks(vpc: StackResource): { field: string; value: unknown }[] {
    const p = vpc.props;
    const declared: { field: string; value: unknown }[] = [];
    if (p.cidrBlock !== undefined) declared.push({ field: "cidrBlock", value: p.cidrBlock });
    listOf(p.secondaryCidrBlocks).forEach((value, i) =>
        declared.push({ field: `secondaryCidrBlocks[${i}]`, value }),
    );
    if (p.ipv6CidrBlock !== undefined && p.ipv6CidrBlock !== "")
        declared.push({ field: "ipv6CidrBlock", value: p.ipv6CidrBlock });
    listOf(p.ipv6CidrBlocks).forEach((entry, i) => {
        const value = (entry as { ipv6CidrBlock?: unknown } | undefined)?.ipv6CidrBlock;
        if (value !== undefined && value !== p.ipv6CidrBlock)
            declared.push({ field: `ipv6CidrBlocks[${i}]`, value });
    });
    return declared;
}

function listOf(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
}

/**
 * Every block of a VPC: its primary and secondary IPv4 blocks, its IPv6
 * blocks, and the secondary blocks added by `vpc.Ipv4CidrBlock` resources.
 */
export function blocksOfVpc(graph: StackGraph, vpc: StackResource): VpcBlocks {
    const blocks: VpcBlock[] = [];
    const unreadable: UnreadableBlock[] = [];
    const read = (resource: StackResource, field: string, value: unknown) => {
        const parsed = typeof value === "string" && isKnown(value) ? parseCidr(value) : undefined;
        if (parsed?.ok) {
            blocks.push({ vpc, block: parsed.block, field });
        } else {
            unreadable.push({ resource, field, value });
        }
    };
    for (const { field, value } of declaredBlocks(vpc)) {
        read(vpc, field, value);
    }
    for (const extra of graph.groupedBy(TYPES.vpcIpv4CidrBlock, "vpcId", TYPES.vpc).get(vpc.urn) ?? []) {
        read(extra, `secondary block ${extra.name}`, extra.props.secondaryCidrBlock);
    }
    return { blocks, unreadable };
}
