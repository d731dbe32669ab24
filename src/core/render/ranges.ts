import { cellAddress } from "../read/grid";
import { CellContent, RangePlan, SheetPlan } from "./model";

export interface StyledRange extends RangePlan {
  style: string;
}

/**
 * The sheet's styled cells as few rectangles as simply found: runs of one style along a row,
 * then identical runs stacked down consecutive rows. An adapter that pays per command (Office.js)
 * formats a table column with one call instead of one per cell.
 */
export function styleRanges(sheet: SheetPlan): StyledRange[] {
  const rows = new Map<number, Array<{ col: number; style: string }>>();
  for (const c of sheet.cells) {
    if (!c.style) continue;
    let r = rows.get(c.row);
    if (!r) rows.set(c.row, (r = []));
    r.push({ col: c.col, style: c.style });
  }
  const runs: StyledRange[] = [];
  for (const [row, cells] of [...rows].sort((a, b) => a[0] - b[0])) {
    cells.sort((a, b) => a.col - b.col);
    for (let i = 0; i < cells.length;) {
      let j = i;
      while (j + 1 < cells.length && cells[j + 1].style === cells[i].style && cells[j + 1].col === cells[j].col + 1)
        j++;
      runs.push({ top: row, bottom: row, left: cells[i].col, right: cells[j].col, style: cells[i].style });
      i = j + 1;
    }
  }
  // Stack identical runs of consecutive rows.
  const open = new Map<string, StyledRange>();
  const out: StyledRange[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}:${run.style}`;
    const prev = open.get(key);
    if (prev && prev.bottom === run.top - 1) prev.bottom = run.top;
    else {
      const copy = { ...run };
      open.set(key, copy);
      out.push(copy);
    }
  }
  return out;
}

/** The smallest range holding every cell of the sheet. */
export function sheetBounds(sheet: SheetPlan): RangePlan {
  let bottom = 0;
  let right = sheet.columns.length - 1;
  for (const c of sheet.cells) {
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top: 0, left: 0, bottom, right };
}

/** The values matrix of a sheet: text and numbers in place, "" elsewhere (formulas are written after). */
export function valuesMatrix(sheet: SheetPlan): Array<Array<string | number>> {
  const b = sheet.cells.length ? sheetBounds(sheet) : { bottom: -1, right: -1 };
  const m: Array<Array<string | number>> = Array.from({ length: b.bottom + 1 }, () =>
    new Array<string | number>(b.right + 1).fill(""),
  );
  for (const c of sheet.cells) m[c.row][c.col] = valueOf(c.content);
  return m;
}

/** The number format of every cell: "@" (text) for text, General for numbers and formulas. */
export function formatMatrix(sheet: SheetPlan): string[][] {
  const b = sheet.cells.length ? sheetBounds(sheet) : { bottom: -1, right: -1 };
  const m: string[][] = Array.from({ length: b.bottom + 1 }, () => new Array<string>(b.right + 1).fill("General"));
  for (const c of sheet.cells) if ("text" in c.content) m[c.row][c.col] = "@";
  return m;
}

function valueOf(content: CellContent): string | number {
  if ("text" in content) return content.text;
  if ("number" in content) return content.number;
  return typeof content.result === "number" ? content.result : String(content.result);
}

/** Cells as vertical runs ("C5:C7", "D9"), for adapters that write a rule or format per range. */
export function verticalRuns(cells: Array<{ row: number; col: number }>): string[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row === sorted[j].row + 1) j++;
    const a = cellAddress(sorted[i].row, sorted[i].col);
    out.push(j > i ? `${a}:${cellAddress(sorted[j].row, sorted[j].col)}` : a);
    i = j + 1;
  }
  return out;
}

/** "A1:G12" for a range. */
export function rangeAddress(r: RangePlan): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}
