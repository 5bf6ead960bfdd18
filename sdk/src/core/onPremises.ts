// The network instances through which a CEN reaches on-premises networks
// (a VBR of Express Connect, an IPsec-VPN connection, an Express Connect
// Router), as the CEN components take them: one table of the three lists,
// and the rules their values must follow. Pure: `undefined` is a value not
// known yet.
import { AttachmentKindName } from "./attachmentKinds";
import { reservedBlockOf } from "./blockRules";
import { cidrContains, CidrBlock, cidrsOverlap, parseCidr } from "./cidr";
import { checkVpcNames, Known, vpcLabel } from "./vpcValidation";

/** The kinds of attachment that lead to on-premises networks. */
export type OnPremisesKindName = Extract<AttachmentKindName, "vbr" | "vpn" | "ecr">;

export interface OnPremisesList {
    /** The attachment kind (see ATTACHMENT_KINDS). */
    readonly kind: OnPremisesKindName;
    /** How messages name the instance. */
    readonly noun: string;
    /** The argument that names the instance. */
    readonly idField: string;
    /** What `idField` holds, for messages. */
    readonly what: string;
}

/** The component arguments that list on-premises connections, in the order they are created. */
export const ON_PREMISES_LISTS = {
    vbrs: { kind: "vbr", noun: "VBR", idField: "vbrId", what: "the VBR's id (vbr-...)" },
    vpnConnections: {
        kind: "vpn",
        noun: "IPsec-VPN connection",
        idField: "vpnConnectionId",
        what: "the IPsec-VPN connection's id (vco-...)",
    },
    ecrs: {
        kind: "ecr",
        noun: "Express Connect Router",
        idField: "ecrId",
        what: "the Express Connect Router's id (ecr-...)",
    },
} as const satisfies Record<string, OnPremisesList>;

export type OnPremisesListName = keyof typeof ON_PREMISES_LISTS;

export const ON_PREMISES_LIST_NAMES = Object.keys(ON_PREMISES_LISTS) as OnPremisesListName[];

/** What validation needs to know about one on-premises connection. */
export interface OnPremisesFacts {
    /** Where it is in the arguments: `vbrs[0]`. */
    readonly path: string;
    readonly name: unknown;
    readonly cidrBlocks: readonly Known<string>[];
}

/** A VPC block, labelled, that on-premises blocks must not split. */
export interface LabelledBlock {
    readonly label: string;
    readonly cidr: string;
}

/** The valid blocks of a list, parsed, with their labels (invalid ones are reported where they are given). */
function parsedBlocks(blocks: readonly LabelledBlock[]): { label: string; block: CidrBlock }[] {
    return blocks.flatMap(({ label, cidr }) => {
        const parsed = parseCidr(cidr);
        return parsed.ok ? [{ label, block: parsed.block }] : [];
    });
}

/**
 * The on-premises blocks of each connection: valid IPv4 blocks, none inside
 * a VPC's block (the transit router would send part of the VPC's traffic
 * on-premises). A block that covers VPC blocks (`10.0.0.0/8`, a default
 * route) is a summary: the VPCs' own, more specific routes win over it.
 */
export function checkOnPremisesBlocks(
    instances: readonly OnPremisesFacts[],
    vpcBlocks: readonly LabelledBlock[],
): string[] {
    const problems: string[] = [];
    const vpcs = parsedBlocks(vpcBlocks);
    for (const instance of instances) {
        const label = vpcLabel(instance.path, instance.name);
        instance.cidrBlocks.forEach((cidr, i) => {
            if (cidr === undefined) return;
            const where = `${label}: onPremisesCidrBlocks[${i}] ${JSON.stringify(cidr)}`;
            const parsed = parseCidr(cidr);
            if (!parsed.ok) return problems.push(`${where} ${parsed.reason}.`);
            if (parsed.block.family !== "ipv4") {
                return problems.push(`${where} is an IPv6 block; give the on-premises IPv4 blocks.`);
            }
            const split = vpcs.find((v) => cidrContains(v.block, parsed.block));
            if (split) {
                problems.push(
                    `${where} lies inside ${split.label}'s block ${split.block.cidr}; the transit router would send part of that VPC's traffic on-premises: give the on-premises network's own blocks.`,
                );
            }
        });
    }
    return problems;
}

/** At most this many CIDR blocks per transit router. */
export const MAX_TRANSIT_ROUTER_CIDRS = 5;

