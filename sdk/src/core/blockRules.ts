// Alibaba Cloud's rules on the IPv4 blocks of VPCs and vSwitches (the VPC
// guide's "Plan networks" section, and the cidrBlock docs of @pulumi/alicloud's
// vpc.Network and vpc.Switch): the ranges a VPC may not use, and the masks.
import { CidrBlock, cidrContains, parseCidr } from "./cidr";

/** Blocks a VPC may not use, nor any block inside them. */
export const RESERVED_IPV4_BLOCKS: readonly { readonly cidr: string; readonly use: string }[] = [
    { cidr: "100.64.0.0/10", use: "shared address space, used by Alibaba Cloud's own services" },
    { cidr: "224.0.0.0/4", use: "multicast" },
    { cidr: "127.0.0.0/8", use: "loopback" },
    { cidr: "169.254.0.0/16", use: "link-local" },
];

/** The masks a VPC's IPv4 block may have. */
export const VPC_IPV4_MASKS = { shortest: 8, longest: 28 } as const;
/** The masks a vSwitch's IPv4 block may have. */
export const VSWITCH_IPV4_MASKS = { shortest: 16, longest: 29 } as const;

const PRIVATE = "10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16";

const reserved = RESERVED_IPV4_BLOCKS.map((r) => {
    const parsed = parseCidr(r.cidr);
    if (!parsed.ok) throw new Error(`${r.cidr} ${parsed.reason}`);
    return { ...r, block: parsed.block };
});

/** The reserved block `block` lies in, if any: neither VPCs nor transit router CIDR blocks may use it. */
export function reservedBlockOf(block: CidrBlock): (typeof reserved)[number] | undefined {
    return reserved.find((r) => cidrContains(r.block, block));
}

/** Why a VPC may not have this IPv4 block, as the end of a sentence; undefined when it may. */
export function vpcBlockProblem(block: CidrBlock): string | undefined {
    if (block.family !== "ipv4") return undefined;
    const inside = reservedBlockOf(block);
    if (inside) {
        return `lies in ${inside.cidr} (${inside.use}), which a VPC cannot use; choose a block in ${PRIVATE}`;
    }
    const { shortest, longest } = VPC_IPV4_MASKS;
    if (block.prefix < shortest || block.prefix > longest) {
        return `has a /${block.prefix} mask; a VPC's IPv4 block takes a mask from /${shortest} to /${longest}`;
    }
    return undefined;
}

/** Why a vSwitch may not have this IPv4 block, as the end of a sentence; undefined when it may. */
export function vswitchBlockProblem(block: CidrBlock): string | undefined {
    const { shortest, longest } = VSWITCH_IPV4_MASKS;
    if (block.family === "ipv4" && (block.prefix < shortest || block.prefix > longest)) {
        return `has a /${block.prefix} mask; a vSwitch's IPv4 block takes a mask from /${shortest} to /${longest}`;
    }
    return undefined;
}
