/**
 * A worksheet's cells as they stream in, by row, and the used range the grid holds once the part
 * is read: merged ranges reduced to their top-left cell, rows shifted in place.
 */
import { CellValue, SheetGrid, columnIndex } from "../../../core/read/grid";
import { MarkedSheet } from "../../../core/render/model";

/** One row's cells by zero-based column; undefined (or a hole) where there is none. */
interface RowCells {
  values: Array<CellValue | undefined>;
  formats: Array<string | null | undefined>;
}

/**
 * A sheet's cells as they stream in, by row number (1-based) and zero-based column. A sheet's
 * cells come row by row: the row being read is kept in arrays used again for every row, and
 * copied into arrays of its own size when the next one starts — a row of a big sheet costs its
 * cells, not an array grown past them. A row whose formats are those of one of the last few rows
 * shares their array: survey rows repeat a handful of patterns (a column filled in some rows only).
 */
export class SheetCells {
  readonly rows = new Map<number, RowCells>();
  /** Formats arrays more than one row holds: the grid must not shift them in place. */
  readonly sharedFormats = new Set<Array<string | null | undefined>>();
  private currentRow = NaN;
  private readonly current: RowCells = { values: [], formats: [] };
  /** The current row's length: one past its last cell set. */
  private length = 0;
  /** The formats of the last rows with different ones, to share; the next to replace. */
  private readonly recentFormats: Array<Array<string | null | undefined>> = [];
  private nextRecent = 0;

  /** A row element: a row number seen before starts afresh (as ExcelJS keeps the last). */
  startRow(row: number): void {
    this.seal();
    this.currentRow = row;
  }

  set(row: number, col: number, value: CellValue, format: string | null): void {
    if (row === this.currentRow) {
      this.current.values[col] = value;
      this.current.formats[col] = format;
      if (col >= this.length) this.length = col + 1;
      return;
    }
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = { values: [], formats: [] }));
    this.own(r).values[col] = value;
    r.formats[col] = format;
  }

  delete(row: number, col: number): void {
    const r = row === this.currentRow ? this.current : this.rows.get(row);
    if (r && r.values[col] !== undefined) this.own(r).values[col] = r.formats[col] = undefined;
  }

  /** A row about to change: formats it shares with other rows become its own first. */
  private own(r: RowCells): RowCells {
    if (this.sharedFormats.has(r.formats)) r.formats = r.formats.slice();
    return r;
  }

  /** The sheet is read: its last row kept. */
  finish(): void {
    this.seal();
    this.currentRow = NaN;
  }

  /** The current row into the rows, in arrays of its own size; the arrays it was read in emptied. */
  private seal(): void {
    if (Number.isNaN(this.currentRow)) return;
    const n = this.length;
    if (n === 0) {
      this.rows.delete(this.currentRow);
      return;
    }
    const { values, formats } = this.current;
    this.rows.set(this.currentRow, { values: values.slice(0, n), formats: this.formatsOf(formats, n) });
    for (let c = 0; c < n; c++) values[c] = formats[c] = undefined;
    this.length = 0;
  }

  /** The current row's formats: a recent row's array when they are the same, else a copy kept as recent. */
  private formatsOf(formats: Array<string | null | undefined>, n: number): Array<string | null | undefined> {
    for (let k = 0; k < this.recentFormats.length; k++) {
      const recent = this.recentFormats[k];
      if (!sameCells(formats, recent, n)) continue;
      this.sharedFormats.add(recent);
      return recent;
    }
    const copy = formats.slice(0, n);
    this.recentFormats[this.nextRecent] = copy;
    this.nextRecent = (this.nextRecent + 1) % RECENT_FORMATS;
    return copy;
  }

  /** Keep only the top-left cell of a merged range ("A1:C3"). */
  unmerge(ref: string): void {
    const range = parseRange(ref);
    if (!range) return;
    const inRange = (n: number) => n >= range.top && n <= range.bottom;
    const rows =
      range.bottom - range.top < this.rows.size
        ? Array.from({ length: range.bottom - range.top + 1 }, (_, i) => range.top + i)
        : [...this.rows.keys()].filter(inRange);
    for (const n of rows) {
      const r = this.rows.get(n);
      if (!r) continue;
      const last = Math.min(range.right, r.values.length - 1);
      for (let c = range.left; c <= last; c++) if (n !== range.top || c !== range.left) this.delete(n, c);
    }
  }
}

