// Transit router attachments need vSwitches in at least two zones (Alibaba Cloud's CEN
// cross-account guide), and every zone must be one of its provider's region.
import { checkZones, Known, zoneCoverage, ZoneSubject } from "../core/vpcValidation";
import { vswitchesOf } from "../model/routeTables";
import { StackGraph, StackResource, TYPES, knownString } from "../model/stackGraph";
import { vpcOfAttachment } from "./cenGroups";
import { Finding, undecided, violation } from "./finding";
import { zoneProblem } from "../core/zones";

const VPC_VSWITCHES: ZoneSubject = {
    field: "vSwitches",
    needs: "a transit router attachment needs vSwitches",
    fix: "create a vSwitch in another zone of the region",
};

function zoneIdsOf(value: unknown): Known<string>[] | undefined {
    return Array.isArray(value)
        ? value.map((m) => knownString((m as { zoneId?: unknown } | undefined)?.zoneId))
        : undefined;
}

/** Findings for one list of zones: a violation, an undecided finding, or nothing. */
function zoneFindings(
    resource: StackResource,
    label: string,
    zones: Known<string>[],
    minZones: number,
    subject?: ZoneSubject,
) {
    const problems = checkZones(label, zones, minZones, subject);
    if (problems.length > 0) {
        return problems.map((p) => violation(resource.urn, p));
    }
    const { known } = zoneCoverage(zones);
    return known.length < minZones
        ? [
              undecided(
                  resource.urn,
                  `${label}: some zone ids are not known yet; at least ${minZones} distinct zones are checked when they are (pulumi up).`,
              ),
          ]
        : [];
}

/**
 * Every VPC attachment maps vSwitches in at least `minZones` distinct zones,
 * and every attached VPC of the stack has vSwitches in that many zones.
 */
export function attachmentZoneFindings(graph: StackGraph, minZones: number): Finding[] {
    const findings: Finding[] = [];
    const attachedVpcs = new Set<StackResource>();
    for (const attachment of graph.ofType(TYPES.vpcAttachment)) {
        const label = `Attachment ${attachment.name}`;
        const zones = zoneIdsOf(attachment.props.zoneMappings);
        if (zones === undefined) {
            findings.push(
                undecided(
                    attachment.urn,
                    `${label}: zoneMappings are not known yet; the zones are checked when they are (pulumi up).`,
                ),
            );
        } else {
            findings.push(...zoneFindings(attachment, label, zones, minZones));
        }
        const vpc = vpcOfAttachment(graph, attachment);
        if (vpc) {
            attachedVpcs.add(vpc);
        }
    }
    for (const vpc of attachedVpcs) {
        const zones = vswitchesOf(graph, vpc).map((s) => knownString(s.props.zoneId));
        findings.push(...zoneFindings(vpc, `VPC ${vpc.name}`, zones, minZones, VPC_VSWITCHES));
    }
    return [...findings, ...zoneRegionFindings(graph)];
}

/**
 * Every vSwitch's zone, and every zone an attachment maps, is a zone of the
 * region its provider is in: the API refuses anything else, minutes into
 * `pulumi up`.
 */
function zoneRegionFindings(graph: StackGraph): Finding[] {
    const findings: Finding[] = [];
    const check = (resource: StackResource, argument: string, zone: string | undefined) => {
        const region = resource.provider?.region;
        const problem = zone && region ? zoneProblem(`${argument}`, zone, region) : undefined;
        if (problem) findings.push(violation(resource.urn, problem));
    };
    // A resource whose provider is in another region than its VPC's is told so by
    // alicloud-regions-agree, not again here for each zone.
    const sameRegionAsVpc = (r: StackResource) => {
        const vpc = graph.referenced(r, "vpcId", TYPES.vpc);
        return !vpc?.provider?.region || vpc.provider.region === r.provider?.region;
    };
    for (const vswitch of graph.ofType(TYPES.vswitch).filter(sameRegionAsVpc)) {
        check(vswitch, `vSwitch ${vswitch.name}: zoneId`, knownString(vswitch.props.zoneId));
    }
    for (const attachment of graph.ofType(TYPES.vpcAttachment).filter(sameRegionAsVpc)) {
        (zoneIdsOf(attachment.props.zoneMappings) ?? []).forEach((zone, i) =>
            check(attachment, `Attachment ${attachment.name}: zoneMappings[${i}].zoneId`, zone),
        );
    }
    return findings;
}
