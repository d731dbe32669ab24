/**
 * The text of an XML part, read from its UTF-8 bytes: character data and attribute values checked
 * and decoded as saxes decoded them (the five entities and character references, line ends as
 * "\n", whitespace in attribute values as spaces), numbers read straight from their bytes, and a
 * text that comes again and again decoded once.
 */

/** A part that is not well-formed XML; the scanner reports it, with the part's name, as damaged. */
export class NotWellFormed extends Error {}

export function fail(message: string): never {
  throw new NotWellFormed(message);
}

/**
 * An entity with no ';' before its text ends: saxes read its name on, past tags, to the next ';'
 * in the part — the scanner looks for it (the fault is then the name), or the part ends first.
 */
export class EntityRunsOn extends NotWellFormed {
  constructor(readonly at: number) {
    super("disallowed character in entity name.");
  }
}

/** What a piece of text holds besides plain characters. */
export const ENTITY = 1;
/** A carriage return (text: a line end to normalise). */
export const CR = 2;
/** A tab, line feed or carriage return in an attribute value (each one a space). */
export const SPACE = 4;
/** The piece is a CDATA section's content: no entities in it. */
export const CDATA = 16;

/** How a piece is decoded: as character data, a CDATA section's content, or an attribute value. */
export type Mode = 0 | 1 | 2;
export const TEXT: Mode = 0;
export const CDATA_TEXT: Mode = 1;
export const ATTRIBUTE: Mode = 2;

/** UTF-8 for pieces of a part: a BOM inside one is a character (the part's own BOM the scanner drops). */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Short texts are copied here and read through a view of their length, made once: no view per text. */
const SHORT = 256;
const scratch = new Uint8Array(SHORT);
const views = Array.from({ length: SHORT + 1 }, (_, n) => scratch.subarray(0, n));

/** Plain bytes (no entity, no line end to normalise) as a string. */
function plain(buf: Uint8Array, start: number, end: number): string {
  if (start >= end) return "";
  const n = end - start;
  if (n > SHORT) return utf8.decode(buf.subarray(start, end));
  for (let k = 0; k < n; k++) scratch[k] = buf[start + k];
  return utf8.decode(views[n]);
}

// =============================================================================================
// Entities

/** Where the entity last read by `entityAt` ends: after its ';'. */
let entityNext = 0;

/** An XML Char (1.0): what a character reference may stand for. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 9 ||
    cp === 10 ||
    cp === 13 ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** `&#NN;` or `&#xHH;` (a lower-case x, as saxes reads it) between `start` (after '#') and the ';'. */
function charReference(buf: Uint8Array, start: number, semi: number): number {
  let cp = 0;
  const hex = buf[start] === 0x78;
  let i = hex ? start + 1 : start;
  if (i >= semi) fail("malformed character entity.");
  for (; i < semi; i++) {
    const b = buf[i];
    const digit =
      b >= 0x30 && b <= 0x39 ? b - 0x30 : hex && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x66 ? (b | 0x20) - 87 : -1;
    if (digit < 0) fail("malformed character entity.");
    cp = cp * (hex ? 16 : 10) + digit;
  }
  if (!isXmlChar(cp)) fail("malformed character entity.");
  return cp;
}

/** Does `buf[start, end)` spell `word` (ASCII)? */
function spells(buf: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (buf[start + k] !== word.charCodeAt(k)) return false;
  return true;
}

const NAMED: ReadonlyArray<[string, number]> = [
  ["amp", 0x26],
  ["lt", 0x3c],
  ["gt", 0x3e],
  ["quot", 0x22],
  ["apos", 0x27],
];

/** Could this be an entity's name (so that it is undefined, rather than no name at all)? */
const ENTITY_NAME = /^[A-Za-z_:\u00c0-\uffff][\w.\-:\u00b7-\uffff]*$/;

/**
 * The code point of the entity at `amp` (its ';' before `end`), failing as saxes failed on one it
 * does not know; `entityNext` is set to the byte after it.
 */
