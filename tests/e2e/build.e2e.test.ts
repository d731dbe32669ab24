import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { startupScripts } from "../../scripts/bundle";
import { DIST } from "./harness";

/** The production build that globalSetup made once for every end-to-end test (with ADDIN_URL set). */
const out = DIST;

describe("npm run build", () => {
  test("produces the pages, the manifest and the icons", () => {
    const files = readdirSync(out);
    for (const f of ["taskpane.html", "commands.html", "message.html", "manifest.xml", "assets"])
      expect(files).toContain(f);
    expect(readdirSync(path.join(out, "assets")).sort()).toEqual([
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
    ]);
    expect(startupScripts(out, "commands.html")).toHaveLength(1);
  });

  test("the built manifest points at the production host, never at localhost", () => {
    const manifest = readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://addin.example.go.th/ita/taskpane.html"/>');
    expect(manifest).toContain("<AppDomain>https://addin.example.go.th</AppDomain>");
  });

  test("the task pane's start-up scripts fit in 90 KB gzipped (issue 23), with no IE polyfills", () => {
    const scripts = startupScripts(out, "taskpane.html");
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.map((s) => readFileSync(path.join(out, s)));
    const gz = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    expect(gz).toBeLessThanOrEqual(90 * 1024);
    for (const b of bytes) expect(b.toString()).not.toMatch(/core-js|regenerator-runtime|es6-promise/);
    // The core (parser, framework data) is not in the start-up scripts: it loads on first use.
    for (const b of bytes) expect(b.toString()).not.toContain("การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่");
    // Nor are the parts shown later: the results' and the batch's strings, the message bars.
    for (const b of bytes)
      expect(b.toString()).not.toMatch(/ตรวจทานก่อนลงนาม|เส้นทางสู่ค่าเป้าหมาย|Download roll-up|fui-MessageBar/);
  });
});
