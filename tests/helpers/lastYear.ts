/**
 * Two years of one agency: a score sheet of a year (every item, under its indicator heading, as the
 * score template lays them out), last year's workbook analysed by the real pipeline, and what an
 * analyst types into its follow-up sheet during the year.
 */
import ExcelJS from "exceljs";
import { analyseXlsx, openPackage, readWorkbookGrid } from "../../src/adapters/xlsx/xlsxFile";
import type { WorkbookOptions } from "../../src/core/analyseWorkbook";
import { getFramework } from "../../src/core/framework";
import { CellValue, WorkbookGrid } from "../../src/core/read/grid";
import { workbookOfGrid } from "./exceljsGrid";

/** An item's score: one, EIT's two, or none (a blank cell). */
export type Score = number | [number, number] | null;

/**
 * A year's score sheet, titled with its year: every item of the year's framework at a good score
 * (95, EIT 95 / 95, OIT 100) but those given.
 */
export function scoreGrid(year: number, scores: Record<string, Score>): WorkbookGrid {
  const fw = getFramework(year);
  const rows: CellValue[][] = [[`ผลคะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${year}`], []];
  for (const d of fw.indicators) {
    const dual = fw.tools.find((t) => t.id === d.tool)!.scoring === "dual";
    rows.push(dual ? ["ข้อ", "คำถาม", "EIT Public", "EIT Survey"] : ["ข้อ", "คำถาม", "คะแนน"]);
    rows.push([`ตัวชี้วัดที่ ${d.number} ${d.th}`]);
    for (const it of fw.items.filter((i) => i.indicator === d.number)) {
      const s = it.code in scores ? scores[it.code] : dual ? [95, 95] : d.tool === "OIT" ? 100 : 95;
      rows.push(s === null ? [it.code, it.th] : Array.isArray(s) ? [it.code, it.th, ...s] : [it.code, it.th, s]);
    }
    rows.push([]);
  }
  return { sheets: [{ name: `ITA ${year}`, top: 0, left: 0, values: rows }] };
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function workbookBytes(grid: WorkbookGrid): Promise<Uint8Array> {
  return bytesOf(workbookOfGrid(grid));
}

/** A year's scores analysed as the CLI would: the output workbook's bytes. */
export async function analysed(grid: WorkbookGrid, options: WorkbookOptions = {}): Promise<Uint8Array> {
  return (await analyseXlsx(await workbookBytes(grid), "ita.xlsx", options)).output;
}

export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** What the monitoring unit records of a measure: its status at 6 and 12 months. */
export interface Recorded {
  status6: string;
  status12: string;
}

/**
 * Types the statuses into the follow-up sheet (named `sheet`) as an analyst would: in the record's
 * row of each measure whose title starts with a key, under the status columns found by their headers.
 */
export function typeFollowUp(wb: ExcelJS.Workbook, entries: Record<string, Recorded>, sheet = "ติดตามผล"): void {
  const ws = wb.getWorksheet(sheet)!;
  let cols: { measure: number; s6: number; s12: number } | null = null;
  ws.eachRow((row) => {
    const texts = Array.from(row.values as unknown[], (v) => (typeof v === "string" ? v : ""));
    const at = (prefix: string) => texts.findIndex((t) => t.startsWith(prefix));
    if (!cols && at("สถานะ รอบ 6 เดือน") > 0) {
      cols = { measure: at("มาตรการ/โครงการ/กิจกรรม"), s6: at("สถานะ รอบ 6 เดือน"), s12: at("สถานะ รอบ 12 เดือน") };
      return;
    }
    if (!cols) return;
    const title = texts[cols.measure] ?? "";
    const key = Object.keys(entries).find((k) => title.startsWith(k));
    if (!key) return;
    row.getCell(cols.s6).value = entries[key].status6;
    row.getCell(cols.s12).value = entries[key].status12;
  });
}

/** A workbook's grid as the file adapter reads it (generated sheets marked), named as typed. */
export async function gridOf(bytes: Uint8Array, name = "last-year.xlsx"): Promise<WorkbookGrid> {
  return { ...(await readWorkbookGrid(openPackage(bytes, name), name)), name };
}
