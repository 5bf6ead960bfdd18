/**
 * Who pays the network attachment and data processing fees of a cross-account
 * attachment (the cross-account authorization guide, "Payer"):
 * - `"cen-owner"`: the account that owns the CEN instance and transit router (the console's default);
 * - `"resource-owner"`: the account that owns the attached instance (the VPC, VBR or VPN connection).
 */
export type Payer = "cen-owner" | "resource-owner";

/** The payers the API knows, in the order the docs list them. */
export const PAYERS: readonly Payer[] = ["cen-owner", "resource-owner"];

/** The `orderType` value of the grant and attachment APIs for each payer. */
const ORDER_TYPES: Record<Payer, string> = {
    "cen-owner": "PayByCenOwner",
    "resource-owner": "PayByResourceOwner",
};

/** True for the payer values this package accepts. */
export function isPayer(value: unknown): value is Payer {
    return typeof value === "string" && (PAYERS as readonly string[]).includes(value);
}

/** Maps a payer to the `orderType` of TransitRouterGrantAttachment and the attachments. */
export function orderTypeOf(payer: Payer): string {
    return ORDER_TYPES[payer];
}