/** How many rows' formats are kept to share. */
const RECENT_FORMATS = 8;

/** Does `a` hold `b`'s `n` cells, no more? */
function sameCells<T>(a: T[], b: T[], n: number): boolean {
  if (b.length !== n) return false;
  for (let c = 0; c < n; c++) if (a[c] !== b[c]) return false;
  return true;
}

/** "B2:D4" (or "B2") → rows 1-based, columns zero-based. */
function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const [a, b] = [
    { col: columnIndex(m[1]), row: Number(m[2]) },
    { col: columnIndex(m[3] ?? m[1]), row: Number(m[4] ?? m[2]) },
  ];
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

/** The last column that holds a cell; -1 for an empty row. */
function lastCell(values: Array<CellValue | undefined>): number {
  let last = values.length - 1;
  while (last >= 0 && values[last] === undefined) last--;
  return last;
}

/** The first column that holds a cell (the row holds one). */
function firstCell(values: Array<CellValue | undefined>): number {
  let first = 0;
  while (values[first] === undefined) first++;
  return first;
}

/** The row's cells from column `left` to its last one, holes as null: in place, the grid's memory is the row's. */
function shiftRow<T>(row: Array<T | undefined>, left: number, last: number): Array<T | null> {
  row.length = last + 1;
  if (left > 0) row.splice(0, left);
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null as T;
  return row as Array<T | null>;
}

/**
 * Rows' formats as the grid holds them: shifted in place, but for arrays rows share, which are
 * copied, once for each length asked (rows sharing formats share the copy).
 */
class FormatRows {
  private readonly copies = new Map<Array<string | null | undefined>, Map<number, Array<string | null>>>();

  constructor(private readonly shared: Set<Array<string | null | undefined>>) {}

  shift(row: Array<string | null | undefined>, left: number, last: number): Array<string | null> {
    if (!this.shared.has(row)) return shiftRow(row, left, last);
    let byLast = this.copies.get(row);
    if (!byLast) this.copies.set(row, (byLast = new Map<number, Array<string | null>>()));
    let copy = byLast.get(last);
    if (!copy) byLast.set(last, (copy = shiftRow(row.slice(0, last + 1), left, last)));
    return copy;
  }
}

/**
 * The used range as the grid holds it: `values[0][0]` is the first row's and first column's cell.
 * Rows are taken in order of their numbers, with nothing made per row but the grid's own arrays.
 */
export function toSheetGrid(name: string, cells: SheetCells, generated: MarkedSheet | undefined): SheetGrid {
  const used = usedRows(cells);
  if (used.length === 0) return { name, top: 0, left: 0, values: [], generated };
  const top = used[0] - 1;
  let left = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < used.length; i++) left = Math.min(left, firstCell(cells.rows.get(used[i])!.values));
  const height = used[used.length - 1] - top;
  const values = new Array<CellValue[]>(height);
  const formats = new Array<Array<string | null>>(height);
  const formatRows = new FormatRows(cells.sharedFormats);
  for (let i = 0; i < used.length; i++) {
    const r = cells.rows.get(used[i])!;
    const last = lastCell(r.values);
    values[used[i] - 1 - top] = shiftRow(r.values, left, last);
    formats[used[i] - 1 - top] = formatRows.shift(r.formats, left, last);
  }
  for (let i = 0; i < height; i++) if (values[i] === undefined) [values[i], formats[i]] = [[], []];
  return { name, top, left, values, formats, generated };
}

/** The numbers of the rows that hold a cell, in order. */
function usedRows(cells: SheetCells): Float64Array {
  const used = new Float64Array(cells.rows.size);
  let count = 0;
  cells.rows.forEach((r, n) => {
    if (lastCell(r.values) >= 0) used[count++] = n;
  });
  return used.subarray(0, count).sort();
}

/**
 * Zero-based column of a cell reference's bytes ("AB12" → 27), or null when it does not start
 * with letters: at most three letters, either case.
 */
export function columnOfBytes(buf: Uint8Array, start: number, end: number): number | null {
  let n = 0;
  let i = start;
  for (; i < end && i < start + 3; i++) {
    const code = buf[i] & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return i === start ? null : n - 1;
}

/** Zero-based column of a cell reference ("AB12" → 27), or null when it does not start with letters. */
export function columnOf(ref: string | undefined): number | null {
  if (!ref) return null;
  let n = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return i === 0 ? null : n - 1;
}
