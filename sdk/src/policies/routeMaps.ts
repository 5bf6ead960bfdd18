import { routeMapFindings } from "../checks/routeMaps";
import { graphPolicy } from "./report";

export const routeMaps = graphPolicy(
    {
        name: "alicloud-route-maps",
        description:
            "Every CEN route map has its own priority in its table and direction; a nextPriority is on a Permit map and later than its priority; a map names a table of its own region's transit router. A Deny map that matches no route its table learns, or names instances no attachment of the stack attaches, is an advisory.",
        enforcementLevel: "mandatory",
        remediationSteps:
            "Give each route map of a table and direction its own priority, chain only to a later map, set cenRegionId to the region of the table's transit router, and check the ids a map names.",
    },
    routeMapFindings,
);
