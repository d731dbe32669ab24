/**
 * A plan as Office.js commands: queued only, never synced here (the caller syncs once for many).
 * Highlights on the user's sheets, named cell styles, and a generated sheet's cells, formats,
 * tables, chart, drop-downs and page setup.
 */
import { cellAddress, columnName, formulaSheetName } from "../../core/read/grid";
import { ChartPlan, HighlightPlan, SheetPlan, Style, WorkbookPlan, highlightGroups } from "../../core/render/model";
import {
  formatMatrix,
  rangeAddress,
  sheetBounds,
  styleRanges,
  valuesMatrix,
  verticalRuns,
} from "../../core/render/ranges";

/** Mark a user's sheet's low scores: conditional formats only, so values and formulas stay as they are. */
export function highlight(context: Excel.RequestContext, h: HighlightPlan, plan: WorkbookPlan): void {
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

export function ensureStyles(
  context: Excel.RequestContext,
  existing: Set<string>,
  styles: Record<string, Style>,
): void {
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

/** Fill a new sheet: its cells, formats, sizes, merges, tables, chart, drop-downs and page setup. */
export function fillSheet(ws: Excel.Worksheet, sheet: SheetPlan): Excel.Table[] {
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
  const tables = sheet.tables.map((t) => {
    const table = ws.tables.add(`${formulaSheetName(sheet.name)}!${rangeAddress(t)}`, true);
    table.name = t.name;
    table.style = t.style;
    return table;
  });
  for (const c of sheet.charts) addChart(ws, c);
  for (const v of sheet.validations) {
    const range = ws.getRange(rangeAddress(v.range));
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.source } };
    range.dataValidation.errorAlert = {
      showAlert: !v.allowOther,
      style: Excel.DataValidationAlertStyle.information,
      title: "",
      message: "",
    };
    if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  }
  if (sheet.freeze && sheet.freeze.rows > 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
  if (sheet.freeze && sheet.freeze.cols > 0) ws.freezePanes.freezeColumns(sheet.freeze.cols);
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  if (sheet.print) printSetup(ws, sheet.print);
  return tables;
}

/** A4, the orientation, margins, what prints and where pages break: the document's sheets print at 100 %. */
function printSetup(ws: Excel.Worksheet, print: NonNullable<SheetPlan["print"]>): void {
  ws.pageLayout.orientation =
    print.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  ws.pageLayout.paperSize = Excel.PaperType.a4;
  // The document's sheets print at 100 %; only a sheet wider than the page is shrunk to one page wide.
  if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
  if (print.repeatRows) ws.pageLayout.setPrintTitleRows(`$${print.repeatRows[0] + 1}:$${print.repeatRows[1] + 1}`);
  if (print.area) ws.pageLayout.setPrintArea(rangeAddress(print.area));
  const { side, top } = print.margins;
  ws.pageLayout.leftMargin = side * POINTS_PER_INCH;
  ws.pageLayout.rightMargin = side * POINTS_PER_INCH;
  ws.pageLayout.topMargin = top * POINTS_PER_INCH;
  ws.pageLayout.bottomMargin = top * POINTS_PER_INCH;
  for (const row of print.breaks ?? []) ws.horizontalPageBreaks.add(cellAddress(row, 0));
}

const POINTS_PER_INCH = 72;
