import { StackValidationPolicy } from "@pulumi/policy";
import { explicitProviderFindings } from "../checks/explicitProviders";
import { graphPolicy } from "./report";

export const explicitProviders: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-explicit-providers",
        description:
            "In a stack that uses more than one alicloud provider (several accounts or regions), no alicloud resource falls back to the default provider.",
        enforcementLevel: "advisory",
        remediationSteps:
            "Pass the provider of the account that should own the resource: { provider: accountProvider }.",
    },
    explicitProviderFindings,
);
