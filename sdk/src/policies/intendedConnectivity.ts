import { StackValidationPolicy } from "@pulumi/policy";
import {
    ConnectivityIntent,
    intendedConnectivityFindings,
    componentsIntent,
} from "../checks/intendedConnectivity";
import { reportFindings } from "./report";
import { stackGraphOf } from "./stackResources";

/** Settings of alicloud-intended-connectivity: VPC pairs, by VPC resource name (or an on-premises connection's attachment's), that must (not) reach each other. */
export type IntendedConnectivityConfig = ConnectivityIntent;

const pairList = (description: string) => ({
    type: "array" as const,
    default: [],
    description,
    items: {
        type: "object" as const,
        properties: { from: { type: "string" as const }, to: { type: "string" as const } },
        required: ["from", "to"],
    },
});

export const intendedConnectivity: StackValidationPolicy = {
    name: "alicloud-intended-connectivity",
    description:
        "The VPC pairs the configuration lists reach (or do not reach) each other, and the spokes of every IsolatedSpokesWithSharedHub reach their hub and never each other, the members of every CenSecurityDomains (VPCs and on-premises networks) reach the domains they may and no other (through the firewall where it inspects them), as the network model proves by following each ping through the VPC and transit router route tables, both ways.",
    enforcementLevel: "mandatory",
    remediationSteps:
        "Read the hop where the ping stopped (or the path it took) in the message: add or remove the propagation, association, transit router route or VPC route entry there.",
    configSchema: {
        properties: {
            mustReach: pairList(
                "Pairs { from, to } of VPC resource names (an on-premises network by its connection's transit router attachment resource name): every endpoint of `from` must ping every endpoint of `to`.",
            ),
            mustNotReach: pairList(
                "Pairs { from, to } of VPC resource names (an on-premises network by its connection's transit router attachment resource name): no endpoint of `from` may ping one of `to`.",
            ),
            mustPassFirewall: pairList(
                "Pairs { from, to } of VPC resource names (an on-premises network by its connection's transit router attachment resource name): every endpoint of `from` must ping every endpoint of `to`, each packet through a firewall (Cloud Firewall's traffic redirection).",
            ),
        },
    },
    validateStack: (args, reportViolation) => {
        const config = args.getConfig<Partial<ConnectivityIntent>>();
        const graph = stackGraphOf(args.resources);
        const components = componentsIntent(graph);
        const intent = {
            mustReach: [...(config.mustReach ?? []), ...components.mustReach],
            mustNotReach: [...(config.mustNotReach ?? []), ...components.mustNotReach],
            mustPassFirewall: [...(config.mustPassFirewall ?? []), ...(components.mustPassFirewall ?? [])],
        };
        reportFindings(
            [...components.unresolved, ...intendedConnectivityFindings(graph, intent)],
            reportViolation,
        );
    },
};
