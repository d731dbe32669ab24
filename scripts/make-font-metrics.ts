/**
 * Writes src/core/text/data/sarabun-metrics.json: the advance widths of the characters generated
 * text uses, in TH Sarabun New's metrics — read from Laksaman (Debian's fonts-thai-tlwg), its metric
 * twin, which fontconfig substitutes for it. The core lays text out with these widths to size rows
 * and columns; widths are facts about the font, not its outlines. Run: npx tsx scripts/make-font-metrics.ts
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { parse, Font } from "opentype.js";

const DIR = "/usr/share/fonts/truetype/tlwg";
const OUT = path.join(__dirname, "..", "src", "core", "text", "data", "sarabun-metrics.json");

function load(file: string): Font {
  const b = readFileSync(path.join(DIR, file));
  return parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
}

const chars: string[] = [];
for (let c = 0x20; c <= 0x7e; c++) chars.push(String.fromCharCode(c));
for (let c = 0x0e01; c <= 0x0e5b; c++) chars.push(String.fromCharCode(c));
chars.push(..."“”‘’–—…•×÷·›«»°");

const widths = (font: Font) => Object.fromEntries(chars.map((ch) => [ch, font.charToGlyph(ch).advanceWidth ?? 0]));
const regular = load("Laksaman.ttf");
const bold = load("Laksaman-Bold.ttf");
const os2 = regular.tables.os2 as unknown as { usWinAscent: number; usWinDescent: number };
const metrics = {
  $comment:
    "Advance widths (per 1000 units of the em) of TH Sarabun New, read from its metric twin Laksaman (fonts-thai-tlwg). Written by scripts/make-font-metrics.ts.",
  unitsPerEm: regular.unitsPerEm,
  ascent: os2.usWinAscent,
  descent: os2.usWinDescent,
  regular: widths(regular),
  bold: widths(bold),
};
writeFileSync(OUT, JSON.stringify(metrics) + "\n");
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${chars.length} characters`);
