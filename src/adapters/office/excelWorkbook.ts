/**
 * The Office.js adapter: the only code that touches `Excel.*`. Each action reads in two batches,
 * runs the pure core, and writes in one batch: three `context.sync()` calls for an ordinary
 * workbook. A used range too big for one response (Excel on the web refuses over 5 MB) is read in
 * further blocks of at most `BLOCK_CELLS` cells, one sync each — see `readWorkbook`.
 */
import { WorkbookOptions, WorkbookAnalysis, analyseWorkbook } from "../../core/analyseWorkbook";
import {
  CellValue,
  SheetGrid,
  WorkbookGrid,
  cellAddress,
  columnName,
  formulaSheetName,
  parseCellRef,
} from "../../core/read/grid";
import {
  ChartPlan,
  GeneratedSheetKey,
  HighlightPlan,
  MARKER_PREFIX,
  SheetPlan,
  Style,
  WorkbookPlan,
  generatedSheetsOf,
  highlightGroups,
  markerKey,
  uniqueSheetName,
} from "../../core/render/model";
import {
  formatMatrix,
  rangeAddress,
  sheetBounds,
  styleRanges,
  valuesMatrix,
  verticalRuns,
} from "../../core/render/ranges";
import { isHighlightFont } from "../../core/render/styles";
import { fromOfficeError, unsupportedExcel } from "./officeErrors";

export const MIN_EXCEL_API = "1.7";

export type Step = "read" | "analyse" | "write" | "done";

export interface SheetInfo {
  name: string;
  generated: GeneratedSheetKey | null;
}

/** What the running Excel supports beyond the minimum, checked at run time. */
export interface Capabilities {
  /** Data validation drop-downs (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Page layout for printing (ExcelApi 1.9). */
  pageLayout: boolean;
}

export function capabilities(): Capabilities {
  const req = Office.context.requirements;
  if (!req.isSetSupported("ExcelApi", MIN_EXCEL_API)) throw unsupportedExcel(MIN_EXCEL_API);
  return { dataValidation: req.isSetSupported("ExcelApi", "1.8"), pageLayout: req.isSetSupported("ExcelApi", "1.9") };
}

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw fromOfficeError(e);
  }
}

/** Sheet name → generated key, from the defined names that mark ITA Analyzer's sheets. */
function markers(names: Excel.NamedItem[]): Map<string, GeneratedSheetKey> {
  return generatedSheetsOf(
    names.map((n) => ({ name: n.name, reference: typeof n.formula === "string" ? n.formula : "" })),
  );
}

/** The workbook's sheets, marking the ones ITA Analyzer wrote (one sync). */
export async function listSheets(): Promise<SheetInfo[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    const generated = markers(names.items);
    return sheets.items.map((ws) => ({ name: ws.name, generated: generated.get(ws.name) ?? null }));
  });
}

/** Does a conditional format carry ITA Analyzer's highlight? (Its font colour is our signature.) */
function isOurs(cf: Excel.ConditionalFormat): boolean {
  const ours = (f: { isNullObject: boolean; format: Excel.ConditionalRangeFormat }) =>
    !f.isNullObject && isHighlightFont(f.format.font.color);
  return ours(cf.cellValueOrNullObject) || ours(cf.customOrNullObject);
}

const CF_LOAD = "items/type,items/cellValueOrNullObject/format/font/color,items/customOrNullObject/format/font/color";

// ---------------------------------------------------------------------------------------------
// Reading. Excel on the web refuses a request or a response over 5 MB ("RequestPayloadSizeLimitExceeded",
// "ResponsePayloadSizeLimitExceeded"), so a big used range is read in blocks of cells.

