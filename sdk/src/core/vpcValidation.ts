// Validation of the VPCs given to a CEN component. Pure: it sees plain values,
// with `undefined` for values not known yet (Outputs during construction or
// preview), and returns every problem it finds as a sentence that names the
// argument, shows the value and says how to fix it.
import { findBlockOverlaps, parseCidr, TaggedBlock, IpFamily } from "./cidr";
import { isPayer } from "./payer";
import { PAYERS } from "../args/values";
import { vpcBlockProblem } from "./blockRules";
import { isValidKey } from "./naming";

/** A value that may not be known yet: `undefined` means "check later". */
export type Known<T> = T | undefined;

/** Whether a VPC's route tables are needed (the component routes in them), and how else to fix their absence. */
export interface RouteTableNeed {
    readonly needed: boolean;
    readonly orElse?: string;
}

/** What validation needs to know about one VPC. */
export interface VpcFacts {
    /** Where the VPC is in the arguments, e.g. `vpcs[2]`, `hub` or `spokes[0]`. */
    readonly path: string;
    readonly name: unknown;
    readonly cidrBlocks: readonly Known<string>[];
    readonly ipv6CidrBlocks: readonly Known<string>[];
    readonly zoneIds: readonly Known<string>[];
    readonly payer: unknown;
    readonly routeTableCount: number;
    /** @default - not needed */
    readonly routeTables?: RouteTableNeed;
}

/** The minimum number of distinct zones a transit router VPC attachment needs (Alibaba Cloud's CEN cross-account guide). */
export const MIN_ATTACHMENT_ZONES = 2;

