/**
 * Builds examples/ita-2567-sample.xlsx from examples/source/ita-2567-seed-tables.tsv.
 *
 * The TSV holds the score tables of the seed document exactly as an analyst would paste
 * them (Thai digits, garbled item codes, empty cells, shifted scores): nothing is fixed here.
 *
 * TSV format:
 *   `#sheet NAME`  starts a new worksheet (rows restart at A1)
 *   `#title TEXT`  a one-cell caption row
 *   empty line     an empty row
 *   other lines    one row, cells separated by TAB (empty cells stay empty)
 * Inside a cell, `<b>…</b>` makes the cell bold and `<p>…</p>` paragraphs are joined with "\n".
 *
 * Every value is written as a string (never a number or formula), as text pasted from Word is.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

export const SOURCE_TSV = path.join(__dirname, "..", "examples", "source", "ita-2567-seed-tables.tsv");
export const OUTPUT_XLSX = path.join(__dirname, "..", "examples", "ita-2567-sample.xlsx");

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));
const FONT: Partial<ExcelJS.Font> = { name: "TH Sarabun New", size: 14 };

interface SheetLayout {
  widths: number[];
  /** One-based columns whose text wraps. */
  wrap: number[];
}

const LAYOUTS: Record<string, SheetLayout> = {
  ผลคะแนนรายตัวชี้วัด: { widths: [45, 40, 14, 14], wrap: [1, 2] },
  ผลคะแนนรายข้อ: { widths: [12, 70, 14, 14], wrap: [2] },
};
const DEFAULT_LAYOUT: SheetLayout = { widths: [12, 70, 14, 14], wrap: [2] };

type Row = { kind: "cells"; cells: string[] } | { kind: "title"; text: string } | { kind: "empty" };

interface SheetSource {
  name: string;
  rows: Row[];
}

/** Parse the TSV text into sheets of rows. */
export function parseSampleTsv(text: string): SheetSource[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop(); // final newline
  const sheets: SheetSource[] = [];
  let current: SheetSource | undefined;
  lines.forEach((line, i) => {
    if (line.startsWith("#sheet ")) {
      current = { name: line.slice("#sheet ".length).trim(), rows: [] };
      sheets.push(current);
      return;
    }
    if (!current) {
      if (line === "") return;
      throw new Error(`${SOURCE_TSV}:${i + 1}: row before the first #sheet line`);
    }
    if (line.startsWith("#title ")) current.rows.push({ kind: "title", text: line.slice("#title ".length) });
    else if (line === "") current.rows.push({ kind: "empty" });
    else current.rows.push({ kind: "cells", cells: line.split("\t") });
  });
  return sheets;
}

/** Strip the markup of one TSV cell: text (possibly ""), and whether it was bold. */
export function cellText(raw: string): { text: string; bold: boolean } {
  const bold = /<b>/i.test(raw);
  const text = raw
    .replace(/<\/?b>/gi, "")
    .replace(/<\/p>\s*<p>/gi, "\n")
    .replace(/<\/?p>/gi, "");
  return { text, bold };
}

/**
 * Vertical merges of the tool column in a tool/indicator table (header "เครื่องมือ"):
 * a tool name in column A stays merged over the following rows of the table whose
 * column A is empty, as the merged cell of the original document left them.
 * Returns one-based [firstRow, lastRow] pairs.
 */
function toolMerges(rows: Row[]): Array<[number, number]> {
  const merges: Array<[number, number]> = [];
  let inToolTable = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== "cells") {
      inToolTable = false;
      continue;
    }
    const first = cellText(row.cells[0] ?? "");
    if (first.text.trim() === "เครื่องมือ") {
      inToolTable = true;
      continue;
    }
    if (!inToolTable || first.text === "" || first.bold) continue;
    let end = i;
    while (end + 1 < rows.length) {
      const next = rows[end + 1];
      if (next.kind !== "cells" || (next.cells[0] ?? "") !== "") break;
      end++;
    }
    if (end > i) merges.push([i + 1, end + 1]);
    i = end;
  }
  return merges;
}

function addSheet(workbook: ExcelJS.Workbook, source: SheetSource): void {
  const ws = workbook.addWorksheet(source.name);
  const layout = LAYOUTS[source.name] ?? DEFAULT_LAYOUT;
  layout.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });

  source.rows.forEach((row, i) => {
    const r = i + 1;
    if (row.kind === "empty") return;
    const cells = row.kind === "title" ? [row.text] : row.cells;
    cells.forEach((raw, c) => {
      if (raw === "") return; // an empty cell stays empty
      const { text, bold } = cellText(raw);
      if (text === "") return;
      const col = c + 1;
      const cell = ws.getCell(r, col);
      cell.value = text; // always a string: "๘๔.๓๓" stays text, "1๐" stays a code
      cell.font = bold ? { ...FONT, bold: true } : { ...FONT };
      const wrap = row.kind === "cells" && (layout.wrap.includes(col) || text.includes("\n"));
      if (wrap) cell.alignment = { wrapText: true, vertical: "top" };
      else cell.alignment = { vertical: "top" };
    });
  });

  for (const [top, bottom] of toolMerges(source.rows)) {
    ws.mergeCells(top, 1, bottom, 1);
  }
}

/** Build the sample workbook from the bundled TSV. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const text = fs.readFileSync(SOURCE_TSV, "utf8");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ITA Analyzer sample";
  workbook.lastModifiedBy = "ITA Analyzer sample";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of parseSampleTsv(text)) addSheet(workbook, sheet);
  return workbook;
}

/**
 * ExcelJS (through JSZip) stamps every zip entry with the current time, so two runs differ
 * byte for byte. Set every entry's DOS date/time (local header and central directory) to
 * FIXED_DATE; these fields are outside the CRC, so the archive stays valid.
 */
export function fixZipTimestamps(zip: Buffer, date: Date = FIXED_DATE): Buffer {
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip archive: no end-of-central-directory record");
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    zip.writeUInt16LE(dosTime, p + 12);
    zip.writeUInt16LE(dosDate, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header at ${local}`);
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}

export async function main(): Promise<void> {
  const workbook = buildSampleWorkbook();
  const data = await workbook.xlsx.writeBuffer();
  fs.writeFileSync(OUTPUT_XLSX, fixZipTimestamps(Buffer.from(data)));
  const summary = workbook.worksheets.map((ws) => `${ws.name} (${ws.rowCount} rows)`).join(", ");
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT_XLSX)}: ${summary}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
