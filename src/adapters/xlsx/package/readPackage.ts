/**
 * An .xlsx package → the core's grid, sheet by sheet with bounded memory: each worksheet and the
 * shared strings are inflated in chunks and read by a scanner made for them over their UTF-8 bytes
 * (xmlScanner.ts, worksheetReader.ts); no part's text is ever held whole. The small parts (styles,
 * the workbook, relationships) go through saxes.
 *
 * The grid is the one the ExcelJS reader (`../readGrid.ts`) gives, but where ExcelJS is at fault,
 * here Excel's meaning is kept (tests/package.read.test.ts pins each one):
 * - a formula whose saved value is 0 or FALSE gives that value (ExcelJS: the formula);
 * - number formats keep their backslashes, so `0.00\%` is no percent (ExcelJS drops them);
 * - `t="str"` text and sheet names are decoded once (ExcelJS: twice, "&amp;lt;" → "<");
 * - `t="d"` cells give their ISO date (ExcelJS: a number), `t="b"` "true"/"false" are read;
 * - a hyperlink leaves its cell's value alone (ExcelJS turns numbers, dates, rich text into text);
 * - only numeric formula results become dates (ExcelJS fails on text under a date format);
 * - `_xHHHH_` escapes are decoded in every string item, inline plain ones too;
 * - worksheet parts of any name, prefixed elements (`<x:c>`), rows and cells without numbers and
 *   overlapping merges are read (ExcelJS skips the part or fails to load the file);
 * - every marker name counts, sheet-local ones too (ExcelJS keeps the last of one name).
 */
import { SheetGrid, WorkbookGrid } from "../../../core/read/grid";
import { generatedSheetsOf } from "../../../core/render/model";
import { isDateFormat } from "./cellValues";
import { PackageInfo, PackageSheet, ReadOptions, findPart } from "./packageInfo";
import { Progress, parseSync, scanAsync } from "./packageXml";
import { BUILT_IN_FORMATS } from "./schema";
import { toSheetGrid } from "./sheetCells";
import { readSharedStrings } from "./stringItems";
import { ReadContext, SheetReader, WORKSHEET_NAMES } from "./worksheetReader";
import { XmlScanner } from "./xmlScanner";
import { TextInterner } from "./xmlText";
import { ZipEntry } from "./zip";

export { findPart, readPackageInfo } from "./packageInfo";
export type { PackageInfo, PackageSheet, ReadOptions, Relationship } from "./packageInfo";
export { isDateFormat, serialToIsoDate, shiftFormula } from "./cellValues";

// =============================================================================================
// Number formats

/** A cell style's number format, and whether numbers in it are dates. */
interface CellFormat {
  code: string | null;
  date: boolean;
}

/**
 * Style index → format, from styles.xml's `numFmts` and `cellXfs` (the `dxfs` ones are not cell
 * formats). Style 0, a cell's style when it names none, has no format, as ExcelJS reads it (its
 * format is General in Excel's files; LibreOffice writes it as a custom "General").
 */
function readStyles(entry: ZipEntry): CellFormat[] {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  const path: string[] = [];
  parseSync(entry, {
    open(name, a) {
      const parent = path[path.length - 1];
      if (name === "numFmt" && parent === "numFmts" && a.formatCode !== undefined)
        custom.set(parseInt(a.numFmtId ?? "", 10), a.formatCode);
      if (name === "xf" && parent === "cellXfs") xfIds.push(parseInt(a.numFmtId ?? "0", 10) || 0);
      path.push(name);
    },
    close() {
      path.pop();
    },
    text() {},
  });
  return xfIds.map((id, style) => {
    const code = id && style ? custom.get(id) || BUILT_IN_FORMATS[id] || null : null;
    return { code, date: code !== null && isDateFormat(code) };
  });
}

// =============================================================================================
// The grid

/** The worksheets to read, in workbook order: chartsheets and sheets whose part is missing are skipped. */
function worksheetsOf(info: PackageInfo): Array<{ sheet: PackageSheet; entry: ZipEntry }> {
  const out: Array<{ sheet: PackageSheet; entry: ZipEntry }> = [];
  for (const sheet of info.sheets) {
    const entry = sheet.kind === "worksheet" && sheet.path ? findPart(info.entries, sheet.path) : undefined;
    if (entry) out.push({ sheet, entry });
  }
  return out;
}

const partOf = (info: PackageInfo, path: string | null) => (path ? findPart(info.entries, path) : undefined);

/** What the cells are read against: the shared strings (read first), the styles' formats, the date system. */
async function readContext(info: PackageInfo, progress: Progress): Promise<ReadContext> {
  const stringsEntry = partOf(info, info.sharedStringsPath);
  const stylesEntry = partOf(info, info.stylesPath);
  const formats = stylesEntry ? readStyles(stylesEntry) : [];
  return {
    formatCodes: formats.map((f) => f.code),
    dates: formats.map((f) => f.date),
    strings: stringsEntry ? await readSharedStrings(stringsEntry, progress) : [],
    date1904: info.date1904,
    texts: new TextInterner(),
  };
}

/** The workbook's grid, read sheet by sheet from the package; memory bounded by the grid itself. */
export async function readPackageGrid(info: PackageInfo, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const worksheets = worksheetsOf(info);
  const stringsSize = partOf(info, info.sharedStringsPath)?.size ?? 0;
  const total = stringsSize + worksheets.reduce((n, w) => n + w.entry.size, 0);
  const progress = new Progress(total, options);
  const ctx = await readContext(info, progress);
  const generated = generatedSheetsOf(info.definedNames);
  const sheets: SheetGrid[] = [];
  for (const { sheet, entry } of worksheets) {
    const reader = new SheetReader(ctx);
    await scanAsync(entry, new XmlScanner(entry.name, WORKSHEET_NAMES, reader), progress);
    sheets.push(toSheetGrid(sheet.name, reader.finish(), generated.get(sheet.name)));
  }
  progress.finish();
  return { sheets };
}
