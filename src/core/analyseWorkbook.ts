import { Analysis, analyse } from "./analyse/analyse";
import { latestFramework } from "./framework";
import { Framework } from "./framework/types";
import { FrameworkChoice, chooseFramework } from "./frameworkChoice";
import { mergeUnits, readPreviousEdits } from "./generated/edits";
import { InputError } from "./i18n/messages";
import { parseWorkbook } from "./parse/parseWorkbook";
import { ParsedScores } from "./parse/types";
import { WorkbookGrid } from "./read/grid";
import { WorkbookPlan } from "./render/model";
import { RenderOptions, renderWorkbook } from "./render/renderWorkbook";

export interface WorkbookOptions extends Omit<RenderOptions, "existingSheets" | "fiscalYear"> {
  /** Assessment year of the scores (BE), or "auto" (the default): read from the workbook. */
  year?: number | "auto";
  /** A framework loaded from a file (`--framework`), used instead of a built-in one. */
  framework?: Framework;
  threshold?: number;
  /** Fiscal year of the measures (BE); default: the assessment year + 1. */
  fiscalYear?: number;
  /** Read only these sheets. */
  sheets?: string[];
  /** Read numbers from 0 to 1 as fractions of 100 (percents stored without a percent format). */
  fractions?: boolean;
}

export interface WorkbookAnalysis {
  /** The framework and the assessment year, and how they were found. */
  choice: FrameworkChoice;
  /** The fiscal year the measures are written for. */
  fiscalYear: number;
  parsed: ParsedScores;
  analysis: Analysis;
  plan: WorkbookPlan;
}

/** True when the parser found anything at all to analyse. */
export function hasScores(p: ParsedScores): boolean {
  return p.items.size > 0 || p.indicators.size > 0 || p.tools.size > 0 || p.overall !== null;
}

/**
 * The whole job on a workbook's cells: choose the framework and year → read → analyse →
 * render. The CLI, the browser page and the add-in all call this, so they write the same workbook.
 */
export function analyseWorkbook(grid: WorkbookGrid, options: WorkbookOptions = {}): WorkbookAnalysis {
  const choice = chooseFramework(grid, options);
  const { framework, year } = choice;
  const parsed =
    choice.parsed ?? parseWorkbook(grid, framework, { sheets: options.sheets, fractions: options.fractions, year });
  if (!hasScores(parsed)) throw new InputError("workbook.noScores");
  parsed.diagnostics.unshift(...choice.diagnostics);
  const analysis = analyse(parsed, framework, { threshold: options.threshold, year });
  const fiscalYear = options.fiscalYear ?? (year ?? latestFramework().year!) + 1;
  // A re-run keeps what the analyst typed into the sheets the last run wrote.
  const previous = readPreviousEdits(grid, framework);
  const plan = renderWorkbook(analysis, {
    ...options,
    fiscalYear,
    units: mergeUnits(previous.units, options.units ?? []),
    previousOwners: previous.owners,
    previousUnits: previous.units,
    previousFollowUp: previous.followUp,
    existingSheets: grid.sheets.map((s) => ({ name: s.name, generated: s.generated })),
  });
  return { choice, fiscalYear, parsed, analysis, plan };
}
