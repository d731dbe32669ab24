/**
 * A generated sheet as SpreadsheetML: the worksheet part and its tables, written from the plan.
 * Text goes in as inline strings (the shared strings part stays as it was), always as text — a
 * value starting with "=" is never a formula; only the plan's formulas are formulas.
 */
import { absoluteRef, cellAddress, formulaSheetName } from "../../../core/read/grid";
import { CellContent, CellPlan, ListValidationPlan, PrintPlan, SheetPlan, TablePlan } from "../../../core/render/model";
import { rangeAddress } from "../../../core/render/ranges";
import { escapeXml } from "./xml";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
/** A4 in SpreadsheetML's paper sizes. */
const PAPER_A4 = 9;
const HEADER_FOOTER_MARGIN = 0.3;
const DEFAULT_ROW_HEIGHT = 21;
/** The last column's index, for a page break that spans the whole width. */
const LAST_COLUMN = 16383;

export interface SheetLinks {
  /** The cell format index of each plan style. */
  styleIndex: (style: string | undefined) => number;
  /** Relationship ids of the sheet's tables, in the plan's order. */
  tableRelIds: string[];
  /** Relationship id of the sheet's drawing (its charts), when it has one. */
  drawingRelId?: string;
}

export function worksheetXml(p: SheetPlan, links: SheetLinks): string {
  return (
    HEAD +
    sheetPr(p) +
    `<dimension ref="${dimension(p)}"/>` +
    sheetViews(p) +
    `<sheetFormatPr defaultRowHeight="${DEFAULT_ROW_HEIGHT}" customHeight="1"/>` +
    cols(p) +
    sheetData(p, links) +
    (p.merges.length
      ? `<mergeCells count="${p.merges.length}">${p.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join("")}</mergeCells>`
      : "") +
    dataValidations(p.validations) +
    (p.print ? printParts(p.print) : "") +
    (links.drawingRelId ? `<drawing r:id="${links.drawingRelId}"/>` : "") +
    (links.tableRelIds.length
      ? `<tableParts count="${links.tableRelIds.length}">${links.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
      : "") +
    "</worksheet>"
  );
}

function sheetPr(p: SheetPlan): string {
  const tab = p.tabColor ? `<tabColor rgb="FF${p.tabColor.replace("#", "").toUpperCase()}"/>` : "";
  const fit = p.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function dimension(p: SheetPlan): string {
  if (!p.cells.length) return "A1";
  let bottom = 0;
  let right = 0;
  for (const c of p.cells) {
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return `A1:${cellAddress(bottom, right)}`;
}

/** The view, with frozen rows and columns as a frozen pane. */
function sheetViews(p: SheetPlan): string {
  const rows = p.freeze?.rows ?? 0;
  const cols = p.freeze?.cols ?? 0;
  if (!rows && !cols) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const split = `${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${cellAddress(rows, cols)}"` +
    ` activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function cols(p: SheetPlan): string {
  if (!p.columns.length) return "";
  const each = p.columns.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  return `<cols>${each.join("")}</cols>`;
}

function sheetData(p: SheetPlan, links: SheetLinks): string {
  const byRow = new Map<number, CellPlan[]>();
  for (const c of p.cells) {
    let r = byRow.get(c.row);
    if (!r) byRow.set(c.row, (r = []));
    r.push(c);
  }
  const rows = [...new Set([...byRow.keys(), ...Object.keys(p.rowHeights).map(Number)])].sort((a, b) => a - b);
  const xml = rows.map((r) => {
    const height = p.rowHeights[r];
    const attrs = height ? ` ht="${height}" customHeight="1"` : "";
    const cells = (byRow.get(r) ?? []).sort((a, b) => a.col - b.col).map((c) => cellXml(c, links));
    return `<row r="${r + 1}"${attrs}>${cells.join("")}</row>`;
  });
  return `<sheetData>${xml.join("")}</sheetData>`;
}

function cellXml(c: CellPlan, links: SheetLinks): string {
  const ref = cellAddress(c.row, c.col);
  const s = links.styleIndex(c.style);
  const style = s ? ` s="${s}"` : "";
  return `<c r="${ref}"${style}${valueXml(c.content)}</c>`;
}

/** The rest of a cell's start tag and its content. */
function valueXml(content: CellContent): string {
  if ("text" in content) return ` t="inlineStr"><is><t xml:space="preserve">${escapeXml(content.text)}</t></is>`;
  if ("number" in content) return `><v>${content.number}</v>`;
  const f = `<f>${escapeXml(content.formula.replace(/^=/, ""))}</f>`;
  return typeof content.result === "number"
    ? `>${f}<v>${content.result}</v>`
    : ` t="str">${f}<v>${escapeXml(content.result)}</v>`;
}

function dataValidations(list: ListValidationPlan[]): string {
  if (!list.length) return "";
  const each = list.map((v) => {
    const prompt = v.prompt
      ? ` showInputMessage="1" promptTitle="${escapeXml(v.prompt.title)}" prompt="${escapeXml(v.prompt.message)}"`
      : "";
    const alert = v.allowOther ? ' errorStyle="information"' : ' showErrorMessage="1"';
    const source = v.literal ? `"${v.source}"` : v.source.replace(/^=/, "");
    return (
      `<dataValidation type="list" allowBlank="1"${alert}${prompt} sqref="${rangeAddress(v.range)}">` +
      `<formula1>${escapeXml(source)}</formula1></dataValidation>`
    );
  });
  return `<dataValidations count="${list.length}">${each.join("")}</dataValidations>`;
}

/** Margins, A4 in its orientation, at 100 % unless the sheet is wider than the page, and the page breaks. */
function printParts(print: PrintPlan): string {
  const { side, top } = print.margins;
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  const breaks = (print.breaks ?? []).filter((r) => r > 0);
  return (
    `<pageMargins left="${side}" right="${side}" top="${top}" bottom="${top}" header="${HEADER_FOOTER_MARGIN}" footer="${HEADER_FOOTER_MARGIN}"/>` +
    `<pageSetup paperSize="${PAPER_A4}" orientation="${print.orientation}"${fit}/>` +
    (breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
        breaks.map((r) => `<brk id="${r}" max="${LAST_COLUMN}" man="1"/>`).join("") +
        "</rowBreaks>"
      : "")
  );
}

/** A table part: its range, its columns named by the header row's text, a style with banded rows. */
export function tableXml(p: SheetPlan, t: TablePlan, id: number): string {
  const ref = rangeAddress(t);
  const names = tableColumnNames(p, t);
  const columns = names.map((n, i) => `<tableColumn id="${i + 1}" name="${escapeXml(n)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${t.name}"` +
    ` displayName="${t.name}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/>` +
    `<tableColumns count="${names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${t.style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/**
 * A table's column names are its header cells' text, which Excel requires to be unique and not
 * empty: the plan's headers always are, and a plan that breaks that is a bug, not the user's.
 */
function tableColumnNames(p: SheetPlan, t: TablePlan): string[] {
  const at = new Map(p.cells.filter((c) => c.row === t.top).map((c) => [c.col, c.content]));
  const names: string[] = [];
  for (let col = t.left; col <= t.right; col++) {
    const h = at.get(col);
    const name = h && "text" in h ? h.text : "";
    if (!name || names.includes(name))
      throw new Error(`Table ${t.name}: header ${cellAddress(t.top, col)} is empty or repeated`);
    names.push(name);
  }
  return names;
}

/** `'Sheet'!$A$1:$E$12` and `'Sheet'!$3:$3`: the print area and title rows as defined names hold them. */
export function printNames(p: SheetPlan): Array<{ name: string; reference: string }> {
  const out: Array<{ name: string; reference: string }> = [];
  const area = p.print?.area;
  if (area)
    out.push({
      name: "_xlnm.Print_Area",
      reference: absoluteRef(p.name, area.top, area.left, area.bottom, area.right),
    });
  const rows = p.print?.repeatRows;
  if (rows)
    out.push({
      name: "_xlnm.Print_Titles",
      reference: `${formulaSheetName(p.name)}!$${rows[0] + 1}:$${rows[1] + 1}`,
    });
  return out;
}
