/**
 * The Office.js adapter: the only code that touches `Excel.*`. Each action reads in one batch,
 * runs the pure core, and writes in one batch — at most three `context.sync()` calls, none in a
 * loop, whatever the workbook's size.
 */
import { WorkbookOptions, WorkbookAnalysis, analyseWorkbook } from "../../core/analyseWorkbook";
import { SheetGrid, WorkbookGrid, cellAddress, columnName, formulaSheetName, parseCellRef } from "../../core/read/grid";
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
 * Batch 1 and 2: sheets, names and styles; then the used range of the sheets to read (and of
 * the generated ones, whose edits carry over) and the conditional formats of the user's sheets.
 * Every sheet is in the grid — the ones not read with no values — so generated names never
 * take a user's sheet.
 */
async function readWorkbook(
  context: Excel.RequestContext,
  read: { only?: string[]; values: boolean },
): Promise<ReadState> {
  const sheetsCol = context.workbook.worksheets.load("items/name");
  const namesCol = context.workbook.names.load("items/name,items/formula");
  const stylesCol = context.workbook.styles.load("items/name");
  await context.sync();
  const generated = markers(namesCol.items);
  const loads = sheetsCol.items.map((ws) => {
    const isGenerated = generated.has(ws.name);
    const wanted = read.values && (isGenerated || !read.only || read.only.includes(ws.name));
    // Number formats in the same batch as the values: 0.7868 shown as 78.68% is a score of 78.68.
    const used = wanted ? ws.getUsedRangeOrNullObject(true).load("values,numberFormat,rowIndex,columnIndex") : null;
    const cfs = isGenerated ? null : ws.getRange().conditionalFormats.load(CF_LOAD);
    return { ws, used, cfs };
  });
  await context.sync();
  const sheets: SheetGrid[] = loads.map(({ ws, used }) => {
    const has = used !== null && !used.isNullObject;
    return {
      name: ws.name,
      top: has ? used.rowIndex : 0,
      left: has ? used.columnIndex : 0,
      values: has ? (used.values as SheetGrid["values"]) : [],
      formats: has ? (used.numberFormat as SheetGrid["formats"]) : undefined,
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

export interface AnalyzeResult extends WorkbookAnalysis {
  /** Features this Excel lacks, so part of the output was left out. */
  skipped: Array<keyof Capabilities>;
}

/** Read the workbook, analyse it, write highlights and the generated sheets: three syncs in all. */
export async function analyzeWorkbook(
  options: WorkbookOptions,
  onStep: (s: Step) => void = () => {},
): Promise<AnalyzeResult> {
  const caps = capabilities();
  return run(async (context) => {
    onStep("read");
    const state = await readWorkbook(context, { only: options.sheets, values: true });
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
