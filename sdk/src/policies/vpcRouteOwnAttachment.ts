import { StackValidationPolicy } from "@pulumi/policy";
import { vpcRouteOwnAttachmentFindings } from "../checks/vpcRouteOwnAttachment";
import { graphPolicy } from "./report";

export const vpcRouteOwnAttachment: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-vpc-route-own-attachment",
        description:
            "Every VPC route entry whose next hop is a transit router attachment leads to the attachment of its own VPC: a route to another VPC's attachment delivers nothing.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Set the route entry's nexthopId to the transitRouterAttachmentId of its own VPC's attachment; the transit router forwards to the other VPC.",
    },
    vpcRouteOwnAttachmentFindings,
);
