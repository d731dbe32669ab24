import { execFileSync } from "child_process";
import { mkdirSync, rmSync } from "fs";
import * as path from "path";

/** Build the production add-in once for every end-to-end test. */
export default function globalSetup(): void {
  const root = path.join(__dirname, "..", "..");
  const out = path.join(root, "test-artifacts", "e2e-dist");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out],
    {
      cwd: root,
      stdio: "pipe",
    },
  );
  process.env.ITA_E2E_DIST = out;
}
