// Inter-region connections (cen.TransitRouterPeerAttachment) with the
// bandwidth they are meant to have: without a DataTransfer bandwidth or a
// bandwidth package, a connection gets 1 Kbps of test bandwidth and the
// regions barely talk; Platinum links need billing by data transfer.
import { StackGraph, TYPES, isKnown } from "../model/stackGraph";
import { Finding, violation } from "./finding";

const given = (value: unknown) => value !== undefined && value !== null && value !== "" && value !== 0;

export function interRegionBandwidthFindings(graph: StackGraph): Finding[] {
    return graph.ofType(TYPES.peerAttachment).flatMap((peer): Finding[] => {
        const { bandwidthType, bandwidth, cenBandwidthPackageId, defaultLinkType } = peer.props;
        const label = `Inter-region connection ${peer.name}`;
        if (!isKnown(bandwidthType) && bandwidthType !== undefined) return [];
        if (bandwidthType === "BandwidthPackage") {
            const findings: Finding[] = [];
            if (!given(cenBandwidthPackageId)) {
                findings.push(
                    violation(
                        peer.urn,
                        `${label} draws on a bandwidth package but names none (cenBandwidthPackageId), so it gets 1 Kbps of test bandwidth. Give the id of an existing CEN bandwidth package, or bandwidthType "DataTransfer" with a bandwidth in Mbps.`,
                    ),
                );
            }
            if (defaultLinkType === "Platinum") {
                findings.push(
                    violation(
                        peer.urn,
                        `${label} asks for a Platinum link on a bandwidth package; Platinum needs billing by data transfer: use bandwidthType "DataTransfer" with a bandwidth, or defaultLinkType "Gold".`,
                    ),
                );
            }
            return findings;
        }
        return given(bandwidth) || given(cenBandwidthPackageId)
            ? []
            : [
                  violation(
                      peer.urn,
                      `${label} has no bandwidth: neither a DataTransfer bandwidth nor a bandwidth package, so it gets 1 Kbps of test bandwidth. Set bandwidthType "DataTransfer" and bandwidth to the Mbps it needs, or name an existing bandwidth package.`,
                  ),
              ];
    });
}