export function entityAt(buf: Uint8Array, amp: number, end: number): number {
  let semi = amp + 1;
  while (semi < end && buf[semi] !== 0x3b) semi++;
  if (semi >= end) throw new EntityRunsOn(amp);
  entityNext = semi + 1;
  if (semi === amp + 1) fail("empty entity name.");
  if (buf[amp + 1] === 0x23) return charReference(buf, amp + 2, semi);
  for (let k = 0; k < NAMED.length; k++) if (spells(buf, amp + 1, semi, NAMED[k][0])) return NAMED[k][1];
  const name = utf8.decode(buf.subarray(amp + 1, semi));
  return fail(ENTITY_NAME.test(name) ? "undefined entity." : "disallowed character in entity name.");
}

// =============================================================================================
// Checking and decoding

/** A disallowed character's bytes: C0 controls other than tab and line ends, U+FFFE and U+FFFF. */
function isDisallowed(buf: Uint8Array, i: number, b: number): boolean {
  if (b < 0x20) return b !== 0x09 && b !== 0x0a && b !== 0x0d;
  return b === 0xef && buf[i + 1] === 0xbf && (buf[i + 2] & 0xfe) === 0xbe;
}

/**
 * Check character data (or, `cdata`, a CDATA section's content) as saxes did — entities known,
 * no disallowed character, no "]]>" — and tell what decoding it needs.
 */
export function checkText(buf: Uint8Array, start: number, end: number, cdata = false): number {
  let flags = cdata ? CDATA : 0;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === 0x26 && !cdata) {
      flags |= ENTITY;
      entityAt(buf, i, end);
      i = entityNext - 1;
    } else if (b === 0x5d) {
      if (!cdata && buf[i + 1] === 0x5d && buf[i + 2] === 0x3e && i + 2 < end)
        fail('the string "]]>" is disallowed in char data.');
    } else if (b === 0x0d) flags |= CR;
    else if ((b < 0x20 || b === 0xef) && isDisallowed(buf, i, b)) fail("disallowed character.");
  }
  return flags;
}

/** Check the entities of an attribute value (the scanner checks its characters as it finds its end). */
export function checkEntities(buf: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; i++)
    if (buf[i] === 0x26) {
      entityAt(buf, i, end);
      i = entityNext - 1;
    }
}

/**
 * Checked bytes (`flags` from `checkText` or the scanner) as text: entities replaced, and line ends
 * as saxes gave them — "\r\n" and "\r" are "\n" in text, and in an attribute value each tab, line
 * end or "\r\n" is a space.
 */
export function decode(buf: Uint8Array, start: number, end: number, flags: number, mode: Mode): string {
  if ((flags & (ENTITY | CR | SPACE)) === 0) return plain(buf, start, end);
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === 0x26 && mode !== CDATA_TEXT) {
      out += plain(buf, from, i) + String.fromCodePoint(entityAt(buf, i, end));
      i = entityNext - 1;
      from = entityNext;
    } else if (b === 0x0d || (mode === ATTRIBUTE && (b === 0x09 || b === 0x0a))) {
      out += plain(buf, from, i) + (mode === ATTRIBUTE ? " " : "\n");
      if (b === 0x0d && i + 1 < end && buf[i + 1] === 0x0a) i++;
      from = i + 1;
    }
  }
  return out + plain(buf, from, end);
}

/** A piece of character data or CDATA content, checked and decoded. */
export function textOf(buf: Uint8Array, start: number, end: number, cdata: boolean): string {
  return decode(buf, start, end, checkText(buf, start, end, cdata), cdata ? CDATA_TEXT : TEXT);
}

