import { StackValidationPolicy } from "@pulumi/policy";
import { ecrAuthorizationFindings } from "../checks/ecrAuthorization";
import { graphPolicy } from "./report";

export const ecrAuthorization: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-ecr-authorization",
        description:
            "Every association of a VPC or VBR owned by another account with an Express Connect Router has a matching expressconnect.RouterGrantAssociation: same instance and ECR, the right instanceType, created by the instance owner, naming the ECR owner's account, and the association depends on it.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Add expressconnect.RouterGrantAssociation (ecrId, ecrOwnerAliUid, instanceId, instanceRegionId, instanceType) with the instance owner's provider, set vpcOwnerId or childInstanceOwnerId on the association, and make the association depend on the authorization. CrossAccountExpressConnectRouter does all of this.",
    },
    ecrAuthorizationFindings,
);
