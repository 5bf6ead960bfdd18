// Every association of another account's VPC or VBR with an Express Connect
// Router (ECR) has the authorization its owner gives the ECR
// (Alibaba Cloud's cross-account ECR authorization): same instance and ECR,
// created by the instance's owner, naming the ECR owner's account, and the
// association waits for it. Without it the association fails during
// `pulumi up`; without the dependency, destroy revokes before it detaches.
import { ECR_INSTANCE_LISTS } from "../core/expressConnectRouter";
import {
    StackGraph,
    StackResource,
    TYPES,
    accountKey,
    accountLabel,
    dependsOn,
    knownString,
    sameValue,
} from "../model/stackGraph";
import { Finding, undecided, violation } from "./finding";
import { candidateGrants, matchGrants } from "./grantMatch";

/** How an association names its instance and the instance's owner. */
interface EcrAssociationKind {
    readonly type: string;
    readonly instance: string;
    readonly owner: string;
    readonly instanceType: string;
    readonly noun: string;
}

const ECR_ASSOCIATIONS: readonly EcrAssociationKind[] = [
    { type: TYPES.ecrVpcAssociation, instance: "vpcId", owner: "vpcOwnerId", ...ECR_INSTANCE_LISTS.vpcs },
    {
        type: TYPES.ecrVbrChildInstance,
        instance: "childInstanceId",
        owner: "childInstanceOwnerId",
        ...ECR_INSTANCE_LISTS.vbrs,
    },
];

/** An account id as the ECR resources give it: a number or a string; undefined when unknown. */
function knownAccount(value: unknown): string | undefined {
    return typeof value === "number" && Number.isFinite(value) ? String(value) : knownString(value);
}

/** The VPC resource of the stack the association names, when it is in another account. */
function foreignVpc(graph: StackGraph, kind: EcrAssociationKind, association: StackResource) {
    if (kind.type !== TYPES.ecrVpcAssociation) return undefined;
    const vpc = graph.referenced(association, "vpcId", TYPES.vpc);
    return vpc && accountKey(vpc) !== accountKey(association) ? vpc : undefined;
}

function findingsFor(graph: StackGraph, kind: EcrAssociationKind, association: StackResource): Finding[] {
    const ecrAccount = association.provider?.accountId;
    const owner = knownAccount(association.props[kind.owner]);
    const vpc = foreignVpc(graph, kind, association);
    const foreign = vpc !== undefined || (owner !== undefined && owner !== ecrAccount);
    if (!foreign) return [];
    const instance = vpc
        ? `${kind.noun} ${vpc.name} of ${accountLabel(vpc)}`
        : `${kind.noun} ${String(association.props[kind.instance])} of account ${owner}`;
    const findings: Finding[] = [];
    if (association.props[kind.owner] === undefined) {
        findings.push(
            violation(
                association.urn,
                `Association ${association.name} joins ${instance}, owned by another account than the Express Connect Router's, without ${kind.owner}; set ${kind.owner} to the owner's account id.`,
            ),
        );
    }
    const candidates = candidateGrants(graph, TYPES.ecrGrant, association, kind.instance).filter(
        (grant) => sameValue(grant, "ecrId", association, "ecrId") !== false,
    );
    const {
        wrongType,
        granted,
        undecided: unknownYet,
    } = matchGrants(candidates, association, kind.instance, kind.instanceType);
    for (const grant of wrongType) {
        findings.push(
            violation(
                grant.urn,
                `Authorization ${grant.name} of ${instance} has instanceType ${JSON.stringify(grant.props.instanceType)}; a ${kind.noun} is authorized with instanceType "${kind.instanceType}": set it so.`,
            ),
        );
    }
    if (granted.length === 0) {
        if (unknownYet) {
            return [
                ...findings,
                undecided(
                    association.urn,
                    `Association ${association.name}: which authorization lets ${instance} join the Express Connect Router is not known yet; it is checked when the ids are (pulumi up).`,
                ),
            ];
        }
        return [
            ...findings,
            violation(
                association.urn,
                `Association ${association.name} joins ${instance} to an Express Connect Router of ${accountLabel(association)}, but no expressconnect.RouterGrantAssociation authorizes that ECR. ` +
                    `Add one with the ${kind.noun} owner's provider (instanceType ${kind.instanceType}, instanceId, instanceRegionId, ecrId, ecrOwnerAliUid = the ECR owner's account id) and make the association depend on it; without it the association fails during pulumi up.`,
            ),
        ];
    }
    for (const grant of granted) {
        const grantAccount = grant.provider?.accountId;
        const ownerAccount = vpc ? vpc.provider?.accountId : owner;
        if (
            (vpc && accountKey(grant) !== accountKey(vpc)) ||
            (grantAccount !== undefined && ownerAccount !== undefined && grantAccount !== ownerAccount)
        ) {
            findings.push(
                violation(
                    grant.urn,
                    `Authorization ${grant.name} of ${instance} is created with ${accountLabel(grant)}, not by the ${kind.noun}'s owner; only the owner can authorize it: pass the owner's provider.`,
                ),
            );
        }
        const named = knownAccount(grant.props.ecrOwnerAliUid);
        if (named !== undefined && ecrAccount !== undefined && named !== ecrAccount) {
            findings.push(
                violation(
                    grant.urn,
                    `Authorization ${grant.name} names ecrOwnerAliUid ${named}, but the Express Connect Router that associates ${instance} is ${accountLabel(association)}'s; set ecrOwnerAliUid to ${ecrAccount}.`,
                ),
            );
        }
        if (!dependsOn(association, grant)) {
            findings.push(
                violation(
                    association.urn,
                    `Association ${association.name} does not depend on authorization ${grant.name}; they may be created in parallel and the association fail, and destroy may revoke the authorization before the association is deleted. Add dependsOn: [authorization] to the association.`,
                ),
            );
        }
    }
    return findings;
}

/** Missing, misplaced or unordered authorizations of Express Connect Routers. */
export function ecrAuthorizationFindings(graph: StackGraph): Finding[] {
    return ECR_ASSOCIATIONS.flatMap((kind) =>
        graph.ofType(kind.type).flatMap((association) => findingsFor(graph, kind, association)),
    );
}
