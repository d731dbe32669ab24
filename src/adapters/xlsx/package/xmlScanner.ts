/**
 * A scanner for the big parts of a package — worksheets and shared strings — over their UTF-8
 * bytes, chunk by chunk as they are inflated, with no general XML event stream: the reader says
 * which local names it wants (`<x:c>` is `c`), and is told of those elements by number, of their
 * attributes by where they lie in the bytes, and of text only where it wants text; nothing is
 * decoded that it does not ask for.
 *
 * A part is never held whole: what a chunk leaves unfinished (a tag, or text the reader wants) is
 * carried over to the next; text nobody wants, comments and processing instructions are checked and
 * passed over whatever their length. The part's well-formedness is checked as saxes checked it —
 * nesting, one root, tags and attributes, entities, disallowed characters — and a fault is a
 * ZipError("damaged", "… is not well-formed XML: …") with saxes's words.
 */
import { CR, ENTITY, EntityRunsOn, NotWellFormed, SPACE, checkEntities, checkText, fail } from "./xmlText";
import { checkXmlDeclaration } from "./xmlDeclaration";
import { ZipError } from "./zip";

/** What a scanner hands the elements it was asked for, and the text inside them. */
export interface XmlSink {
  /** An element opens: `kind` is its local name's place in the scanner's list, plus one (0: not listed). */
  open(kind: number, scanner: XmlScanner): void;
  close(kind: number): void;
  /** Would text here be read? Text nobody reads is checked and dropped, never carried over. */
  wantsText(): boolean;
  /** Character data as its bytes (entities not replaced), or (`cdata`) a CDATA section's content. */
  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void;
  /** The bytes handed out so far are about to be dropped: copy out any piece still needed. */
  release(buf: Uint8Array): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMPERSAND = 0x26;
const COLON = 0x3a;

/** Byte classes: 0 not in a name, 1 may start one, 2 only inside one, 3 whitespace, 4 '/' or '>'. */
const CLASS = (() => {
  const t = new Uint8Array(256);
  t.fill(1, 0x80);
  t.fill(1, 0x41, 0x5b);
  t.fill(1, 0x61, 0x7b);
  t.fill(2, 0x30, 0x3a);
  t[0x5f] = t[COLON] = 1;
  t[0x2d] = t[0x2e] = 2;
  t[0x20] = t[0x09] = t[0x0a] = t[0x0d] = 3;
  t[SLASH] = t[GT] = 4;
  return t;
})();
const NAME_START = 1;
const WHITESPACE = 3;

const EMPTY = new Uint8Array(0);
/** Attribute records: name start and end, value start and end, the value's flags. */
const STRIDE = 5;
/** A comment, processing instruction or unread CDATA section runs past the chunk: the marker it ends with. */
const COMMENT_END = [0x2d, 0x2d, GT];
const INSTRUCTION_END = [QUESTION, GT];
const CDATA_END = [0x5d, 0x5d, GT];
/** An entity's name read on to its ';'. */
const ENTITY_END = [0x3b];

/**
 * A fault at byte `b`: a control character is "disallowed character." wherever it is, as saxes
 * checked every character before anything else; else `message` (none: no fault unless it is one).
 */
function failAt(b: number, message: string): void {
  if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) fail("disallowed character.");
  if (message) fail(message);
}

/** `a` and the first `take` bytes of `b`, end to end. */
function join(a: Uint8Array, b: Uint8Array, take: number): Uint8Array {
  const out = new Uint8Array(a.length + take);
  out.set(a);
  out.set(take === b.length ? b : b.subarray(0, take), a.length);
  return out;
}

