// The planner page's examples of `--json` output (docs/planner.md: a plan,
// the error when there is none, a change, an estate) are documents the
// published schema accepts, and together they show every field it defines.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import { PLAN_SCHEMA } from "../../sdk/src/plan/planSchema";
import { PACKAGE_ROOT } from "../../sdk/src/plan/programs";

/** JSON with `//` and `/* *\/` comments, as the docs write it, without them. */
function withoutComments(text: string): string {
    let out = "";
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            const end = text.indexOf('"', i + 1) === -1 ? text.length : stringEnd(text, i);
            out += text.slice(i, end + 1);
            i = end;
        } else if (c === "/" && text[i + 1] === "/") {
            while (i < text.length && text[i] !== "\n") i++;
            out += "\n";
        } else if (c === "/" && text[i + 1] === "*") {
            i = text.indexOf("*/", i) + 1;
        } else {
            out += c;
        }
    }
    return out;
}

/** The index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
    for (let i = start + 1; i < text.length; i++) {
        if (text[i] === "\\") i++;
        else if (text[i] === '"') return i;
    }
    return text.length - 1;
}

/** Every property name the schema defines, at any depth. */
function schemaProperties(schema: unknown, found = new Set<string>()): Set<string> {
    if (Array.isArray(schema)) schema.forEach((s) => schemaProperties(s, found));
    else if (schema && typeof schema === "object") {
        for (const [key, value] of Object.entries(schema)) {
            if (key === "properties") for (const name of Object.keys(value as object)) found.add(name);
            schemaProperties(value, found);
        }
    }
    return found;
}

/** Every key of a document, at any depth. */
function keys(value: unknown, found = new Set<string>()): Set<string> {
    if (Array.isArray(value)) value.forEach((v) => keys(v, found));
    else if (value && typeof value === "object") {
        for (const [key, v] of Object.entries(value)) {
            found.add(key);
            keys(v, found);
        }
    }
    return found;
}

describe("docs/planner.md: the plan as JSON", () => {
    const page = fs.readFileSync(path.join(PACKAGE_ROOT, "docs", "planner.md"), "utf8");
    const section = page.slice(page.indexOf("## The plan as JSON"));
    const examples = [...section.matchAll(/```jsonc\n([\s\S]*?)```/g)].map((m) =>
        JSON.parse(withoutComments(m[1])),
    );
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);

    it("has a plan, an error, a change and an estate example, each a document the schema accepts", () => {
        assert.equal(examples.length, 4);
        assert.ok("pings" in examples[0] && "error" in examples[1] && "diff" in examples[2]);
        assert.ok("pingGroups" in examples[3]);
        for (const doc of examples) assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
    });

    it("shows every field the schema defines", () => {
        const shown = new Set(examples.flatMap((doc) => [...keys(doc)]));
        assert.deepEqual(
            [...schemaProperties(PLAN_SCHEMA)].filter((name) => !shown.has(name)),
            [],
        );
    });
});
