/**
 * The real `bin/ita-analyzer.js`, running the CLI built from the current sources — built into a
 * temporary folder (esbuild, a fraction of a second), so a test writes nothing into the project.
 */
import { spawnSync } from "child_process";
import { build } from "esbuild";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

/** A user with no rights of its own, for tests of permissions when the tests run as root. */
export const NOBODY = 65534;
export const isRoot = (): boolean => process.getuid?.() === 0;

/** Build the CLI into a new temporary folder; resolves to its `bin/ita-analyzer.js`. */
export async function buildCli(): Promise<string> {
  const built = mkdtempSync(path.join(tmpdir(), "ita-cli-build-"));
  // Readable by an unprivileged user too (the permission tests run the CLI as one).
  chmodSync(built, 0o755);
  const bin = path.join(built, "bin", "ita-analyzer.js");
  mkdirSync(path.join(built, "bin"));
  copyFileSync(path.join(ROOT, "bin", "ita-analyzer.js"), bin);
  copyFileSync(path.join(ROOT, "package.json"), path.join(built, "package.json"));
  symlinkSync(path.join(ROOT, "node_modules"), path.join(built, "node_modules"), "dir");
  await build({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile: path.join(built, "build", "cli", "main.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "silent",
  });
  return bin;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the command as `npx ita-analyzer` does; `uid`: as that user (only when the tests run as root). */
export function runCli(bin: string, args: string[], cwd: string, uid?: number): CliRun {
  const as = uid !== undefined && isRoot() ? { uid, gid: uid } : {};
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", ...as });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
