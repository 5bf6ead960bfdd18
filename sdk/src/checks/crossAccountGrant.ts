// Every attachment of another account's instance has a matching grant,
// created by the instance owner for the same CEN (Alibaba Cloud's cross-account authorization guide), and waits for
// it. Without one, `pulumi up` fails minutes into the deployment.
import {
    StackGraph,
    StackResource,
    TYPES,
    accountKey,
    accountLabel,
    dependsOn,
    knownString,
} from "../model/stackGraph";
import { ALL_ATTACHMENT_KINDS, AttachmentKind } from "../core/attachmentKinds";
import { cenKeyOf, vpcOfAttachment } from "./cenGroups";
import { Finding, undecided, violation } from "./finding";
import { basicEditionFindings } from "./basicEditionGrants";
import { candidateGrants, matchGrants } from "./grantMatch";

/** The attachment kinds that attach an instance another account may own, which a grant then authorizes. */
type Kind = AttachmentKind & {
    readonly instance: string;
    readonly owner: string;
    readonly grantType: string;
};
const GRANTED_KINDS = ALL_ATTACHMENT_KINDS.filter(
    (k): k is Kind => !!k.instance && !!k.owner && !!k.grantType,
);

/** Whether the attached instance belongs to another account than the attachment's (the CEN owner's). */
function isForeign(graph: StackGraph, kind: Kind, attachment: StackResource): boolean {
    const vpc = kind.type === TYPES.vpcAttachment ? vpcOfAttachment(graph, attachment) : undefined;
    if (vpc && accountKey(vpc) !== accountKey(attachment)) {
        return true;
    }
    const owner = attachment.props[kind.owner];
    // A deployed attachment records its instance's owner even in its own account.
    const own = attachment.provider?.accountId;
    if (own !== undefined && knownString(owner) !== undefined) return knownString(owner) !== own;
    return owner !== undefined && owner !== null && owner !== "";
}

function grantFindings(graph: StackGraph, kind: Kind, attachment: StackResource): Finding[] {
    const instanceName = String(attachment.props[kind.instance]);
    const vpc = kind.type === TYPES.vpcAttachment ? vpcOfAttachment(graph, attachment) : undefined;
    const instance = vpc
        ? `${kind.noun} ${vpc.name} of ${accountLabel(vpc)}`
        : `${kind.noun} ${instanceName}`;
    const findings: Finding[] = [];
    if (attachment.props[kind.owner] === undefined) {
        findings.push(
            violation(
                attachment.urn,
                `Attachment ${attachment.name} attaches ${instance}, owned by another account than the CEN owner's, without ${kind.owner}; set ${kind.owner} to the owner's account id.`,
            ),
        );
    }
    const {
        wrongType,
        granted,
        undecided: unknownYet,
    } = matchGrants(
        candidateGrants(graph, TYPES.grant, attachment, kind.instance),
        attachment,
        kind.instance,
        kind.grantType,
    );
    for (const g of wrongType) {
        findings.push(
            violation(
                g.urn,
                `Grant ${g.name} authorizes ${instance} with instanceType ${JSON.stringify(g.props.instanceType)}; a ${kind.noun} is granted with instanceType "${kind.grantType}", and the API refuses the other: set instanceType to "${kind.grantType}".`,
            ),
        );
    }
    if (granted.length === 0) {
        if (unknownYet) {
            return [
                ...findings,
                undecided(
                    attachment.urn,
                    `Attachment ${attachment.name}: which grant authorizes ${instance} is not known yet; it is checked when the ids are (pulumi up).`,
                ),
            ];
        }
        return [
            ...findings,
            violation(
                attachment.urn,
                `Attachment ${attachment.name} attaches ${instance} to a CEN of ${accountLabel(attachment)}, but no cen.TransitRouterGrantAttachment grants it to that CEN. ` +
                    `Add one with the ${kind.noun} owner's provider (instanceType ${kind.grantType}, instanceId, cenId, cenOwnerId = the CEN owner's account id) and make the attachment depend on it; without it the attachment fails during pulumi up.`,
            ),
        ];
    }
    const cenKey = cenKeyOf(graph, attachment);
    for (const grant of granted) {
        const grantCen = cenKeyOf(graph, grant);
        if (cenKey && grantCen && cenKey !== grantCen) {
            findings.push(
                violation(
                    grant.urn,
                    `Grant ${grant.name} authorizes ${instance} for another CEN than attachment ${attachment.name} uses; set its cenId to the attachment's CEN.`,
                ),
            );
        }
        const ownerKey = vpc ? accountKey(vpc) : attachment.props[kind.owner];
        const grantOwner = vpc ? accountKey(grant) : grant.provider?.accountId;
        if (grantOwner !== undefined && typeof ownerKey === "string" && grantOwner !== ownerKey) {
            findings.push(
                violation(
                    grant.urn,
                    `Grant ${grant.name} for ${instance} is created with ${accountLabel(grant)}, not by the ${kind.noun}'s owner; only the owner can grant it: pass the owner's provider.`,
                ),
            );
        }
        const cenOwner = knownString(grant.props.cenOwnerId);
        const attachingAccount = attachment.provider?.accountId;
        if (cenOwner !== undefined && attachingAccount !== undefined && cenOwner !== attachingAccount) {
            findings.push(
                violation(
                    grant.urn,
                    `Grant ${grant.name} names cenOwnerId ${cenOwner}, but the CEN that attaches ${instance} is ${accountLabel(attachment)}'s; set cenOwnerId to ${attachingAccount}.`,
                ),
            );
        }
        const grantPayer = knownString(grant.props.orderType);
        const attachmentPayer = knownString(attachment.props.orderType);
        if (grantPayer !== undefined && attachmentPayer !== undefined && grantPayer !== attachmentPayer) {
            findings.push(
                violation(
                    attachment.urn,
                    `Attachment ${attachment.name} has orderType ${attachmentPayer}, but grant ${grant.name} has ${grantPayer}; the payer is set on both sides (the grant first): give them the same orderType.`,
                ),
            );
        }
        if (!dependsOn(attachment, grant)) {
            findings.push(
                violation(
                    attachment.urn,
                    `Attachment ${attachment.name} does not depend on grant ${grant.name}; they may be created in parallel and the attachment fail, and destroy may revoke before it detaches. Add dependsOn: [grant] to the attachment.`,
                ),
            );
        }
    }
    return findings;
}

/** Missing, misplaced or unordered cross-account grants, of transit router attachments and of instances attached at CEN level. */
export function crossAccountGrantFindings(graph: StackGraph): Finding[] {
    return [
        ...GRANTED_KINDS.flatMap((kind) =>
            graph
                .ofType(kind.type)
                .filter((a) => isForeign(graph, kind, a))
                .flatMap((a) => grantFindings(graph, kind, a)),
        ),
        ...basicEditionFindings(graph),
    ];
}
