// Which account each provider acts as, the way alicloud.getAccount would
// answer through it: the account its configuration names (accountId or the
// assume-role ARN), else the id the test assigned to its name, else a stable
// id from its name.
import { createHash } from "crypto";
import { accountOfProviderConfig } from "../core/accounts";

/** Account ids by provider resource name, as a test chooses them. */
export type AccountTable = Readonly<Record<string, string>>;

/** The account a provider acts as, from its registered inputs. */
export function accountOfProvider(
    name: string,
    inputs: Record<string, unknown>,
    table: AccountTable,
): string {
    return accountOfProviderConfig(inputs) ?? table[name] ?? stableAccountId(name);
}

/** A 16-digit account id derived from a name, the same on every run. */
export function stableAccountId(name: string): string {
    const digits = BigInt("0x" + createHash("sha256").update(name).digest("hex").slice(0, 15)).toString();
    return ("1" + digits).slice(0, 16).padEnd(16, "0");
}
