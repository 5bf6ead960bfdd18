// The two ResourceSharing (2020-01-10) calls that accepting an invitation
// needs, through Alibaba's own RPC client (@alicloud/pop-core, which signs
// the requests) and credential chain (@alicloud/credentials). With a role
// ARN, the tenant's role is assumed through STS first. Credentials stay in
// this process: they are never inputs, outputs or state.

type PopCore = typeof import("@alicloud/pop-core");
type Credentials = typeof import("@alicloud/credentials");

// Alibaba's clients load when an invitation is accepted, not with every
// program that imports the package: they cost about 70 ms to load.
/* eslint-disable @typescript-eslint/no-require-imports */
const popCore = (): PopCore => require("@alicloud/pop-core") as PopCore;
const credentialChain = (): Credentials["default"] =>
    (require("@alicloud/credentials") as Credentials).default;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Where and as whom to call the API. */
export interface ApiTarget {
    /** A ResourceSharing region id, e.g. `ap-southeast-1`. */
    readonly region: string;
    /** The API endpoint. @default `https://resourcesharing.<region>.aliyuncs.com` */
    readonly endpoint?: string;
    /** A RAM role in the tenant's account to assume first. @default - the credential chain's own identity. */
    readonly roleArn?: string;
    /** The STS endpoint for the role. @default `https://sts.aliyuncs.com` */
    readonly stsEndpoint?: string;
}

/** How persistent to be with throttling and server errors. */
export interface RetryPolicy {
    readonly attempts: number;
    readonly baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500 };

export interface Invitation {
    readonly ResourceShareInvitationId: string;
    readonly ResourceShareId: string;
    readonly ResourceShareName?: string;
    readonly SenderAccountId?: string;
    readonly ReceiverAccountId?: string;
    readonly Status: string;
}

export interface ResourceSharingApi {
    listInvitations(resourceShareId: string): Promise<Invitation[]>;
    accept(invitationId: string): Promise<Invitation>;
}

export interface AccessKey {
    accessKeyId: string;
    accessKeySecret: string;
    securityToken?: string;
}

export type Requester = (action: string, params: Record<string, string>) => Promise<Record<string, unknown>>;

/** Errors worth another try: throttling, unavailability, 5xx, dropped connections. */
export function isRetryable(err: unknown): boolean {
    const e = err as { code?: unknown; name?: unknown; entry?: { response?: { statusCode?: number } } };
    const code = String(e?.code ?? "");
    const status = e?.entry?.response?.statusCode ?? 0;
    return (
        /^(Throttling|ServiceUnavailable|InternalError)/.test(code) ||
        status >= 500 ||
        ["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT"].includes(code) ||
        e?.name === "SyntaxError"
    );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function client(
    endpoint: string,
    apiVersion: string,
    credentials: () => Promise<AccessKey>,
    retry: RetryPolicy,
): Requester {
    const RPCClient = popCore();
    const rpc = new RPCClient({
        endpoint,
        apiVersion,
        credentialsProvider: { getCredentials: credentials },
    } as unknown as ConstructorParameters<PopCore>[0]);
    return async (action, params) => {
        for (let attempt = 1; ; attempt++) {
            try {
                return (await rpc.request(action, params, { method: "POST", timeout: 10000 })) as Record<
                    string,
                    unknown
                >;
            } catch (err) {
                if (attempt >= retry.attempts || !isRetryable(err)) {
                    throw err;
                }
                await sleep(retry.baseDelayMs * 2 ** (attempt - 1));
            }
        }
    };
}

/** The standard credential chain: environment, profile, ECS RAM role, ... */
export async function chainCredentials(): Promise<AccessKey> {
    const Credential = credentialChain();
    const c = await new Credential().getCredential();
    return {
        accessKeyId: c.accessKeyId ?? "",
        accessKeySecret: c.accessKeySecret ?? "",
        securityToken: c.securityToken,
    };
}

export function assumedRole(target: ApiTarget, retry: RetryPolicy): () => Promise<AccessKey> {
    const sts = client(
        target.stsEndpoint ?? "https://sts.aliyuncs.com",
        "2015-04-01",
        chainCredentials,
        retry,
    );
    let cached: Promise<AccessKey> | undefined;
    return () =>
        (cached ??= sts("AssumeRole", {
            RoleArn: target.roleArn!,
            RoleSessionName: "alicloud-multi-account-network",
        }).then((r) => {
            const c = r.Credentials as {
                AccessKeyId: string;
                AccessKeySecret: string;
                SecurityToken: string;
            };
            return {
                accessKeyId: c.AccessKeyId,
                accessKeySecret: c.AccessKeySecret,
                securityToken: c.SecurityToken,
            };
        }));
}

/** The ResourceSharing calls for one target, retried on throttling and server errors. */
export function resourceSharingApi(
    target: ApiTarget,
    retry: RetryPolicy = DEFAULT_RETRY,
): ResourceSharingApi {
    const endpoint = target.endpoint ?? `https://resourcesharing.${target.region}.aliyuncs.com`;
    const call = client(
        endpoint,
        "2020-01-10",
        target.roleArn ? assumedRole(target, retry) : chainCredentials,
        retry,
    );
    return {
        async listInvitations(resourceShareId) {
            const invitations: Invitation[] = [];
            let next: string | undefined;
            do {
                const page = await call("ListResourceShareInvitations", {
                    "ResourceShareIds.1": resourceShareId,
                    MaxResults: "100",
                    ...(next ? { NextToken: next } : {}),
                });
                invitations.push(...((page.ResourceShareInvitations as Invitation[] | undefined) ?? []));
                next = page.NextToken as string | undefined;
            } while (next);
            return invitations;
        },
        async accept(invitationId) {
            const r = await call("AcceptResourceShareInvitation", {
                ResourceShareInvitationId: invitationId,
            });
            return r.ResourceShareInvitation as Invitation;
        },
    };
}
