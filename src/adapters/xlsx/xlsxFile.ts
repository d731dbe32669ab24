import ExcelJS from "exceljs";
import { InputError } from "../../core/i18n/messages";
import { WorkbookOptions, WorkbookAnalysis, analyseWorkbook } from "../../core/analyseWorkbook";
import { applyPlan } from "./applyPlan";
import { fileKind } from "./fileKind";
import { addCharts } from "./charts";
import { readGrid } from "./readGrid";

/** Open workbook bytes, or fail with a message the analyst can act on. */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const kind = fileKind(bytes);
  if (kind === "encrypted") throw new InputError("file.encrypted", { file: fileName });
  if (kind === "xls") throw new InputError("file.xls", { file: fileName });
  if (kind !== "zip") throw new InputError("file.unreadable", { file: fileName });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError("file.unreadable", { file: fileName, detail: e instanceof Error ? e.message : String(e) });
  }
  return workbook;
}

export interface XlsxAnalysis extends WorkbookAnalysis {
  /** The analysed workbook: the input's sheets unchanged but for highlights, plus the generated sheets. */
  output: Uint8Array;
}

/** The whole job on an .xlsx file's bytes, in Node or in the browser. */
export async function analyseXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: WorkbookOptions = {},
): Promise<XlsxAnalysis> {
  const workbook = await loadWorkbook(bytes, fileName);
  let result: WorkbookAnalysis;
  try {
    result = analyseWorkbook(readGrid(workbook), options);
  } catch (e) {
    if (e instanceof InputError && e.code === "workbook.noScores") throw new InputError(e.code, { file: fileName });
    throw e;
  }
  applyPlan(workbook, result.plan);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const output = await addCharts(written, result.plan.sheets);
  return { ...result, output };
}
