// The invitation accepter's create/read/delete against a loopback stand-in
// for the ResourceSharing and STS APIs, which checks request signatures.
import { strict as assert } from "assert";
import { acceptInvitation } from "../../sdk/src/resources/shareInvitation/acceptInvitation";
import { invitationAccepterProvider } from "../../sdk/src/resources/shareInvitation/invitationAccepter";
import { resourceSharingApi } from "../../sdk/src/resources/shareInvitation/resourceSharingApi";
import { FakeAlibabaApi } from "./fakeAlibabaApi";

const SHARE = "rs-shared-vsw";

describe("ResourceShareInvitationAccepter against a loopback ResourceSharing API", function () {
    this.timeout(20000);
    let api: FakeAlibabaApi;
    let endpoint: string;
    const saved = { ...process.env };

    beforeEach(async () => {
        api = new FakeAlibabaApi();
        endpoint = await api.start();
        // The credential chain stops at the environment: no other source is tried.
        process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = "LTAI-tenant";
        process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = "tenant-secret";
    });
    afterEach(async () => {
        process.env = { ...saved };
        await api.stop();
    });

    const inputs = (extra: object = {}) => ({
        resourceShareId: SHARE,
        region: "ap-southeast-1",
        endpoint,
        timeoutSeconds: 2,
        pollSeconds: 0.05,
        ...extra,
    });
    const pending = (status = "Pending") =>
        api.invitations.push({
            ResourceShareInvitationId: "inv-1",
            ResourceShareId: SHARE,
            Status: status,
            SenderAccountId: "1111",
            ReceiverAccountId: "2222",
        });
    const actions = () => api.calls.map((c) => c.action);

    it("finds the pending invitation and accepts it, with signed requests", async () => {
        pending();
        const result = await invitationAccepterProvider.create!(inputs());
        assert.equal(result.id, "inv-1");
        assert.equal(result.outs.status, "Accepted");
        assert.equal(result.outs.senderAccountId, "1111");
        assert.deepEqual(actions(), ["ListResourceShareInvitations", "AcceptResourceShareInvitation"]);
        assert.equal(api.calls[0].params["ResourceShareIds.1"], SHARE);
        assert.equal(api.calls[1].params.ResourceShareInvitationId, "inv-1");
        assert.equal(api.calls[1].params.Version, "2020-01-10");
        assert.equal(api.invitations[0].Status, "Accepted");
    });

    it("is idempotent: an invitation already accepted is success, with no second accept", async () => {
        pending("Accepted");
        const result = await invitationAccepterProvider.create!(inputs());
        assert.equal(result.id, "inv-1");
        assert.deepEqual(actions(), ["ListResourceShareInvitations"]);
    });

    it("waits for an invitation that is still on its way", async () => {
        pending();
        api.appearAfterLists = 3;
        const result = await invitationAccepterProvider.create!(inputs());
        assert.equal(result.id, "inv-1");
        assert.deepEqual(actions(), [
            ...Array(4).fill("ListResourceShareInvitations"),
            "AcceptResourceShareInvitation",
        ]);
    });

    it("times out with a clear message when no invitation arrives", async () => {
        await assert.rejects(invitationAccepterProvider.create!(inputs({ timeoutSeconds: 0.3 })), {
            message:
                "No invitation to resource share rs-shared-vsw reached this account within 0.3 s. Check that the owner added this account as a target (SharedTarget), that the share allows external targets, and that the credentials (or the role assumed) belong to the tenant account.",
        });
        assert.ok(
            api.calls.length >= 2 && api.calls.every((c) => c.action === "ListResourceShareInvitations"),
        );
    });

    it("fails with what to do when the invitation was rejected or expired", async () => {
        pending("Rejected");
        await assert.rejects(
            invitationAccepterProvider.create!(inputs()),
            /The invitation inv-1 to resource share rs-shared-vsw is Rejected: the tenant rejected it; the owner must remove and re-add the tenant as a target/,
        );
        api.invitations[0].Status = "Expired";
        await assert.rejects(
            invitationAccepterProvider.create!(inputs()),
            /is Expired: it expired before it was accepted/,
        );
    });

    it("retries throttling and server errors a bounded number of times", async () => {
        pending();
        api.failures.push(
            { status: 400, code: "Throttling.User" },
            { status: 503, code: "ServiceUnavailable" },
        );
        const client = resourceSharingApi(
            { region: "ap-southeast-1", endpoint },
            { attempts: 3, baseDelayMs: 5 },
        );
        const result = await acceptInvitation(client, SHARE, { timeoutMs: 1000, pollMs: 10 });
        assert.equal(result.invitationId, "inv-1");
        assert.deepEqual(actions(), [
            "ListResourceShareInvitations",
            "ListResourceShareInvitations",
            "ListResourceShareInvitations",
            "AcceptResourceShareInvitation",
        ]);

        api.calls.length = 0;
        api.failures.push(...Array(5).fill({ status: 500, code: "InternalError" }));
        await assert.rejects(client.listInvitations(SHARE), /injected InternalError/);
        assert.equal(api.calls.length, 3, "three attempts, then the error");
    });

    it("does not retry what retrying cannot fix", async () => {
        process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = "wrong-secret";
        const client = resourceSharingApi(
            { region: "ap-southeast-1", endpoint },
            { attempts: 3, baseDelayMs: 5 },
        );
        await assert.rejects(
            client.listInvitations(SHARE),
            (err: Error & { code?: string }) => err.code === "SignatureDoesNotMatch",
        );
        assert.equal(api.calls.length, 1);
    });

    it("assumes the tenant's role through STS and signs with the role's credentials", async () => {
        pending();
        const result = await invitationAccepterProvider.create!(
            inputs({ roleArn: "acs:ram::2222:role/network", stsEndpoint: endpoint }),
        );
        assert.equal(result.id, "inv-1");
        assert.deepEqual(actions(), [
            "AssumeRole",
            "ListResourceShareInvitations",
            "AcceptResourceShareInvitation",
        ]);
        assert.equal(api.calls[0].params.RoleArn, "acs:ram::2222:role/network");
        assert.equal(api.calls[0].params.AccessKeyId, "LTAI-tenant");
        for (const call of api.calls.slice(1)) {
            assert.equal(call.params.AccessKeyId, "STS.tenant-role");
            assert.equal(call.params.SecurityToken, "sts-token");
        }
    });

    it("keeps credentials out of the resource's state", async () => {
        pending();
        const result = await invitationAccepterProvider.create!(
            inputs({ roleArn: "acs:ram::2222:role/network", stsEndpoint: endpoint }),
        );
        const state = JSON.stringify(result.outs);
        for (const secret of ["tenant-secret", "LTAI-tenant", "sts-secret", "sts-token", "STS.tenant-role"]) {
            assert.ok(!state.includes(secret), `${secret} leaked into state`);
        }
    });

    it("reads the invitation's status, and reports it gone when it is", async () => {
        pending("Accepted");
        const found = await invitationAccepterProvider.read!("inv-1", inputs());
        assert.deepEqual([found.id, found.props?.status], ["inv-1", "Accepted"]);
        api.invitations.length = 0;
        assert.deepEqual(await invitationAccepterProvider.read!("inv-1", inputs()), {});
    });

    it("deletes without calling the API (a tenant cannot leave a share; the owner removes the target)", async () => {
        await invitationAccepterProvider.delete!("inv-1", inputs());
        assert.deepEqual(api.calls, []);
    });

    it("replaces on another share or region, and updates in place otherwise", async () => {
        const diff = invitationAccepterProvider.diff!;
        assert.deepEqual((await diff("inv-1", inputs(), inputs({ resourceShareId: "rs-other" }))).replaces, [
            "resourceShareId",
        ]);
        assert.deepEqual(await diff("inv-1", inputs(), inputs({ timeoutSeconds: 9 })), {
            changes: true,
            replaces: [],
            deleteBeforeReplace: false,
        });
        assert.equal((await diff("inv-1", inputs(), inputs())).changes, false);
    });
});
