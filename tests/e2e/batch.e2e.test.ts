/**
 * The web page with several files, in Chromium: a folder's workbooks chosen at once, Analyze all
 * with its progress, the agencies by overall score and the file that could not be read, the roll-up
 * and the zip downloaded and opened — each agency's workbook byte for byte what the batch core writes
 * in Node — the language switch, the width at 320 px, axe-core's checks, and nothing sent anywhere.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { Page } from "playwright-core";
import { AgencyOutput, analyseFile, rollupWorkbook } from "../../src/adapters/xlsx/batch";
import { Unread, outputNames } from "../../src/core/batch/files";
import { AGENCIES, agenciesSideBySide, agencyPerSheet, oneAgency } from "../helpers/batch";
import { SAMPLE_FILE } from "../helpers/grids";
import { searchable } from "../helpers/docxText";
import { ARTIFACTS, axeViolations, fitsWidth, openFilePage, shot, useBrowser } from "./harness";

const env = useBrowser();
const FOLDER = path.join(ARTIFACTS, "batch-input");
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/** The folder: an agency a sheet, two side by side, one alone (2568), the sample, and a broken file. */
beforeAll(async () => {
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(path.join(FOLDER, "อำเภอเมือง"), { recursive: true });
  writeFileSync(path.join(FOLDER, "per-sheet.xlsx"), await agencyPerSheet());
  writeFileSync(path.join(FOLDER, "อำเภอเมือง", "side.xlsx"), await agenciesSideBySide(AGENCIES[0], AGENCIES[1], 2569));
  writeFileSync(path.join(FOLDER, "one-2568.xlsx"), await oneAgency(AGENCIES[2], 2568));
  copyFileSync(SAMPLE_FILE, path.join(FOLDER, path.basename(SAMPLE_FILE)));
  writeFileSync(path.join(FOLDER, "broken.xlsx"), "not a workbook");
  // Found in a folder, these are not read: not a workbook, and Excel's lock file.
  writeFileSync(path.join(FOLDER, "notes.txt"), "not read");
  writeFileSync(path.join(FOLDER, "~$per-sheet.xlsx"), "lock");
});

/** The files chosen one by one, by their names (the page sorts them by name, as below). */
const CHOSEN = ["broken.xlsx", "ita-2567-sample.xlsx", "one-2568.xlsx", "per-sheet.xlsx", "อำเภอเมือง/side.xlsx"];

/** What the batch core writes in Node for the same files, in the same order, with the page's defaults. */
async function inNode(names: string[]): Promise<{ agencies: AgencyOutput[]; unread: Unread[] }> {
  const taken = outputNames();
  const agencies: AgencyOutput[] = [];
  const unread: Unread[] = [];
  for (const name of names) {
    const bytes = new Uint8Array(readFileSync(path.join(FOLDER, name)));
    const r = await analyseFile(
      { name: path.basename(name), bytes },
      { lang: "th" },
      { lang: "th", docx: false, taken },
    );
    agencies.push(...r.agencies);
    unread.push(...r.unread);
  }
  return { agencies, unread };
}

/** Every text the status region showed, from now on. */
async function watchStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      for (const s of document.querySelectorAll('[role="status"]')) if (s.textContent) seen.push(s.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

/** The rows of a table, as their cells' text. */
const rowsOf = (page: Page, name: string) =>
  page
    .getByRole("table", { name })
    .evaluate((t) =>
      Array.from((t as HTMLTableElement).tBodies[0].rows, (r) => Array.from(r.cells, (c) => c.textContent ?? "")),
    );

async function download(page: Page, button: string, name: string): Promise<Uint8Array> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  expect(d.suggestedFilename()).toBe(name);
  const saved = path.join(ARTIFACTS, `batch-${name}`);
  await d.saveAs(saved);
  return new Uint8Array(readFileSync(saved));
}