/**
 * The cells (values and number formats) one sync reads. As JSON (UTF-8), a cell costs its value and
 * its format, each followed by a comma: a number 2–20 bytes ("85", "0.7868000000000001"), an empty
 * cell 3 (`"",`), text its length plus quotes — a Latin character 1 byte, a Thai one 3 — and a
 * format 10 ("General") to about 30 ("0.00%" 8). At 50,000 cells, 5 MB leaves 100 bytes a cell:
 * every cell of a block could hold a number under a long format, or text of about 25 Thai
 * characters, and still pass. What ITA workbooks hold costs far less: survey records of numbers and
 * short Thai notes about 25 bytes a cell (1.3 MB a block, measured on the fake), the sample with its
 * six generated sheets — paragraphs of Thai — about 58 (2.9 MB). A sheet of long text in every
 * cell can still pass 5 MB; Excel refuses that sync, and the block is read again in halves.
 */
export const BLOCK_CELLS = 50_000;

const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/**
 * The first block of each sheet read, a rectangle at A1 whose used part batch 2 loads: the sheets
 * share one block's cells equally (their sizes are not known until that very sync), in a shape
 * eight times taller than wide (score tables are narrow and long): 1 sheet 625 × 80, 2 sheets
 * 446 × 56, 8 sheets 223 × 28. Null when the share is not a whole cell.
 *
 * At A1 rather than at the used range's top-left, which batch 2 is only now asking for: a block
 * resized from that corner could run off the sheet's grid, while one at A1 never does, and nearly
 * every used range starts at or near A1. Whatever part of the used range the block holds, the rest
 * is read around it (`outside`); a sheet whose cells start beyond its block is read in the blocks.
 */
export function firstBlock(sheets: number, blockCells = BLOCK_CELLS): { rows: number; columns: number } | null {
  const share = Math.floor(blockCells / Math.max(1, sheets));
  if (!(share >= 1)) return null;
  const columns = Math.min(SHEET_COLUMNS, Math.ceil(Math.sqrt(share / 8)));
  return { rows: Math.min(SHEET_ROWS, Math.floor(share / columns)), columns };
}

