// The plugin Pulumi starts for a program in another language: serves the
// package's components over the provider protocol on 127.0.0.1, the engine's
// address as its argument. Exports nothing, so the language host runs it as
// it is rather than inferring a schema from the TypeScript sources.
require("alicloud-multi-account-network/plugin").main(process.argv.slice(2));
