import { Analysis, analyse } from "./analyse/analyse";
import { getFramework } from "./framework";
import { WorkbookGrid } from "./read/grid";
import { InputError } from "./i18n/messages";
import { parseWorkbook } from "./parse/parseWorkbook";
import { mergeUnits, readPreviousEdits } from "./parse/previousRun";
import { ParsedScores } from "./parse/types";
import { RenderOptions, renderWorkbook } from "./render/renderWorkbook";
import { WorkbookPlan } from "./render/model";

export interface WorkbookOptions extends Omit<RenderOptions, "existingSheets"> {
  /** Assessment year of the scores (BE); selects the framework. */
  year?: number;
  threshold?: number;
  /** Read only these sheets. */
  sheets?: string[];
}

export interface WorkbookAnalysis {
  parsed: ParsedScores;
  analysis: Analysis;
  plan: WorkbookPlan;
}

/** True when the parser found anything at all to analyse. */
export function hasScores(p: ParsedScores): boolean {
  return p.items.size > 0 || p.indicators.size > 0 || p.tools.size > 0 || p.overall !== null;
}

/**
 * The whole job on a workbook's cells: read → analyse → render. The CLI, the browser page and
 * the add-in all call this, so they write the same workbook.
 */
export function analyseWorkbook(grid: WorkbookGrid, options: WorkbookOptions = {}): WorkbookAnalysis {
  const framework = getFramework(options.year ?? 2567);
  const parsed = parseWorkbook(grid, framework, { sheets: options.sheets });
  if (!hasScores(parsed)) throw new InputError("workbook.noScores");
  const analysis = analyse(parsed, framework, { threshold: options.threshold });
  // A re-run keeps what the analyst typed into the sheets the last run wrote.
  const previous = readPreviousEdits(grid, framework);
  const plan = renderWorkbook(analysis, {
    ...options,
    units: mergeUnits(previous.units, options.units ?? []),
    previousOwners: previous.owners,
    previousUnits: previous.units,
    previousFollowUp: previous.followUp,
    existingSheets: grid.sheets.map((s) => ({ name: s.name, generated: s.generated })),
  });
  return { parsed, analysis, plan };
}
