/**
 * One worksheet part's `sheetData` and `mergeCells`, read from the byte scanner's elements into
 * a sheet's cells. A cell's parts are kept as their bytes until its end, and only what its value
 * needs is decoded: a number is read from its digits, a shared string's index too, a formula's text
 * only when no saved value stands for it (or other cells share it), a text that repeats is decoded
 * once. Nothing is kept per cell but its value and format.
 */
import { CellValue } from "../../../core/read/grid";
import {
  TYPE_BOOLEAN,
  TYPE_INLINE,
  TYPE_NUMBER,
  TYPE_SHARED,
  TYPE_STR,
  numberValue,
  shiftFormula,
  typeOf,
  typedValue,
} from "./cellValues";
import { SheetCells, columnOf, columnOfBytes } from "./sheetCells";
import { StringItem } from "./stringItems";
import { XmlScanner, XmlSink } from "./xmlScanner";
import {
  ATTRIBUTE,
  CDATA,
  CDATA_TEXT,
  TEXT,
  TextInterner,
  checkText,
  decode,
  plainInteger,
  plainNumber,
} from "./xmlText";

/** What every cell of a workbook is read against. */
export interface ReadContext {
  strings: Array<string | null>;
  /** By style index: the number format, and whether numbers in it are dates. */
  formatCodes: Array<string | null>;
  dates: boolean[];
  date1904: boolean;
  /** Texts that repeat (a column of formula results, errors, shared formulas' ids), decoded once. */
  texts: TextInterner;
}

/** The local names a worksheet is read by; a kind is a name's place in the list, plus one. */
export const WORKSHEET_NAMES = ["sheetData", "mergeCell", "row", "c", "v", "f", "is", "t", "rPh"];
const SHEET_DATA = 1;
const MERGE_CELL = 2;
const ROW = 3;
const C = 4;
const V = 5;
const F = 6;
const IS = 7;
const T = 8;
const RPH = 9;

const ascii = (s: string) => new TextEncoder().encode(s);
/** The attributes read, by their names' bytes: `r`, `s`, `t` (one byte each), `ref`, `si`. */
const ATTR_R = 0x72;
const ATTR_S = 0x73;
const ATTR_T = 0x74;
const REF = ascii("ref");
const SI = ascii("si");
const SHARED = ascii("shared");
const TYPE_NAMES = ["s", "str", "inlineStr", "b", "e", "d", "n"].map((t) => ({ bytes: ascii(t), type: typeOf(t) }));

/** Does `buf[start, end)` hold exactly `bytes`? */
function same(buf: Uint8Array, start: number, end: number, bytes: Uint8Array): boolean {
  if (end - start !== bytes.length) return false;
  for (let k = 0; k < bytes.length; k++) if (buf[start + k] !== bytes[k]) return false;
  return true;
}

/** An attribute's value as text: its bytes decoded, whitespace as spaces. */
function valueText(x: XmlScanner, k: number): string {
  return decode(x.buf, x.valueStart(k), x.valueEnd(k), x.valueFlags(k), ATTRIBUTE);
}

// =============================================================================================
// An element's text

const NONE = 0;
const BYTES = 1;
const STRING = 2;

/**
 * One element's character data as it streams in (`<v>`, `<f>`): a single piece kept as its bytes
 * (checked, with what decoding it needs), more than one joined as text. Bytes the scanner is about
 * to drop are copied out first.
 */
class Pieces {
  state = NONE;
  private buf: Uint8Array = new Uint8Array(0);
  private start = 0;
  private end = 0;
  private flags = 0;
  private str = "";

  add(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    const flags = checkText(buf, start, end, cdata);
    if (this.state === NONE) {
      this.state = BYTES;
      this.buf = buf;
      this.start = start;
      this.end = end;
      this.flags = flags;
    } else {
      this.str = this.text() + decode(buf, start, end, flags, cdata ? CDATA_TEXT : TEXT);
      this.state = STRING;
    }
  }

  /** Some text, not empty (an empty CDATA section is text, but empty). */
  filled(): boolean {
    return this.state === BYTES ? this.end > this.start : this.state === STRING && this.str !== "";
  }

  text(): string {
    if (this.state !== BYTES) return this.state === STRING ? this.str : "";
    return decode(this.buf, this.start, this.end, this.flags, this.flags & CDATA ? CDATA_TEXT : TEXT);
  }

  /** The text, a repeated one decoded once. */
  shortText(texts: TextInterner): string {
    return this.state === BYTES ? texts.text(this.buf, this.start, this.end, this.flags) : this.str;
  }

  /** As parseFloat reads the text. */
  number(): number {
    const n = this.state === BYTES ? plainNumber(this.buf, this.start, this.end) : NaN;
    return Number.isNaN(n) ? parseFloat(this.text()) : n;
  }

  /** As parseInt reads the text. */
  integer(): number {
    const n = this.state === BYTES ? plainInteger(this.buf, this.start, this.end) : NaN;
    return Number.isNaN(n) ? parseInt(this.text(), 10) : n;
  }

