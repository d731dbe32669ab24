import { Analysis, analyse } from "./analyse/analyse";
import { Decision, ReviewItem, applyDecisions, decide, reconcile } from "./analyse/reconcile";
import { Framework } from "./framework/types";
import { FrameworkChoice, chooseFramework } from "./frameworkChoice";
import { mergeUnits, readPreviousEdits } from "./previousRun/edits";
import { findLastYear } from "./previousRun/lastYear";
import { Diagnostic, diagnostic } from "./i18n/diagnostics";
import { InputError, Lang } from "./i18n/messages";
import { Agency, AgencyLayout, agencyGrid, agencyTitle, detectAgencies } from "./parse/agencies";
import { normalizeText } from "./text/thai";
import { parseWorkbook } from "./parse/parseWorkbook";
import { ParsedScores } from "./parse/types";
import { CellBox, WorkbookGrid, cellAddress, cellRef } from "./read/grid";
import { DocumentPlan } from "./render/document/model";
import { renderDocument } from "./render/document/renderDocument";
import { MeasureOptions, fiscalYearOf } from "./render/measures";
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
  /**
   * The agency: in a workbook that holds several, the one to analyse (its name, or its number from
   * 1); in a workbook of one, its name, which the document uses.
   */
  agency?: string | number;
  /** Decisions on the review's findings, by finding id: they win over the review sheet's. */
  decisions?: Readonly<Record<string, Decision | "open">>;
  /** Accept every suggestion of high confidence that is not decided otherwise. */
  acceptSuggestions?: boolean;
  /** The measures document's digits: Thai (the default) or Arabic. The workbook's follow `thaiDigits`. */
  documentThaiDigits?: boolean;
  /**
   * The workbook's agencies, found already (a batch finds them once for all its agencies); null
   * for a workbook of one. Absent: found here.
   */
  agencies?: AgencyLayout | null;
  /**
   * Last year's analysed workbook (`--previous`): its plan, follow-up and analysis sheets say which
   * measures were taken, what was recorded of them and last year's scores. Without it, this
   * workbook's own generated sheets are last year's when they were made for an earlier year.
   */
  previousWorkbook?: WorkbookGrid;
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
  /** The measures document, as the workbook's sheets say it. */
  document: DocumentPlan;
  /** The language the workbook's sheets and the document were written in; a view may be asked in the other. */
  lang: Lang;
  /** The agency's name as the document gives it (see `agencyNameOf`), or null when nothing names it. */
  agencyName: string | null;
  /** What the plan's measures and the document were made from, resolved: the agency, its units, the owners kept. */
  madeWith: MadeWith;
}

/** The resolved inputs of the measures and the document, so another language's view says the same. */
export interface MadeWith extends MeasureOptions {
  /** The measures document's digits (Thai unless asked otherwise). */
  documentThaiDigits: boolean;
}

/** The measures document in a language: the pane offers it in the language it shows. */
function documentIn(r: WorkbookAnalysis, lang: Lang): DocumentPlan {
  if (r.lang === lang) return r.document;
  return renderDocument(r.analysis, { ...r.madeWith, lang, thaiDigits: r.madeWith.documentThaiDigits });
}

