// Child resource names are derived from the component's name and are part of
// the contract: renaming one replaces the resource unless an alias is given.

/** `${component}-${role}-${parts...}`, e.g. `peering-attachment-vpc3`. */
export function childName(component: string, role: string, ...parts: (string | number)[]): string {
    return [component, role, ...parts.map(String)].join("-");
}

// Keys become part of the names Alibaba Cloud gives resources (an
// attachment is `<component>-<vpc>`), which take no '.'.
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * The names the CEN components give resources in Alibaba Cloud (the CEN
 * instance, the transit router, attachments, route tables, route entries):
 * 2 to 128 letters, digits, '_' and '-', starting with a letter, as the
 * provider's docs of each name field say.
 */
const RESOURCE_NAME = /^[A-Za-z][A-Za-z0-9_-]{1,127}$/;
export const MAX_RESOURCE_NAME = 128;

/** A name a child gets from the component's name and a part of the arguments (`vpcs[2].name`). */
export interface NamedChild {
    readonly argument: string;
    readonly suffix: string;
}

/**
 * The component's name must itself be a resource name, and so must every
 * name made from it: problems name the arguments to change.
 */
export function checkResourceNames(name: unknown, children: readonly NamedChild[]): string[] {
    if (typeof name !== "string" || !RESOURCE_NAME.test(name)) {
        return [
            `name ${JSON.stringify(name)} cannot name resources in Alibaba Cloud, where it names the CEN instance, the transit router and (with each VPC's name) the attachments: use 2 to ${MAX_RESOURCE_NAME} letters, digits, '_' and '-', starting with a letter.`,
        ];
    }
    return children
        .map(({ argument, suffix }) => ({ argument, full: childName(name, suffix) }))
        .filter(({ full }) => full.length > MAX_RESOURCE_NAME)
        .map(
            ({ argument, full }) =>
                `name "${name}" and ${argument} make the resource name "${full.slice(0, 40)}..." of ${full.length} characters; Alibaba Cloud takes at most ${MAX_RESOURCE_NAME}: shorten either.`,
        );
}

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
