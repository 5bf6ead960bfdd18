/** Renders rows as an aligned text table with a header rule, for terminals. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells: readonly string[]) =>
        cells
            .map((c, i) => (c ?? "").padEnd(widths[i]))
            .join(" | ")
            .trimEnd();
    return [line(header), widths.map((w) => "-".repeat(w)).join("-+-"), ...rows.map(line)].join("\n");
}
