/**
 * String items — the shared strings' `<si>`, a cell's inline `<is>` — as their text: the item's
 * `<t>`, or its rich text runs' `<t>` one after another, phonetic runs (`<rPh>`) left out, Excel's
 * `_xHHHH_` escapes decoded.
 */
import { decodeEscapes } from "./cellValues";
import { Progress, scanAsync } from "./packageXml";
import { XmlScanner, XmlSink } from "./xmlScanner";
import { textOf } from "./xmlText";
import { ZipEntry } from "./zip";

/** One string item as it streams in. One object, started afresh for each item. */
export class StringItem {
  /** Is an item open (a `<si>`, or an `<is>` in the cell being read)? */
  active = false;
  /** Inside a `<t>` that counts: its text is the item's. */
  inText = false;
  private text: string | null = null;
  private phonetic = 0;

  start(): void {
    this.active = true;
    this.inText = false;
    this.text = null;
    this.phonetic = 0;
  }

  openText(): void {
    if (this.phonetic !== 0) return;
    this.inText = true;
    this.text ??= "";
  }

  closeText(): void {
    this.inText = false;
  }

  openPhonetic(): void {
    this.phonetic++;
  }

  closePhonetic(): void {
    this.phonetic--;
  }

  add(piece: string): void {
    this.text += piece;
  }

  /** The item's text; null when it holds no `<t>` at all. */
  value(): string | null {
    return this.text === null ? null : decodeEscapes(this.text);
  }
}

/** The local names the shared strings are read by, and their kinds (a name's place in the list, plus one). */
const NAMES = ["si", "t", "rPh"];
const SI = 1;
const T = 2;
const RPH = 3;

/** Collects the shared strings; an item with no text at all is null. */
class SharedStrings implements XmlSink {
  readonly strings: Array<string | null> = [];
  private readonly item = new StringItem();

  open(kind: number): void {
    if (kind === SI) this.item.start();
    else if (!this.item.active) return;
    else if (kind === T) this.item.openText();
    else if (kind === RPH) this.item.openPhonetic();
  }

  close(kind: number): void {
    if (kind === SI) {
      if (this.item.active) this.strings.push(this.item.value());
      this.item.active = false;
    } else if (!this.item.active) return;
    else if (kind === T) this.item.closeText();
    else if (kind === RPH) this.item.closePhonetic();
  }

  wantsText(): boolean {
    return this.item.inText && this.item.active;
  }

  text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    this.item.add(textOf(buf, start, end, cdata));
  }

  release(): void {}
}

/** The shared strings, streamed; an item with no text at all is null. */
export async function readSharedStrings(entry: ZipEntry, progress: Progress): Promise<Array<string | null>> {
  const sink = new SharedStrings();
  await scanAsync(entry, new XmlScanner(entry.name, NAMES, sink), progress);
  return sink.strings;
}
