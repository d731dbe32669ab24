import { cellAddress, columnIndex } from "../../src/core/read/grid";
import ExcelJS from "exceljs";

/** Every non-empty cell of a sheet: address → value as ExcelJS reads it (formulas included). */
export function cellMap(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.set(cell.address, JSON.parse(JSON.stringify(cell.value)));
    }),
  );
  return out;
}

/** A worksheet's conditional formats (ExcelJS keeps them but does not declare them). */
export function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (
    (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []
  );
}

/** Cells a worksheet's conditional formats with our highlight cover, as "C5" addresses. */
export function highlightedCells(ws: ExcelJS.Worksheet, fontArgb = "FF9C0007"): Set<string> {
  const out = new Set<string>();
  for (const cf of conditionalFormats(ws)) {
    const ours = cf.rules.some((r) => (r as { style?: ExcelJS.Style }).style?.font?.color?.argb === fontArgb);
    if (!ours) continue;
    for (const part of cf.ref.split(" ")) {
      const [first, last] = part.split(":").map(parseAddress);
      const end = last ?? first;
      for (let r = first.row; r <= end.row; r++) {
        for (let c = first.col; c <= end.col; c++) out.add(cellAddress(r, c));
      }
    }
  }
  return out;
}

/** "C5" → zero-based row 4, column 2. */
function parseAddress(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
  if (!m) throw new Error(`Not a cell address: ${a}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}
