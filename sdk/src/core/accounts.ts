// Which account owns what. A VPC needs a cross-account grant exactly when its
// owner is not the CEN owner; structure (whether the grant exists) must be
// decided from plain values, never from an Output.

/**
 * Decides whether a VPC is owned by another account than the CEN. One
 * provider object is one account, so a VPC on the CEN owner's provider is
 * never cross-account. Between different providers, plain account ids decide
 * when both are given; otherwise they are taken to be different accounts.
 * The decision is re-checked against the resolved ids by {@link checkAccountDecision}.
 */
export function isCrossAccount(sameProvider: boolean, vpcAccountId?: string, cenAccountId?: string): boolean {
    if (sameProvider) {
        return false;
    }
    if (vpcAccountId !== undefined && cenAccountId !== undefined) {
        return vpcAccountId !== cenAccountId;
    }
    return true;
}

/** An account id, and whether the caller gave it (`accountId`, `cenAccountId`) or a provider resolved it. */
export interface AccountOf {
    readonly id: string;
    readonly given: boolean;
}

/** How messages name the instance other accounts' instances are granted to, and the arguments of its owner. */
export interface GrantTarget {
    /** What the owner owns: `CEN instance`. */
    readonly instance: string;
    /** Its short name: `CEN`. */
    readonly short: string;
    /** The argument giving the owner's account id: `cenAccountId`. */
    readonly accountArg: string;
    /** The argument giving the owner's provider: `cenProvider`. */
    readonly providerArg: string;
}

export const CEN_TARGET: GrantTarget = {
    instance: "CEN instance",
    short: "CEN",
    accountArg: "cenAccountId",
    providerArg: "cenProvider",
};

/**
 * Checks a cross-account decision against the account ids the providers
 * resolve to. Returns a problem sentence that blames the argument that is
 * wrong (a given id before a provider), or undefined when the decision holds.
 */
export function checkAccountDecision(
    label: string,
    crossAccount: boolean,
    instance: AccountOf,
    owner: AccountOf,
    noun = "VPC",
    target: GrantTarget = CEN_TARGET,
): string | undefined {
    const { short, accountArg, providerArg } = target;
    const ownerProvider = `the ${short} owner's provider`;
    if (crossAccount && instance.id === owner.id) {
        const fix = instance.given
            ? `Correct accountId, or pass ${ownerProvider} for this ${noun}.`
            : owner.given
              ? `Correct ${accountArg}, or pass ${ownerProvider} for this ${noun}.`
              : `Pass ${ownerProvider} for this ${noun}, or set accountId on the ${noun} and ${accountArg} to the same id.`;
        return (
            `${label}: ${instance.given ? `accountId ${instance.id}` : `its provider resolves to account ${instance.id}`}, which also owns the ${target.instance}, ` +
            `but a different provider object was passed, so a cross-account grant was planned and the API would refuse it. ${fix}`
        );
    }
    if (!crossAccount && instance.id !== owner.id) {
        if (!instance.given && owner.given) {
            return `${accountArg} ${owner.id} is not the account of ${providerArg}, which resolves to ${instance.id} (${label} uses that provider); correct ${accountArg}, or leave it out to have it looked up.`;
        }
        const ownerSide = owner.given
            ? `${accountArg} ${owner.id}`
            : `the ${short} owner's account ${owner.id}`;
        return (
            `${label}: accountId ${instance.id} differs from ${ownerSide}, but the ${noun} uses ${ownerProvider}. ` +
            `Pass the ${noun} owner's provider, whose credentials can grant the ${noun} to the ${short}, or correct accountId.`
        );
    }
    return undefined;
}

const ROLE_ARN_ACCOUNT = /^acs:ram::(\d+):role\//;

/** What a provider's configuration says about its account: `accountId`, else the account of its assume-role ARN. */
export interface ProviderAccountConfig {
    readonly accountId?: unknown;
    readonly assumeRole?: unknown;
}

/**
 * The account a provider acts as, when its configuration says so: its
 * `accountId`, or the account in `assumeRole.roleArn` (acs:ram::<account>:role/...).
 * Provider object inputs may arrive JSON-encoded, as the engine sends them.
 */
export function accountOfProviderConfig(config: ProviderAccountConfig): string | undefined {
    if (typeof config.accountId === "string" && /^\d+$/.test(config.accountId)) {
        return config.accountId;
    }
    const raw = config.assumeRole;
    const role = typeof raw === "string" ? safeJson(raw) : raw;
    const arn = (role as { roleArn?: unknown } | undefined)?.roleArn;
    return typeof arn === "string" ? ROLE_ARN_ACCOUNT.exec(arn)?.[1] : undefined;
}

function safeJson(text: string): unknown {
    try {
        return JSON.parse(text);
    } catch {
        return undefined;
    }
}

/**
 * Why an account id cannot be given to an API that takes it as a number (a
 * JavaScript number holds integers exactly up to 2^53); undefined when it can.
 * `apis` names those APIs in the message.
 */
export function numericAccountIdProblem(
    label: string,
    accountId: string,
    apis: string,
    argument = "accountId",
): string | undefined {
    return /^\d+$/.test(accountId) && Number.isSafeInteger(Number(accountId))
        ? undefined
        : `${label}: account id ${accountId} cannot be passed to ${apis}, which take it as a number; check ${argument}.`;
}
