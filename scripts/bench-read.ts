/**
 * npx tsx scripts/bench-read.ts <file.xlsx> — time and peak memory of the two .xlsx readers on a
 * file: the streaming package reader (readPackageGrid) and the ExcelJS one (loadWorkbook +
 * readGrid). Each runs in a child process of its own, so that its peak RSS is its own; a third
 * child that only loads the code and the file gives the baseline. Asserts nothing.
 *
 * npx tsx scripts/bench-read.ts --make <out.xlsx> [cells] — a big workbook to try it on: the
 * sample's sheets plus one sheet of `cells` numeric and string cells (default 1.3 million),
 * zipped with fflate directly (no ExcelJS).
 */
import { spawnSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { Zippable, strToU8, unzipSync, zipSync } from "fflate";
import { loadWorkbook, readGrid } from "../tests/helpers/exceljsGrid";
import { readPackageGrid, readPackageInfo } from "../src/adapters/xlsx/package/readPackage";
import { readZip } from "../src/adapters/xlsx/package/zip";
import { WorkbookGrid } from "../src/core/read/grid";

const SAMPLE = path.join(__dirname, "..", "examples", "ita-2567-sample.xlsx");
type Reader = "stream" | "exceljs" | "baseline";

/** Read the file with one reader; print one JSON line: milliseconds, peak RSS, cells read. */
async function child(reader: Reader, file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  let grid: WorkbookGrid = { sheets: [] };
  if (reader === "stream") grid = await readPackageGrid(readPackageInfo(readZip(bytes)));
  if (reader === "exceljs") grid = readGrid(await loadWorkbook(bytes, path.basename(file)));
  const ms = performance.now() - start;
  const cells = grid.sheets.reduce(
    (n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v !== null).length, 0),
    0,
  );
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ reader, ms, peakMb, cells }));
}

interface Result {
  reader: Reader;
  ms: number;
  peakMb: number;
  cells: number;
}

/** Run one reader in a child process (the same loader flags as this one: tsx). */
function run(reader: Reader, file: string): Result {
  const out = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", reader, file], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=8192` },
  });
  const line = out.stdout.trim().split("\n").pop() ?? "";
  if (out.status !== 0 || !line.startsWith("{")) return { reader, ms: NaN, peakMb: NaN, cells: NaN };
  return JSON.parse(line) as Result;
}

function report(file: string): void {
  const size = readFileSync(file).length;
  console.log(`${file}: ${(size / 1024 / 1024).toFixed(1)} MB`);
  const base = run("baseline", file);
  console.log(`baseline (code + file loaded): peak RSS ${base.peakMb.toFixed(0)} MB`);
  for (const reader of ["stream", "exceljs"] as const) {
    const r = run(reader, file);
    const extra = r.peakMb - base.peakMb;
    console.log(
      `${reader.padEnd(8)} ${(r.ms / 1000).toFixed(2).padStart(7)} s   peak RSS ${r.peakMb.toFixed(0).padStart(5)} MB (+${extra.toFixed(0)} MB)   ${r.cells} cells`,
    );
  }
}

/** Column letters of a zero-based index. */
function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A worksheet of `cells` cells, 13 to a row: numbers, shared strings (indices below `strings`), inline text. */
function bigSheet(cells: number, strings: number): string {
  const cols = 13;
  const rows: string[] = [];
  for (let r = 0; r * cols < cells; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols && r * cols + c < cells; c++) {
      const ref = `${letters(c)}${r + 1}`;
      const k = (r * 31 + c * 7) % 10;
      if (k < 6) row.push(`<c r="${ref}"><v>${((r * 7919 + c * 104729) % 100000) / 100}</v></c>`);
      else if (k < 9) row.push(`<c r="${ref}" t="s"><v>${(r + c) % strings}</v></c>`);
      else row.push(`<c r="${ref}" t="inlineStr"><is><t>แถว ${r + 1}</t></is></c>`);
    }
    rows.push(`<row r="${r + 1}">${row.join("")}</row>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** The sample with one more sheet of `cells` cells, zipped by fflate. */
function make(out: string, cells: number): void {
  const parts = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  const text = (name: string) => new TextDecoder().decode(parts[name]);
  const strings = (text("xl/sharedStrings.xml").match(/<si>/g) ?? []).length;
  const files: Zippable = { ...parts };
  files["xl/worksheets/sheet3.xml"] = strToU8(bigSheet(cells, strings));
  files["xl/workbook.xml"] = strToU8(
    text("xl/workbook.xml").replace("</sheets>", '<sheet name="ข้อมูลใหญ่" sheetId="99" r:id="rIdBig"/></sheets>'),
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>',
    ),
  );
  files["[Content_Types].xml"] = strToU8(
    text("[Content_Types].xml").replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  writeFileSync(out, zipSync(files, { level: 6 }));
  console.log(`${out}: ${cells} cells in the extra sheet`);
}

async function main(): Promise<void> {
  const [a, b, c] = process.argv.slice(2);
  if (a === "--child") return child(b as Reader, c);
  if (a === "--make" && b) return make(b, c ? Number(c) : 1_300_000);
  if (!a) {
    console.error("usage: npx tsx scripts/bench-read.ts <file.xlsx> | --make <out.xlsx> [cells]");
    process.exit(2);
  }
  report(a);
}

void main();
