// Secret values in a Pulumi state: encrypted (`ciphertext`) unless the
// export was made with --show-secrets (`plaintext`). The planner holds no
// key, so an encrypted value is unknown to it, as a value is in a preview,
// and it says which ones.
import { UNKNOWN } from "../plan/graph";

/** The key Pulumi marks special values with, and its value for a secret. */
const SIGNATURE = "4dabf18193072939515e22adb298388d";
const SECRET = "1b47061264138c4ac30d75fd1eb44270";

interface SecretValue {
    readonly plaintext?: string;
    readonly ciphertext?: string;
}

const isSecret = (v: unknown): v is SecretValue =>
    typeof v === "object" && v !== null && (v as Record<string, unknown>)[SIGNATURE] === SECRET;

/**
 * The properties with their secrets revealed where the export holds them in
 * plain text, and unknown where it holds them encrypted; each of those is
 * added to `undecrypted` as `<path> (<where>)`.
 */
export function revealSecrets(
    properties: Record<string, unknown>,
    where: string,
    undecrypted: string[],
): Record<string, unknown> {
    const reveal = (value: unknown, path: string): unknown => {
        if (isSecret(value)) {
            if (typeof value.plaintext === "string") return reveal(parsed(value.plaintext), path);
            undecrypted.push(`${path} (${where})`);
            return UNKNOWN;
        }
        if (Array.isArray(value)) return value.map((v, i) => reveal(v, `${path}[${i}]`));
        if (typeof value === "object" && value !== null) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reveal(v, `${path}.${k}`)]));
        }
        return value;
    };
    return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, reveal(v, k)]));
}

/** A plaintext secret is its value as JSON. */
function parsed(plaintext: string): unknown {
    try {
        return JSON.parse(plaintext) as unknown;
    } catch {
        return plaintext;
    }
}
