// The only place the policy pack is constructed. Policies are listed
// explicitly; none registers itself on import.
import { PolicyPack } from "@pulumi/policy";
import { attachmentTwoZones } from "./policies/attachmentTwoZones";
import { cidrsNoOverlap } from "./policies/cidrsNoOverlap";
import { crossAccountGrant } from "./policies/crossAccountGrant";
import { explicitProviders } from "./policies/explicitProviders";
import { vswitchCidrsInVpc } from "./policies/vswitchCidrsInVpc";

export const policies = [
    cidrsNoOverlap,
    vswitchCidrsInVpc,
    attachmentTwoZones,
    crossAccountGrant,
    explicitProviders,
];

new PolicyPack("alicloud-multi-account-network", { policies });
