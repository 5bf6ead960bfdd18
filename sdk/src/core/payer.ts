import { Payer, PAYERS } from "../args/values";
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
