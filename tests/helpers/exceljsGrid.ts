/**
 * ExcelJS's reading of a workbook → the core's grid: the reference the streaming package reader
 * (src/adapters/xlsx/package/readPackage.ts) is tested against, and an independent reader of what
 * the tool writes. Not used by the program.
 */
import ExcelJS from "exceljs";
import { CellValue, SheetGrid, WorkbookGrid, isCellError } from "../../src/core/read/grid";
import { MarkedSheet, generatedSheetsOf } from "../../src/core/render/model";
import { fileKind } from "../../src/adapters/xlsx/fileKind";
import { InputError } from "../../src/core/i18n/messages";

/** Open workbook bytes with ExcelJS, with the program's messages for files it cannot read. */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const kind = fileKind(bytes);
  if (kind === "encrypted") throw new InputError("file.encrypted", { file: fileName });
  if (kind === "xls") throw new InputError("file.xls", { file: fileName });
  if (kind !== "zip") throw new InputError("file.unreadable", { file: fileName });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/**
 * ExcelJS workbook → the core's grid. Formulas give their cached result, rich text its plain
 * text, merged cells their value in the top-left cell only (as Excel itself reports them).
 */
export function readGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  const generated = generatedSheets(workbook);
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => {
    sheets.push(readSheet(ws, generated.get(ws.name)));
  });
  return { sheets };
}

/** Sheet name → key, for the sheets an earlier run wrote (marked by defined names). */
export function generatedSheets(workbook: ExcelJS.Workbook): Map<string, MarkedSheet> {
  const model = (workbook.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> }).model;
  return generatedSheetsOf((model ?? []).map((dn) => ({ name: dn.name, reference: dn.ranges?.[0] ?? "" })));
}

function readSheet(ws: ExcelJS.Worksheet, generated: MarkedSheet | undefined): SheetGrid {
  const values: CellValue[][] = [];
  const formats: Array<Array<string | null>> = [];
  let top = -1;
  let left = Number.MAX_SAFE_INTEGER;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const v = toCellValue(cell.value, cell.formula);
      if (v === null || v === "") return;
      if (top < 0) top = rowNumber - 1;
      left = Math.min(left, colNumber - 1);
      const r = rowNumber - 1 - top;
      while (values.length <= r) values.push([]);
      while (formats.length <= r) formats.push([]);
      values[r][colNumber - 1] = v;
      formats[r][colNumber - 1] = cell.numFmt ?? null;
    });
  });
  if (top < 0) return { name: ws.name, top: 0, left: 0, values: [], generated };
  // Shift every row so that values[r][0] is column `left`; fill holes with null.
  const shift = <T>(rows: T[][], empty: T) =>
    rows.map((row) => {
      const out: T[] = [];
      for (let c = left; c < row.length; c++) out.push(row[c] ?? empty);
      return out;
    });
  return { name: ws.name, top, left, values: shift(values, null), formats: shift(formats, null), generated };
}

/** A cell's value as the grid holds it; a formula saved without its value keeps the formula (`formula`: the cell's, shared ones translated). */
export function toCellValue(v: ExcelJS.CellValue, formula?: string): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return formula ? { formula: `=${formula.replace(/^=/, "")}` } : null;
      if (typeof result === "object" && "error" in result) return { error: String(result.error) };
      return result instanceof Date ? result.toISOString().slice(0, 10) : result;
    }
    if ("text" in v) return String(v.text);
  }
  return null;
}

/**
 * A grid written into a new ExcelJS workbook, each sheet at its place: an analyst's file made from
 * a generated layout. Error values are written as Excel errors, or left blank.
 */
export function workbookOfGrid(grid: WorkbookGrid, errors: "error" | "blank" = "error"): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || (isCellError(v) && errors === "blank")) return;
        ws.getCell(s.top + r + 1, s.left + c + 1).value = isCellError(v)
          ? { error: v.error as ExcelJS.CellErrorValue["error"] }
          : v;
      }),
    );
  }
  return wb;
}
