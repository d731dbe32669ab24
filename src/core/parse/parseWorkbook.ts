/**
 * Read every ITA score table in a workbook: items (with garbled codes, OCR slips, wrong headings,
 * shifted columns), indicator scores, tool totals and the overall score. The sheets are scanned
 * one by one (`sheetScanner.ts`) into one collector (`collector.ts`).
 */
import { Framework } from "../framework/types";
import { WorkbookGrid } from "../read/grid";
import { Collector } from "./collector";
import { itemMatcherOf } from "./itemMatcher";
import { ItemIdentifier, ScanContext } from "./scanTypes";
import { SheetScanner } from "./sheetScanner";
import { ParsedScores } from "./types";
import { vocabularyOf } from "./vocabulary";

export type { ItemIdentifier } from "./scanTypes";

export interface ParseOptions {
  /** Read only these sheets (default: every sheet that ITA Analyzer did not write). */
  sheets?: string[];
  /**
   * The assessment year of the scores: a sheet, column or label of an earlier year holds last
   * year's. Default: the framework's year.
   */
  year?: number | null;
  /** Identifies item rows (default: the framework's items; a year read from the workbook brings its own). */
  identifier?: ItemIdentifier;
  /** Read numbers from 0 to 1 as fractions of 100 (scores stored as 0.7868 without a percent format). */
  fractions?: boolean;
}

/**
 * Read every ITA score table in a workbook: items (with garbled codes, OCR slips, wrong
 * headings, shifted columns), indicator scores, tool totals and the overall score.
 * Never throws on odd input: what cannot be read becomes a diagnostic naming its cell.
 */
export function parseWorkbook(grid: WorkbookGrid, framework: Framework, options: ParseOptions = {}): ParsedScores {
  const out = new Collector(framework);
  const context: ScanContext = {
    framework,
    vocab: vocabularyOf(framework),
    matcher: options.identifier ?? itemMatcherOf(framework),
    year: options.year === undefined ? framework.year : options.year,
    grid,
    fractions: options.fractions ?? false,
    out,
  };
  for (const sheet of grid.sheets) {
    if (sheet.generated) continue;
    if (options.sheets && !options.sheets.includes(sheet.name)) continue;
    out.sheets.push(sheet.name);
    const said = out.diagnostics.length;
    const scanner = new SheetScanner(sheet, context);
    scanner.scan();
    if (!scanner.signal && out.diagnostics.length === said) out.quietSheets.push(sheet.name);
  }
  out.finish();
  return out.result();
}
