import * as CFB from "cfb";
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { unzipSync } from "fflate";
import { writeBigWorkbook } from "../../scripts/make-big-workbook";
import { BrowserContext, Page } from "playwright-core";
import { analyseXlsx } from "../../src/adapters/xlsx/xlsxFile";

import { workbookOfGrid } from "../helpers/exceljsGrid";
import { SAMPLE_FILE } from "../helpers/grids";
import { randomWorkbook } from "../helpers/layouts";
import { fw } from "../helpers/pipeline";
import { cellMap, highlightedCells } from "../helpers/xlsxCells";
import { searchable } from "../helpers/docxText";
import { ARTIFACTS, openFilePage, routeRealOfficeJs, shot, useBrowser } from "./harness";

const env = useBrowser();

async function openPane(): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
  const opened = await openFilePage(env);
  // The real office.js loaded and reported no host: that is how the page knew to switch to file mode.
  expect(await opened.page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
  return opened;
}

/** Choose a file, Analyze, Download: the downloaded workbook's path. */
async function analyseInPage(page: Page, file: string, name: string): Promise<string> {
  await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").setInputFiles(file);
  await page.getByText(`ไฟล์ที่เลือก: ${path.basename(file)}`).waitFor();
  await page.getByRole("button", { name: /วิเคราะห์/ }).click();
  await page.getByRole("region", { name: "ผลการวิเคราะห์" }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "ดาวน์โหลด" }).click(),
  ]);
  const saved = path.join(ARTIFACTS, name);
  await download.saveAs(saved);
  expect(download.suggestedFilename()).toBe(`${path.basename(file, ".xlsx")}-analysis.xlsx`);
  return saved;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** An OLE compound file holding these streams, as Office writes them. */
function oleFile(...streams: string[]): Buffer {
  const cfb = CFB.utils.cfb_new();
  for (const name of streams) CFB.utils.cfb_add(cfb, `/${name}`, new Uint8Array(600).fill(7));
  return CFB.write(cfb, { type: "buffer" }) as Buffer;
}