/** One region's transit router CIDR blocks, as given. */
export interface TransitRouterCidrs {
    /** `transitRouterCidrs` or `regions[1].transitRouterCidrs`. */
    readonly argument: string;
    readonly cidrs: unknown;
}

/**
 * Transit router CIDR blocks (from which private IPsec-VPN connections get
 * their gateway addresses) follow CreateTransitRouterCidr: a mask of 16 to 24
 * bits, outside the reserved blocks, at most five per transit router, each
 * unique in the CEN and overlapping no block of the network.
 */
export function checkTransitRouterCidrs(
    regions: readonly TransitRouterCidrs[],
    networkBlocks: readonly LabelledBlock[],
): string[] {
    const problems: string[] = [];
    const seen: { where: string; block: CidrBlock }[] = [];
    const network = parsedBlocks(networkBlocks);
    for (const { argument, cidrs } of regions) {
        if (cidrs === undefined) continue;
        if (!Array.isArray(cidrs)) {
            problems.push(`${argument} must be a list of CIDR blocks, e.g. ["192.168.255.0/24"].`);
            continue;
        }
        if (cidrs.length > MAX_TRANSIT_ROUTER_CIDRS) {
            problems.push(
                `${argument} has ${cidrs.length} blocks; a transit router takes at most ${MAX_TRANSIT_ROUTER_CIDRS}.`,
            );
        }
        cidrs.forEach((cidr: unknown, i) => {
            const where = `${argument}[${i}] ${JSON.stringify(cidr)}`;
            const parsed = typeof cidr === "string" ? parseCidr(cidr) : undefined;
            if (!parsed?.ok) {
                return problems.push(`${where} ${parsed?.reason ?? "is not a CIDR block"}.`);
            }
            const block = parsed.block;
            if (block.family !== "ipv4" || block.prefix < 16 || block.prefix > 24) {
                return problems.push(`${where} must be an IPv4 block with a mask of 16 to 24 bits.`);
            }
            // CreateTransitRouterCidr refuses the blocks a VPC may not use either.
            const inReserved = reservedBlockOf(block);
            if (inReserved) {
                return problems.push(
                    `${where} lies in ${inReserved.cidr}, which transit routers cannot use.`,
                );
            }
            const twin = seen.find((s) => s.block.cidr === block.cidr);
            if (twin) {
                return problems.push(
                    `${where} is also ${twin.where}; each transit router CIDR block of a CEN must be unique.`,
                );
            }
            const clash = network.find((n) => cidrsOverlap(n.block, block));
            if (clash) {
                problems.push(
                    `${where} overlaps ${clash.label}'s block ${clash.block.cidr}; a transit router CIDR block must not overlap the blocks of the network instances: pick an unused block.`,
                );
            }
            seen.push({ where, block });
        });
    }
    return problems;
}

/**
 * Names of on-premises connections are valid keys, unique among themselves
 * and the component's VPCs: they key the same kinds of child resource.
 */
export function checkOnPremisesNames(
    instances: readonly Pick<OnPremisesFacts, "path" | "name">[],
    vpcs: readonly Pick<OnPremisesFacts, "path" | "name">[],
): string[] {
    return checkVpcNames(instances, vpcs, "names of VPCs and network instances");
}

/**
 * The regions a CCN instance is attached to a CEN in: those of the CCN
 * areas Cloud Connect Network offers.
 */
export const CCN_REGIONS: readonly string[] = [
    "cn-shanghai",
    "cn-shanghai-finance-1",
    "cn-hongkong",
    "ap-southeast-1",
    "ap-southeast-3",
    "ap-southeast-5",
    "ap-northeast-1",
    "eu-central-1",
];

/**
 * CCN instances join a CEN only where the transit router is a Basic Edition
 * one; the transit router components build Enterprise Edition transit
 * routers, so they refuse a CCN and name CrossAccountCenBasicEdition.
 */
export function ccnProblem(ccns: unknown, prefix = ""): string | undefined {
    return ccns === undefined
        ? undefined
        : `${prefix}ccns: Cloud Connect Network (CCN) instances cannot join this component. A CCN joins a CEN only through a Basic Edition transit router, while this component builds Enterprise Edition transit routers whose route tables carry its routing and isolation. Attach the CCN with CrossAccountCenBasicEdition (a Basic Edition network), or bring the site in through vpnConnections, vbrs or ecrs here, and remove ccns.`;
}