/** `vpcs[2] 'vpc3'`: how messages name a VPC. */
export function vpcLabel(path: string, name: unknown): string {
    return `${path} ${JSON.stringify(name)}`.replace(/"/g, "'");
}

/**
 * VPC names must be valid keys and unique: they key every child resource.
 * Names already `taken` (the component's VPCs, for its network instances)
 * count as used.
 */
export function checkVpcNames(
    vpcs: readonly Pick<VpcFacts, "path" | "name">[],
    taken: readonly Pick<VpcFacts, "path" | "name">[] = [],
    subject = "VPC names",
): string[] {
    const problems: string[] = [];
    const firstPath = new Map<unknown, string>(taken.map((t) => [t.name, t.path]));
    for (const { path, name } of vpcs) {
        if (!isValidKey(name)) {
            problems.push(
                `${path}.name ${JSON.stringify(name)} is not a valid name: use letters, digits, '_' or '-', starting with a letter or digit (it becomes part of child resource names).`,
            );
            continue;
        }
        const previous = firstPath.get(name);
        if (previous !== undefined) {
            problems.push(
                `${path}.name '${name}' is already used by ${previous}: ${subject} key the child resources and must be unique; rename one of them.`,
            );
        } else {
            firstPath.set(name, path);
        }
    }
    return problems;
}

/** What a zone check looks at, and how to fix it, for the message. */
export interface ZoneSubject {
    readonly field: string;
    /** What needs the zones: `a transit router attachment needs vSwitches`. */
    readonly needs: string;
    readonly fix: string;
}

const ZONE_MAPPINGS: ZoneSubject = {
    field: "zoneMappings",
    needs: "a transit router attachment needs vSwitches",
    fix: "add a vSwitch in another zone of the region to zoneMappings",
};

/** The distinct known zones and the count of unknown ones. */
export function zoneCoverage(zoneIds: readonly Known<string>[]): { known: string[]; unknown: number } {
    const known = [...new Set(zoneIds.filter((z): z is string => z !== undefined))];
    return { known, unknown: zoneIds.filter((z) => z === undefined).length };
}

/**
 * A transit router attachment needs vSwitches in at least `minZones` distinct
 * zones. Unknown zone ids count as possibly distinct: the check fails only
 * when even they could not make up the difference.
 */
export function checkZones(
    label: string,
    zoneIds: readonly Known<string>[],
    minZones = MIN_ATTACHMENT_ZONES,
    subject: ZoneSubject = ZONE_MAPPINGS,
): string[] {
    const { known, unknown } = zoneCoverage(zoneIds);
    if (known.length + unknown >= minZones) {
        return [];
    }
    const covered =
        known.length === 0
            ? "no zone"
            : `${known.length} zone${known.length === 1 ? "" : "s"} (${known.join(", ")})`;
    return [
        `${label}: ${subject.field} cover ${covered}; ${subject.needs} in at least ${minZones} zones: ${subject.fix}.`,
    ];
}

/** The payer must be one of the typed values. */
export function checkPayer(label: string, payer: unknown): string[] {
    if (payer === undefined || isPayer(payer)) {
        return [];
    }
    return [
        `${label}: payer ${JSON.stringify(payer)} is not a payer; use one of ${PAYERS.map((p) => `"${p}"`).join(", ")}.`,
    ];
}

interface BlockTag {
    readonly label: string;
    readonly field: string;
    /** The VPC's path in the arguments. */
    readonly path: string;
}

/**
 * Parses a VPC's blocks, reporting invalid ones and ones of the wrong family.
 * Returns the parsed blocks for the overlap sweep.
 */
function parseVpcBlocks(
    path: string,
    label: string,
    field: string,
    cidrs: readonly Known<string>[],
    family: IpFamily,
    problems: string[],
) {
    const blocks: TaggedBlock<BlockTag>[] = [];
    cidrs.forEach((cidr, i) => {
        if (cidr === undefined) {
            return;
        }
        const where = `${label}: ${field}[${i}] ${JSON.stringify(cidr)}`;
        const parsed = parseCidr(cidr);
        const disallowed = parsed.ok ? vpcBlockProblem(parsed.block) : undefined;
        if (!parsed.ok) {
            problems.push(`${where} ${parsed.reason}.`);
        } else if (parsed.block.family !== family) {
            const other = family === "ipv4" ? "ipv6CidrBlocks" : "cidrBlocks";
            problems.push(
                `${where} is an ${parsed.block.family === "ipv4" ? "IPv4" : "IPv6"} block; move it to ${other}.`,
            );
        } else if (family === "ipv4" && disallowed) {
            problems.push(`${where} ${disallowed}.`);
        } else {
            blocks.push({ block: parsed.block, tag: { label, field: `${field}[${i}]`, path } });
        }
    });
    return blocks;
}

/**
 * For two VPCs (by path), the route table that would learn routes to both,
 * so that their blocks must not overlap (`true`: they must not, without one
 * table to name); undefined when none does (security domains that never
 * talk, and that no third domain reaches both of).
 */
export type SharedTable = (a: string, b: string) => string | true | undefined;

/**
 * Every VPC's blocks must be valid, and no two blocks of VPCs that route to
 * each other may overlap (the CEN cross-account guide's first prerequisite). Found by one sweep.
 */
export function checkVpcCidrs(vpcs: readonly VpcFacts[], sharedTable?: SharedTable): string[] {
    const problems: string[] = [];
    const blocks: TaggedBlock<BlockTag>[] = [];
    vpcs.forEach((vpc) => {
        const label = vpcLabel(vpc.path, vpc.name);
        if (vpc.cidrBlocks.length === 0) {
            problems.push(
                `${label}: cidrBlocks is empty; give the VPC's IPv4 block(s), primary first (e.g. ["10.0.0.0/16"]).`,
            );
        }
        blocks.push(...parseVpcBlocks(vpc.path, label, "cidrBlocks", vpc.cidrBlocks, "ipv4", problems));
        blocks.push(
            ...parseVpcBlocks(vpc.path, label, "ipv6CidrBlocks", vpc.ipv6CidrBlocks, "ipv6", problems),
        );
    });
    for (const { outer, inner } of findBlockOverlaps(blocks)) {
        const table = sharedTable?.(outer.tag.path, inner.tag.path);
        if (sharedTable && table === undefined) continue;
        problems.push(
            `${inner.tag.label}: ${inner.tag.field} ${inner.block.cidr} overlaps ${outer.tag.label}: ${outer.tag.field} ${outer.block.cidr}; ` +
                (typeof table === "string"
                    ? `${table} would learn both, and route one of them arbitrarily: give one of them a block that does not overlap.`
                    : `VPCs connected through a transit router need non-overlapping CIDR blocks: give one of them a block that does not overlap.`),
        );
    }
    return problems;
}

/** Every rule that concerns the VPC list alone, collected. */
export function checkVpcList(vpcs: readonly VpcFacts[], sharedTable?: SharedTable): string[] {
    const problems = checkVpcNames(vpcs);
    for (const vpc of vpcs) {
        const label = vpcLabel(vpc.path, vpc.name);
        problems.push(...checkZones(label, vpc.zoneIds), ...checkPayer(label, vpc.payer));
        const routeTables = vpc.routeTables;
        if (routeTables?.needed && vpc.routeTableCount === 0) {
            problems.push(
                `${label}: routeTableIds is empty, so no route to the transit router can be added; pass the VPC's route table ids (e.g. [vpc.routeTableId])${routeTables.orElse ? ` ${routeTables.orElse}` : ""}.`,
            );
        }
    }
    problems.push(...checkVpcCidrs(vpcs, sharedTable));
    return problems;
}
