import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/** A network instance of any account that joins the Express Connect Router. */
export interface EcrMemberArgs {
    /**
     * Its key in the component, unique among the VPCs and VBRs: it names its
     * child resources (`<component>-grant-<name>`, `<component>-association-<name>`)
     * and its entries in the outputs; renaming it replaces them.
     */
    readonly name: string;
    /**
     * The provider of the account that owns the instance, in its region. The
     * authorization of the ECR is created with it. Pass `ecrProvider` for an
     * instance of the ECR owner's account: it needs no authorization.
     */
    readonly provider: alicloud.Provider;
    /**
     * The id of the account that owns the instance.
     * @default - looked up with `alicloud.getAccount` through `provider`.
     */
    readonly accountId?: pulumi.Input<string>;
    /**
     * The instance's region (the authorization's `instanceRegionId` and the
     * association's region). It must be `provider`'s region.
     * @default - `provider`'s region.
     */
    readonly region?: string;
}

/**
 * A VPC joining the ECR. The ECR learns the VPC's system routes, or only
 * `allowedPrefixes` when they are given.
 */
export interface EcrVpcArgs extends EcrMemberArgs {
    /** The VPC id (`vpc-...`). */
    readonly vpcId: pulumi.Input<string>;
    /**
     * The VPC's IPv4 blocks, for the checks: the `allowedPrefixes` must
     * overlap them, and no two VPCs of the ECR may overlap.
     * @default [] (nothing to check against)
     */
    readonly cidrBlocks?: pulumi.Input<string>[];
    /**
     * The route prefixes the ECR advertises to the data centre for this VPC,
     * instead of the VPC's specific routes (summaries keep the data centre's
     * firewall rules and BGP route counts small). Each must lie inside or
     * cover one of `cidrBlocks`.
     * @default - the VPC's own routes are advertised.
     * @see {@link https://www.alibabacloud.com/help/en/express-connect/user-guide/publish-a-route-with-a-specified-prefix-through-the-leased-line-gateway-ecr | Use an ECR to advertise specified route prefixes}
     */
    readonly allowedPrefixes?: pulumi.Input<string>[];
}

/**
 * A virtual border router (VBR) joining the ECR. Connecting a VBR and an ECR
 * of different accounts is disabled by default: Alibaba Cloud enables it
 * after the accounts' owner proves to the customer manager that both belong
 * to one entity. The package cannot check that this was done.
 */
export interface EcrVbrArgs extends EcrMemberArgs {
    /** The VBR id (`vbr-...`). */
    readonly vbrId: pulumi.Input<string>;
}

/**
 * Arguments of {@link CrossAccountExpressConnectRouter}: the ECR owner, the
 * ECR (created, or an existing one), and the VPCs and VBRs of any account
 * that join it.
 */
export interface CrossAccountExpressConnectRouterArgs {
    /**
     * The provider of the account that owns the ECR. The ECR and every
     * association (of a VPC or a VBR with the ECR) are created with it.
     */
    readonly ecrProvider: alicloud.Provider;
    /**
     * The id of the account that owns the ECR: the `ecrOwnerAliUid` of every
     * authorization.
     * @default - looked up with `alicloud.getAccount` through `ecrProvider`.
     */
    readonly ecrAccountId?: pulumi.Input<string>;
    /**
     * An existing ECR of `ecrProvider`'s account (`ecr-...`).
     * @default - an ECR is created.
     */
    readonly ecrId?: pulumi.Input<string>;
    /**
     * The Alibaba-side ASN of the ECR created: 45104, 64512 to 65534 (not
     * 65025), or 4200000000 to 4294967294. Only without `ecrId`.
     * @default 45104
     */
    readonly alibabaSideAsn?: number;
    /** The VPCs that join the ECR, from any number of accounts. @default [] */
    readonly vpcs?: EcrVpcArgs[];
    /** The VBRs that join the ECR, from any number of accounts. @default [] */
    readonly vbrs?: EcrVbrArgs[];
    /**
     * Tags for the ECR created.
     * @default - no tags.
     */
    readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}