/** The document in both languages. */
export function documentsOf(r: WorkbookAnalysis): Record<Lang, DocumentPlan> {
  return { th: documentIn(r, "th"), en: documentIn(r, "en") };
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
  const agencies = options.agencies !== undefined ? options.agencies : detectAgencies(whole, options.sheets);
  const agency = agencies ? pickAgency(agencies, options.agency) : null;
  const grid = agencies && agency ? agencyGrid(whole, agencies, agency) : whole;
  const choice = chooseFramework(grid, options);
  const { framework, year } = choice;
  const parsed =
    choice.parsed ?? parseWorkbook(grid, framework, { sheets: options.sheets, fractions: options.fractions, year });
  if (!hasScores(parsed)) throw new InputError("workbook.noScores");
  parsed.diagnostics.unshift(...farCellsDiagnostics(whole), ...choice.diagnostics);
  if (agencies && agency) parsed.diagnostics.unshift(agenciesDiagnostic(agencies, agency));
  // Last year's measures: from the workbook given as last year's, or this one's sheets of an earlier year.
  const lastYear = findLastYear(grid, options.previousWorkbook, framework, year);
  // A re-run keeps what the analyst typed into the sheets the last run wrote: decisions on the review too;
  // but what was recorded in sheets made for an earlier year belongs to last year's measures and scores.
  const edits = readPreviousEdits(grid, framework);
  const previous = lastYear.ownSheetsAreLastYear
    ? { ...edits, followUp: new Map<string, never>(), decisions: new Map<string, never>() }
    : edits;
  // Disagreements between levels are found, and the scores analysed are the ones the analyst decided on.
  const review = decide(reconcile(parsed, framework), {
    given: options.decisions,
    sheet: previous.decisions,
    acceptHigh: options.acceptSuggestions,
  });
  const decided = applyDecisions(parsed, review, (f) => (f as ReviewItem).decision);
  const analysis = analyse(decided, framework, {
    threshold: options.threshold,
    year,
    review,
    lastYear: lastYear.record,
  });
  const fiscalYear = fiscalYearOf(analysis, options.fiscalYear);
  const agencyName = agencyNameOf(options, agency, grid);
  const madeWith: MadeWith = {
    agencyName,
    agencyShort: options.agencyShort,
    period: options.period,
    fiscalYear,
    units: mergeUnits(previous.units, options.units ?? []),
    previousOwners: previous.owners,
    previousUnits: previous.units,
    documentThaiDigits: options.documentThaiDigits ?? true,
  };
  const lang = options.lang ?? "th";
  const plan = renderWorkbook(analysis, {
    ...madeWith,
    lang,
    thaiDigits: options.thaiDigits,
    previousFollowUp: previous.followUp,
    existingSheets: grid.sheets.map((s) => ({ name: s.name, generated: s.generated })),
  });
  const document = renderDocument(analysis, { ...madeWith, lang, thaiDigits: madeWith.documentThaiDigits });
  return { agencies, agency, choice, fiscalYear, parsed, analysis, plan, document, lang, agencyName, madeWith };
}

/**
 * The name the document gives the agency: the one given; in a workbook of several agencies, the
 * one analysed; in a workbook of one, what `--agency` says, else what a title names ("… ของ เทศบาลตำบลบ้านใหม่").
 */
function agencyNameOf(options: WorkbookOptions, agency: Agency | null, grid: WorkbookGrid): string | null {
  if (options.agencyName) return options.agencyName;
  if (agency) return agency.name;
  if (options.agency !== undefined && options.agency !== "") return String(options.agency);
  return agencyTitle(grid);
}

/** The agency asked for (by name, or by number from 1), or the first; an unknown one is a bad option. */
function pickAgency(layout: AgencyLayout, wanted: string | number | undefined): Agency {
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

/** What a reader left out, far from the tables: a warning for each part, naming its cells. */
function farCellsDiagnostics(grid: WorkbookGrid): Diagnostic[] {
  const box = (b: CellBox) =>
    b.top === b.bottom && b.left === b.right
      ? cellAddress(b.top, b.left)
      : `${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}`;
  return grid.sheets.flatMap((s) =>
    (s.farCells?.parts ?? []).map((p) =>
      diagnostic("warning", "table.farCells", null, [cellRef(s.name, p.top, p.left)], {
        sheet: s.name,
        range: box(p),
        used: box(s.farCells!.used),
      }),
    ),
  );
}

function agenciesDiagnostic(layout: AgencyLayout, chosen: Agency): Diagnostic {
  return diagnostic("warning", "agencies.found", null, [chosen.cell], {
    count: layout.agencies.length,
    names: layout.agencies.slice(0, 10).map((a) => a.name),
    chosen: chosen.name,
    kind: layout.kind,
  });
}