describe("the task pane opened outside Office", () => {
  test("analyses the sample in the browser and downloads it with its highlights and sheets", async () => {
    const { context, page, outside } = await openPane();
    const saved = await analyseInPage(page, SAMPLE_FILE, "sample-analysis.xlsx");
    await page.getByText("84.33").first().waitFor();
    expect(await page.getByRole("region", { name: "ผลการวิเคราะห์" }).textContent()).toContain("ไม่ผ่าน");
    await shot(page, "file-mode-sample");

    const out = await open(saved);
    expect(out.worksheets.map((w) => w.name)).toEqual([
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
    // The same core in Node says which cells are below 85: the page must have marked exactly those.
    const expected = await analyseXlsx(new Uint8Array(readFileSync(SAMPLE_FILE)), "sample.xlsx");
    const input = await open(SAMPLE_FILE);
    for (const ws of input.worksheets) {
      const low = expected.analysis.scoreCells
        .filter((c) => c.sheet === ws.name && c.low)
        .map((c) => c.ref.split("!")[1]);
      expect(highlightedCells(out.getWorksheet(ws.name)!)).toEqual(new Set(low));
      expect(cellMap(out.getWorksheet(ws.name)!)).toEqual(cellMap(ws));
    }
    // The measures document, written in the page too (its writer loads on first use).
    const [doc] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "เอกสาร Word" }).click(),
    ]);
    expect(doc.suggestedFilename()).toBe("ita-2567-sample-measures.docx");
    const docFile = path.join(ARTIFACTS, "file-mode-measures.docx");
    await doc.saveAs(docFile);
    const xml = searchable(
      await (await JSZip.loadAsync(readFileSync(docFile))).file("word/document.xml")!.async("string"),
    );
    expect(xml).toContain("ได้ผลคะแนนการประเมิน ITA ๘๔.๓๓ คะแนน");
    await page.getByText("ดาวน์โหลดเอกสาร ita-2567-sample-measures.docx แล้ว", { exact: false }).waitFor();

    // Nothing left the computer: every request went to the local server or was routed.
    expect(outside).toEqual([]);
    await context.close();
  });

  test("workbooks it has never seen: every score below 85 highlighted, none at or above, no input cell changed", async () => {
    const { context, page } = await openPane();
    for (const seed of [11, 2024, 777777]) {
      const { grid } = randomWorkbook(fw, { seed, content: "both" });
      const wb = workbookOfGrid(grid, "blank");
      const file = path.join(ARTIFACTS, `unseen-${seed}.xlsx`);
      writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
      const saved = await analyseInPage(page, file, `unseen-${seed}-analysis.xlsx`);
      const out = await open(saved);
      const input = await open(file);
      const ws = input.worksheets[0];
      const after = out.getWorksheet(ws.name)!;
      expect(cellMap(after)).toEqual(cellMap(ws));
      const marked = highlightedCells(after);
      // Every cell that holds a score below 85 is marked; none that holds 85 or more.
      const all = (await analyseXlsx(new Uint8Array(readFileSync(file)), "x.xlsx")).analysis.scoreCells;
      for (const c of all) expect([c.ref, marked.has(c.ref.split("!")[1])]).toEqual([c.ref, c.low]);
      expect(marked.size).toBe(new Set(all.filter((c) => c.low).map((c) => c.ref)).size);
    }
    await shot(page, "file-mode-unseen");
    await context.close();
  });

  test("bad files give a clear message in the pane, not a broken page", async () => {
    const { context, page } = await openPane();
    const notXlsx = path.join(ARTIFACTS, "notes.xlsx");
    writeFileSync(notXlsx, "ข้อ,คำถาม,คะแนน\n");
    await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").setInputFiles(notXlsx);
    await page.getByText(/เปิดไฟล์ notes\.xlsx ไม่ได้/).waitFor();
    const locked = path.join(ARTIFACTS, "locked.xlsx");
    writeFileSync(locked, oleFile("EncryptionInfo", "EncryptedPackage"));
    await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").setInputFiles(locked);
    await page.getByText(/มีรหัสผ่าน/).waitFor();
    const old = path.join(ARTIFACTS, "old.xls");
    writeFileSync(old, oleFile("Workbook"));
    await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").setInputFiles(old);
    await page.getByText(/บันทึกเป็น \.xlsx/).waitFor();
    await page
      .getByLabel("ไฟล์คะแนน ITA (.xlsx)")
      .setInputFiles(path.join(__dirname, "..", "fixtures", "no-scores.xlsx"));
    await page.getByRole("button", { name: /วิเคราะห์/ }).click();
    await page.getByText(/ไม่พบตารางคะแนน ITA ใน no-scores\.xlsx/).waitFor();
    await shot(page, "file-mode-bad-file");
    // The page still works: the sample analyses after the failures.
    await analyseInPage(page, SAMPLE_FILE, "after-errors.xlsx");
    await context.close();
  });

  test("English, with accessible names for people and screen readers", async () => {
    const context = await env.browser().newContext({ acceptDownloads: true, locale: "en-US" });
    await routeRealOfficeJs(context);
    const page = await context.newPage();
    await page.goto(`${env.url()}/taskpane.html`);
    await page.getByLabel("ITA score file (.xlsx)").setInputFiles(SAMPLE_FILE);
    await page.getByRole("button", { name: /Analyze/ }).click();
    await page.getByRole("region", { name: "Results" }).waitFor();
    await page.getByRole("button", { name: "Download" }).waitFor();
    await shot(page, "file-mode-english");
    await context.close();
  });

  test("a 10 MB workbook is analysed in the page, with its progress shown, and nothing of it lost", async () => {
    const file = path.join(ARTIFACTS, "big-10mb.xlsx");
    await writeBigWorkbook(file, 10);
    const { context, page } = await openPane();
    await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").setInputFiles(file);
    await page.getByText("ไฟล์ที่เลือก: big-10mb.xlsx").waitFor();
    const seen: string[] = [];
    const watch = setInterval(() => {
      void page
        .getByRole("status")
        .textContent()
        .then((t) => t && seen.push(t))
        .catch(() => undefined);
    }, 100);
    await page.getByRole("button", { name: /วิเคราะห์/ }).click();
    await page.getByRole("region", { name: "ผลการวิเคราะห์" }).waitFor({ timeout: 120_000 });
    clearInterval(watch);
    // The reading step counted up on the way.
    const shares = seen.flatMap((t) => [...t.matchAll(/กำลังอ่านตารางคะแนน… (\d+)%/g)].map((m) => Number(m[1])));
    expect(shares.length).toBeGreaterThan(1);
    expect(new Set(shares).size).toBeGreaterThan(1);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลด" }).click(),
    ]);
    const saved = path.join(ARTIFACTS, "big-10mb-analysis.xlsx");
    await download.saveAs(saved);
    // Every part of the input is in the output; the raw data sheet, untouched, byte for byte.
    const before = unzipSync(new Uint8Array(readFileSync(file)));
    const after = unzipSync(new Uint8Array(readFileSync(saved)));
    for (const name of Object.keys(before)) expect([name, name in after]).toEqual([name, true]);
    const raw = Object.keys(before)
      .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .pop()!;
    expect(Buffer.compare(Buffer.from(before[raw]), Buffer.from(after[raw]))).toBe(0);
    await context.close();
  }, 240_000);
});
