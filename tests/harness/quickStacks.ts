// The Pulumi SDK records a stack trace for every promise it makes (for its
// leak report). Under ts-node each of those traces is source-mapped frame by
// frame, which is most of what a test spends under the mock engine. Traces
// taken there are formatted plainly; every other error keeps its mapped,
// TypeScript stack.
const mapped = Error.prepareStackTrace;

Error.prepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) =>
    frames[0]?.getFileName()?.endsWith("/@pulumi/pulumi/runtime/debuggable.js") || !mapped
        ? `${error}\n${frames.map((f) => `    at ${f}`).join("\n")}`
        : mapped(error, frames);