// =============================================================================================
// Numbers

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** The decimal digits of `buf[start, end)` as a number (NaN when there is none); `digitsEnd` is set to where they stop. */
let digitsEnd = 0;
function digitsAt(buf: Uint8Array, start: number, end: number): number {
  let n = 0;
  let i = start;
  for (; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  digitsEnd = i;
  return i === start ? NaN : n;
}

/**
 * A number written plainly (`-12`, `0.5`, `1E-3`) with at most 15 digits, exactly as parseFloat
 * reads it: the digits make an exact integer, and one multiplication or division by an exact power
 * of ten rounds once (Clinger's fast path). NaN for anything else — the caller then asks
 * parseFloat, whose answer this never differs from.
 */
export function plainNumber(buf: Uint8Array, start: number, end: number): number {
  const negative = buf[start] === 0x2d;
  let i = negative ? start + 1 : start;
  let m = digitsAt(buf, i, end);
  let digits = digitsEnd - i;
  let scale = 0;
  i = digitsEnd;
  if (i < end && buf[i] === 0x2e) {
    const fraction = digitsAt(buf, i + 1, end);
    const count = digitsEnd - i - 1;
    if (count > 15) return NaN;
    m = m * POW10[count] + fraction;
    digits += count;
    scale = -count;
    i = digitsEnd;
  }
  if (i < end && (buf[i] | 0x20) === 0x65) {
    const sign = buf[i + 1] === 0x2d ? -1 : buf[i + 1] === 0x2b ? 1 : 0;
    const from = sign === 0 ? i + 1 : i + 2;
    const e = digitsAt(buf, from, end);
    if (digitsEnd - from > 3) return NaN;
    scale += sign < 0 ? -e : e;
    i = digitsEnd;
  }
  if (i !== end || !(digits <= 15) || !(scale >= -22 && scale <= 22)) return NaN;
  const v = scale === 0 ? m : scale > 0 ? m * POW10[scale] : m / POW10[-scale];
  return negative ? -v : v;
}

/** Plain decimal digits (at most 15) as the integer parseInt reads; NaN for anything else. */
export function plainInteger(buf: Uint8Array, start: number, end: number): number {
  const n = digitsAt(buf, start, end);
  return digitsEnd === end && end - start <= 15 ? n : NaN;
}

// =============================================================================================
// Repeated texts

/** Does `key` hold the same bytes as `buf[start, end)`? */
function sameBytes(key: Uint8Array, buf: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key[k] !== buf[start + k]) return false;
  return true;
}

/**
 * Short texts by their bytes: a column of formulas repeats "ต่ำกว่าเป้าหมาย" row after row, and
 * each time it comes it is hashed from its bytes and found, not decoded again — the grid holds one
 * string, and the analysis's memos meet the same string (its hash already known). Emptied when half
 * full, so memory stays flat whatever a workbook holds.
 */
export class TextInterner {
  private readonly keys: Array<Uint8Array | undefined>;
  private readonly texts: string[];
  private readonly hashes: Int32Array;
  private count = 0;

  /** `slots` a power of two; texts longer than `maxBytes` are decoded each time. */
  constructor(
    private readonly slots = 4096,
    private readonly maxBytes = 96,
  ) {
    this.keys = new Array<Uint8Array | undefined>(slots);
    this.texts = new Array<string>(slots);
    this.hashes = new Int32Array(slots);
  }

  /** The text of checked bytes (`flags` from `checkText`: entities and line ends are decoded each time). */
  text(buf: Uint8Array, start: number, end: number, flags: number): string {
    if (end - start > this.maxBytes || (flags & (ENTITY | CR)) !== 0)
      return decode(buf, start, end, flags, flags & CDATA ? CDATA_TEXT : TEXT);
    let h = 0x811c9dc5 ^ (end - start);
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    const mask = this.slots - 1;
    let at = h & mask;
    for (let key = this.keys[at]; key !== undefined; key = this.keys[(at = (at + 1) & mask)])
      if (this.hashes[at] === h && sameBytes(key, buf, start, end)) return this.texts[at];
    const text = decode(buf, start, end, flags, TEXT);
    if (this.count >= this.slots >> 1) {
      this.keys.fill(undefined);
      this.count = 0;
      at = h & mask;
    }
    this.keys[at] = buf.slice(start, end);
    this.texts[at] = text;
    this.hashes[at] = h;
    this.count++;
    return text;
  }
}