describe("the web page with a folder's workbooks", () => {
  test("analyses every agency, shows them by overall score with the file it could not read, and downloads the roll-up and the zip", async () => {
    const { context, page, outside } = await openFilePage(env, 1000);
    await page.getByLabel("ไฟล์คะแนน ITA (.xlsx)").setInputFiles(CHOSEN.map((n) => path.join(FOLDER, n)));
    await page.getByText("เลือก 5 ไฟล์: broken.xlsx, ita-2567-sample.xlsx, one-2568.xlsx, …").waitFor();
    await page.getByRole("checkbox", { name: "เขียนเอกสาร Word ของแต่ละหน่วยงานด้วย" }).check();
    const statuses = await watchStatus(page);
    await page.getByRole("button", { name: "วิเคราะห์ทั้งหมด (5 ไฟล์)" }).click();
    const results = page.getByRole("region", { name: "ผลการวิเคราะห์ทุกหน่วยงาน" });
    await results.waitFor({ timeout: 60_000 });
    // The progress counted the files and the agencies found on the way.
    const seen = await statuses();
    for (const [file, agencies] of [
      [1, 0],
      [3, 1],
      [4, 2],
      [5, 5],
    ])
      expect(seen.some((s) => s.includes(`ไฟล์ที่ ${file} จาก 5 · พบ ${agencies} หน่วยงาน`))).toBe(true);

    await results.getByText("7 หน่วยงานจาก 5 ไฟล์ · ต่ำกว่าค่าเป้าหมาย 3 หน่วยงาน").waitFor();
    const rows = await rowsOf(page, "หน่วยงาน เรียงตามคะแนนรวม");
    expect(rows.map((r) => Number(r[3]))).toEqual([89.5, 89.5, 87, 87, 84.33, 72, 72]);
    const [home, nongbua, health] = AGENCIES.map((a) => a.name);
    expect(rows).toEqual([
      [health, "one-2568.xlsx", "2568", "89.50", "ผ่านดี", "1"],
      [health, "per-sheet.xlsx › หน่วยงาน 3", "2567", "89.50", "ผ่านดี", "1"],
      [home, "per-sheet.xlsx › หน่วยงาน 1", "2567", "87", "ผ่าน", "4"],
      [home, "side.xlsx › ผลคะแนน", "2569", "87", "ผ่าน", "4"],
      ["ita-2567-sample", "ita-2567-sample.xlsx", "2567", "84.33", "ไม่ผ่าน", "8"],
      [nongbua, "per-sheet.xlsx › หน่วยงาน 2", "2567", "72", "ไม่ผ่าน", "7"],
      [nongbua, "side.xlsx › ผลคะแนน", "2569", "72", "ไม่ผ่าน", "7"],
    ]);
    const unread = await rowsOf(page, "ไฟล์ที่อ่านไม่ได้ (1)");
    expect(unread).toEqual([["broken.xlsx", expect.stringMatching(/^เปิดไฟล์ broken\.xlsx ไม่ได้/)]]);
    await shot(page, "batch-results");

    // The roll-up and the zip: each agency's workbook exactly what the batch core writes in Node.
    const node = await inNode(CHOSEN);
    const rollup = await download(page, "ดาวน์โหลดสรุปรวม", "ita-rollup.xlsx");
    expect(
      same(
        rollup,
        rollupWorkbook(
          node.agencies.map((a) => a.row),
          node.unread,
          "th",
        ),
      ),
    ).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ARTIFACTS, "batch-ita-rollup.xlsx"));
    const names: string[] = [];
    wb.worksheets[0].eachRow((r) => names.push(r.getCell(2).text));
    for (const a of [home, nongbua, health, "ita-2567-sample"]) expect(names).toContain(a);

    const zip = unzipSync(await download(page, "ดาวน์โหลดทั้งหมด (zip)", "ita-batch.zip"));
    expect(Object.keys(zip).sort()).toEqual(
      [
        ...node.agencies.flatMap((a) => [a.workbook.name, a.workbook.name.replace(/\.xlsx$/, ".docx")]),
        "ita-rollup.xlsx",
      ].sort(),
    );
    expect(node.agencies).toHaveLength(7);
    for (const a of node.agencies)
      expect([a.workbook.name, same(zip[a.workbook.name], a.workbook.bytes)]).toEqual([a.workbook.name, true]);
    expect(same(zip["ita-rollup.xlsx"], rollup)).toBe(true);
    // Each document is the measures document: the per-sheet workbook's first agency's names it.
    for (const a of node.agencies)
      expect(unzipSync(zip[a.workbook.name.replace(/\.xlsx$/, ".docx")])["word/document.xml"]).toBeDefined();
    const doc = unzipSync(zip[`${home}.docx`]);
    expect(searchable(new TextDecoder().decode(doc["word/document.xml"]))).toContain(
      `${home} ได้ผลคะแนนการประเมิน ITA ๘๗ คะแนน`,
    );

    // The language switch rewrites the view; the downloads stay in Thai, and the page says so.
    await page.getByRole("button", { name: "English" }).click();
    const en = page.getByRole("region", { name: "Results of every agency" });
    await en.getByText("7 agencies from 5 files · 3 below the target").waitFor();
    expect((await rowsOf(page, "Agencies by overall score")).map((r) => r[4])).toEqual([
      "Passed well",
      "Passed well",
      "Passed",
      "Passed",
      "Not passed",
      "Not passed",
      "Not passed",
    ]);
    expect((await rowsOf(page, "Files that could not be read (1)"))[0][1]).toMatch(/^Cannot open broken\.xlsx/);
    await en.getByText(/The downloads are written in Thai/).waitFor();
    await shot(page, "batch-results-english");

    // Nothing left the computer.
    expect(outside).toEqual([]);
    await context.close();
  }, 180_000);

  test("a folder chosen whole: its workbooks by their paths below it; at 320 px nothing scrolls sideways; axe finds nothing serious", async () => {
    const { context, page, outside } = await openFilePage(env, 320);
    await page.getByLabel("หรือเลือกทั้งโฟลเดอร์").setInputFiles(FOLDER);
    // notes.txt and the lock file are left out.
    await page.getByText("เลือก 5 ไฟล์: broken.xlsx, ita-2567-sample.xlsx, one-2568.xlsx, …").waitFor();
    await page.getByRole("button", { name: "วิเคราะห์ทั้งหมด (5 ไฟล์)" }).click();
    await page.getByRole("region", { name: "ผลการวิเคราะห์ทุกหน่วยงาน" }).waitFor({ timeout: 60_000 });
    const rows = await rowsOf(page, "หน่วยงาน เรียงตามคะแนนรวม");
    expect(rows.map((r) => r[1])).toContain("อำเภอเมือง/side.xlsx › ผลคะแนน");
    expect(rows.map((r) => Number(r[3]))).toEqual([89.5, 89.5, 87, 87, 84.33, 72, 72]);
    // The zip of a folder: the same workbooks, byte for byte.
    const node = await inNode(CHOSEN);
    const zip = unzipSync(await download(page, "ดาวน์โหลดทั้งหมด (zip)", "ita-batch.zip"));
    expect(Object.keys(zip)).toEqual([...node.agencies.map((a) => a.workbook.name), "ita-rollup.xlsx"]);
    for (const a of node.agencies) expect(same(zip[a.workbook.name], a.workbook.bytes)).toBe(true);

    for (const lang of ["th", "en"]) {
      if (lang === "en") await page.getByRole("button", { name: "English" }).click();
      expect(await fitsWidth(page)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `batch-320-${lang}`);
    }
    // The table scrolls inside its own box, which the keyboard can reach.
    const box = page.getByRole("region", { name: "Agencies by overall score" });
    expect(await box.getAttribute("tabindex")).toBe("0");
    expect(outside).toEqual([]);
    await context.close();
  }, 180_000);
});
