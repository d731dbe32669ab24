/**
 * A cell's value from its saved text, as the package reader gives it (readPackage.ts says where
 * that differs from ExcelJS): numbers, dates under a date format, booleans, errors, escapes in
 * string items, and shared formulas as each cell sees them.
 */
import { CellValue, columnIndex, columnName } from "../../../core/read/grid";

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

const DAY_MS = 86400000;
/** The largest time a Date holds, in milliseconds either side of 1970. */
const MAX_TIME = 8.64e15;

/**
 * Each day's ISO date once: a column of dates repeats a few hundred days, and a Date and its
 * `toISOString` for every cell is work — and memory, one string a cell — for nothing.
 */
const isoDays = new Map<number, string>();

/** A serial date → "2024-03-05", as ExcelJS's Date and `toISOString().slice(0, 10)` give it; the number when out of range. */
export function serialToIsoDate(serial: number, date1904: boolean): string | number {
  const time = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  if (!(Math.abs(time) <= MAX_TIME)) return serial;
  const day = Math.floor(time / DAY_MS);
  let iso = isoDays.get(day);
  if (iso === undefined) {
    if (isoDays.size >= 100_000) isoDays.clear();
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDays.set(day, iso);
  }
  return iso;
}

/** `_x000D_` → "\r": the escapes Excel writes in string items for characters XML cannot hold. */
export function decodeEscapes(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `<v>` of a boolean: "1"/"true" or "0"/"false". */
export function booleanValue(text: string): boolean {
  const t = text.trim();
  if (t === "true" || t === "false") return t === "true";
  return parseInt(t, 10) !== 0;
}

/** A cell's type (`t`): the ones read apart; any other is read as a number, as "n" is. */
export const TYPE_NUMBER = 0;
export const TYPE_SHARED = 1;
export const TYPE_STR = 2;
export const TYPE_INLINE = 3;
export const TYPE_BOOLEAN = 4;
export const TYPE_ERROR = 5;
export const TYPE_DATE = 6;

const TYPES = new Map([
  ["s", TYPE_SHARED],
  ["str", TYPE_STR],
  ["inlineStr", TYPE_INLINE],
  ["b", TYPE_BOOLEAN],
  ["e", TYPE_ERROR],
  ["d", TYPE_DATE],
]);

/** The type a `t` attribute names. */
export function typeOf(t: string): number {
  return TYPES.get(t) ?? TYPE_NUMBER;
}

/** A number under a style that shows dates or not: an ISO date when it does. */
export function numberValue(n: number, date: boolean, date1904: boolean): CellValue {
  return date && !Number.isNaN(n) ? serialToIsoDate(n, date1904) : n;
}

/** A cell's text by its type: text, boolean, error, ISO date, or a number (a shared string's index is the caller's). */
export function typedValue(type: number, text: string, date: boolean, date1904: boolean): CellValue {
  switch (type) {
    case TYPE_STR:
    case TYPE_INLINE:
      return text;
    case TYPE_BOOLEAN:
      return booleanValue(text);
    case TYPE_ERROR:
      return { error: text };
    case TYPE_DATE:
      return text.trim().slice(0, 10);
    default:
      return numberValue(parseFloat(text), date, date1904);
  }
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
