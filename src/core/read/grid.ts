/**
 * What the readers hand to the parser: every sheet's used range as plain values with their
 * number formats, each cell addressable as `Sheet!C5`. No Office or ExcelJS types cross this line.
 */

export interface CellError {
  error: string;
}

/** A formula saved without the value it gives (written by a program, never opened in Excel). */
export interface CellFormula {
  formula: string;
}

export type CellValue = string | number | boolean | null | CellError | CellFormula;

export interface SheetGrid {
  name: string;
  /** Zero-based row and column of `values[0][0]` in the sheet. */
  top: number;
  left: number;
  /** Rows of the used range; rows may be shorter than the widest one. */
  values: CellValue[][];
  /**
   * The number format of each cell ("0.00%", "General"), in the same shape as `values`; absent when
   * the reader has none. A value shown as a percent is that percent: 0.7868 with "0.00%" is 78.68.
   */
  formats?: Array<Array<string | null>>;
  /** Set when the sheet was written by ITA Analyzer; such sheets are never read as input. */
  generated?: string;
  /**
   * What a reader left out of the sheet, far from its tables (a stray value at XFD1048576), and the
   * used range it stretched: the analysis names each part in a warning.
   */
  farCells?: { parts: CellBox[]; used: CellBox };
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** The workbook's file name ("ITA2568_สรุปผล.xlsx"), when the host tells it: it may name the year. */
  name?: string;
}

/** A rectangle of a sheet's cells, zero-based and inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

export function isFormula(v: CellValue): v is CellFormula {
  return typeof v === "object" && v !== null && "formula" in v;
}

/** Does a number format show the value as a percent ("0.00%", but not a literal "\%" or "%" in quotes)? */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ""));
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

/** Would Excel read this name as a cell of its own (A1 or R1C1 style)? Then a reference quotes it. */
function looksLikeCell(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1]) < 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576) return true;
  return /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * A sheet name as Excel writes it in a reference: as it is when it is all word characters (letters
 * of any script with their marks, digits, "_" and ".") not starting with a digit or a dot and not
 * looking like a cell; else in single quotes, a quote in it doubled: 'ผล ITA ''ฉบับแก้ไข'' ปี 67!'.
 */
export function quoteSheetName(name: string): string {
  // Asked for every cell named: a workbook has few sheets, so each name is worked out once.
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    if (quotedNames.size >= 10_000) quotedNames.clear();
    const plain = /^[\p{L}\p{M}\p{N}_.]+$/u.test(name) && !/^[\p{N}.]/u.test(name) && !looksLikeCell(name);
    quotedNames.set(name, (quoted = plain ? name : `'${name.replace(/'/g, "''")}'`));
  }
  return quoted;
}

const quotedNames = new Map<string, string>();

/**
 * A sheet name for a formula the tool writes: quoted unless plain ASCII, which every Excel and
 * LibreOffice reads the same way whatever its language.
 */
export function formulaSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !looksLikeCell(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet!C5", "'ผล ITA'!C5": a cell as Excel names it, in messages, the report and the sheets. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;
}

/** A reference as `cellRef` writes it → the sheet's name (unquoted) and the address; null when it is not one. */
export function parseCellRef(ref: string): { sheet: string; address: string } | null {
  const m = /^('(?:[^']|'')+'|[^'!]+)!\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  return { sheet: unquoteSheetName(m[1]), address: `${m[2].toUpperCase()}${m[3]}` };
}

/** A sheet's name as a reference writes it, quoted or not, back to the name (a doubled quote is one). */
export function unquoteSheetName(written: string): string {
  return (/^'.*'$/.test(written) ? written.slice(1, -1) : written).replace(/''/g, "'");
}

/** "C5", "$C$5" → zero-based row and column; null when it is not an address. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

/** An absolute A1 address: (4, 1) → "$B$5". */
export function absoluteAddress(row: number, col: number): string {
  return `$${columnName(col)}$${row + 1}`;
}

/** An absolute reference to a range of a sheet: "'หน่วยงาน'!$B$5:$B$28" (one cell when top-left = bottom-right). */
export function absoluteRef(sheet: string | null, top: number, left: number, bottom = top, right = left): string {
  const a = absoluteAddress(top, left);
  const b = absoluteAddress(bottom, right);
  return `${sheet === null ? "" : `${formulaSheetName(sheet)}!`}${a === b ? a : `${a}:${b}`}`;
}