  /** One byte, or -1 when the text is not that. */
  byte(): number {
    return this.state === BYTES && this.end === this.start + 1 ? this.buf[this.start] : -1;
  }

  release(buf: Uint8Array): void {
    if (this.state !== BYTES || this.buf !== buf) return;
    this.buf = buf.slice(this.start, this.end);
    this.end -= this.start;
    this.start = 0;
  }
}

// =============================================================================================
// The sheet

/** Shared formulas' masters of one sheet, by `si`. */
type Masters = Map<string, { formula: string; row: number; col: number }>;

/** What `<f t=…>` says: no `t`, an empty one, "shared", or another. */
const SHARE_NONE = 0;
const SHARE_EMPTY = 1;
const SHARE_SHARED = 2;
const SHARE_OTHER = 3;

/** Reads one worksheet part's `sheetData` and `mergeCells` into a SheetCells. */
export class SheetReader implements XmlSink {
  readonly cells = new SheetCells();
  private readonly merges: string[] = [];
  private readonly masters: Masters = new Map();
  private inSheetData = false;
  private row = 0;
  private col = -1;
  /** The cell being read: between its `<c>` and `</c>`. */
  private inCell = false;
  private cellRow = 0;
  private cellCol = 0;
  private type = TYPE_NUMBER;
  private style = 0;
  private readonly v = new Pieces();
  private readonly f = new Pieces();
  private share = SHARE_NONE;
  private si: string | null = null;
  private readonly inline = new StringItem();
  /** Where text goes: `<v>`, `<f>`, or (0) an inline string's `<t>` if any. */
  private target = 0;

  constructor(private readonly ctx: ReadContext) {}

  open(kind: number, x: XmlScanner): void {
    if (kind === SHEET_DATA) this.inSheetData = true;
    else if (kind === MERGE_CELL) this.mergeCell(x);
    else if (!this.inSheetData) return;
    else if (kind === ROW) this.startRow(x);
    else if (kind === C) this.startCell(x);
    else if (this.inCell) this.openInCell(kind, x);
  }

  close(kind: number): void {
    if (kind === SHEET_DATA) this.inSheetData = false;
    else if (!this.inCell) return;
    else if (kind === C) this.endCell();
    else if (kind === V || kind === F) this.target = 0;
    else if (!this.inline.active) return;
    else if (kind === T) this.inline.closeText();
    else if (kind === RPH) this.inline.closePhonetic();
  }

