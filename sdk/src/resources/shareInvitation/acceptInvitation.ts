// Accepting a resource share invitation as code: idempotent, patient for a
// bounded time while the invitation reaches the tenant, and clear when it
// cannot succeed.
import { Invitation, ResourceSharingApi } from "./resourceSharingApi";

export interface AcceptOptions {
    /** How long to wait for the invitation to appear. */
    readonly timeoutMs: number;
    /** How long to wait between looks. */
    readonly pollMs: number;
}

export interface Accepted {
    readonly invitationId: string;
    readonly senderAccountId?: string;
    readonly receiverAccountId?: string;
    readonly status: "Accepted";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Statuses from which acceptance can never succeed, and what to do about them. */
const DEAD_ENDS: Record<string, string> = {
    Rejected:
        "the tenant rejected it; the owner must remove and re-add the tenant as a target to send a new invitation",
    Expired:
        "it expired before it was accepted; the owner must remove and re-add the tenant as a target to send a new invitation",
    Cancelled: "the owner cancelled it (the tenant was removed from the share)",
};

function accepted(i: Invitation): Accepted {
    return {
        invitationId: i.ResourceShareInvitationId,
        senderAccountId: i.SenderAccountId,
        receiverAccountId: i.ReceiverAccountId,
        status: "Accepted",
    };
}

/**
 * Accepts the invitation to `resourceShareId`: an already accepted one is
 * success; a pending one is accepted; a rejected, expired or cancelled one
 * fails with what to do; a missing one is waited for until the timeout.
 */
export async function acceptInvitation(
    api: ResourceSharingApi,
    resourceShareId: string,
    options: AcceptOptions,
): Promise<Accepted> {
    const deadline = Date.now() + options.timeoutMs;
    for (;;) {
        const invitations = await api.listInvitations(resourceShareId);
        const done = invitations.find((i) => i.Status === "Accepted");
        if (done) {
            return accepted(done);
        }
        const pending = invitations.find((i) => i.Status === "Pending");
        if (pending) {
            const result = await api.accept(pending.ResourceShareInvitationId);
            return accepted({ ...pending, ...result });
        }
        const dead = invitations.find((i) => DEAD_ENDS[i.Status]);
        if (dead) {
            throw new Error(
                `The invitation ${dead.ResourceShareInvitationId} to resource share ${resourceShareId} is ${dead.Status}: ${DEAD_ENDS[dead.Status]}.`,
            );
        }
        if (Date.now() + options.pollMs > deadline) {
            throw new Error(
                `No invitation to resource share ${resourceShareId} reached this account within ${options.timeoutMs / 1000} s. ` +
                    `Check that the owner added this account as a target (SharedTarget), that the share allows external targets, ` +
                    `and that the credentials (or the role assumed) belong to the tenant account.`,
            );
        }
        await sleep(options.pollMs);
    }
}

/** The invitation's current state, for refresh: accepted, or gone. */
export async function readInvitation(
    api: ResourceSharingApi,
    resourceShareId: string,
    invitationId: string,
): Promise<Invitation | undefined> {
    return (await api.listInvitations(resourceShareId)).find(
        (i) => i.ResourceShareInvitationId === invitationId,
    );
}
