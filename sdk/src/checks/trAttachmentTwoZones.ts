// Transit router attachments need vSwitches in at least two zones (Alibaba Cloud's CEN cross-account guide).
import { checkZones, Known, zoneCoverage, ZoneSubject } from "../core/vpcValidation";
import { vswitchesOf } from "../model/routeTables";
import { StackGraph, StackResource, TYPES, knownString } from "../model/stackGraph";
import { vpcOfAttachment } from "./cenGroups";
import { Finding, undecided, violation } from "./finding";

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
    return findings;
}
