// Loads TypeScript programs the way Pulumi's Node.js language runtime does
// (@pulumi/pulumi/cmd/run): ts-node and typescript from the project when it
// has them, else the copies the Pulumi SDK vendors; the project's
// tsconfig.json when there is one; the same compiler defaults.
import * as fs from "fs";
import * as path from "path";

interface TsUtils {
    typeScriptRequireStrings(): { typescriptRequire: string; tsnodeRequire: string };
    loadTypeScriptCompilerOptions(tsConfigPath: string): Record<string, unknown>;
}

const registered = Symbol.for("ts-node.register.instance");

/**
 * Registers ts-node for a TypeScript program in `projectDir`. Transpile-only
 * unless `typecheck` (Pulumi type-checks by default; PULUMI_NODEJS_TRANSPILE_ONLY
 * and tsconfig's noCheck are honoured as Pulumi honours them).
 */
export function registerTypeScript(programFile: string, projectDir: string, typecheck: boolean): void {
    if (!/\.[cm]?tsx?$/.test(programFile) || (process as unknown as Record<symbol, unknown>)[registered]) {
        return;
    }
    // The SDK's own helper (internal to it): which typescript and ts-node it would load.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tsutils = require("@pulumi/pulumi/tsutils") as TsUtils;
    const tsConfigPath = path.resolve(projectDir, process.env.PULUMI_NODEJS_TSCONFIG_PATH ?? "tsconfig.json");
    const compilerOptions = tsutils.loadTypeScriptCompilerOptions(tsConfigPath);
    const transpileEnv = process.env.PULUMI_NODEJS_TRANSPILE_ONLY;
    const transpileOnly =
        transpileEnv !== undefined ? transpileEnv === "true" : !typecheck || compilerOptions.noCheck === true;
    const { typescriptRequire, tsnodeRequire } = tsutils.typeScriptRequireStrings();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require(typescriptRequire) as { version: string };
    const [major, minor] = ts.version.split(".").map(Number);
    const nodeNext = major > 4 || (major === 4 && minor >= 7);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tsNode = require(tsnodeRequire) as { register(options: object): void };
    tsNode.register({
        compiler: typescriptRequire,
        transpileOnly,
        project: tsConfigPath,
        skipProject: !fs.existsSync(tsConfigPath),
        compilerOptions: {
            target: "ES2020",
            module: nodeNext ? "nodenext" : "commonjs",
            moduleResolution: nodeNext ? "nodenext" : "node",
            sourceMap: "true",
            ...compilerOptions,
        },
    });
}