  wantsText(): boolean {
    return this.inCell && (this.target !== 0 || (this.inline.active && this.inline.inText));
  }

  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    if (this.target === V) this.v.add(buf, start, end, cdata);
    else if (this.target === F) this.f.add(buf, start, end, cdata);
    else this.inline.add(this.ctx.texts.text(buf, start, end, checkText(buf, start, end, cdata)));
  }

  release(buf: Uint8Array): void {
    this.v.release(buf);
    this.f.release(buf);
  }

  /** The cells, merged ranges reduced to their top-left cell. */
  finish(): SheetCells {
    this.cells.finish();
    for (const ref of this.merges) this.cells.unmerge(ref);
    return this.cells;
  }

  /** A merged range, wherever it is: its `ref` when it has one. */
  private mergeCell(x: XmlScanner): void {
    const k = x.attribute(REF);
    const ref = k < 0 ? "" : valueText(x, k);
    if (ref) this.merges.push(ref);
  }

  private startRow(x: XmlScanner): void {
    const k = x.attribute1(ATTR_R);
    const r = k < 0 ? NaN : this.integerOf(x, k);
    this.row = Number.isNaN(r) ? this.row + 1 : r;
    this.col = -1;
    this.cells.startRow(this.row);
  }

  /** An attribute's value as parseInt reads it. */
  private integerOf(x: XmlScanner, k: number): number {
    const n = x.valueFlags(k) === 0 ? plainInteger(x.buf, x.valueStart(k), x.valueEnd(k)) : NaN;
    return Number.isNaN(n) ? parseInt(valueText(x, k), 10) : n;
  }

  /** A cell opens: its state is the reader's own fields, reset (no garbage per cell). */
  private startCell(x: XmlScanner): void {
    const r = x.attribute1(ATTR_R);
    const col =
      r < 0
        ? null
        : x.valueFlags(r) === 0
          ? columnOfBytes(x.buf, x.valueStart(r), x.valueEnd(r))
          : columnOf(valueText(x, r));
    this.col = col ?? this.col + 1;
    this.inCell = true;
    this.cellRow = this.row;
    this.cellCol = this.col;
    const s = x.attribute1(ATTR_S);
    this.style = s < 0 ? 0 : this.integerOf(x, s) || 0;
    this.type = this.typeOf(x, x.attribute1(ATTR_T));
    this.v.state = this.f.state = NONE;
    this.share = SHARE_NONE;
    this.si = null;
    this.inline.active = false;
  }

  /** The cell's type from its `t`. */
  private typeOf(x: XmlScanner, k: number): number {
    if (k < 0) return TYPE_NUMBER;
    if (x.valueFlags(k) !== 0) return typeOf(valueText(x, k));
    const start = x.valueStart(k);
    const end = x.valueEnd(k);
    for (let t = 0; t < TYPE_NAMES.length; t++)
      if (same(x.buf, start, end, TYPE_NAMES[t].bytes)) return TYPE_NAMES[t].type;
    return TYPE_NUMBER;
  }

  private openInCell(kind: number, x: XmlScanner): void {
    if (kind === V) this.target = V;
    else if (kind === F) this.openFormula(x);
    else if (kind === IS) this.inline.start();
    else if (!this.inline.active) return;
    else if (kind === T) this.inline.openText();
    else if (kind === RPH) this.inline.openPhonetic();
  }

  /** `<f>`: its share type and shared formula's id. */
  private openFormula(x: XmlScanner): void {
    this.target = F;
    const t = x.attribute1(ATTR_T);
    if (t < 0) this.share = SHARE_NONE;
    else if (x.valueFlags(t) !== 0) this.share = shareOf(valueText(x, t));
    else if (x.valueEnd(t) === x.valueStart(t)) this.share = SHARE_EMPTY;
    else this.share = same(x.buf, x.valueStart(t), x.valueEnd(t), SHARED) ? SHARE_SHARED : SHARE_OTHER;
    const si = x.attribute(SI);
    this.si =
      si < 0
        ? null
        : x.valueFlags(si) === 0
          ? this.ctx.texts.text(x.buf, x.valueStart(si), x.valueEnd(si), 0)
          : valueText(x, si);
  }

  private endCell(): void {
    this.inCell = false;
    this.target = 0;
    const isFormula = this.f.filled() || (this.share !== SHARE_NONE && this.share !== SHARE_EMPTY);
    const value = isFormula ? this.formulaValue() : this.plainValue();
    if (value === null || value === "") this.cells.delete(this.cellRow, this.cellCol);
    else this.cells.set(this.cellRow, this.cellCol, value, this.ctx.formatCodes[this.style] ?? null);
  }

  /** The value of a cell without a formula: a shared string, else its `<v>` or inline string by type. */
  private plainValue(): CellValue {
    const inline = this.inline.active ? this.inline.value() : null;
    if (this.type === TYPE_INLINE && inline !== null) return inline;
    if (this.v.state !== NONE) return this.typed(this.v);
    return inline === null ? null : this.typedText(inline);
  }

  /** A cell's `<v>` by its type. */
  private typed(v: Pieces): CellValue {
    const ctx = this.ctx;
    switch (this.type) {
      case TYPE_NUMBER:
        return numberValue(v.number(), ctx.dates[this.style], ctx.date1904);
      case TYPE_SHARED:
        return ctx.strings[v.integer()] ?? null;
      case TYPE_STR:
        return v.shortText(ctx.texts);
      case TYPE_BOOLEAN:
        return v.byte() === 0x31 ? true : v.byte() === 0x30 ? false : this.typedText(v.text());
      default:
        return this.typedText(v.state === BYTES ? v.shortText(ctx.texts) : v.text());
    }
  }

  /** A cell's text by its type (a shared string's index too). */
  private typedText(text: string): CellValue {
    if (this.type === TYPE_SHARED) return this.ctx.strings[parseInt(text, 10)] ?? null;
    return typedValue(this.type, text, this.ctx.dates[this.style], this.ctx.date1904);
  }

  /** A formula cell's value: its saved result, else its formula (a shared one as this cell sees it). */
  private formulaValue(): CellValue {
    const shared = this.share === SHARE_SHARED && this.si !== null;
    const text = this.f.filled() && (shared || !this.v.filled()) ? this.f.text() : "";
    if (shared && text !== "") this.masters.set(this.si!, { formula: text, row: this.cellRow, col: this.cellCol });
    // The saved result (ExcelJS's test: a non-empty <v>).
    if (this.v.filled()) return this.typedResult();
    const master = shared ? this.masters.get(this.si!) : undefined;
    const formula =
      text !== ""
        ? text
        : master
          ? shiftFormula(master.formula, this.cellRow - master.row, this.cellCol - master.col)
          : null;
    return formula ? { formula: `=${formula.replace(/^=/, "")}` } : null;
  }

  /** A formula's saved result by the cell's type: a shared string's index is a number here. */
  private typedResult(): CellValue {
    if (this.type !== TYPE_SHARED) return this.typed(this.v);
    return numberValue(this.v.number(), this.ctx.dates[this.style], this.ctx.date1904);
  }
}

/** A share type given as text. */
function shareOf(t: string): number {
  return t === "" ? SHARE_EMPTY : t === "shared" ? SHARE_SHARED : SHARE_OTHER;
}
