// Preloaded (node -r) into a measured process: its peak resident memory on stderr as it exits.
process.on("exit", () => process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`));
