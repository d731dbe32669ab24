/** @jest-environment jsdom */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { MIN_EXCEL_API } from "../src/adapters/office/excelWorkbook";

const ROOT = path.join(__dirname, "..");
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (tag: string) => [...doc.getElementsByTagName(tag)];
const one = (tag: string) => all(tag)[0];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  test("is well-formed: a task-pane add-in for Excel workbooks that reads and writes the document", () => {
    expect(all("parsererror")).toHaveLength(0);
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(
      all("Host")
        .filter((h) => h.parentElement?.parentElement === doc.documentElement)
        .map((h) => h.getAttribute("Name")),
    ).toEqual(["Workbook"]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("has its own GUID", () => {
    const id = one("Id").textContent;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143");
  });

  test("requires the ExcelApi the code checks for (1.9: Excel 2021 and later), and no more", () => {
    const sets = all("Set");
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([
      ["ExcelApi", MIN_EXCEL_API],
    ]);
    expect(MIN_EXCEL_API).toBe("1.9");
  });

  test("support and learn-more links go to the project's README, not to the pane", () => {
    expect(one("SupportUrl").getAttribute("DefaultValue")).toBe("https://github.com/ita-analyzer/ita-analyzer#support");
    const urls = Object.fromEntries(all("bt:Url").map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue")]));
    expect(urls["ITA.GetStarted.LearnMoreUrl"]).toBe("https://github.com/ita-analyzer/ita-analyzer#readme");
    // The README has the section the support link names.
    expect(readFileSync(path.join(ROOT, "README.md"), "utf8")).toMatch(/\n## Support\n/);
  });

  test("icons of 16, 32, 64 and 80 px exist in assets/ at those sizes", () => {
    const urls = [
      one("IconUrl"),
      one("HighResolutionIconUrl"),
      ...all("bt:Image").filter((e) => e.getAttribute("DefaultValue")),
    ].map((e) => e.getAttribute("DefaultValue")!);
    const files = [...new Set(urls.map((u) => u.replace("https://localhost:3000/", "")))].sort();
    expect(files).toEqual(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]);
    for (const f of files) {
      const n = Number(/icon-(\d+)/.exec(f)![1]);
      expect(pngSize(path.join(ROOT, f))).toEqual([n, n]);
    }
  });

  test("a Home-tab group with Analyze (runs without the pane) and a button that opens the pane", () => {
    const tab = all("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const controls = [...tab.getElementsByTagName("Control")];
    const actions = controls.map((c) => c.getElementsByTagName("Action")[0]);
    expect(actions.map((a) => a.getAttribute("xsi:type"))).toEqual(["ExecuteFunction", "ShowTaskpane"]);
    const fn = actions[0].getElementsByTagName("FunctionName")[0].textContent;
    // The command page registers the same function name.
    expect(readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8")).toContain(
      `Office.actions.associate("${fn}"`,
    );
    expect(one("FunctionFile").getAttribute("resid")).toBe("ITA.Commands.Url");
    const urls = Object.fromEntries(all("bt:Url").map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue")]));
    expect(urls["ITA.Commands.Url"]).toMatch(/\/commands\.html$/);
    expect(urls["ITA.Taskpane.Url"]).toMatch(/\/taskpane\.html$/);
  });

  test("every display string has a Thai override beside the English", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const override = one(tag).getElementsByTagName("Override")[0];
      expect(override.getAttribute("Locale")).toBe("th-TH");
      expect(override.getAttribute("Value")).toMatch(/[\u0e00-\u0e7f]/);
    }
    const strings = all("bt:String");
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const s of strings) {
      const th = [...s.getElementsByTagName("bt:Override")].find((o) => o.getAttribute("Locale") === "th-TH");
      expect([s.getAttribute("id"), Boolean(th)]).toEqual([s.getAttribute("id"), true]);
    }
    const analyze = strings.find((s) => s.getAttribute("id") === "ITA.Analyze.Label")!;
    expect(analyze.getAttribute("DefaultValue")).toBe("Analyze");
    expect(analyze.getElementsByTagName("bt:Override")[0].getAttribute("Value")).toBe("วิเคราะห์");
  });

  test("office-addin-manifest reads it without error", () => {
    const out = execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "office-addin-manifest", "cli.js"), "info", "manifest.xml"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(out).toContain("Id: 1dd1d2d4-c1b8-4fad-800e-fd98c3b32d71");
    expect(out).toContain("Hosts: Workbook");
  });
});
