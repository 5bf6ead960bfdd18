import { StackValidationPolicy } from "@pulumi/policy";
import { attachmentZoneFindings } from "../checks/trAttachmentTwoZones";
import { MIN_ATTACHMENT_ZONES } from "../core/vpcValidation";
import { reportFindings } from "./report";
import { stackGraphOf } from "./stackResources";

export interface TrAttachmentTwoZonesConfig {
    minZones: number;
}

export const trAttachmentTwoZones: StackValidationPolicy = {
    name: "alicloud-tr-attachment-two-zones",
    description:
        "Every transit router VPC attachment maps vSwitches in at least two distinct zones, and every attached VPC has vSwitches in at least two zones (zone-level disaster recovery); every vSwitch's and attachment's zone is a zone of its provider's region.",
    enforcementLevel: "mandatory",
    remediationSteps:
        "Create a vSwitch in another zone of the region that the transit router supports, and add it to the attachment's zoneMappings.",
    configSchema: {
        properties: {
            minZones: {
                type: "integer",
                minimum: 1,
                default: MIN_ATTACHMENT_ZONES,
                description: "The minimum number of distinct zones per attachment and per attached VPC.",
            },
        },
    },
    validateStack: (args, reportViolation) => {
        const { minZones } = args.getConfig<TrAttachmentTwoZonesConfig>();
        reportFindings(
            attachmentZoneFindings(stackGraphOf(args.resources), minZones ?? MIN_ATTACHMENT_ZONES),
            reportViolation,
        );
    },
};
