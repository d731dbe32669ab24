/**
 * A package part read in chunks as it is inflated, never held whole: a small part as a stream of
 * XML events (decoded as UTF-8 and fed to saxes), a big one by a byte scanner made for it
 * (xmlScanner.ts); in Node and the browser alike, pausing now and then so a page stays responsive.
 */
import { SaxesParser } from "saxes";
import type { ReadOptions } from "./packageInfo";
import type { XmlScanner } from "./xmlScanner";
import { ZipEntry, ZipError, entryChunks } from "./zip";

/** Compressed bytes inflated at a time. */
const CHUNK_SIZE = 64 * 1024;
/** XML bytes read between two calls of `pause`. */
const PAUSE_EVERY = 4 * 1024 * 1024;

// =============================================================================================
// Streaming XML

export type Attributes = Record<string, string>;

/** What a streamed part's elements (by local name, prefix dropped) and text are handed to. */
export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text(text: string): void;
}

/** Saxes without namespace processing or positions: attributes are plain strings, and it is faster. */
export type PlainOptions = { xmlns: false; position: false };

/** "x:c" → "c". */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A saxes parser (no namespace processing, no positions) that calls `handlers`. */
export function xmlParser(part: string, handlers: XmlHandlers): SaxesParser<PlainOptions> {
  const parser = new SaxesParser<PlainOptions>({ xmlns: false, position: false });
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes));
  parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
  parser.on("text", (text) => handlers.text(text));
  parser.on("cdata", (text) => handlers.text(text));
  parser.on("error", (e) => {
    throw new ZipError("damaged", `${part} is not well-formed XML: ${e.message}`);
  });
  return parser;
}

/**
 * Parse a part in chunks, yielding the number of XML bytes each chunk held, so that the caller
 * can report progress or pause between chunks. The part's text is never held whole.
 */
export function* parseChunks(entry: ZipEntry, handlers: XmlHandlers): Generator<number, void, undefined> {
  const parser = xmlParser(entry.name, handlers);
  const decoder = new TextDecoder("utf-8");
  for (const chunk of entryChunks(entry, CHUNK_SIZE)) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield chunk.length;
  }
  parser.write(decoder.decode());
  parser.close();
}

/** Parse a (small) part at once. */
export function parseSync(entry: ZipEntry, handlers: XmlHandlers): void {
  for (const _ of parseChunks(entry, handlers));
}

/** Progress over the bytes of XML to read, and the pauses the page asked for. */
export class Progress {
  private done = 0;
  private sincePause = 0;

  constructor(
    readonly total: number,
    private readonly options: ReadOptions,
  ) {}

  async advance(bytes: number): Promise<void> {
    this.done += bytes;
    this.sincePause += bytes;
    this.options.onProgress?.(Math.min(this.done, this.total), this.total);
    if (this.options.pause && this.sincePause >= (this.options.pauseEveryBytes ?? PAUSE_EVERY)) {
      this.sincePause = 0;
      await this.options.pause();
    }
  }

  finish(): void {
    if (this.done !== this.total) this.options.onProgress?.(this.total, this.total);
  }
}

/** Parse a part in chunks, reporting progress and pausing as asked. */
export async function parseAsync(entry: ZipEntry, handlers: XmlHandlers, progress: Progress): Promise<void> {
  for (const bytes of parseChunks(entry, handlers)) await progress.advance(bytes);
}

/** Scan a part's bytes in chunks, reporting progress and pausing as asked; the part is never held whole. */
export async function scanAsync(entry: ZipEntry, scanner: XmlScanner, progress: Progress): Promise<void> {
  for (const chunk of entryChunks(entry, CHUNK_SIZE)) {
    scanner.write(chunk);
    await progress.advance(chunk.length);
  }
  scanner.end();
}
