// The shapes of the provider's rules (providerRules.ts) and the check that
// holds a registered child's inputs to them, as the provider would before it
// calls the API (and, for createTime rules, when it creates).
import { RecordedResource } from "../../sdk/src/plan/graph";
import { UNKNOWN } from "../../sdk/src/plan/graph";
import { Rule, TypeRules } from "../../sdk/src/core/providerRuleTypes";

const isUnknown = (v: unknown) => v === UNKNOWN;
const present = (v: unknown) => v !== undefined && v !== null;

/** The values at a path: `zoneMappings[].zoneId` is each entry's zoneId. */
function valuesAt(inputs: unknown, path: string): unknown[] {
    let current: unknown[] = [inputs];
    for (const step of path.split(".")) {
        const list = step.endsWith("[]");
        const key = list ? step.slice(0, -2) : step;
        current = current.flatMap((v) => {
            if (!present(v) || typeof v !== "object") return [];
            // A one-entry block (maxItemsOne) arrives as an object, a block list as a list.
            const next = (v as Record<string, unknown>)[key];
            if (list || Array.isArray(next)) return Array.isArray(next) ? next : present(next) ? [next] : [];
            return [next];
        });
    }
    return current;
}

/** Each rule the child breaks, as a sentence naming the argument, the value and the rule. */
export function brokenRules(resource: RecordedResource, rules: TypeRules): string[] {
    const inputs = resource.inputs;
    const problems: string[] = [];
    const say = (rule: Rule, what: string) =>
        problems.push(`${resource.name}: ${rule.field} ${what} (${rule.kind}, ${rule.line})`);
    for (const rule of rules.rules) {
        const values = valuesAt(inputs, rule.field);
        const given = values.filter(present);
        const known = given.filter((v) => !isUnknown(v));
        switch (rule.kind) {
            case "required":
                // A nested required field binds only where its block is given.
                if (!rule.field.includes(".") && given.length === 0) say(rule, "is missing");
                if (rule.field.includes(".")) {
                    const parent = rule.field.slice(0, rule.field.lastIndexOf("."));
                    const leaf = rule.field.slice(rule.field.lastIndexOf(".") + 1);
                    for (const block of valuesAt(inputs, parent)) {
                        if (
                            present(block) &&
                            typeof block === "object" &&
                            !present((block as Record<string, unknown>)[leaf])
                        ) {
                            say(rule, "is missing in a block that is given");
                        }
                    }
                }
                break;
            case "enum":
                for (const v of known) {
                    const ok = rule.values.some((x) =>
                        rule.ignoreCase ? x.toLowerCase() === String(v).toLowerCase() : x === v,
                    );
                    if (!ok) say(rule, `${JSON.stringify(v)} is not one of ${rule.values.join(", ")}`);
                }
                break;
            case "lenRange":
                for (const v of known) {
                    const n = Buffer.byteLength(String(v));
                    if (n < rule.min || n > rule.max)
                        say(rule, `${JSON.stringify(v)} has ${n} bytes, not ${rule.min} to ${rule.max}`);
                }
                break;
            case "pattern":
                for (const v of known) {
                    if (!new RegExp(rule.pattern).test(String(v)))
                        say(rule, `${JSON.stringify(v)} does not match ${rule.pattern}`);
                }
                break;
            case "intRange":
                for (const v of known)
                    if (Number(v) < rule.min || Number(v) > rule.max)
                        say(rule, `${String(v)} is not in ${rule.min}..${rule.max}`);
                break;
            case "intIn":
                for (const v of known)
                    if (!rule.values.includes(Number(v)))
                        say(rule, `${String(v)} is not one of ${rule.values.join(", ")}`);
                break;
            case "intAtLeast":
                for (const v of known)
                    if (Number(v) < rule.min) say(rule, `${String(v)} is below ${rule.min}`);
                break;
            case "conflictsWith":
                if (given.length > 0) {
                    for (const other of rule.with) {
                        if (valuesAt(inputs, other).some(present))
                            say(rule, `is set together with ${other}, which it conflicts with`);
                    }
                }
                break;
            case "exactlyOneOf":
            case "atLeastOneOf": {
                const set = rule.with.filter((f) => valuesAt(inputs, f).some(present));
                if (set.length === 0) say(rule, `: none of ${rule.with.join(", ")} is set`);
                if (rule.kind === "exactlyOneOf" && set.length > 1)
                    say(rule, `: ${set.join(" and ")} are both set`);
                break;
            }
            case "maxItems":
            case "minItems":
                for (const v of valuesAt(inputs, rule.field)) {
                    if (!Array.isArray(v)) continue;
                    if (rule.kind === "maxItems" && v.length > rule.max)
                        say(rule, `has ${v.length} entries, more than ${rule.max}`);
                    if (rule.kind === "minItems" && v.length < rule.min)
                        say(rule, `has ${v.length} entries, fewer than ${rule.min}`);
                }
                break;
            case "deprecated":
            case "removed":
                if (given.length > 0) say(rule, `is set: ${rule.message}`);
                break;
            case "autoname":
                if (given.length === 0) {
                    const longest = resource.name.length + rule.suffix;
                    if (longest > rule.max)
                        say(
                            rule,
                            `is not set, so it is named after the resource (${resource.name.length} + ${rule.suffix} characters), more than the ${rule.max} it takes`,
                        );
                }
                break;
            case "createTime": {
                const applies = rule.when.every((c) => {
                    const v = valuesAt(inputs, c.field)[0];
                    if (c.set !== undefined) return present(v) === c.set;
                    const s = String(v ?? "");
                    return c.in ? c.in.includes(s) : c.notIn ? !c.notIn.includes(s) : true;
                });
                if (!applies) break;
                const v = given[0] ?? rule.default;
                if (isUnknown(v)) break;
                if (rule.expect.equals !== undefined && v !== rule.expect.equals)
                    say(rule, `${JSON.stringify(v)}: ${rule.message}`);
                if (rule.expect.notEquals !== undefined && v === rule.expect.notEquals)
                    say(rule, `${JSON.stringify(v)}: ${rule.message}`);
                break;
            }
        }
    }
    return problems;
}
