import { StackValidationPolicy } from "@pulumi/policy";
import { explicitProviderFindings } from "../checks/explicitProviders";
import { reportFindings } from "./report";
import { stackGraphOf } from "./stackResources";

export const explicitProviders: StackValidationPolicy = {
    name: "alicloud-explicit-providers",
    description:
        "In a stack that uses more than one alicloud provider (several accounts or regions), no alicloud resource falls back to the default provider.",
    enforcementLevel: "advisory",
    remediationSteps:
        "Pass the provider of the account that should own the resource: { provider: accountProvider }.",
    validateStack: (args, reportViolation) => {
        reportFindings(explicitProviderFindings(stackGraphOf(args.resources)), reportViolation);
    },
};
