import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { DEFAULT_ECR_ASN, ECR_INSTANCE_LISTS } from "../core/expressConnectRouter";
import { childName } from "../core/naming";
import { CROSS_ACCOUNT_ECR_TYPE } from "../core/typeTokens";
import { accountIdResolver } from "../validation/accountIds";
import { ChildContext, childOptions } from "../resources/childOptions";
import { checkEcrArgs, ResolvedMember, resolveEcrMembers } from "../validation/ecrMembers";
import { byName, plainNow } from "../validation/inputs";
import { regionResolver } from "../validation/providerRegions";
import { ECR_OPERATION_TIMEOUTS } from "../resources/timeouts";
import { throwIfProblems } from "../validation/validationError";
import { CrossAccountExpressConnectRouterArgs } from "../args/expressConnectRouterArgs";

/** One member joined: its authorization (another account's) and its association with the ECR. */
interface JoinedMember {
    readonly grant?: alicloud.expressconnect.RouterGrantAssociation;
    readonly association:
        alicloud.expressconnect.RouterVpcAssociation | alicloud.expressconnect.RouterVbrChildInstance;
    readonly associationId: pulumi.Output<string>;
}

/**
 * Connects VPCs and virtual border routers (VBRs) of other Alibaba Cloud
 * accounts to an Express Connect Router (ECR), as the ECR owner does it
 * across accounts.
 *
 * For each instance of another account than the ECR owner's, the owner of
 * the instance authorizes the ECR (`expressconnect.RouterGrantAssociation`,
 * with the ECR owner's account id) and then the ECR owner associates it:
 * `expressconnect.RouterVpcAssociation` (with the VPC owner's account id and
 * the allowed prefixes) for a VPC, `expressconnect.RouterVbrChildInstance`
 * for a VBR. The association depends on the authorization, so it is created
 * after it and deleted before the authorization is revoked. Instances of the
 * ECR owner's account are associated without an authorization. The ECR is
 * created (`expressconnect.RouterExpressConnectRouter`) unless `ecrId` is
 * given. Every child uses an explicit provider.
 *
 * @see {@link https://www.alibabacloud.com/help/en/express-connect/user-guide/cross-account-ecr-authorization | Cross-account ECR authorization}
 * @see {@link https://www.alibabacloud.com/help/en/express-connect/user-guide/create-and-manage-the-leased-line-gateway-ecr | Create and manage an ECR}
 */
export class CrossAccountExpressConnectRouter extends pulumi.ComponentResource {
    /** The ECR id (`ecr-...`): the given one, or the one created. */
    public readonly ecrId: pulumi.Output<string>;
    /** The id of the account that owns the ECR. */
    public readonly ecrAccountId: pulumi.Output<string>;
    /**
     * Per VPC or VBR name, its association with the ECR: a VPC's association
     * id (`ecr-assoc-...`), a VBR's child instance resource id.
     */
    public readonly associationIds: pulumi.Output<Record<string, string>>;
    /** Per VPC or VBR name, its authorization's resource id, for those of accounts other than the ECR owner's. */
    public readonly grantIds: pulumi.Output<Record<string, string>>;
    /** Per VPC or VBR name, the id of the account that owns it. */
    public readonly memberAccountIds: pulumi.Output<Record<string, string>>;

    constructor(
        name: string,
        args: CrossAccountExpressConnectRouterArgs,
        opts?: pulumi.ComponentResourceOptions,
    ) {
        super(CROSS_ACCOUNT_ECR_TYPE, name, {}, opts);
        throwIfProblems(this, name, checkEcrArgs(args));
        const accountOf = accountIdResolver(this);
        const ownerAccountId = accountOf(args.ecrProvider, args.ecrAccountId);
        const { members, gate } = resolveEcrMembers(this, name, args, {
            accountId: ownerAccountId,
            accountIdGiven: args.ecrAccountId !== undefined,
            accountNow: plainNow(args.ecrAccountId),
            provider: args.ecrProvider,
            accountOf,
            regionOf: regionResolver(this),
        });
        const ctx: ChildContext = { component: name, parent: this, gate };
        const ecrId =
            args.ecrId !== undefined
                ? pulumi.output(args.ecrId)
                : new alicloud.expressconnect.RouterExpressConnectRouter(
                      childName(name, "ecr"),
                      {
                          alibabaSideAsn: args.alibabaSideAsn ?? DEFAULT_ECR_ASN,
                          ecrName: name,
                          description: `Express Connect Router of ${name}.`,
                          tags: args.tags,
                      },
                      childOptions(ctx, args.ecrProvider, [], { customTimeouts: ECR_OPERATION_TIMEOUTS }),
                  ).id;

        const joined = new Map(
            members.map((m) => [
                m.key,
                { member: m, ...joinMember(ctx, args.ecrProvider, ecrId, ownerAccountId, m) },
            ]),
        );
        this.ecrId = ecrId;
        this.ecrAccountId = ownerAccountId;
        this.associationIds = byName(joined, (j) => j.associationId);
        this.grantIds = byName(joined, (j) => j.grant?.id);
        this.memberAccountIds = byName(joined, (j) => j.member.accountId);
        this.registerOutputs({
            ecrId: this.ecrId,
            ecrAccountId: this.ecrAccountId,
            associationIds: this.associationIds,
            grantIds: this.grantIds,
            memberAccountIds: this.memberAccountIds,
        });
    }
}

/**
 * Authorizes the ECR in the member owner's account (another account's
 * member), then associates the member with the ECR in the ECR owner's.
 * The ECR APIs take account ids as numbers.
 */
function joinMember(
    ctx: ChildContext,
    ecrProvider: alicloud.Provider,
    ecrId: pulumi.Output<string>,
    ecrAccountId: pulumi.Output<string>,
    member: ResolvedMember,
): JoinedMember {
    const { instanceType } = ECR_INSTANCE_LISTS[member.list];
    const grant = member.crossAccount
        ? new alicloud.expressconnect.RouterGrantAssociation(
              childName(ctx.component, "grant", member.key),
              {
                  ecrId,
                  ecrOwnerAliUid: ecrAccountId.apply(Number),
                  instanceId: member.instanceId,
                  instanceRegionId: member.region,
                  instanceType,
              },
              childOptions(ctx, member.provider, [], { customTimeouts: ECR_OPERATION_TIMEOUTS }),
          )
        : undefined;
    const options = childOptions(ctx, ecrProvider, grant ? [grant] : [], {
        customTimeouts: ECR_OPERATION_TIMEOUTS,
    });
    const associationName = childName(ctx.component, "association", member.key);
    if (member.list === "vpcs") {
        const association = new alicloud.expressconnect.RouterVpcAssociation(
            associationName,
            {
                ecrId,
                vpcId: member.instanceId,
                associationRegionId: member.region,
                vpcOwnerId: member.crossAccount ? member.accountId.apply(Number) : undefined,
                allowedPrefixes: member.allowedPrefixes,
            },
            options,
        );
        return { grant, association, associationId: association.associationId };
    }
    const association = new alicloud.expressconnect.RouterVbrChildInstance(
        associationName,
        {
            ecrId,
            childInstanceId: member.instanceId,
            childInstanceRegionId: member.region,
            childInstanceType: instanceType,
            childInstanceOwnerId: member.crossAccount ? member.accountId : undefined,
            description: `VBR ${member.key}, associated by ${ctx.component}.`,
        },
        options,
    );
    return { grant, association, associationId: association.id };
}
