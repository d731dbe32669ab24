import { Analysis, analyse } from "./analyse/analyse";
import { latestFramework } from "./framework";
import { Framework } from "./framework/types";
import { FrameworkChoice, chooseFramework } from "./frameworkChoice";
import { mergeUnits, readPreviousEdits } from "./generated/edits";
import { Diagnostic, diagnostic } from "./diagnostics";
import { InputError } from "./i18n/messages";
import { Agency, AgencyLayout, agencyGrid, detectAgencies } from "./parse/agencies";
import { normalizeText } from "./text/thai";
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
  /** Of a workbook that holds several agencies, the one to analyse: its name, or its number (from 1). */
  agency?: string | number;
}

export interface WorkbookAnalysis {
  /** The agencies the workbook holds when it holds several, and the one analysed. */
  agencies: AgencyLayout | null;
  agency: Agency | null;
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
export function analyseWorkbook(whole: WorkbookGrid, options: WorkbookOptions = {}): WorkbookAnalysis {
  // Several agencies: one is analysed (never two merged), and the analyst is told which and how to choose.
  const agencies = detectAgencies(whole, options.sheets);
  const agency = agencies ? pickAgency(agencies, options.agency) : null;
  const grid = agencies && agency ? agencyGrid(whole, agencies, agency) : whole;
  const choice = chooseFramework(grid, options);
  const { framework, year } = choice;
  const parsed =
    choice.parsed ?? parseWorkbook(grid, framework, { sheets: options.sheets, fractions: options.fractions, year });
  if (!hasScores(parsed)) throw new InputError("workbook.noScores");
  parsed.diagnostics.unshift(...choice.diagnostics);
  if (agencies && agency) parsed.diagnostics.unshift(agenciesDiagnostic(agencies, agency));
  const analysis = analyse(parsed, framework, { threshold: options.threshold, year });
  const fiscalYear = options.fiscalYear ?? (year ?? latestFramework().year!) + 1;
  // A re-run keeps what the analyst typed into the sheets the last run wrote.
  const previous = readPreviousEdits(grid, framework);
  const plan = renderWorkbook(analysis, {
    ...options,
    // In a workbook of several agencies, the one analysed names the document unless a name is given.
    agencyName: options.agencyName ?? agency?.name ?? null,
    fiscalYear,
    units: mergeUnits(previous.units, options.units ?? []),
    previousOwners: previous.owners,
    previousUnits: previous.units,
    previousFollowUp: previous.followUp,
    existingSheets: grid.sheets.map((s) => ({ name: s.name, generated: s.generated })),
  });
  return { agencies, agency, choice, fiscalYear, parsed, analysis, plan };
}

/** The agency asked for (by name, or by number from 1), or the first; an unknown one is a bad option. */
export function pickAgency(layout: AgencyLayout, wanted: string | number | undefined): Agency {
  if (wanted === undefined || wanted === "") return layout.agencies[0];
  const byNumber = typeof wanted === "number" ? layout.agencies[wanted - 1] : undefined;
  const key = normalizeText(String(wanted));
  const found =
    byNumber ?? layout.agencies.find((a) => normalizeText(a.name) === key || normalizeText(a.sheet) === key);
  if (!found) {
    throw new InputError("args.agency", {
      agency: String(wanted),
      known: layout.agencies
        .slice(0, 20)
        .map((a, i) => `${i + 1}. ${a.name}`)
        .join(", "),
    });
  }
  return found;
}

function agenciesDiagnostic(layout: AgencyLayout, chosen: Agency): Diagnostic {
  return diagnostic("warning", "agencies.found", null, [chosen.cell], {
    count: layout.agencies.length,
    names: layout.agencies.slice(0, 10).map((a) => a.name),
    chosen: chosen.name,
    kind: layout.kind,
  });
}
