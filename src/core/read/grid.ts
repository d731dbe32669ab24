/**
 * What the readers hand to the parser: every sheet's used range as plain values,
 * each cell addressable as `Sheet!C5`. No Office or ExcelJS types cross this line.
 */

export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface SheetGrid {
  name: string;
  /** Zero-based row and column of `values[0][0]` in the sheet. */
  top: number;
  left: number;
  /** Rows of the used range; rows may be shorter than the widest one. */
  values: CellValue[][];
  /** Set when the sheet was written by ITA Analyzer; such sheets are never read as input. */
  generated?: string;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** Zero-based column index to letters: 0 → "A", 27 → "AB". */
export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to zero-based column index: "A" → 0, "AB" → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based row/column to an A1 address: (4, 2) → "C5". */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** Quote a sheet name for a reference when Excel needs it: 'ผล ITA'!C5. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet!C5" as the user reads it in messages and the JSON report (not quoted). */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheet}!${cellAddress(row, col)}`;
}

/** An absolute A1 address: (4, 1) → "$B$5". */
export function absoluteAddress(row: number, col: number): string {
  return `$${columnName(col)}$${row + 1}`;
}

/** An absolute reference to a range of a sheet: "'หน่วยงาน'!$B$5:$B$28" (one cell when top-left = bottom-right). */
export function absoluteRef(sheet: string | null, top: number, left: number, bottom = top, right = left): string {
  const a = absoluteAddress(top, left);
  const b = absoluteAddress(bottom, right);
  return `${sheet === null ? "" : `${quoteSheetName(sheet)}!`}${a === b ? a : `${a}:${b}`}`;
}
