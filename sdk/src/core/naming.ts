// Child resource names are derived from the component's name and are part of
// the contract: renaming one replaces the resource unless an alias is given.

/** `${component}-${role}-${parts...}`, e.g. `peering-attachment-vpc3`. */
export function childName(component: string, role: string, ...parts: (string | number)[]): string {
    return [component, role, ...parts.map(String)].join("-");
}

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** True when a user-chosen key can be embedded in child resource names. */
export function isValidKey(key: unknown): key is string {
    return typeof key === "string" && KEY_PATTERN.test(key);
}

/**
 * The part of a child name that says which value the child is for: the value
 * itself (a CIDR block, a route table id) when it is a plain string now, so
 * removing or reordering list entries renames nothing; else `fallback` (its
 * list position), for values known only at deployment.
 */
export function valueKey(value: unknown, fallback: string): string {
    return typeof value === "string" ? value.replace(/[^0-9A-Za-z]+/g, "-").replace(/^-|-$/g, "") : fallback;
}
