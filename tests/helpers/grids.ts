import * as path from "path";
import ExcelJS from "exceljs";
import { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/read/grid";

export { seedPastedWhole, seedTablesBySheet } from "./seedDocument";
import { readGrid } from "./exceljsGrid";

export const SAMPLE_FILE = path.join(__dirname, "..", "..", "examples", "ita-2567-sample.xlsx");

/** A sheet from rows of cells, as a paste would make it. */
export function sheet(name: string, rows: CellValue[][], top = 0, left = 0): SheetGrid {
  return { name, top, left, values: rows };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export async function sampleGrid(): Promise<WorkbookGrid> {
  return readGrid(await loadXlsx(SAMPLE_FILE));
}
