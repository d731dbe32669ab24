import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { readGrid } from "../../src/adapters/xlsx/readGrid";

export const SEED_FILE = path.join(__dirname, "..", "..", "..", "shared", "seed", "000_a944f16e734f7851.txt");
export const SAMPLE_FILE = path.join(__dirname, "..", "..", "examples", "ita-2567-sample.xlsx");

/** A sheet from rows of cells, as a paste would make it. */
export function sheet(name: string, rows: CellValue[][], top = 0, left = 0): SheetGrid {
  return { name, top, left, values: rows };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/**
 * The seed document pasted into one sheet the way a copy from Word lands: one line per row,
 * tab-separated cells in columns, markup and all. Prose lines land in column A.
 */
export function seedPastedWhole(): WorkbookGrid {
  const lines = readFileSync(SEED_FILE, "utf8").split("\n");
  const rows: CellValue[][] = lines.map((l) =>
    l.trim() === "" ? [] : l.split("\t").map((c) => (c === "" ? null : c)),
  );
  return workbook(sheet("เอกสาร", rows));
}

/** Only the seed's tables (its tab-separated lines), each table in its own sheet. */
export function seedTablesBySheet(): WorkbookGrid {
  const lines = readFileSync(SEED_FILE, "utf8").split("\n");
  const sheets: SheetGrid[] = [];
  let current: CellValue[][] = [];
  const flush = () => {
    if (current.length) sheets.push(sheet(`ตาราง${sheets.length + 1}`, current));
    current = [];
  };
  for (const l of lines) {
    if (l.includes("\t")) current.push(l.split("\t").map((c) => (c === "" ? null : c)));
    else if (l.trim() !== "") flush();
  }
  flush();
  return workbook(...sheets);
}

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export async function sampleGrid(): Promise<WorkbookGrid> {
  return readGrid(await loadXlsx(SAMPLE_FILE));
}
