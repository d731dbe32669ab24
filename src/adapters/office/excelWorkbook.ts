/**
 * The Office.js adapter's actions: the only code that touches `Excel.*`, with `read.ts` (the
 * workbook's cells, in blocks), `commands.ts` (a plan as commands) and `write.ts` (write, then
 * swap). Analyze reads in two batches (more for a big sheet), runs the pure core, and writes in two:
 * four `context.sync()` calls for an ordinary workbook.
 */
import { WorkbookOptions, WorkbookAnalysis, analyseWorkbook } from "../../core/analyseWorkbook";
import { InputError } from "../../core/i18n/messages";
import { WorkbookGrid, parseCellRef } from "../../core/read/grid";
import { GeneratedSheetKey, LEFTOVER, SheetPlan, Style, uniqueSheetName } from "../../core/render/model";
import { ensureStyles, fillSheet } from "./commands";
import { OfficeActionError, REFUSED, fromOfficeError, unsupportedExcel } from "./officeErrors";
import { ReadOptions, readSheetList, readWorkbook } from "./read";
import { writePlan } from "./write";

export { BLOCK_CELLS, MAX_READ_CELLS, firstBlock } from "./read";
export { styleName } from "./commands";

/**
 * The requirement set every action needs, declared in the manifest too: page layout and page
 * breaks (ExcelApi 1.9), drop-downs and the workbook's read-only flag (1.8), blocks of cells by
 * index, styles and the workbook's protection (1.7).
 */
export const MIN_EXCEL_API = "1.9";

export type Step = "read" | "analyse" | "write" | "done";

export interface SheetInfo {
  name: string;
  /** What ITA Analyzer wrote it as: a generated sheet's key, a leftover of a run that stopped, or null. */
  generated: GeneratedSheetKey | typeof LEFTOVER | null;
}

function checkRequirements(): void {
  if (!Office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API)) throw unsupportedExcel(MIN_EXCEL_API);
}

/** A batch: Office errors become clear messages; a cancel is said as one. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    if (signal?.aborted && !(e instanceof OfficeActionError)) throw new InputError("analysis.cancelled");
    throw fromOfficeError(e);
  }
}

/** The workbook's sheets, marking the ones ITA Analyzer wrote (one sync). */
export async function listSheets(): Promise<SheetInfo[]> {
  return run(async (context) =>
    (await readSheetList(context)).map((s) => ({ name: s.name, generated: s.marked ?? null })),
  );
}

/** Read the workbook's cells as Analyze does, without analysing or writing anything. */
export async function readWorkbookGrid(options: ReadOptions = {}): Promise<WorkbookGrid> {
  checkRequirements();
  return run(async (context) => (await readWorkbook(context, { ...options, values: true })).grid, options.signal);
}

/**
 * Read the workbook, analyse it, write highlights and the generated sheets. Syncs:
 * 4 + ceil(rest / BLOCK_CELLS) — batch 1, batch 2, the blocks, build, swap — where rest is the cells
 * of the used ranges read that lie outside their first blocks (`firstBlock`); four for an ordinary
 * workbook (more only if a used range is too big to be one table, or Excel refuses a block as over
 * 5 MB: see `readWorkbook`). `onStep("read", fraction)` reports the share of the used ranges' cells
 * read, after each sync that read some. `signal` cancels the reading; once writing starts, the run
 * finishes (it is two syncs).
 */
export async function analyzeWorkbook(
  options: WorkbookOptions,
  onStep: (s: Step, fraction?: number) => void = () => {},
  signal?: AbortSignal,
): Promise<WorkbookAnalysis> {
  checkRequirements();
  return run(async (context) => {
    onStep("read");
    const state = await readWorkbook(context, {
      only: options.sheets,
      values: true,
      onProgress: (fraction) => onStep("read", fraction),
      signal,
    });
    signal?.throwIfAborted();
    onStep("analyse");
    const result = analyseWorkbook(state.grid, options);
    signal?.throwIfAborted();
    onStep("write");
    await writePlan(context, state, result.plan);
    onStep("done");
    return result;
  }, signal);
}

/** Remove ITA Analyzer's highlights from every sheet (formats only). Returns how many rules went. */
export async function clearHighlights(): Promise<number> {
  checkRequirements();
  return run(async (context) => {
    const state = await readWorkbook(context, { values: false });
    const locked = state.sheets.filter((s) => s.protected && state.ourFormats.some((f) => f.sheet === s.name));
    if (state.readOnly) throw REFUSED.readOnly();
    if (locked.length) throw REFUSED.sheets(locked.map((s) => s.name));
    for (const { format } of state.ourFormats) format.delete();
    await context.sync();
    return state.ourFormats.length;
  });
}

/** Add a sheet (never replacing one) and write a plan's sheet into it: used by the score template. */
export async function insertSheet(sheet: SheetPlan, styles: Record<string, Style>): Promise<string> {
  checkRequirements();
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const stylesCol = context.workbook.styles.load("items/name");
    const protection = context.workbook.protection.load("protected");
    const workbook = context.workbook.load("readOnly");
    await context.sync();
    if (workbook.readOnly) throw REFUSED.readOnly();
    if (protection.protected) throw REFUSED.structure();
    const name = uniqueSheetName(sheet.name, new Set(sheets.items.map((s) => s.name.toLowerCase())));
    ensureStyles(context, new Set(stylesCol.items.map((s) => s.name)), styles);
    const ws = context.workbook.worksheets.add(name);
    fillSheet(ws, { ...sheet, name });
    ws.activate();
    await context.sync();
    return name;
  });
}

/** Select a cell named "Sheet!C5" (from a diagnostic). */
export async function selectCell(ref: string): Promise<void> {
  const at = parseCellRef(ref);
  if (!at) throw new Error(`Not a cell reference: ${ref}`);
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(at.sheet);
    ws.activate();
    ws.getRange(at.address).select();
    await context.sync();
  });
}