/** A rectangle of cells, zero-based. */
interface Rect {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

const RECT_LOAD = "rowIndex,columnIndex,rowCount,columnCount";
const rectOf = (r: Excel.Range): Rect => ({
  top: r.rowIndex,
  left: r.columnIndex,
  rows: r.rowCount,
  columns: r.columnCount,
});
const cellsOf = (r: Rect) => r.rows * r.columns;

/** The parts of `outer` outside `inner`, which lies within it: above, left, right, below. */
function outside(outer: Rect, inner: Rect | null): Rect[] {
  if (!inner) return [outer];
  const parts: Rect[] = [];
  const innerBottom = inner.top + inner.rows;
  const innerRight = inner.left + inner.columns;
  const outerBottom = outer.top + outer.rows;
  const outerRight = outer.left + outer.columns;
  if (inner.top > outer.top)
    parts.push({ top: outer.top, left: outer.left, rows: inner.top - outer.top, columns: outer.columns });
  if (inner.left > outer.left)
    parts.push({ top: inner.top, left: outer.left, rows: inner.rows, columns: inner.left - outer.left });
  if (innerRight < outerRight)
    parts.push({ top: inner.top, left: innerRight, rows: inner.rows, columns: outerRight - innerRight });
  if (innerBottom < outerBottom)
    parts.push({ top: innerBottom, left: outer.left, rows: outerBottom - innerBottom, columns: outer.columns });
  return parts;
}

/**
 * Cut rectangles into syncs of `budget` cells each, the last one the rest: ceil(cells / budget)
 * syncs. Each rectangle is taken row by row — whole rows while they fit, then part of a row — so
 * a sync may hold pieces of several rectangles and sheets.
 */
export function packBlocks<T>(
  parts: Array<{ key: T; rect: Rect }>,
  budget: number,
): Array<Array<{ key: T; rect: Rect }>> {
  const syncs: Array<Array<{ key: T; rect: Rect }>> = [];
  let current: Array<{ key: T; rect: Rect }> = [];
  let room = budget;
  for (const { key, rect } of parts) {
    let row = 0;
    let col = 0;
    while (row < rect.rows) {
      if (room === 0) {
        syncs.push(current);
        current = [];
        room = budget;
      }
      let piece: Rect;
      if (col > 0 || room < rect.columns) {
        const n = Math.min(rect.columns - col, room);
        piece = { top: rect.top + row, left: rect.left + col, rows: 1, columns: n };
        col += n;
        if (col === rect.columns) {
          col = 0;
          row++;
        }
      } else {
        const n = Math.min(rect.rows - row, Math.floor(room / rect.columns));
        piece = { top: rect.top + row, left: rect.left, rows: n, columns: rect.columns };
        row += n;
      }
      current.push({ key, rect: piece });
      room -= cellsOf(piece);
    }
  }
  if (current.length) syncs.push(current);
  return syncs;
}

/** Is this Excel on the web refusing a request or a response over 5 MB? */
function isPayloadLimit(e: unknown): boolean {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** One sheet's used range being filled in, block by block. */
interface Filling {
  used: Rect;
  values: CellValue[][];
  formats: string[][];
}

function place(into: Filling, at: Rect, values: unknown[][], formats: unknown[][]): void {
  for (let r = 0; r < at.rows; r++) {
    const row = at.top - into.used.top + r;
    const v = into.values[row];
    const f = into.formats[row];
    const left = at.left - into.used.left;
    for (let c = 0; c < at.columns; c++) {
      v[left + c] = values[r][c] as CellValue;
      f[left + c] = formats[r][c] as string;
    }
  }
}

export interface ReadOptions {
  /** Read only these sheets (and the generated ones); all when absent. */
  only?: string[];
  /** Cells per sync; BLOCK_CELLS unless a test says otherwise. */
  blockCells?: number;
  /** The share of the used ranges' cells read so far, after each sync that read some. */
  onProgress?: (fraction: number) => void;
}

interface ReadState {
  sheets: Excel.Worksheet[];
  names: Excel.NamedItem[];
  styles: Set<string>;
  generated: Map<string, GeneratedSheetKey>;
  grid: WorkbookGrid;
  /** Our highlight rules now on the user's sheets, to delete before writing new ones. */
  ourFormats: Excel.ConditionalFormat[];
}

/**
 * Batch 1: sheets, names and styles. Batch 2: for each sheet to read (and each generated one,
 * whose edits carry over) its used range's position and size and, in the same sync, the values and
 * number formats of its part inside the sheet's first block (see `firstBlock`); the conditional
 * formats of the user's sheets. Then whatever the first blocks left — rows below, columns to the
 * right — in syncs of at most `blockCells` cells (`packBlocks`), stitched into the grid one read of
 * the whole used range would give.
 *
 * Syncs: 2 + ceil(rest / blockCells), rest being the cells of the used ranges read outside their
 * first blocks; 2 when every used range lies within its first block. Only when Excel refuses a sync
 * as over 5 MB (text of hundreds of bytes in every cell) are there more: a refused block is read
 * again as two halves (each of which may halve again); refused first blocks leave every cell to the
 * blocks. Without values (Clear highlights) it is batch 1 and batch 2, the latter with the
 * conditional formats only.
 *
 * Every sheet is in the grid — the ones not read with no values — so generated names never take a
 * user's sheet.
 */
async function readWorkbook(
  context: Excel.RequestContext,
  read: ReadOptions & { values: boolean },
): Promise<ReadState> {
  const sheetsCol = context.workbook.worksheets.load("items/name");
  const namesCol = context.workbook.names.load("items/name,items/formula");
  const stylesCol = context.workbook.styles.load("items/name");
  await context.sync();
  const generated = markers(namesCol.items);
  const budget = read.blockCells ?? BLOCK_CELLS;
  const wanted = (name: string) => read.values && (generated.has(name) || !read.only || read.only.includes(name));
  const block = firstBlock(sheetsCol.items.filter((ws) => wanted(ws.name)).length, budget);
  const batch2 = (first: { rows: number; columns: number } | null) =>
    sheetsCol.items.map((ws) => {
      const reads = wanted(ws.name);
      return {
        ws,
        used: reads ? ws.getUsedRangeOrNullObject(true).load(RECT_LOAD) : null,
        // The used part of the first block, asked of a range that always exists (never of the used
        // range, which may be a null object). Number formats in the same batch as the values: 0.7868
        // shown as 78.68% is a score of 78.68.
        first:
          reads && first
            ? ws
                .getRangeByIndexes(0, 0, first.rows, first.columns)
                .getUsedRangeOrNullObject(true)
                .load(`${RECT_LOAD},values,numberFormat`)
            : null,
        cfs: generated.has(ws.name) ? null : ws.getRange().conditionalFormats.load(CF_LOAD),
      };
    });
  let loads = batch2(block);
  try {
    await context.sync();
  } catch (e) {
    if (!block || !isPayloadLimit(e)) throw e;
    // The first blocks came to more than 5 MB (long text in every cell): the sizes alone this
    // time, and every cell in the blocks below, which halve until Excel lets them through.
    loads = batch2(null);
    await context.sync();
  }

  const fillings = loads.map(({ used, first }) => {
    if (!used || used.isNullObject) return null;
    const rect = rectOf(used);
    const filling: Filling = {
      used: rect,
      values: Array.from({ length: rect.rows }, () => new Array<CellValue>(rect.columns)),
      formats: Array.from({ length: rect.rows }, () => new Array<string>(rect.columns)),
    };
    const covered = first && !first.isNullObject ? rectOf(first) : null;
    if (covered) place(filling, covered, first!.values, first!.numberFormat);
    return { filling, covered };
  });
  const total = fillings.reduce((n, f) => n + (f ? cellsOf(f.filling.used) : 0), 0);
  let done = fillings.reduce((n, f) => n + (f?.covered ? cellsOf(f.covered) : 0), 0);
  if (total > 0) read.onProgress?.(done / total);

  /** One block, one sync; refused as too big, it is read again as two halves. */
  const readBlock = async (pieces: Array<{ key: number; rect: Rect }>): Promise<void> => {
    const ranges = pieces.map(({ key, rect }) => ({
      key,
      rect,
      range: loads[key].ws.getRangeByIndexes(rect.top, rect.left, rect.rows, rect.columns).load("values,numberFormat"),
    }));
    try {
      await context.sync();
    } catch (e) {
      const cells = pieces.reduce((n, p) => n + cellsOf(p.rect), 0);
      if (cells < 2 || !isPayloadLimit(e)) throw e;
      for (const half of packBlocks(pieces, Math.ceil(cells / 2))) await readBlock(half);
      return;
    }
    for (const { key, rect, range } of ranges) {
      place(fillings[key]!.filling, rect, range.values, range.numberFormat);
      done += cellsOf(rect);
    }
    read.onProgress?.(done / total);
  };
  const rest = fillings.flatMap((f, i) =>
    f ? outside(f.filling.used, f.covered).map((rect) => ({ key: i, rect })) : [],
  );
  // Each block is a sync of its own: that is what keeps every response under Excel's 5 MB.
  for (const pieces of packBlocks(rest, budget)) await readBlock(pieces);

  const sheets: SheetGrid[] = loads.map(({ ws }, i) => {
    const f = fillings[i]?.filling;
    return {
      name: ws.name,
      top: f ? f.used.top : 0,
      left: f ? f.used.left : 0,
      values: f ? f.values : [],
      formats: f ? f.formats : undefined,
      generated: generated.get(ws.name),
    };
  });
  return {
    sheets: sheetsCol.items,
    names: namesCol.items,
    styles: new Set(stylesCol.items.map((st) => st.name)),
    generated,
    grid: { sheets },
    ourFormats: loads.flatMap(({ cfs }) => (cfs ? cfs.items.filter(isOurs) : [])),
  };
}

/** Read the workbook's cells as Analyze does, without analysing or writing anything. */
export async function readWorkbookGrid(options: ReadOptions = {}): Promise<WorkbookGrid> {
  capabilities();
  return run(async (context) => (await readWorkbook(context, { ...options, values: true })).grid);
}

export interface AnalyzeResult extends WorkbookAnalysis {
  /** Features this Excel lacks, so part of the output was left out. */
  skipped: Array<keyof Capabilities>;
}

/**
 * Read the workbook, analyse it, write highlights and the generated sheets. Syncs:
 * 3 + ceil(rest / BLOCK_CELLS) — batch 1, batch 2, the blocks, the write — where rest is the cells
 * of the used ranges read that lie outside their first blocks (`firstBlock`); three for an
 * ordinary workbook (more only if Excel refuses a block as over 5 MB: see `readWorkbook`).
 * `onStep("read", fraction)` reports the share of the used ranges' cells read, after each sync
 * that read some.
 */
export async function analyzeWorkbook(
  options: WorkbookOptions,
  onStep: (s: Step, fraction?: number) => void = () => {},
): Promise<AnalyzeResult> {
  const caps = capabilities();
  return run(async (context) => {
    onStep("read");
    const state = await readWorkbook(context, {
      only: options.sheets,
      values: true,
      onProgress: (fraction) => onStep("read", fraction),
    });
    onStep("analyse");
    const result = analyseWorkbook(state.grid, options);
    onStep("write");
    writePlan(context, state, result.plan, caps);
    await context.sync();
    onStep("done");
    const skipped = (Object.keys(caps) as Array<keyof Capabilities>).filter((k) => !caps[k]);
    return { ...result, skipped };
  });
}

/** Remove ITA Analyzer's highlights from every sheet (formats only). Returns how many rules went. */
export async function clearHighlights(): Promise<number> {
  capabilities();
  return run(async (context) => {
    const state = await readWorkbook(context, { values: false });
    for (const cf of state.ourFormats) cf.delete();
    await context.sync();
    return state.ourFormats.length;
  });
}

/** Add a sheet (never replacing one) and write a plan's sheet into it: used by the score template. */
export async function insertSheet(sheet: SheetPlan, styles: Record<string, Style>): Promise<string> {
  const caps = capabilities();
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const stylesCol = context.workbook.styles.load("items/name");
    await context.sync();
    const name = uniqueSheetName(sheet.name, new Set(sheets.items.map((s) => s.name.toLowerCase())));
    ensureStyles(context, new Set(stylesCol.items.map((s) => s.name)), styles);
    const ws = context.workbook.worksheets.add(name);
    fillSheet(ws, { ...sheet, name }, caps);
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

// ---------------------------------------------------------------------------------------------
// Writing (queued commands only; the caller syncs once).

function writePlan(context: Excel.RequestContext, state: ReadState, plan: WorkbookPlan, caps: Capabilities): void {
  // Every earlier generated sheet is replaced; its marker name goes first, so none is left dangling.
  for (const name of state.names) if (markerKey(name.name)) name.delete();
  for (const ws of state.sheets) if (plan.replaceSheets.includes(ws.name)) ws.delete();
  for (const cf of state.ourFormats) cf.delete();
  for (const h of plan.highlights) highlight(context, h, plan);
  ensureStyles(context, state.styles, plan.styles);
  // Add (and mark) every sheet before filling any: the plan's formulas and drop-down refer to the
  // units sheet, and a sheet marked at once is never mistaken for a user's, even if a later
  // command fails.
  const added = plan.sheets.map((sheet) => {
    const ws = context.workbook.worksheets.add(sheet.name);
    context.workbook.names.add(`${MARKER_PREFIX}${sheet.key}`, ws.getRange("A1"));
    return ws;
  });
  plan.sheets.forEach((sheet, i) => fillSheet(added[i], sheet, caps));
  // The analyst lands on the analysis.
  added[plan.sheets.findIndex((p) => p.key === "analysis")]?.activate();
}

function highlight(context: Excel.RequestContext, h: HighlightPlan, plan: WorkbookPlan): void {
  const ws = context.workbook.worksheets.getItem(h.sheet);
  const apply = (cells: HighlightPlan["numeric"], below: number | null) => {
    for (const address of verticalRuns(cells)) {
      const range = ws.getRange(address);
      if (below !== null) {
        const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
        cf.cellValue.format.fill.color = plan.highlightStyle.fill;
        cf.cellValue.format.font.color = plan.highlightStyle.fontColor;
        cf.cellValue.rule = { formula1: String(below), operator: Excel.ConditionalCellValueOperator.lessThan };
      } else {
        const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.format.fill.color = plan.highlightStyle.fill;
        cf.custom.format.font.color = plan.highlightStyle.fontColor;
        cf.custom.rule.formula = "=TRUE";
      }
    }
  };
  for (const g of highlightGroups(h, plan.threshold)) apply(g.cells, g.below);
  apply(h.text, null);
}

/** Named cell styles ("ITA Analyzer · body"): one command formats a whole range. */
export function styleName(key: string): string {
  return `ITA Analyzer ${key}`;
}

function ensureStyles(context: Excel.RequestContext, existing: Set<string>, styles: Record<string, Style>): void {
  for (const [key, s] of Object.entries(styles)) {
    const name = styleName(key);
    if (!existing.has(name)) context.workbook.styles.add(name);
    const st = context.workbook.styles.getItem(name);
    if (s.font) {
      if (s.font.name) st.font.name = s.font.name;
      if (s.font.size) st.font.size = s.font.size;
      st.font.bold = Boolean(s.font.bold);
      st.font.italic = Boolean(s.font.italic);
      st.font.color = s.font.color ?? "#000000";
    }
    if (s.fill) st.fill.color = s.fill;
    if (s.align) {
      if (s.align.horizontal) st.horizontalAlignment = horizontal(s.align.horizontal);
      if (s.align.vertical) st.verticalAlignment = vertical(s.align.vertical);
      st.wrapText = Boolean(s.align.wrap);
      if (s.align.indent) st.indentLevel = s.align.indent;
    }
    if (s.numberFormat) st.numberFormat = s.numberFormat;
    if (s.border === "thin") {
      for (const edge of [
        Excel.BorderIndex.edgeTop,
        Excel.BorderIndex.edgeBottom,
        Excel.BorderIndex.edgeLeft,
        Excel.BorderIndex.edgeRight,
      ]) {
        const b = st.borders.getItem(edge);
        b.style = Excel.BorderLineStyle.continuous;
        b.color = "#BFBFBF";
      }
    }
  }
}

/** A native chart: the first series as clustered columns, the line series (the target) over it. */
function addChart(ws: Excel.Worksheet, c: ChartPlan): void {
  const [first, ...rest] = c.series;
  const categories = ws.getRange(rangeAddress(c.categories));
  const chart = ws.charts.add(
    Excel.ChartType.columnClustered,
    ws.getRange(rangeAddress(first.values)),
    Excel.ChartSeriesBy.columns,
  );
  chart.title.text = c.title;
  chart.legend.position = Excel.ChartLegendPosition.bottom;
  chart.axes.valueAxis.minimum = 0;
  chart.axes.valueAxis.maximum = c.axisMax;
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  s0.hasDataLabels = true;
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(ws.getRange(rangeAddress(s.values)));
    series.setXAxisValues(categories);
    series.chartType = s.type === "line" ? Excel.ChartType.line : Excel.ChartType.columnClustered;
  }
  chart.setPosition(cellAddress(c.anchor.top, c.anchor.left), cellAddress(c.anchor.bottom, c.anchor.right));
}

/** Excel's enums exist only once office.js has loaded: read them when writing, not at import. */
const horizontal = (h: "left" | "center" | "right") =>
  ({
    left: Excel.HorizontalAlignment.left,
    center: Excel.HorizontalAlignment.center,
    right: Excel.HorizontalAlignment.right,
  })[h];
const vertical = (v: "top" | "middle" | "bottom") =>
  ({
    top: Excel.VerticalAlignment.top,
    middle: Excel.VerticalAlignment.center,
    bottom: Excel.VerticalAlignment.bottom,
  })[v];

/** Excel's column width unit (characters of the default font) in points. */
const charsToPoints = (chars: number) => chars * 5.25 + 3.75;

function fillSheet(ws: Excel.Worksheet, sheet: SheetPlan, caps: Capabilities): void {
  if (sheet.cells.length) {
    const all = ws.getRange(rangeAddress(sheetBounds(sheet)));
    // Text goes into text-formatted cells, so Excel never reads it as a number, a date or a
    // formula ("1.10", "1/2", "=…", "-…"); numbers and formulas keep the general format.
    all.numberFormat = formatMatrix(sheet);
    all.values = valuesMatrix(sheet);
    for (const c of sheet.cells)
      if ("formula" in c.content) ws.getRange(cellAddress(c.row, c.col)).formulas = [[c.content.formula]];
    for (const r of styleRanges(sheet)) ws.getRange(rangeAddress(r)).style = styleName(r.style);
  }
  sheet.columns.forEach(
    (w, i) => (ws.getRange(`${columnName(i)}:${columnName(i)}`).format.columnWidth = charsToPoints(w)),
  );
  for (const [row, h] of Object.entries(sheet.rowHeights))
    ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = h;
  for (const m of sheet.merges) ws.getRange(rangeAddress(m)).merge(false);
  for (const t of sheet.tables) {
    const table = ws.tables.add(`${formulaSheetName(sheet.name)}!${rangeAddress(t)}`, true);
    table.name = t.name;
    table.style = t.style;
  }
  for (const c of sheet.charts) addChart(ws, c);
  if (caps.dataValidation) {
    for (const v of sheet.validations) {
      const range = ws.getRange(rangeAddress(v.range));
      range.dataValidation.rule = { list: { inCellDropDown: true, source: v.source } };
      range.dataValidation.errorAlert = {
        showAlert: !v.allowOther,
        style: Excel.DataValidationAlertStyle.information,
        title: "",
        message: "",
      };
      if (v.prompt)
        range.dataValidation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    }
  }
  if (sheet.freeze && sheet.freeze.rows > 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
  if (sheet.freeze && sheet.freeze.cols > 0) ws.freezePanes.freezeColumns(sheet.freeze.cols);
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  if (caps.pageLayout && sheet.print) {
    ws.pageLayout.orientation =
      sheet.print.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
    ws.pageLayout.paperSize = Excel.PaperType.a4;
    // The document's sheets print at 100 %; only a sheet wider than the page is shrunk to one page wide.
    if (sheet.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
    if (sheet.print.repeatRows)
      ws.pageLayout.setPrintTitleRows(`$${sheet.print.repeatRows[0] + 1}:$${sheet.print.repeatRows[1] + 1}`);
    if (sheet.print.area) ws.pageLayout.setPrintArea(rangeAddress(sheet.print.area));
    const { side, top } = sheet.print.margins;
    ws.pageLayout.leftMargin = side * POINTS_PER_INCH;
    ws.pageLayout.rightMargin = side * POINTS_PER_INCH;
    ws.pageLayout.topMargin = top * POINTS_PER_INCH;
    ws.pageLayout.bottomMargin = top * POINTS_PER_INCH;
    for (const row of sheet.print.breaks ?? []) ws.horizontalPageBreaks.add(cellAddress(row, 0));
  }
}

const POINTS_PER_INCH = 72;
