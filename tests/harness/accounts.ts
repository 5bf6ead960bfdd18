// Which account each provider acts as, the way alicloud.getAccount would
// answer through it: the account in its assume-role ARN when it has one,
// else the id the test assigned to its name, else a stable id from its name.
import { createHash } from "crypto";

/** Account ids by provider resource name, as a test chooses them. */
export type AccountTable = Readonly<Record<string, string>>;

const ROLE_ARN_ACCOUNT = /^acs:ram::(\d+):role\//;

/** The account a provider acts as, from its registered inputs. */
export function accountOfProvider(
    name: string,
    inputs: Record<string, unknown>,
    table: AccountTable,
): string {
    const roleArn = assumeRoleArn(inputs);
    const fromArn = roleArn ? ROLE_ARN_ACCOUNT.exec(roleArn)?.[1] : undefined;
    return fromArn ?? table[name] ?? stableAccountId(name);
}

/** Provider object inputs arrive JSON-encoded from the SDK. */
function assumeRoleArn(inputs: Record<string, unknown>): string | undefined {
    const raw = inputs.assumeRole;
    const role =
        typeof raw === "string"
            ? (JSON.parse(raw) as { roleArn?: string })
            : (raw as { roleArn?: string } | undefined);
    return role?.roleArn;
}

/** A 16-digit account id derived from a name, the same on every run. */
export function stableAccountId(name: string): string {
    const digits = BigInt("0x" + createHash("sha256").update(name).digest("hex").slice(0, 15)).toString();
    return ("1" + digits).slice(0, 16).padEnd(16, "0");
}
