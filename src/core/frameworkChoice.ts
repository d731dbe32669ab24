/**
 * Which framework a workbook's scores are read against, and which assessment year they are:
 * the analyst's choice when given (a year, a framework file), the framework sheet of an earlier
 * run (with the analyst's corrections), what the workbook says of its year, and which year's
 * items fit its tables best. A year or track the tool does not know is read from the workbook.
 * Every choice is said, with the cell it came from.
 */
import { Diagnostic, diagnostic } from "./i18n/diagnostics";
import { builtInFramework, builtInFrameworks, latestFramework } from "./framework";
import { Framework } from "./framework/types";
import { readFrameworkSheet } from "./previousRun/edits";
import { applyFrameworkSheet } from "./previousRun/frameworkEdits";
import { YearClue, yearClues, yearFromClues } from "./parse/detectYear";
import { parseWorkbook } from "./parse/parseWorkbook";
import { ParsedScores } from "./parse/types";
import { frameworkFromWorkbook } from "./parse/workbookFramework";
import { WorkbookGrid, quoteSheetName } from "./read/grid";

export type YearSource = "option" | "file" | "sheet-edits" | YearClue["kind"] | "items" | "latest";

export interface FrameworkChoice {
  framework: Framework;
  /** The assessment year (BE), or null when nothing tells it. */
  year: number | null;
  /** How the year was found. */
  source: YearSource;
  /** Where: "Sheet!A1", a sheet's name, or null. */
  cell: string | null;
  /** The words it was read from. */
  text: string | null;
  /** The scores parsed with this framework while choosing it (so they need not be parsed again). */
  parsed: ParsedScores | null;
  diagnostics: Diagnostic[];
}

export interface ChoiceOptions {
  /** A year the analyst chose, or "auto" (default). */
  year?: number | "auto";
  /** A framework loaded from a file (`--framework`): used as it is. */
  framework?: Framework;
  sheets?: string[];
  /** Read numbers from 0 to 1 as fractions of 100. */
  fractions?: boolean;
}

/**
 * How much better one year's items must fit than another's to tell the year by its items alone: at
 * least this many rows, and this share of the best fit. Codes alone differ between years by a row
 * or two (an item moved to the other indicator); wording differs by dozens.
 */
const CLEAR_LEAD = 3;
const CLEAR_SHARE = 0.2;

/** Diagnostics that say a row names an item the framework does not have. */
const FOREIGN = new Set(["item.notInFramework", "item.unidentified", "item.ambiguous"]);

function foreignRows(p: ParsedScores): number {
  return p.diagnostics.reduce(
    (n, d) =>
      n +
      (FOREIGN.has(d.code)
        ? 1
        : d.code === "items.otherFramework" && Array.isArray(d.params.codes)
          ? d.params.codes.length
          : 0),
    0,
  );
}

/** How well a framework's items fit the workbook: rows identified, less rows that name other items. */
function fitOf(p: ParsedScores): number {
  return p.items.size - 2 * foreignRows(p);
}

/** A framework fits badly when more item rows name items it lacks than name its own. */
function fitsBadly(p: ParsedScores): boolean {
  const foreign = foreignRows(p);
  return foreign >= 3 && foreign > p.items.size;
}

function chosen(
  framework: Framework,
  source: YearSource,
  clue: Pick<YearClue, "cell" | "text"> | null,
  parsed: ParsedScores | null,
  diagnostics: Diagnostic[] = [],
): FrameworkChoice {
  return {
    framework,
    year: framework.year,
    source,
    cell: clue?.cell ?? null,
    text: clue?.text ?? null,
    parsed,
    diagnostics,
  };
}

