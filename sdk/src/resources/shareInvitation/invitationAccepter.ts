// A Pulumi dynamic resource for the one step of VPC sharing that neither
// @pulumi/alicloud nor the Terraform provider has: the tenant accepting the
// resource share invitation (the shared VPC guide, "share with any account").
import * as pulumi from "@pulumi/pulumi";
import { acceptInvitation, readInvitation } from "./acceptInvitation";
import { resourceSharingApi } from "./resourceSharingApi";

/** Arguments of {@link ResourceShareInvitationAccepter}. */
export interface ResourceShareInvitationAccepterArgs {
    /** The resource share whose invitation to accept. */
    readonly resourceShareId: pulumi.Input<string>;
    /** The share's region id, e.g. `ap-southeast-1`. */
    readonly region: pulumi.Input<string>;
    /**
     * A RAM role in the tenant's account to assume with the machine's credential chain.
     * @default - the credential chain's identity must be the tenant's.
     */
    readonly roleArn?: pulumi.Input<string>;
    /** @default `https://resourcesharing.<region>.aliyuncs.com` */
    readonly endpoint?: pulumi.Input<string>;
    /** @default `https://sts.aliyuncs.com` */
    readonly stsEndpoint?: pulumi.Input<string>;
    /**
     * How long to wait for the invitation to reach the tenant after the owner adds it as a target.
     * @default 300
     */
    readonly timeoutSeconds?: pulumi.Input<number>;
    /** @default 5 */
    readonly pollSeconds?: pulumi.Input<number>;
}

interface Settings {
    resourceShareId: string;
    region: string;
    roleArn?: string;
    endpoint?: string;
    stsEndpoint?: string;
    timeoutSeconds?: number;
    pollSeconds?: number;
}

function apiOf(s: Settings) {
    return resourceSharingApi({
        region: s.region,
        endpoint: s.endpoint,
        roleArn: s.roleArn,
        stsEndpoint: s.stsEndpoint,
    });
}

/**
 * The dynamic provider. Credentials come from the machine's credential chain
 * at run time and never enter inputs, outputs or state. There is no API for a
 * tenant to leave a share: deleting the resource forgets the acceptance; the
 * owner ends the sharing by removing the tenant's target.
 */
export const invitationAccepterProvider: pulumi.dynamic.ResourceProvider = {
    async create(inputs: Settings) {
        const result = await acceptInvitation(apiOf(inputs), inputs.resourceShareId, {
            timeoutMs: (inputs.timeoutSeconds ?? 300) * 1000,
            pollMs: (inputs.pollSeconds ?? 5) * 1000,
        });
        return { id: result.invitationId, outs: { ...inputs, ...result } };
    },
    async read(id: string, props: Settings) {
        const invitation = await readInvitation(apiOf(props), props.resourceShareId, id);
        return invitation ? { id, props: { ...props, status: invitation.Status } } : {};
    },
    async diff(_id: string, olds: Settings, news: Settings) {
        const replaces = (["resourceShareId", "region"] as const).filter((k) => olds[k] !== news[k]);
        const changes =
            replaces.length > 0 ||
            (["roleArn", "endpoint", "stsEndpoint", "timeoutSeconds", "pollSeconds"] as const).some(
                (k) => olds[k] !== news[k],
            );
        return { changes, replaces, deleteBeforeReplace: false };
    },
    async update(_id: string, olds: Settings & Record<string, unknown>, news: Settings) {
        return { outs: { ...olds, ...news } };
    },
    async delete() {
        // Nothing to call: acceptance cannot be undone by the tenant.
    },
};

/** Accepts a resource share invitation in the tenant's account. Its id is the invitation id. */
export class ResourceShareInvitationAccepter extends pulumi.dynamic.Resource {
    /** The accepted invitation's id. */
    public readonly invitationId!: pulumi.Output<string>;
    /** `Accepted`. */
    public readonly status!: pulumi.Output<string>;
    /** The account that shared (the owner). */
    public readonly senderAccountId!: pulumi.Output<string | undefined>;

    constructor(
        name: string,
        args: ResourceShareInvitationAccepterArgs,
        opts?: pulumi.CustomResourceOptions,
    ) {
        super(
            invitationAccepterProvider,
            name,
            { ...args, invitationId: undefined, status: undefined, senderAccountId: undefined },
            opts,
            "alicloud-multi-account-network",
            "ResourceShareInvitationAccepter",
        );
    }
}
