// Every policy of the pack, in the order they are reported. A policy is in
// the pack because it is listed here, not because its module was imported.
import { StackValidationPolicy } from "@pulumi/policy";
import { attachmentTwoZones } from "./policies/attachmentTwoZones";
import { cidrsNoOverlap } from "./policies/cidrsNoOverlap";
import { crossAccountGrant } from "./policies/crossAccountGrant";
import { explicitProviders } from "./policies/explicitProviders";
import { intendedConnectivity } from "./policies/intendedConnectivity";
import { vpcSharing } from "./policies/vpcSharing";
import { vswitchCidrsInVpc } from "./policies/vswitchCidrsInVpc";

export const policies: StackValidationPolicy[] = [
    cidrsNoOverlap,
    vswitchCidrsInVpc,
    attachmentTwoZones,
    crossAccountGrant,
    explicitProviders,
    intendedConnectivity,
    vpcSharing,
];
