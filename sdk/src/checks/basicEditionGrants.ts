// Instances attached at CEN level (cen.InstanceAttachment, the Basic Edition
// way) that another account owns: the owner grants them to the CEN first (a
// VPC or VBR with cen.InstanceGrant, a CCN with cloudconnect.NetworkGrant),
// and the attachment waits for the grant. A CCN is attached in one of its
// areas' regions, and only where the CEN's transit router is of the Basic
// Edition. Without these, `pulumi up` fails minutes into the deployment.
// https://www.alibabacloud.com/help/en/cen/user-guide/grant-permissions-on-a-network-instance-that-belongs-to-another-account
import { CCN_REGIONS } from "../core/onPremises";
import {
    accountKey,
    accountLabel,
    dependsOn,
    knownString,
    sameValue,
    StackGraph,
    StackResource,
    TYPES,
} from "../model/stackGraph";
import { advisory, Finding, undecided, violation } from "./finding";

const INSTANCE_GRANT = "alicloud:cen/instanceGrant:InstanceGrant";
const CCN_GRANT = "alicloud:cloudconnect/networkGrant:NetworkGrant";

/** How each child instance type is granted: the grant's type and the properties naming the instance and the CEN. */
const GRANTS: Readonly<Record<string, { type: string; instance: string; cen: string; label: string }>> = {
    VPC: { type: INSTANCE_GRANT, instance: "childInstanceId", cen: "cenId", label: "cen.InstanceGrant" },
    VBR: { type: INSTANCE_GRANT, instance: "childInstanceId", cen: "cenId", label: "cen.InstanceGrant" },
    CCN: { type: CCN_GRANT, instance: "ccnId", cen: "cenId", label: "cloudconnect.NetworkGrant" },
};

/** Whether the attached instance belongs to another account than the attachment's (the CEN owner's). */
function isForeign(graph: StackGraph, attachment: StackResource): boolean {
    const vpc =
        attachment.props.childInstanceType === "VPC"
            ? graph.referenced(attachment, "childInstanceId", TYPES.vpc)
            : undefined;
    if (vpc) return accountKey(vpc) !== accountKey(attachment);
    const owner = attachment.props.childInstanceOwnerId;
    const own = attachment.provider?.accountId;
    const ownerText = owner === undefined || owner === null ? undefined : String(owner);
    return ownerText !== undefined && ownerText !== "" && (own === undefined || ownerText !== own);
}

function grantFindings(graph: StackGraph, attachment: StackResource): Finding[] {
    const childType = knownString(attachment.props.childInstanceType) ?? "";
    const how = GRANTS[childType];
    if (!how) return [];
    const instance = `${childType} ${knownString(attachment.props.childInstanceId) ?? "(id known after deploy)"}`;
    const matches = graph.ofType(how.type).map((grant) => ({
        grant,
        instance: sameValue(grant, how.instance, attachment, "childInstanceId"),
        cen: sameValue(grant, how.cen, attachment, "instanceId"),
    }));
    const granted = matches.filter((m) => m.instance === true && m.cen !== false);
    if (granted.length === 0) {
        if (matches.some((m) => m.instance === undefined)) {
            return [
                undecided(
                    attachment.urn,
                    `Attachment ${attachment.name}: which ${how.label} grants ${instance} is not known yet; it is checked when the ids are (pulumi up).`,
                ),
            ];
        }
        return [
            violation(
                attachment.urn,
                `Attachment ${attachment.name} attaches ${instance} of another account to a CEN of ${accountLabel(attachment)}, but no ${how.label} grants it to that CEN. Add one with the owner's provider and make the attachment depend on it; without it the attachment fails during pulumi up.`,
            ),
        ];
    }
    return granted
        .filter((m) => !dependsOn(attachment, m.grant))
        .map((m) =>
            violation(
                attachment.urn,
                `Attachment ${attachment.name} does not depend on grant ${m.grant.name}; they may be created in parallel and the attachment fail, and destroy may revoke before it detaches. Add dependsOn: [grant] to the attachment.`,
            ),
        );
}

/** A CCN attached outside its areas' regions, or where the CEN's transit router is an Enterprise Edition one. */
function ccnPlaceFindings(graph: StackGraph, attachment: StackResource): Finding[] {
    if (attachment.props.childInstanceType !== "CCN") return [];
    const region = knownString(attachment.props.childInstanceRegionId);
    if (region !== undefined && !CCN_REGIONS.includes(region)) {
        return [
            violation(
                attachment.urn,
                `Attachment ${attachment.name} attaches a CCN instance in ${region}, which is not a region of a CCN area; CCN instances are attached in ${CCN_REGIONS.join(", ")}. Set childInstanceRegionId to the region of the CCN's area.`,
            ),
        ];
    }
    const routers = graph
        .ofType(TYPES.transitRouter)
        .filter(
            (tr) =>
                sameValue(tr, "cenId", attachment, "instanceId") === true &&
                (region === undefined || tr.provider?.region === region),
        );
    const enterprise = routers.find((tr) => tr.props.type === "Enterprise");
    if (enterprise) {
        return [
            violation(
                attachment.urn,
                `Attachment ${attachment.name} attaches a CCN instance to a CEN whose transit router ${enterprise.name} in ${region ?? "its region"} is of the Enterprise Edition; a CCN joins a CEN only through a Basic Edition transit router. Attach the site through a VBR, an IPsec-VPN connection or an Express Connect Router instead, or use a CEN without an Enterprise Edition transit router there.`,
            ),
        ];
    }
    const unknownEdition = routers.find((tr) => knownString(tr.props.type) === undefined);
    return unknownEdition
        ? [
              advisory(
                  attachment.urn,
                  `Attachment ${attachment.name} attaches a CCN instance to a CEN whose transit router ${unknownEdition.name} is created in this stack; a CCN joins only a Basic Edition transit router, and where Alibaba Cloud offers the Enterprise Edition a new transit router is one. Check the edition before pulumi up.`,
              ),
          ]
        : [];
}

/** Missing or unordered grants of instances attached at CEN level, and CCNs attached where they cannot be. */
export function basicEditionFindings(graph: StackGraph): Finding[] {
    return graph
        .ofType(TYPES.instanceAttachment)
        .flatMap((a) => [
            ...(isForeign(graph, a) ? grantFindings(graph, a) : []),
            ...ccnPlaceFindings(graph, a),
        ]);
}
