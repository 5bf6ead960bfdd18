import { StackValidationPolicy } from "@pulumi/policy";
import { crossAccountGrantFindings } from "../checks/crossAccountGrant";
import { graphPolicy } from "./report";

export const crossAccountGrant: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-cross-account-grant",
        description:
            "Every transit router attachment of an instance owned by another account than the CEN owner's has a matching cen.TransitRouterGrantAttachment: same instance, same CEN, created by the instance owner, and the attachment depends on it.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Add cen.TransitRouterGrantAttachment (instanceType, instanceId, cenId, cenOwnerId, orderType) with the instance owner's provider, set the owner id (vpcOwnerId, ...) on the attachment, and make the attachment depend on the grant. CrossAccountCenPeering does all of this.",
    },
    crossAccountGrantFindings,
);
