/**
 * An .xlsx package → the core's grid, sheet by sheet with bounded memory: each part is inflated
 * in chunks, decoded as a UTF-8 stream and fed to a streaming XML parser (saxes); no part's text
 * is ever held whole.
 *
 * The grid is the one the ExcelJS reader (`../readGrid.ts`) gives, but where ExcelJS is at fault,
 * here Excel's meaning is kept (tests/package.read.test.ts pins each one):
 * - a formula whose saved value is 0 or FALSE gives that value (ExcelJS: the formula);
 * - number formats keep their backslashes, so `0.00\%` is no percent (ExcelJS drops them);
 * - `t="str"` text and sheet names are decoded once (ExcelJS: twice, "&amp;lt;" → "<");
 * - `t="d"` cells give their ISO date (ExcelJS: a number), `t="b"` "true"/"false" are read;
 * - a hyperlink leaves its cell's value alone (ExcelJS turns numbers, dates, rich text into text);
 * - only numeric formula results become dates (ExcelJS fails on text under a date format);
 * - `_xHHHH_` escapes are decoded in every string item, inline plain ones too;
 * - worksheet parts of any name, prefixed elements (`<x:c>`), rows and cells without numbers and
 *   overlapping merges are read (ExcelJS skips the part or fails to load the file);
 * - every marker name counts, sheet-local ones too (ExcelJS keeps the last of one name).
 */
import { CellValue, SheetGrid, WorkbookGrid, columnIndex, columnName } from "../../../core/read/grid";
import { MarkedSheet, generatedSheetsOf } from "../../../core/render/model";
import { PackageInfo, PackageSheet, ReadOptions, findPart } from "./packageInfo";
import { Attributes, Progress, XmlHandlers, parseAsync, parseSync } from "./packageXml";
import { BUILT_IN_FORMATS } from "./schema";
import { ZipEntry } from "./zip";

export { findPart, readPackageInfo } from "./packageInfo";
export type { PackageInfo, PackageSheet, ReadOptions, Relationship } from "./packageInfo";

// =============================================================================================
// Number formats

/** A cell style's number format, and whether numbers in it are dates. */
interface CellFormat {
  code: string | null;
  date: boolean;
}

/**
 * Does a format show dates or times? ExcelJS's test, on the format as its reader has it (the
 * backslashes dropped): a date or time letter outside brackets and quotes.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\\(.)/g, "$1")
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/**
 * Style index → format, from styles.xml's `numFmts` and `cellXfs` (the `dxfs` ones are not cell
 * formats). Style 0, a cell's style when it names none, has no format, as ExcelJS reads it (its
 * format is General in Excel's files; LibreOffice writes it as a custom "General").
 */
function readStyles(entry: ZipEntry): CellFormat[] {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  const path: string[] = [];
  parseSync(entry, {
    open(name, a) {
      const parent = path[path.length - 1];
      if (name === "numFmt" && parent === "numFmts" && a.formatCode !== undefined)
        custom.set(parseInt(a.numFmtId ?? "", 10), a.formatCode);
      if (name === "xf" && parent === "cellXfs") xfIds.push(parseInt(a.numFmtId ?? "0", 10) || 0);
      path.push(name);
    },
    close() {
      path.pop();
    },
    text() {},
  });
  return xfIds.map((id, style) => {
    const code = id && style ? custom.get(id) || BUILT_IN_FORMATS[id] || null : null;
    return { code, date: code !== null && isDateFormat(code) };
  });
}

// =============================================================================================
// Shared strings

/** `_x000D_` → "\r": the escapes Excel writes in string items for characters XML cannot hold. */
function decodeEscapes(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of a string item (`<si>`, or a cell's `<is>`): its `<t>`, or its rich text
 * runs' `<t>` concatenated; phonetic runs (`<rPh>`) ignored.
 */
class StringItem {
  private parts: string[] | null = null;
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.phonetic === 0) {
      this.inText = true;
      this.parts ??= [];
    }
  }

  close(name: string): void {
    if (name === "rPh") this.phonetic--;
    else if (name === "t") this.inText = false;
  }

  text(t: string): void {
    if (this.inText) this.parts!.push(t);
  }

  /** The item's text; null when it holds no `<t>` at all. */
  value(): string | null {
    return this.parts === null ? null : decodeEscapes(this.parts.join(""));
  }
}

