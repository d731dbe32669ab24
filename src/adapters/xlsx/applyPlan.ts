import type ExcelJS from "exceljs";
import { cellAddress, formulaSheetName } from "../../core/read/grid";
import {
  CellContent,
  HighlightPlan,
  RangePlan,
  SheetPlan,
  Style,
  WorkbookPlan,
  highlightGroups,
} from "../../core/render/model";
import { rangeAddress, verticalRuns } from "../../core/render/ranges";
import { isHighlightFont } from "../../core/render/styles";
import { generatedSheets } from "./readGrid";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * Write a plan into an ExcelJS workbook: conditional-format highlights on the user's sheets
 * (formats only; values and formulas untouched) and the generated sheets, replacing those of
 * an earlier run. The user's sheets are otherwise left exactly as they are.
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const previous = generatedSheets(workbook);
  for (const name of plan.replaceSheets) {
    const ws = workbook.getWorksheet(name);
    const key = previous.get(name);
    if (key) workbook.definedNames.remove(`${formulaSheetName(name)}!$A$1`, `${plan.markerPrefix}${key}`);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  // A re-run replaces the earlier highlights instead of stacking new ones on them.
  workbook.eachSheet((ws) => {
    if (!previous.has(ws.name))
      ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !isOurHighlight(cf));
  });
  for (const h of plan.highlights) highlight(workbook, h, plan);
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, plan);
  workbook.calcProperties.fullCalcOnLoad = true;
}

/** Does this conditional format carry the highlight that ITA Analyzer writes? */
function isOurHighlight(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return cf.rules.some((r) => isHighlightFont((r as { style?: Partial<ExcelJS.Style> }).style?.font?.color?.argb));
}

function highlight(workbook: ExcelJS.Workbook, h: HighlightPlan, plan: WorkbookPlan): void {
  const ws = workbook.getWorksheet(h.sheet);
  if (!ws) throw new Error(`Sheet not found for highlighting: ${h.sheet}`);
  const style: Partial<ExcelJS.Style> = {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(plan.highlightStyle.fill) } },
    font: { color: { argb: argb(plan.highlightStyle.fontColor) } },
  };
  for (const g of highlightGroups(h, plan.threshold)) {
    ws.addConditionalFormatting({
      ref: verticalRuns(g.cells).join(" "),
      rules: [{ type: "cellIs", operator: "lessThan", formulae: [g.below], style, priority: 1 }],
    });
  }
  if (h.text.length) {
    ws.addConditionalFormatting({
      ref: verticalRuns(h.text).join(" "),
      rules: [{ type: "expression", formulae: ["TRUE"], style, priority: 2 }],
    });
  }
}

function cellValue(content: CellContent): ExcelJS.CellValue {
  if ("text" in content) return content.text;
  if ("number" in content) return content.number;
  return { formula: content.formula.replace(/^=/, ""), result: content.result };
}

function applyStyle(cell: ExcelJS.Cell, s: Style): void {
  if (s.font) {
    cell.font = {
      name: s.font.name,
      size: s.font.size,
      bold: s.font.bold,
      italic: s.font.italic,
      color: s.font.color ? { argb: argb(s.font.color) } : undefined,
    };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.align) {
    cell.alignment = {
      horizontal: s.align.horizontal,
      vertical: s.align.vertical,
      wrapText: s.align.wrap,
      indent: s.align.indent,
    };
  }
  if (s.border === "thin") {
    const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.numberFormat) cell.numFmt = s.numberFormat;
}

/**
 * The print area as ExcelJS wants it: it puts a "$" before each end ("A1" → "$A1"), so the rows
 * carry their own "$" to make the reference absolute ("$A$1:$E$12"), as Excel writes it.
 */
function printArea(r: RangePlan): string {
  return rangeAddress(r)
    .split(":")
    .map((ref) => ref.replace(/(\d+)$/, "$$$1"))
    .join(":");
}

function writeSheet(workbook: ExcelJS.Workbook, p: SheetPlan, plan: WorkbookPlan): void {
  const ws = workbook.addWorksheet(p.name, {
    properties: { tabColor: p.tabColor ? { argb: argb(p.tabColor) } : undefined, defaultRowHeight: 21 },
    views: p.freeze ? [{ state: "frozen", xSplit: p.freeze.cols, ySplit: p.freeze.rows }] : undefined,
    pageSetup: p.print
      ? {
          paperSize: 9,
          orientation: p.print.orientation,
          // At 100 % unless the sheet is wider than the page: then one page wide, as tall as it takes.
          fitToPage: p.print.fitToWidth,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: p.print.repeatRows ? `${p.print.repeatRows[0] + 1}:${p.print.repeatRows[1] + 1}` : undefined,
          printArea: p.print.area ? printArea(p.print.area) : undefined,
          margins: {
            left: p.print.margins.side,
            right: p.print.margins.side,
            top: p.print.margins.top,
            bottom: p.print.margins.top,
            header: 0.3,
            footer: 0.3,
          },
        }
      : undefined,
  });
  // A page break before each row given: ExcelJS breaks after a row, so after the one before it.
  for (const row of p.print?.breaks ?? []) if (row > 0) ws.getRow(row).addPageBreak();
  p.columns.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const inTable = new Set<string>();
  for (const t of p.tables) {
    const header: string[] = [];
    const rows: ExcelJS.CellValue[][] = [];
    const at = new Map(p.cells.map((c) => [`${c.row}:${c.col}`, c.content]));
    for (let c = t.left; c <= t.right; c++) {
      const h = at.get(`${t.top}:${c}`);
      header.push(h && "text" in h ? h.text : `Column${c - t.left + 1}`);
    }
    for (let r = t.top + 1; r <= t.bottom; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = t.left; c <= t.right; c++) {
        const v = at.get(`${r}:${c}`);
        row.push(v ? cellValue(v) : null);
        inTable.add(`${r}:${c}`);
      }
      rows.push(row);
    }
    for (let c = t.left; c <= t.right; c++) inTable.add(`${t.top}:${c}`);
    ws.addTable({
      name: t.name,
      ref: cellAddress(t.top, t.left),
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }

  for (const c of p.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (!inTable.has(`${c.row}:${c.col}`)) cell.value = cellValue(c.content);
    if (c.style) applyStyle(cell, plan.styles[c.style]);
  }
  for (const m of p.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const [r, h] of Object.entries(p.rowHeights)) ws.getRow(Number(r) + 1).height = h;
  for (const v of p.validations) {
    for (let r = v.range.top; r <= v.range.bottom; r++) {
      for (let c = v.range.left; c <= v.range.right; c++) {
        ws.getCell(r + 1, c + 1).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [v.literal ? `"${v.source}"` : v.source.replace(/^=/, "")],
          showErrorMessage: !v.allowOther,
          errorStyle: v.allowOther ? "information" : "stop",
          showInputMessage: Boolean(v.prompt),
          promptTitle: v.prompt?.title,
          prompt: v.prompt?.message,
        };
      }
    }
  }
  workbook.definedNames.add(`${formulaSheetName(p.name)}!$A$1`, `${plan.markerPrefix}${p.key}`);
}
