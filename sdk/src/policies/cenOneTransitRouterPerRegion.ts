import { StackValidationPolicy } from "@pulumi/policy";
import { cenOneTransitRouterPerRegionFindings } from "../checks/cenOneTransitRouterPerRegion";
import { graphPolicy } from "./report";

export const cenOneTransitRouterPerRegion: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-cen-one-transit-router-per-region",
        description:
            "A CEN instance gets at most one transit router per region (the region of the provider that creates it): the API refuses a second.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Create the transit router once and pass its id (transitRouterId) to every other component or attachment of that CEN in that region.",
    },
    cenOneTransitRouterPerRegionFindings,
);
