// A loopback stand-in for Alibaba Cloud's RPC endpoints (STS and
// ResourceSharing 2020-01-10): it checks every request's signature against
// the secret of the key that signed it, the way the real service does, and
// plays scripted invitations, throttling and server errors.
import { createHmac } from "crypto";
import * as http from "http";
import { AddressInfo } from "net";

export interface FakeInvitation {
    ResourceShareInvitationId: string;
    ResourceShareId: string;
    Status: string;
    SenderAccountId?: string;
    ReceiverAccountId?: string;
}

export interface RecordedCall {
    readonly action: string;
    readonly params: Record<string, string>;
}

/** RFC 3986 percent-encoding, as Alibaba's signature version 1.0 uses it. */
const encode = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());

function expectedSignature(method: string, params: Record<string, string>, secret: string): string {
    const canonical = Object.keys(params)
        .filter((k) => k !== "Signature")
        .sort()
        .map((k) => `${encode(k)}=${encode(params[k])}`)
        .join("&");
    return createHmac("sha1", `${secret}&`)
        .update(`${method}&${encode("/")}&${encode(canonical)}`)
        .digest("base64");
}

export class FakeAlibabaApi {
    /** Access key id → secret; requests signed with anything else are refused. */
    readonly keys = new Map<string, string>([["LTAI-tenant", "tenant-secret"]]);
    readonly invitations: FakeInvitation[] = [];
    readonly calls: RecordedCall[] = [];
    /** Responses to give before answering normally: an HTTP status and an error code. */
    readonly failures: { status: number; code: string }[] = [];
    /** Invitations that appear only after this many List calls (a slow propagation). */
    appearAfterLists = 0;
    private lists = 0;
    private server?: http.Server;

    async start(): Promise<string> {
        this.server = http.createServer((req, res) => {
            let body = "";
            req.on("data", (d) => (body += d));
            req.on("end", () =>
                this.answer(req.method ?? "GET", Object.fromEntries(new URLSearchParams(body)), res),
            );
        });
        await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
        return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    }

    async stop(): Promise<void> {
        this.server?.closeAllConnections();
        await new Promise((resolve) => this.server?.close(resolve));
    }

    private answer(method: string, params: Record<string, string>, res: http.ServerResponse) {
        const reply = (status: number, json: object) => {
            res.writeHead(status, { "content-type": "application/json" });
            res.end(JSON.stringify({ RequestId: `req-${this.calls.length}`, ...json }));
        };
        this.calls.push({ action: params.Action, params });
        const secret = this.keys.get(params.AccessKeyId);
        if (!secret || params.Signature !== expectedSignature(method, params, secret)) {
            return reply(400, {
                Code: "SignatureDoesNotMatch",
                Message: "The request signature does not conform to Aliyun standards.",
            });
        }
        const failure = this.failures.shift();
        if (failure) {
            return reply(failure.status, { Code: failure.code, Message: `injected ${failure.code}` });
        }
        switch (params.Action) {
            case "AssumeRole":
                this.keys.set("STS.tenant-role", "sts-secret");
                return reply(200, {
                    Credentials: {
                        AccessKeyId: "STS.tenant-role",
                        AccessKeySecret: "sts-secret",
                        SecurityToken: "sts-token",
                        Expiration: "2099-01-01T00:00:00Z",
                    },
                });
            case "ListResourceShareInvitations": {
                this.lists++;
                const visible = this.lists > this.appearAfterLists ? this.invitations : [];
                return reply(200, {
                    ResourceShareInvitations: visible.filter(
                        (i) => i.ResourceShareId === params["ResourceShareIds.1"],
                    ),
                });
            }
            case "AcceptResourceShareInvitation": {
                const invitation = this.invitations.find(
                    (i) => i.ResourceShareInvitationId === params.ResourceShareInvitationId,
                );
                if (!invitation)
                    return reply(404, {
                        Code: "EntityNotExists.ResourceShareInvitation",
                        Message: "no such invitation",
                    });
                invitation.Status = "Accepted";
                return reply(200, { ResourceShareInvitation: invitation });
            }
            default:
                return reply(400, {
                    Code: "InvalidAction.NotFound",
                    Message: `unknown action ${params.Action}`,
                });
        }
    }
}