/** The shared strings, streamed; an item with no text at all is null. */
async function readSharedStrings(entry: ZipEntry, progress: Progress, pool: StringPool): Promise<Array<string | null>> {
  const strings: Array<string | null> = [];
  let item: StringItem | null = null;
  await parseAsync(
    entry,
    {
      open(name) {
        if (name === "si") item = new StringItem();
        else item?.open(name);
      },
      close(name) {
        if (name === "si" && item) {
          const value = item.value();
          strings.push(value === null ? null : pool.keep(value));
        }
        if (name === "si") item = null;
        else item?.close(name);
      },
      text(t) {
        item?.text(t);
      },
    },
    progress,
  );
  return strings;
}

// =============================================================================================
// Shared formulas

/** An A1 reference in a formula (not a function name, not part of a longer name), or a token to copy. */
const FORMULA_TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|\d+(?:\.\d*)?(?:[Ee][+-]?\d+)?|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(!\\[])|[A-Za-z_\\][A-Za-z0-9_.\\]*|[\s\S]/g;
const MAX_COL = 16383;
const MAX_ROW = 1048576;

/**
 * A shared formula as the cell `rows`/`cols` away from its master sees it: relative references
 * move, `$` parts stay; text in quotes, sheet names and structured references are left alone. A
 * reference moved off the sheet becomes #REF!.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(
    FORMULA_TOKEN,
    (token, colAbs?: string, letters?: string, rowAbs?: string, digits?: string) => {
      if (letters === undefined || digits === undefined) return token;
      const col = columnIndex(letters) + (colAbs ? 0 : cols);
      const row = Number(digits) + (rowAbs ? 0 : rows);
      if (columnIndex(letters) > MAX_COL) return token;
      if (col < 0 || col > MAX_COL || row < 1 || row > MAX_ROW) return "#REF!";
      return `${colAbs}${columnName(col)}${rowAbs}${row}`;
    },
  );
}

// =============================================================================================
// Worksheets

/** One `<c>` as it is read. */
interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  /** `<v>`'s text. */
  v: string | null;
  /** The inline string (`<is>`), when the cell has one. */
  inline: StringItem | null;
  formula: string | null;
  shareType: string | null;
  si: string | null;
}

/** What every cell of a workbook is read against. */
interface ReadContext {
  strings: Array<string | null>;
  formats: CellFormat[];
  date1904: boolean;
  pool: StringPool;
}

/**
 * One copy of each text the grid keeps. The parser hands out text as pieces of the chunk it is
 * reading, and a kept piece would keep its whole chunk alive: a sheet of formulas giving text
 * ("ต่ำกว่าเป้าหมาย" a hundred thousand times) would hold the sheet's XML. Each text is kept once,
 * copied out of its chunk; short ones are copied by the engine anyway and kept as they are.
 */
export class StringPool {
  private readonly texts = new Map<string, string>();

  keep(s: string): string {
    if (s.length < 13) return s;
    let kept = this.texts.get(s);
    if (kept === undefined) {
      kept = (" " + s).slice(1);
      this.texts.set(kept, kept);
    }
    return kept;
  }
}

/** A serial date → "2024-03-05", as ExcelJS's Date and `toISOString().slice(0, 10)` give it; the number when out of range. */
export function serialToIsoDate(serial: number, date1904: boolean): string | number {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  return Number.isNaN(d.getTime()) ? serial : d.toISOString().slice(0, 10);
}

/** A number under the cell's style: an ISO date when the style's format shows dates. */
function numberValue(text: string, style: number, ctx: ReadContext): CellValue {
  const n = parseFloat(text);
  return ctx.formats[style]?.date && !Number.isNaN(n) ? serialToIsoDate(n, ctx.date1904) : n;
}

/** `<v>` of a boolean: "1"/"true" or "0"/"false". */
function booleanValue(text: string): boolean {
  const t = text.trim();
  if (t === "true" || t === "false") return t === "true";
  return parseInt(t, 10) !== 0;
}

/** A cell's text by its type: text, boolean, error, ISO date, or a number. */
function typedValue(c: CellState, text: string, ctx: ReadContext): CellValue {
  switch (c.type) {
    case "str":
    case "inlineStr":
      return text;
    case "b":
      return booleanValue(text);
    case "e":
      return { error: text };
    case "d":
      return text.trim().slice(0, 10);
    default:
      return numberValue(text, c.style, ctx);
  }
}

/** The value of a cell without a formula: a shared string, else its `<v>` or inline string by type. */
function plainValue(c: CellState, ctx: ReadContext): CellValue {
  const inline = c.inline?.value() ?? null;
  const text = c.type === "inlineStr" ? (inline ?? c.v) : (c.v ?? inline);
  if (text === null) return null;
  return c.type === "s" ? (ctx.strings[parseInt(text, 10)] ?? null) : typedValue(c, text, ctx);
}