export function chooseFramework(grid: WorkbookGrid, options: ChoiceOptions = {}): FrameworkChoice {
  const { sheets, fractions } = options;
  if (options.framework) return chosen(options.framework, "file", null, null);
  if (typeof options.year === "number") {
    const f = builtInFramework(options.year);
    if (!f) throw new Error(`No built-in framework for ${options.year}`);
    return chosen(f, "option", null, null);
  }
  const reading = yearFromClues(yearClues(grid, sheets));
  const sheet = readFrameworkSheet(grid);
  // The framework sheet of an earlier run is followed, unless the workbook now says it holds another year.
  if (sheet && (!reading || reading.weak || reading.year === sheet.year)) {
    const edited = applyFrameworkSheet(sheet);
    const note = diagnostic("info", "framework.fromSheet", null, [], {
      framework: edited.framework.label,
      changed: edited.changed,
    });
    return chosen(edited.framework, "sheet-edits", null, null, [note, ...edited.diagnostics]);
  }

  if (reading && !reading.weak) {
    const said = yearDiagnostic(reading.year, reading.clue);
    if (sheet) said.params.replacedSheet = sheet.year;
    const builtIn = builtInFramework(reading.year);
    if (!builtIn) return fromWorkbook(grid, reading.year, sheets, reading.clue.kind, reading.clue, [said]);
    const parsed = parseWorkbook(grid, builtIn, { sheets, fractions, year: reading.year });
    if (fitsBadly(parsed)) {
      const track = diagnostic("warning", "framework.trackUnknown", null, [], {
        year: reading.year,
        count: foreignRows(parsed),
      });
      return fromWorkbook(grid, reading.year, sheets, reading.clue.kind, reading.clue, [said, track]);
    }
    return chosen(builtIn, reading.clue.kind, reading.clue, parsed, [said]);
  }

  // No year stated: the built-in year whose items fit best. A narrow lead is no proof: then a label
  // of last year's scores, or else the latest year, decides among the close ones, with a warning.
  const fits = fitEveryYear(grid, sheets, fractions);
  const best = Math.max(...fits.map((x) => fitOf(x.parsed)));
  const close = fits.filter((x) => best - fitOf(x.parsed) < Math.max(CLEAR_LEAD, best * CLEAR_SHARE));
  const pick =
    close.find((x) => reading && x.f.year === reading.year) ??
    close.find((x) => x.f === latestFramework()) ??
    close[close.length - 1];
  if (pick.parsed.items.size === 0 && foreignRows(pick.parsed) > 0) {
    return fromWorkbook(
      grid,
      reading?.year ?? null,
      sheets,
      reading ? "previous" : "latest",
      reading?.clue ?? null,
      [],
    );
  }
  if (close.length === 1 && pick.parsed.items.size > 0) {
    const d = diagnostic("info", "year.fromItems", null, [], {
      framework: pick.f.label,
      count: pick.parsed.items.size,
    });
    return chosen(pick.f, "items", null, pick.parsed, [d]);
  }
  if (reading && pick.f.year === reading.year) {
    return chosen(pick.f, "previous", reading.clue, pick.parsed, [yearDiagnostic(reading.year, reading.clue)]);
  }
  const guessed = diagnostic("warning", "year.guessed", null, [], { framework: pick.f.label, year: pick.f.year });
  return chosen(pick.f, "latest", null, pick.parsed, [guessed]);
}

/**
 * The workbook read against every built-in year. The latest reads every sheet; the others skip
 * the sheets it found nothing in (raw data beside the scores), which no year's reading would find
 * anything in either — so a workbook of a million cells is read once, not once a year.
 */
function fitEveryYear(
  grid: WorkbookGrid,
  sheets: string[] | undefined,
  fractions: boolean | undefined,
): Array<{ f: Framework; parsed: ParsedScores }> {
  const latest = latestFramework();
  const first = parseWorkbook(grid, latest, { sheets, fractions, year: latest.year });
  const busy = first.sheets.filter((name) => !first.quietSheets.includes(name));
  return builtInFrameworks().map((f) => {
    if (f === latest) return { f, parsed: first };
    const parsed = parseWorkbook(grid, f, { sheets: busy, fractions, year: f.year });
    // Every sheet was read, the quiet ones once.
    return { f, parsed: { ...parsed, sheets: first.sheets, quietSheets: first.quietSheets } };
  });
}

function yearDiagnostic(year: number, clue: YearClue): Diagnostic {
  // A sheet-name clue names the sheet: the message points at its first cell.
  const cell =
    clue.kind === "sheet" || (clue.kind === "previous" && !clue.cell.includes("!"))
      ? `${quoteSheetName(clue.cell)}!A1`
      : clue.cell;
  return diagnostic("info", "year.detected", null, clue.kind === "fileName" ? [] : [cell], {
    year,
    kind: clue.kind,
    text: clue.text,
  });
}

function fromWorkbook(
  grid: WorkbookGrid,
  year: number | null,
  sheets: string[] | undefined,
  source: YearSource,
  clue: YearClue | null,
  diagnostics: Diagnostic[],
): FrameworkChoice {
  const read = frameworkFromWorkbook(grid, year, sheets);
  return chosen(read.framework, source, clue, null, [...diagnostics, ...read.diagnostics]);
}
