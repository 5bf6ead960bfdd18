import { StackValidationPolicy } from "@pulumi/policy";
import { oneAssociationPerRouterFindings } from "../checks/oneAssociationPerRouter";
import { graphPolicy } from "./report";

export const oneAssociationPerRouter: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-one-association-per-router",
        description:
            "Each transit router attachment is associated with one route table per transit router it joins (an inter-region connection with one on each side): the API refuses a second.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Keep one TransitRouterRouteTableAssociation per attachment and transit router; to make its routes known to other tables, add TransitRouterRouteTablePropagations instead.",
    },
    oneAssociationPerRouterFindings,
);
