/**
 * Text laid out as Excel and LibreOffice lay it out in a cell: measured with TH Sarabun New's
 * metrics (read from its metric twin, Laksaman), broken into lines between words — Thai words found
 * with the platform's word segmenter — so that rows are tall enough for every line and columns wide
 * enough for every word.
 */
import { Memo, ScopedMemo } from "./memo";
import metrics from "./data/sarabun-metrics.json";

type Widths = Record<string, number>;

const REGULAR = metrics.regular as Widths;
const BOLD = metrics.bold as Widths;
/** Characters outside the table (rare punctuation, other scripts): a wide letter's width, to be safe. */
const UNKNOWN = 600;

/**
 * How wide a column of `chars` characters is, in points. The applications disagree: Excel takes
 * the default font's digit rounded to 7 pixels (0.75 pt each), LibreOffice Carlito 11's digit
 * unrounded (1038/2048 em, 5.58 pt), so LibreOffice's columns are some 6 % wider. Text is wrapped in
 * the narrower (`room`); a page must hold the wider (`span`), taken at 5.6 pt a character to spare.
 */
export const columnPoints = {
  room: (chars: number) => chars * 7 * 0.75,
  span: (chars: number) => Math.max((chars * 7 + 5) * 0.75, chars * 5.6),
};

/** Room a cell leaves around its text, each side, in points (Excel's and LibreOffice's padding). */
const CELL_PADDING = 2.25;

/** The height of one line of text of this size, in points (the font's ascent and descent). */
export function lineHeight(size: number): number {
  return ((metrics.ascent + metrics.descent) / metrics.unitsPerEm) * size;
}

/** The width of a text of this size, in points. */
export function textWidth(text: string, size: number, bold = false): number {
  const w = bold ? BOLD : REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character outside the BMP (two code units) is not in the table: one unknown width.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      units += UNKNOWN;
      i++;
    } else units += w[text[i]] ?? UNKNOWN;
  }
  return (units / metrics.unitsPerEm) * size;
}

const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** Paragraphs already cut into words: a sheet's rows and columns are both measured from the same text. */
const cut = new Memo<string, string[]>(20_000);

/** A paragraph's pieces that a line may not break inside: words, with the spaces after them. */
export function words(paragraph: string): string[] {
  return cut.get(paragraph, (p) => {
    const out: string[] = [];
    for (const s of segmenter.segment(p)) {
      if (/^\s+$/.test(s.segment) && out.length) out[out.length - 1] += s.segment;
      else out.push(s.segment);
    }
    return out;
  });
}

export interface TextStyleMetrics {
  size: number;
  bold?: boolean;
}

/**
 * The lines a text makes in a box `width` points wide: each paragraph ("\n") broken between words;
 * a word wider than the box is broken where it must (and counted by `tooWide`).
 */
export function wrap(text: string, width: number, style: TextStyleMetrics): string[] {
  const lines: string[] = [];
  // Only a line of one word can be wider than the box: that line is broken inside the word.
  const push = (line: string, trimmedWidth: number) => {
    if (trimmedWidth <= width) lines.push(line.trimEnd());
    else lines.push(...breakLong(line.trimEnd(), width, style));
  };
  for (const paragraph of text.split("\n")) {
    let line = "";
    // The line's width with its trailing spaces, and without: a word fits when the line and the word without its spaces do.
    let lineWidth = 0;
    let trimmedWidth = 0;
    for (const word of words(paragraph)) {
      const w = wordWidth(word, style);
      if (line === "" || lineWidth + w.trimmed <= width) {
        line += word;
        trimmedWidth = lineWidth + w.trimmed;
        lineWidth += w.full;
        continue;
      }
      push(line, trimmedWidth);
      line = word;
      trimmedWidth = w.trimmed;
      lineWidth = w.full;
    }
    push(line, trimmedWidth);
  }
  return lines;
}

/** Words measured already, by style: with their spaces and without. */
const measured = new ScopedMemo<string, string, { full: number; trimmed: number }>(20_000);

function wordWidth(word: string, style: TextStyleMetrics): { full: number; trimmed: number } {
  return measured.get(`${style.size}:${style.bold ? 1 : 0}`, word, (w) => ({
    full: textWidth(w, style.size, style.bold),
    trimmed: textWidth(w.trimEnd(), style.size, style.bold),
  }));
}

/** A line wider than the box (one long word) continues on the next lines, as the application breaks it. */
function breakLong(line: string, width: number, style: TextStyleMetrics): string[] {
  const out: string[] = [];
  let part = "";
  for (const ch of line) {
    if (part && textWidth(part + ch, style.size, style.bold) > width) {
      out.push(part);
      part = "";
    }
    part += ch;
  }
  out.push(part);
  return out;
}

/** The widest word of a text, in points: a column narrower than this breaks a word in two. */
export function widestWord(text: string, style: TextStyleMetrics): number {
  let widest = 0;
  for (const paragraph of text.split("\n"))
    for (const w of words(paragraph)) widest = Math.max(widest, wordWidth(w, style).trimmed);
  return widest;
}

/** The points of text a cell `chars` wide (or several merged, summed) has room for. */
export function cellTextWidth(chars: number[], indentPt = 0): number {
  const total = chars.reduce((s, c) => s + columnPoints.room(c), 0);
  return total - 2 * CELL_PADDING - indentPt;
}

/** The row height (points) that shows every line of `text` in a cell of these column widths. */
export function rowHeight(text: string, chars: number[], style: TextStyleMetrics & { indent?: number }): number {
  const lines = wrap(text, cellTextWidth(chars, style.indent ?? 0), style).length;
  return Math.ceil(lines * lineHeight(style.size) + 2 * CELL_PADDING);
}
