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
    // A production host of its own, so the build test can check the manifest points there.
    { cwd: root, stdio: "pipe", env: { ...process.env, ADDIN_URL: "https://addin.example.go.th/ita/" } },
  );
  process.env.ITA_E2E_DIST = out;
}