/** Shared formulas' masters of one sheet, by `si`. */
type Masters = Map<string, { formula: string; row: number; col: number }>;

/** A formula cell's value: its cached result, else its formula (a shared one as this cell sees it). */
function formulaValue(c: CellState, ctx: ReadContext, masters: Masters): CellValue {
  const text = c.formula ?? "";
  if (c.shareType === "shared" && c.si !== null && text !== "")
    masters.set(c.si, { formula: text, row: c.row, col: c.col });
  // The saved result (ExcelJS's test: a non-empty <v>).
  if (c.v) return typedValue(c, c.v, ctx);
  const formula = text !== "" ? text : sharedFormula(c, masters);
  return formula ? { formula: `=${formula.replace(/^=/, "")}` } : null;
}

function sharedFormula(c: CellState, masters: Masters): string | null {
  const master = c.shareType === "shared" && c.si !== null ? masters.get(c.si) : undefined;
  return master ? shiftFormula(master.formula, c.row - master.row, c.col - master.col) : null;
}

/** One row's cells by zero-based column; undefined (or a hole) where there is none. */
interface RowCells {
  values: Array<CellValue | undefined>;
  formats: Array<string | null | undefined>;
}

/** A sheet's cells as they stream in, by row number (1-based) and zero-based column. */
class SheetCells {
  readonly rows = new Map<number, RowCells>();

  /** A row element: a row number seen before starts afresh (as ExcelJS keeps the last). */
  startRow(row: number): void {
    this.rows.set(row, { values: [], formats: [] });
  }

