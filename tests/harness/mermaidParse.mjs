// Parses Mermaid diagrams with Mermaid's own parser, as GitHub and the
// Mermaid live editor do: `node mermaidParse.mjs <file>...` prints, per file,
// "ok <diagram type>" or "error <first line of the parse error>" as JSON.
// ESM because mermaid ships only as ES modules, which the TypeScript tests
// (compiled to CommonJS) cannot import; jsdom stands in for the browser.
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";

const { window } = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

const results = [];
for (const file of process.argv.slice(2)) {
    try {
        const { diagramType } = await mermaid.parse(readFileSync(file, "utf8"));
        results.push(`ok ${diagramType}`);
    } catch (err) {
        results.push(`error ${String(err.message ?? err).split("\n")[0]}`);
    }
}
process.stdout.write(JSON.stringify(results) + "\n");
