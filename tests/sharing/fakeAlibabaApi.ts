// A loopback stand-in for Alibaba Cloud's RPC endpoints (STS,
// ResourceSharing 2020-01-10 and Cloud Firewall 2017-12-07's transit router
// firewall policies): it checks every request's signature against the
// secret of the key that signed it, the way the real service does, and
// plays scripted invitations, policies, throttling and server errors.
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

export interface FakeRoutePolicy {
    FirewallId: string;
    PolicyId: string;
    PolicyName: string;
    PolicyType: string;
    PolicyStatus: string;
    SrcCandidateList: { CandidateId: string; CandidateType: string }[];
    DestCandidateList: { CandidateId: string; CandidateType: string }[];
}

export class FakeAlibabaApi {
    /** Access key id → secret; requests signed with anything else are refused. */
    readonly keys = new Map<string, string>([["LTAI-tenant", "tenant-secret"]]);
    readonly invitations: FakeInvitation[] = [];
    readonly routePolicies: FakeRoutePolicy[] = [];
    /** Creates that succeed but whose answer is lost (a 503 instead): the client must not make a second policy. */
    loseCreateAnswers = 0;
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
            case "DescribeTrFirewallV2RoutePolicyList": {
                const all = this.routePolicies.filter((p) => p.FirewallId === params.FirewallId);
                const size = Number(params.PageSize ?? 10);
                const page = Number(params.CurrentPage ?? 1);
                return reply(200, {
                    TrFirewallRoutePolicies: all.slice((page - 1) * size, page * size),
                    TotalCount: all.length,
                });
            }
            case "CreateTrFirewallV2RoutePolicy": {
                const policy: FakeRoutePolicy = {
                    FirewallId: params.FirewallId,
                    PolicyId: `policy-${this.routePolicies.length + 1}`,
                    PolicyName: params.PolicyName,
                    PolicyType: params.PolicyType,
                    PolicyStatus: "opened",
                    SrcCandidateList: JSON.parse(params.SrcCandidateList ?? "[]"),
                    DestCandidateList: JSON.parse(params.DestCandidateList ?? "[]"),
                };
                this.routePolicies.push(policy);
                if (this.loseCreateAnswers > 0) {
                    this.loseCreateAnswers--;
                    return reply(503, { Code: "ServiceUnavailable", Message: "the answer was lost" });
                }
                return reply(200, { TrFirewallRoutePolicyId: policy.PolicyId });
            }
            case "ModifyTrFirewallV2RoutePolicyScope":
            case "DeleteTrFirewallV2RoutePolicy": {
                const i = this.routePolicies.findIndex(
                    (p) =>
                        p.FirewallId === params.FirewallId && p.PolicyId === params.TrFirewallRoutePolicyId,
                );
                if (i < 0) return reply(404, { Code: "ErrorRecordNotExist", Message: "no such policy" });
                if (params.Action === "DeleteTrFirewallV2RoutePolicy") this.routePolicies.splice(i, 1);
                else {
                    this.routePolicies[i].SrcCandidateList = JSON.parse(params.SrcCandidateList);
                    this.routePolicies[i].DestCandidateList = JSON.parse(params.DestCandidateList);
                }
                return reply(200, {});
            }
            default:
                return reply(400, {
                    Code: "InvalidAction.NotFound",
                    Message: `unknown action ${params.Action}`,
                });
        }
    }
}

/**
 * A fresh fake API for each test of the suite, with the tenant's key in the
 * environment (the credential chain stops there: no other source is tried),
 * and the environment restored after.
 */
export function fakeApiPerTest(): { readonly api: FakeAlibabaApi; readonly endpoint: string } {
    const current = {} as { api: FakeAlibabaApi; endpoint: string };
    const saved = { ...process.env };
    beforeEach(async () => {
        current.api = new FakeAlibabaApi();
        current.endpoint = await current.api.start();
        process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = "LTAI-tenant";
        process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = "tenant-secret";
    });
    afterEach(async () => {
        process.env = { ...saved };
        await current.api.stop();
    });
    return current;
}