function startsWith(buf: Uint8Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (buf[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** Where `marker` starts in `buf` at or after `from`, or -1. */
function find(buf: Uint8Array, from: number, marker: number[]): number {
  for (let at = buf.indexOf(marker[0], from); at >= 0; at = buf.indexOf(marker[0], at + 1)) {
    let k = 1;
    while (k < marker.length && buf[at + k] === marker[k]) k++;
    if (k === marker.length) return at;
    if (at + k >= buf.length) return -1;
  }
  return -1;
}

const utf8 = new TextDecoder();

export class XmlScanner {
  /** The bytes being scanned: a chunk, after what the one before left unfinished. */
  buf: Uint8Array = EMPTY;
  /** The attributes of the tag just opened (see `STRIDE`), for the sink's `open`. */
  attrCount = 0;
  private attrs = new Int32Array(STRIDE * 8);
  private selfClosing = false;
  private carry: Uint8Array | null = null;
  /** Inside a comment, instruction or unread CDATA section that ran past the last chunk: how it ends. */
  private skipping: number[] | null = null;
  /** Where to go on looking for its end: the marker may be cut by the chunk's end. */
  private skipFrom = 0;
  /** Has the first byte been seen (a BOM dropped)? */
  private begun = false;
  /** While a carried token is finished in a window: the chunk, and how much of it the window holds. */
  private window: { chunk: Uint8Array; take: number } | null = null;
  /** Where the document starts in the bytes being scanned, while nothing of it is read; else -1. */
  private docStart = -1;
  private sawRoot = false;
  private closedRoot = false;
  /** Open elements: their qualified names' bytes end to end, where each starts, and their kinds. */
  private depth = 0;
  private names = new Uint8Array(256);
  private readonly nameAt: number[] = [0];
  private readonly kinds: number[] = [];
  /** The local names asked for, by length: their bytes and kinds. */
  private readonly wanted: Array<Array<{ bytes: Uint8Array; kind: number }>> = [];

  constructor(
    readonly part: string,
    localNames: readonly string[],
    private readonly sink: XmlSink,
  ) {
    localNames.forEach((name, i) => {
      const bytes = new TextEncoder().encode(name);
      (this.wanted[bytes.length] ??= []).push({ bytes, kind: i + 1 });
    });
  }

  /** Scan the next chunk of the part. */
  write(chunk: Uint8Array): void {
    this.guard(() => this.scanChunk(chunk), false);
  }

  /** The part is over: what is still open or unfinished is a fault. */
  end(): void {
    this.guard(() => this.finish(), true);
  }

  // -------------------------------------------------------------------------------------------
  // Attributes, for the sink

  /** The index of the attribute named `name` (its bytes) on the tag just opened, or -1. */
  attribute(name: Uint8Array): number {
    return this.attributeNamed(name, 0, name.length);
  }

  /** The index of the attribute whose name is `bytes[start, end)`, or -1. */
  private attributeNamed(bytes: Uint8Array, start: number, end: number): number {
    const { attrs, buf } = this;
    for (let k = 0; k < this.attrCount; k++) {
      const at = attrs[k * STRIDE];
      if (attrs[k * STRIDE + 1] - at !== end - start) continue;
      let b = 0;
      while (b < end - start && buf[at + b] === bytes[start + b]) b++;
      if (b === end - start) return k;
    }
    return -1;
  }

  /** The index of the attribute whose name is the one byte `name`, or -1. */
  attribute1(name: number): number {
    const attrs = this.attrs;
    for (let k = 0; k < this.attrCount; k++) {
      const start = attrs[k * STRIDE];
      if (attrs[k * STRIDE + 1] === start + 1 && this.buf[start] === name) return k;
    }
    return -1;
  }

  valueStart(k: number): number {
    return this.attrs[k * STRIDE + 2];
  }

  valueEnd(k: number): number {
    return this.attrs[k * STRIDE + 3];
  }

  /** The value's flags (xmlText's ENTITY, SPACE): 0 when its bytes are its text. */
  valueFlags(k: number): number {
    return this.attrs[k * STRIDE + 4];
  }

  // -------------------------------------------------------------------------------------------
  // Chunks

  /** Run a step, a fault in the XML reported as the package's damage. */
  private guard(step: () => void, final: boolean): void {
    try {
      try {
        step();
      } catch (e) {
        if (!(e instanceof EntityRunsOn)) throw e;
        this.entityRunsOn(e, final);
      }
    } catch (e) {
      if (e instanceof NotWellFormed)
        throw new ZipError("damaged", `${this.part} is not well-formed XML: ${e.message}`);
      throw e;
    }
  }

  /**
   * An entity without its ';': a fault at the next ';' (its name then holds what no name may), or,
   * the part ending first, at its end — every chunk up to the ';' passed over unread, as saxes did.
   */
  private entityRunsOn(e: EntityRunsOn, final: boolean): void {
    const rest = this.window; // the chunk past the window is yet to be read
    if (find(this.buf, e.at, ENTITY_END) >= 0 || (rest && rest.chunk.indexOf(0x3b, rest.take) >= 0)) throw e;
    [this.carry, this.buf, this.window, this.skipping, this.skipFrom] = [null, EMPTY, null, ENTITY_END, 0];
    if (final) this.checkEnd(true);
  }

  /** The chunk, after what the last one left unfinished; what this one leaves is kept. */
  private scanChunk(chunk: Uint8Array): void {
    if (!this.begun) {
      const buf = this.carry ? join(this.carry, chunk, chunk.length) : chunk;
      this.carry = null;
      if (buf.length < 3)
        this.carry = buf.slice(); // too short to tell a BOM: wait for more
      else this.scanPiece(buf, 0);
    } else if (this.carry === null) this.scanPiece(chunk, 0);
    else {
      const from = this.stitch(chunk);
      if (from >= 0) this.scanPiece(chunk, from);
    }
  }

  /** Scan `buf` from `from`; what it leaves unfinished is kept, copied, and the sink lets go of it. */
  private scanPiece(buf: Uint8Array, from: number): void {
    const stop = this.scanBytes(buf, from, false, buf.length);
    this.sink.release(buf);
    if (stop < buf.length) this.carry = buf.slice(stop);
    this.buf = EMPTY;
  }

  /**
   * The token the last chunk left unfinished, finished with the first bytes of this one (a window
   * as long as it needs, not the whole chunk copied behind it): where in the chunk to go on, or -1
   * when the whole chunk went into the unfinished token.
   */
  private stitch(chunk: Uint8Array): number {
    const carry = this.carry!;
    for (let window = 4096; ; window *= 2) {
      const take = Math.min(chunk.length, window);
      const joined = join(carry, chunk, take);
      this.window = { chunk, take };
      const stop = this.scanBytes(joined, 0, false, carry.length);
      this.window = null;
      this.sink.release(joined);
      this.buf = EMPTY;
      if (stop >= carry.length) {
        this.carry = null;
        return stop - carry.length;
      }
      if (take === chunk.length) {
        this.carry = stop === 0 ? joined : joined.slice(stop);
        return -1;
      }
    }
  }

  /** The last bytes, then the document's end. */
  private finish(): void {
    const rest = this.carry ?? EMPTY;
    this.carry = null;
    this.checkEnd(this.scanBytes(rest, 0, true, rest.length) < rest.length || this.skipping !== null);
  }

  /** The document's end: a root, every element closed, nothing unfinished, in saxes's order. */
  private checkEnd(unfinished: boolean): void {
    if (!this.sawRoot) fail("document must contain a root element.");
    if (this.depth > 0) fail(`unclosed tag: ${this.openName()}`);
    if (unfinished) fail("unexpected end.");
  }

  /**
   * Scan `buf` from `from` (after a BOM, at the document's start) up to the first token that ends
   * at or past `limit`; where it stopped, or where the token it cannot finish starts.
   */
  private scanBytes(buf: Uint8Array, from: number, final: boolean, limit: number): number {
    this.buf = buf;
    let i = from;
    if (!this.begun) {
      this.begun = true;
      i = this.docStart = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    }
    if (this.skipping !== null) {
      const runsOn = this.skipping === ENTITY_END;
      i = this.skipTo(i, this.skipping);
      if (i < 0) return this.skipFrom;
      if (runsOn) fail("disallowed character in entity name.");
    }
    const stop = this.scan(i, final, limit);
    // Nothing read yet: the bytes carried over start the document.
    this.docStart = stop === this.docStart ? 0 : -1;
    return stop;
  }

  /** Tokens from `from` until one ends at or past `limit`; or where the first one the buffer cannot finish starts. */
  private scan(from: number, final: boolean, limit: number): number {
    const buf = this.buf;
    const n = buf.length;
    let i = from;
    while (i < limit) {
      if (buf[i] === LT) {
        const next = this.markup(i);
        if (next < 0) return next === -1 ? i : this.skipFrom;
        i = next;
      } else {
        let lt = i + 1;
        while (lt < n && buf[lt] !== LT) lt++;
        if (lt === n && !final) return this.textRunsOn(i);
        this.textData(i, lt);
        i = lt;
      }
    }
    return i;
  }

  /** Text from `i` to the buffer's end, more to come: kept whole when wanted, else checked up to a cut entity. */
  private textRunsOn(i: number): number {
    const buf = this.buf;
    if (this.depth > 0 && this.sink.wantsText()) return i;
    let stop = buf.length;
    const amp = buf.lastIndexOf(AMPERSAND, stop - 1);
    if (amp >= i && buf.indexOf(0x3b, amp) < 0) stop = amp;
    // A "]]>" the chunk's end may cut.
    while (stop > i && stop > buf.length - 2 && buf[stop - 1] === 0x5d) stop--;
    this.textData(i, stop);
    return stop;
  }

  /** Character data: only whitespace outside the root; to the sink where it reads text; else checked. */
  private textData(start: number, end: number): void {
    const buf = this.buf;
    if (this.depth === 0) {
      for (let i = start; i < end; i++) if (CLASS[buf[i]] !== WHITESPACE) fail("text data outside of root node.");
    } else if (this.sink.wantsText()) this.sink.text(buf, start, end, false);
    else checkText(buf, start, end);
  }

  // -------------------------------------------------------------------------------------------
  // Markup

  /** The markup at `i` ('<'): the offset after it; -1 when the buffer ends first, -2 when skipping on. */
  private markup(i: number): number {
    const buf = this.buf;
    if (i + 1 >= buf.length) return -1;
    const c = buf[i + 1];
    if (c === SLASH) return this.closeTag(i);
    if (c === BANG) return this.bang(i);
    if (c === QUESTION) return this.instruction(i);
    return this.openTag(i);
  }

  private openTag(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    const start = i + 1;
    if (CLASS[buf[start]] !== NAME_START) failAt(buf[start], "disallowed character in tag name"); // saxes's words, no stop
    let colon = buf[start] === COLON ? start : -1;
    let j = start + 1;
    for (; j < n; j++) {
      const c = CLASS[buf[j]];
      if (c > 2) break;
      if (c === 0) failAt(buf[j], "disallowed character in tag name.");
      if (colon < 0 && buf[j] === COLON) colon = j;
    }
    if (j >= n) return -1;
    // The name is whole: a root is seen (saxes's test, before the tag is).
    if (this.depth === 0) {
      if (this.closedRoot) fail("documents may contain only one root.");
      this.sawRoot = true;
    }
    const end = this.attributes(j);
    if (end >= 0) this.element(start, colon < 0 ? start : colon + 1, j);
    return end;
  }

  /** The attributes from `j` to the tag's end: the offset after the tag, or -1. */
  private attributes(from: number): number {
    const buf = this.buf;
    const n = buf.length;
    this.attrCount = 0;
    for (let j = from; ;) {
      const before = j;
      while (j < n && CLASS[buf[j]] === WHITESPACE) j++;
      if (j >= n) return -1;
      const b = buf[j];
      if (b === GT || b === SLASH) return this.tagEnd(j);
      if (j === before)
        failAt(
          b,
          CLASS[b] === NAME_START ? "no whitespace between attributes." : "disallowed character in attribute name.",
        );
      j = this.attributeAt(j);
      if (j < 0) return -1;
    }
  }

  /** The end of an open tag at `j` ('>' or '/>'): the offset after it, or -1. */
  private tagEnd(j: number): number {
    const buf = this.buf;
    this.selfClosing = buf[j] === SLASH;
    if (!this.selfClosing) return j + 1;
    if (j + 1 >= buf.length) return -1;
    if (buf[j + 1] !== GT) fail("forward-slash in opening tag not followed by >.");
    return j + 2;
  }

  /** One attribute at `j`: recorded, and the offset after its closing quote; -1 when the buffer ends first. */
  private attributeAt(j: number): number {
    const buf = this.buf;
    const n = buf.length;
    const nameStart = j;
    if (CLASS[buf[j]] !== NAME_START) failAt(buf[j], "disallowed character in attribute name.");
    j++;
    while (j < n && (CLASS[buf[j]] === 1 || CLASS[buf[j]] === 2)) j++;
    const nameEnd = j;
    while (j < n && CLASS[buf[j]] === WHITESPACE) j++;
    if (j >= n) return -1;
    if (buf[j] !== EQUALS)
      failAt(
        buf[j],
        j > nameEnd || buf[j] === GT ? "attribute without value." : "disallowed character in attribute name.",
      );
    j++;
    while (j < n && CLASS[buf[j]] === WHITESPACE) j++;
    if (j >= n) return -1;
    const quote = buf[j];
    if (quote !== QUOTE && quote !== APOSTROPHE) fail("unquoted attribute value.");
    const valueStart = j + 1;
    let flags = 0;
    for (j = valueStart; j < n; j++) {
      const b = buf[j];
      if (b === quote) break;
      if (b > LT) continue; // every byte that matters here is '<' or below
      if (b === LT) fail("disallowed character.");
      else if (b === AMPERSAND) flags |= ENTITY;
      else if (b < 0x20) flags |= this.whitespaceIn(b);
    }
    if (j >= n) return -1;
    if (flags & ENTITY) checkEntities(buf, valueStart, j);
    this.record(nameStart, nameEnd, valueStart, j, flags);
    return j + 1;
  }

  /** A control character in an attribute value: tab and line ends become spaces, the others are faults. */
  private whitespaceIn(b: number): number {
    if (b !== 0x09 && b !== 0x0a && b !== 0x0d) fail("disallowed character.");
    return b === 0x0d ? SPACE | CR : SPACE;
  }

  /** An attribute's place, after checking that the tag does not name it twice. */
  private record(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, flags: number): void {
    if (this.attrCount > 0 && this.attributeNamed(this.buf, nameStart, nameEnd) >= 0)
      fail(`duplicate attribute: ${utf8.decode(this.buf.subarray(nameStart, nameEnd))}.`);
    let at = this.attrCount * STRIDE;
    if (at + STRIDE > this.attrs.length) {
      const grown = new Int32Array(this.attrs.length * 2);
      grown.set(this.attrs);
      this.attrs = grown;
    }
    const attrs = this.attrs;
    attrs[at++] = nameStart;
    attrs[at++] = nameEnd;
    attrs[at++] = valueStart;
    attrs[at++] = valueEnd;
    attrs[at] = flags;
    this.attrCount++;
  }

  /** An open tag, whole: the sink told; a self-closing one closed at once. */
  private element(start: number, local: number, end: number): void {
    const kind = this.kindOf(local, end);
    if (this.selfClosing) {
      this.sink.open(kind, this);
      this.sink.close(kind);
      if (this.depth === 0) this.closedRoot = true;
    } else {
      this.push(start, end, kind);
      this.sink.open(kind, this);
    }
  }

  /** The kind of the local name `buf[start, end)`: its place in the list asked for, plus one; 0 when not in it. */
  private kindOf(start: number, end: number): number {
    const candidates = this.wanted[end - start];
    if (candidates === undefined) return 0;
    const buf = this.buf;
    for (let c = 0; c < candidates.length; c++) {
      const bytes = candidates[c].bytes;
      let k = 0;
      while (k < bytes.length && bytes[k] === buf[start + k]) k++;
      if (k === bytes.length) return candidates[c].kind;
    }
    return 0;
  }

  private closeTag(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    const start = i + 2;
    let j = start;
    while (j < n && (CLASS[buf[j]] === 1 || CLASS[buf[j]] === 2)) j++;
    const end = j;
    while (j < n && CLASS[buf[j]] === WHITESPACE) j++;
    if (j >= n) return -1;
    if (buf[j] !== GT) failAt(buf[j], "disallowed character in closing tag.");
    if (end === start) fail("weird empty close tag.");
    if (this.depth === 0) fail(`unmatched closing tag: ${utf8.decode(buf.subarray(start, end))}.`);
    if (!this.isOpen(start, end)) fail("unexpected close tag.");
    const kind = this.kinds[--this.depth];
    this.sink.close(kind);
    if (this.depth === 0) this.closedRoot = true;
    return j + 1;
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE`. */
  private bang(i: number): number {
    const buf = this.buf;
    if (i + 9 > buf.length)
      return i + 4 <= buf.length && startsWith(buf, i, "<!--") ? this.skipTo(i + 4, COMMENT_END) : -1;
    if (startsWith(buf, i, "<!--")) return this.skipTo(i + 4, COMMENT_END);
    if (startsWith(buf, i, "<![CDATA[")) return this.cdata(i + 9);
    if (startsWith(buf, i, "<!DOCTYPE")) return this.doctype(i + 9);
    for (let k = i + 2; k < i + 9; k++) failAt(buf[k], "");
    return fail("incorrect syntax.");
  }

  /** A CDATA section's content: the sink's when it reads text here (kept whole), else passed over. */
  private cdata(start: number): number {
    if (this.depth === 0) fail("text data outside of root node.");
    if (!this.sink.wantsText()) return this.skipTo(start, CDATA_END);
    const end = find(this.buf, start, CDATA_END);
    if (end < 0) return -1;
    this.sink.text(this.buf, start, end, true);
    return end + 3;
  }

  /** A document type declaration (its internal subset in brackets): passed over. */
  private doctype(start: number): number {
    if (this.sawRoot) fail("inappropriately located doctype declaration.");
    const buf = this.buf;
    let quote = 0;
    let subset = false;
    for (let j = start; j < buf.length; j++) {
      const b = buf[j];
      if (quote !== 0) quote = b === quote ? 0 : quote;
      else if (b === QUOTE || b === APOSTROPHE) quote = b;
      else if (b === 0x5b || b === 0x5d) subset = b === 0x5b;
      else if (b === GT && !subset) return j + 1;
    }
    return -1;
  }

  /** `<?target …?>`: passed over, but for an XML declaration, which is checked, and only at the document's start. */
  private instruction(i: number): number {
    const buf = this.buf;
    const n = buf.length;
    if (i + 2 >= n) return -1;
    const first = buf[i + 2];
    const ends = (b: number) => b === QUESTION || CLASS[b] === WHITESPACE;
    if (CLASS[first] !== NAME_START)
      failAt(
        first,
        ends(first)
          ? "processing instruction without a target."
          : "disallowed character in processing instruction name.",
      );
    let j = i + 3;
    while (j < n && (CLASS[buf[j]] === 1 || CLASS[buf[j]] === 2)) j++;
    if (j >= n) return -1;
    if (!ends(buf[j])) failAt(buf[j], "disallowed character in processing instruction name.");
    const target = utf8.decode(buf.subarray(i + 2, j));
    if (target === "xml") return this.declaration(i, j);
    if (target.toLowerCase() === "xml") fail("the XML declaration must appear at the start of the document.");
    return this.skipTo(j, INSTRUCTION_END);
  }

  /** The XML declaration, `<?xml` at `i` and its pseudo-attributes from `j`: the offset after it, or -1. */
  private declaration(i: number, j: number): number {
    if (i !== this.docStart) fail("an XML declaration must be at the start of the document.");
    const end = find(this.buf, j, INSTRUCTION_END);
    if (end < 0) return -1;
    checkXmlDeclaration(utf8.decode(this.buf.subarray(j, end)));
    return end + 2;
  }

  /** Past `marker` from `from`; when the buffer ends first, -2, and the next buffer goes on looking. */
  private skipTo(from: number, marker: number[]): number {
    const end = find(this.buf, from, marker);
    this.skipping = end < 0 ? marker : null;
    if (end >= 0) return end + marker.length;
    this.skipFrom = Math.max(from, this.buf.length - marker.length + 1);
    return -2;
  }

  // -------------------------------------------------------------------------------------------
  // Open elements

  private push(start: number, end: number, kind: number): void {
    const at = this.nameAt[this.depth];
    if (at + end - start > this.names.length) {
      const grown = new Uint8Array(Math.max(this.names.length * 2, at + end - start));
      grown.set(this.names);
      this.names = grown;
    }
    for (let k = start; k < end; k++) this.names[at + k - start] = this.buf[k];
    this.kinds[this.depth] = kind;
    this.nameAt[++this.depth] = at + end - start;
  }

  /** Is `buf[start, end)` the innermost open element's name? */
  private isOpen(start: number, end: number): boolean {
    const at = this.nameAt[this.depth - 1];
    if (this.nameAt[this.depth] - at !== end - start) return false;
    for (let k = start; k < end; k++) if (this.names[at + k - start] !== this.buf[k]) return false;
    return true;
  }

  private openName(): string {
    return utf8.decode(this.names.subarray(this.nameAt[this.depth - 1], this.nameAt[this.depth]));
  }
}
