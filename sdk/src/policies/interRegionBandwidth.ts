import { StackValidationPolicy } from "@pulumi/policy";
import { interRegionBandwidthFindings } from "../checks/interRegionBandwidth";
import { graphPolicy } from "./report";

export const interRegionBandwidth: StackValidationPolicy = graphPolicy(
    {
        name: "alicloud-inter-region-bandwidth",
        description:
            "Every inter-region connection (cen.TransitRouterPeerAttachment) has explicit bandwidth: a DataTransfer bandwidth in Mbps, or an existing bandwidth package; Platinum links only with DataTransfer. Without either, a connection gets 1 Kbps of test bandwidth.",
        enforcementLevel: "mandatory",
        remediationSteps:
            'Set bandwidthType "DataTransfer" and bandwidth (Mbps), or bandwidthType "BandwidthPackage" and cenBandwidthPackageId of a package you have (CrossAccountCenPeering: interRegion.bandwidth).',
    },
    interRegionBandwidthFindings,
);
