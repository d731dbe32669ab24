import * as path from "path";
import { buildSync } from "esbuild";
import { sampleGrid } from "../helpers/grids";
import { shot, useBrowser } from "./harness";

const env = useBrowser();

/** The simulated host, bundled for the browser, served in place of office.js. */
const officeSim = buildSync({
  entryPoints: [path.join(__dirname, "office-sim.ts")],
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  target: "es2020",
}).outputFiles[0].text;

describe("the task pane inside a simulated Excel", () => {
  test("Analyze writes the highlights and the generated sheets in four syncs (two to read, build and swap)", async () => {
    const context = await env.browser().newContext({ locale: "th-TH", acceptDownloads: true });
    await context.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ body: officeSim, contentType: "text/javascript" }),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript(
      (grid) => ((window as unknown as { __ITA_GRID__: unknown }).__ITA_GRID__ = grid),
      await sampleGrid(),
    );
    await page.goto(`${env.url()}/taskpane.html`);
    // Inside Excel there is no file picker, and the Excel-only actions are there.
    await page.getByRole("button", { name: "ล้างไฮไลต์" }).waitFor();
    expect(await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").count()).toBe(0);

    // The pane reads the workbook's sheet list as it opens (one sync); on a busy machine that may come
    // after the buttons show, so it is waited for before Analyze's syncs are counted.
    await page.waitForFunction(() => (window as unknown as { __fake: { syncs: number } }).__fake.syncs >= 1);
    await page.evaluate(() => ((window as unknown as { __fake: { syncs: number } }).__fake.syncs = 0));
    await page.getByRole("button", { name: /^วิเคราะห์$/ }).click();
    await page.getByRole("region", { name: "ผลการวิเคราะห์" }).waitFor();
    await shot(page, "excel-mode-sample");

    const state = await page.evaluate(() => {
      const wb = (window as unknown as { __fake: import("../helpers/fakeExcel").FakeWorkbook }).__fake;
      return {
        syncs: wb.syncs,
        sheets: wb.sheets.map((s) => s.name),
        names: wb.names.map((n) => n.name),
        highlights: wb.sheets.map((s) => s.cfs.length),
        planTables: wb.sheets.find((s) => s.name === "แผนมาตรการ")!.tables.map((t) => t.name),
      };
    });
    expect(state.syncs).toBe(4);
    expect(state.sheets).toEqual([
      "ผลคะแนนรายตัวชี้วัด",
      "ผลคะแนนรายข้อ",
      "สรุปผล ITA",
      "วิเคราะห์ผล ITA",
      "แผนมาตรการ",
      "ติดตามผล",
      "หน่วยงาน",
      "กรอบการประเมิน",
      "ตรวจทาน",
    ]);
    expect(state.names).toEqual([
      "_ITA_Analyzer_summary",
      "_ITA_Analyzer_analysis",
      "_ITA_Analyzer_plan",
      "_ITA_Analyzer_followup",
      "_ITA_Analyzer_units",
      "_ITA_Analyzer_framework",
      "_ITA_Analyzer_review",
    ]);
    expect(state.highlights[0] + state.highlights[1]).toBeGreaterThan(20);
    expect(state.planTables).toEqual(["ITA_Plan"]);

    // A diagnostic's cell link selects that cell in the workbook.
    // (The same cell is linked from the review at the top too.)
    await page
      .getByRole("region", { name: "คำเตือนและข้อสังเกต" })
      .getByRole("button", { name: "ไปที่เซลล์ ผลคะแนนรายตัวชี้วัด!C12" })
      .click();
    await page.waitForFunction(
      () => (window as unknown as { __fake: { selected: string } }).__fake.selected === "ผลคะแนนรายตัวชี้วัด!C12",
    );

    // Excel on the web lets the pane offer the measures document for download.
    const [doc] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "เอกสาร Word" }).click(),
    ]);
    expect(doc.suggestedFilename()).toBe("มาตรการ ITA 2568.docx");
    expect(errors).toEqual([]);
    await context.close();
  });
});