  set(row: number, col: number, value: CellValue, format: string | null): void {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = { values: [], formats: [] }));
    r.values[col] = value;
    r.formats[col] = format;
  }

  delete(row: number, col: number): void {
    const r = this.rows.get(row);
    if (r && r.values[col] !== undefined) r.values[col] = r.formats[col] = undefined;
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

/** The first and last columns that hold a cell, or null for an empty row. */
function rowExtent(values: Array<CellValue | undefined>): { first: number; last: number } | null {
  let last = values.length - 1;
  while (last >= 0 && values[last] === undefined) last--;
  if (last < 0) return null;
  let first = 0;
  while (values[first] === undefined) first++;
  return { first, last };
}

/** The row's cells from column `left` to its last one, holes as null: in place, the grid's memory is the row's. */
function shiftRow<T>(row: Array<T | undefined>, left: number, last: number): Array<T | null> {
  row.length = last + 1;
  if (left > 0) row.splice(0, left);
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null as T;
  return row as Array<T | null>;
}

/** The used range as the grid holds it: `values[0][0]` is the first row's and first column's cell. */
function toSheetGrid(name: string, cells: SheetCells, generated: MarkedSheet | undefined): SheetGrid {
  const used = [...cells.rows]
    .map(([n, r]) => ({ n, r, extent: rowExtent(r.values) }))
    .filter((x) => x.extent !== null)
    .sort((a, b) => a.n - b.n);
  if (used.length === 0) return { name, top: 0, left: 0, values: [], generated };
  const top = used[0].n - 1;
  const left = used.reduce((min, x) => Math.min(min, x.extent!.first), Number.MAX_SAFE_INTEGER);
  const height = used[used.length - 1].n - top;
  const values: CellValue[][] = Array.from({ length: height }, () => []);
  const formats: Array<Array<string | null>> = Array.from({ length: height }, () => []);
  for (const { n, r, extent } of used) {
    values[n - 1 - top] = shiftRow(r.values, left, extent!.last);
    formats[n - 1 - top] = shiftRow(r.formats, left, extent!.last);
  }
  return { name, top, left, values, formats, generated };
}

/** Zero-based column of a cell reference ("AB12" → 27), or null when it does not start with letters. */
function columnOf(ref: string | undefined): number | null {
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

/** Reads one worksheet part's `sheetData` and `mergeCells` into a SheetCells. */
class SheetReader implements XmlHandlers {
  readonly cells = new SheetCells();
  private readonly merges: string[] = [];
  private readonly masters: Masters = new Map();
  private inSheetData = false;
  private row = 0;
  private col = -1;
  private cell: CellState | null = null;
  private readonly state: CellState = {
    row: 0,
    col: 0,
    type: "n",
    style: 0,
    v: null,
    inline: null,
    formula: null,
    shareType: null,
    si: null,
  };
  private target: "v" | "f" | null = null;

  constructor(private readonly ctx: ReadContext) {}

  open(name: string, a: Attributes): void {
    if (name === "sheetData") this.inSheetData = true;
    else if (name === "mergeCell" && a.ref) this.merges.push(a.ref);
    else if (!this.inSheetData) return;
    else if (name === "row") this.startRow(a);
    else if (name === "c") this.startCell(a);
    else if (this.cell) this.openInCell(name, a);
  }

  close(name: string): void {
    if (name === "sheetData") this.inSheetData = false;
    else if (!this.cell) return;
    else if (name === "c") this.endCell(this.cell);
    else if (name === "v" || name === "f") this.target = null;
    else this.cell.inline?.close(name);
  }

  text(t: string): void {
    const c = this.cell;
    if (!c) return;
    if (this.target === "v") c.v = (c.v ?? "") + t;
    else if (this.target === "f") c.formula = (c.formula ?? "") + t;
    else c.inline?.text(t);
  }

  /** The cells, merged ranges reduced to their top-left cell. */
  finish(): SheetCells {
    for (const ref of this.merges) this.cells.unmerge(ref);
    return this.cells;
  }

  private startRow(a: Attributes): void {
    const r = parseInt(a.r ?? "", 10);
    this.row = Number.isNaN(r) ? this.row + 1 : r;
    this.col = -1;
    this.cells.startRow(this.row);
  }

  /** A cell opens: its state is the one object, reset (no garbage per cell). */
  private startCell(a: Attributes): void {
    this.col = columnOf(a.r) ?? this.col + 1;
    const c = this.state;
    c.row = this.row;
    c.col = this.col;
    c.type = a.t ?? "n";
    c.style = a.s === undefined ? 0 : parseInt(a.s, 10) || 0;
    c.v = c.formula = c.shareType = c.si = null;
    c.inline = null;
    this.cell = c;
  }

  private openInCell(name: string, a: Attributes): void {
    const c = this.cell!;
    if (name === "v") this.target = "v";
    else if (name === "f") {
      this.target = "f";
      c.shareType = a.t ?? null;
      c.si = a.si ?? null;
    } else if (name === "is") c.inline = new StringItem();
    else c.inline?.open(name);
  }

  private endCell(c: CellState): void {
    this.cell = null;
    this.target = null;
    const isFormula = !!c.formula || !!c.shareType;
    const value = isFormula ? formulaValue(c, this.ctx, this.masters) : plainValue(c, this.ctx);
    if (value === null || value === "") this.cells.delete(c.row, c.col);
    else this.cells.set(c.row, c.col, this.kept(value), this.ctx.formats[c.style]?.code ?? null);
  }

  /** Text values pooled (see StringPool); others as they are. */
  private kept(value: CellValue): CellValue {
    if (typeof value === "string") return this.ctx.pool.keep(value);
    if (value !== null && typeof value === "object" && "formula" in value)
      return { formula: this.ctx.pool.keep(value.formula) };
    return value;
  }
}

// =============================================================================================
// The grid

/** The worksheets to read, in workbook order: chartsheets and sheets whose part is missing are skipped. */
function worksheetsOf(info: PackageInfo): Array<{ sheet: PackageSheet; entry: ZipEntry }> {
  const out: Array<{ sheet: PackageSheet; entry: ZipEntry }> = [];
  for (const sheet of info.sheets) {
    const entry = sheet.kind === "worksheet" && sheet.path ? findPart(info.entries, sheet.path) : undefined;
    if (entry) out.push({ sheet, entry });
  }
  return out;
}

const partOf = (info: PackageInfo, path: string | null) => (path ? findPart(info.entries, path) : undefined);

/** The workbook's grid, read sheet by sheet from the package; memory bounded by the grid itself. */
export async function readPackageGrid(info: PackageInfo, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const worksheets = worksheetsOf(info);
  const stringsEntry = partOf(info, info.sharedStringsPath);
  const stylesEntry = partOf(info, info.stylesPath);
  const total = (stringsEntry?.size ?? 0) + worksheets.reduce((n, w) => n + w.entry.size, 0);
  const progress = new Progress(total, options);
  const pool = new StringPool();
  const ctx: ReadContext = {
    formats: stylesEntry ? readStyles(stylesEntry) : [],
    strings: stringsEntry ? await readSharedStrings(stringsEntry, progress, pool) : [],
    date1904: info.date1904,
    pool,
  };
  const generated = generatedSheetsOf(info.definedNames);
  const sheets: SheetGrid[] = [];
  for (const { sheet, entry } of worksheets) {
    const reader = new SheetReader(ctx);
    await parseAsync(entry, reader, progress);
    sheets.push(toSheetGrid(sheet.name, reader.finish(), generated.get(sheet.name)));
  }
  progress.finish();
  return { sheets };
}
