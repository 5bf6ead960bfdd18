// What a user gets from `npm install alicloud-multi-account-network`: the
// tarball `npm pack` makes, installed into a fresh consumer project from the
// local npm cache, on a Node.js binary of the user's major version. The
// package test and the bench both install it this way.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PACKAGE_ROOT } from "../../sdk/src/plan/programs";

export function npm(args: string[], cwd: string): string {
    return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * A Node.js binary of a major version, from npm's `node-<platform>-<arch>`
 * package (the binary Node.js publishes, in a registry package), installed
 * once per machine beside the npm cache.
 */
export function nodeBinary(major: number): string {
    const dir = path.join(os.tmpdir(), "alicloud-multi-account-network-toolchains", `node${major}`);
    const pkg = `node-${process.platform}-${process.arch}`;
    const binary = path.join(dir, "node_modules", pkg, "bin", "node");
    if (!fs.existsSync(binary)) {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(
            path.join(dir, "package.json"),
            JSON.stringify({ name: `node${major}`, private: true }),
        );
        npm(["install", "--prefer-offline", "--no-audit", "--no-fund", `${pkg}@${major}`], dir);
    }
    return binary;
}

/** Versions of the SDKs and TypeScript a consumer installs. */
export type ConsumerVersions = Record<"@pulumi/pulumi" | "@pulumi/alicloud" | "typescript", string>;

/** What the user's toolchain today installs: the latest SDKs and TypeScript 6. */
export const LATEST: ConsumerVersions = {
    "@pulumi/pulumi": "latest",
    "@pulumi/alicloud": "latest",
    typescript: "^6",
};

export interface Consumer {
    /** The consumer project's directory. */
    readonly dir: string;
    /** The installed package's directory in its node_modules. */
    readonly installed: string;
    /** The files the tarball holds, sorted. */
    readonly files: string[];
}

/**
 * Packs the package (already built: packing must not build again), copies
 * the project `template` (a directory of the repository; its package.json,
 * if it has none, a private one) and installs the tarball into it with
 * `versions`.
 */
export function installConsumer(template: string, versions: ConsumerVersions): Consumer {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "consumer-"));
    const packed = JSON.parse(
        npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], PACKAGE_ROOT),
    ) as { filename: string; files: { path: string }[] }[];
    const dir = path.join(work, "consumer");
    fs.cpSync(path.join(PACKAGE_ROOT, template), dir, { recursive: true });
    const manifestFile = path.join(dir, "package.json");
    const manifest = fs.existsSync(manifestFile)
        ? JSON.parse(fs.readFileSync(manifestFile, "utf8"))
        : { name: "consumer", private: true };
    const { typescript, ...sdks } = versions;
    manifest.dependencies = {
        "alicloud-multi-account-network": `file:${path.join(work, packed[0].filename)}`,
        ...sdks,
    };
    manifest.devDependencies = { typescript };
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    npm(["install", "--prefer-offline", "--no-audit", "--no-fund"], dir);
    return {
        dir,
        installed: path.join(dir, "node_modules", "alicloud-multi-account-network"),
        files: packed[0].files.map((f) => f.path).sort(),
    };
}
