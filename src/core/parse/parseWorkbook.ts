import { Diagnostic, diagnostic } from "../i18n/diagnostics";
import { Framework, ItemDef, ToolId } from "../framework/types";
import {
  CellValue,
  SheetGrid,
  WorkbookGrid,
  cellAddress,
  cellRef,
  isCellError,
  isFormula,
  quoteSheetName,
} from "../read/grid";
import { ScoreReading, readScore, roundTo, verdictScore } from "../text/scores";
import { evaluateFormula } from "./formulas";
import { normalizeText, visibleLength } from "../text/thai";
import { readItemCode } from "./itemCodes";
import { ItemEvidence, ItemMatch, itemMatcherOf } from "./itemMatcher";
import { Vocabulary, vocabularyOf } from "./vocabulary";
import {
  ColumnRole,
  isBareTotalLabel,
  isOverallLabel,
  isPreviousYearLabel,
  isTotalLabel,
  labelYear,
  readHeaderLabel,
  rowYear,
} from "./labels";
import {
  ItemScores,
  ParsedItem,
  ParsedScores,
  ParsedTool,
  ParsedValue,
  ScoreCell,
  ScoreSubject,
  isDual,
} from "./types";

/** One non-empty cell of a row, read every way the parser needs. */
interface RowCell {
  col: number;
  value: CellValue;
  /** Normalised text ("" for numbers and errors). */
  text: string;
  score: ScoreReading;
  role: ColumnRole | null;
}

/** Where each kind of column sits in the current table, from its header row. */
type Roles = Partial<Record<ColumnRole, number>>;

/** An item row waiting for the end of its table (a table of another year's items is dropped whole). */
interface PendingItem {
  row: number;
  code: string;
  /** Null when the row names an item but holds no valid score. */
  scores: ItemScores | null;
  cells: ScoreCell[];
  invalid: Diagnostic[];
}

/** A row with scores but no clear item, kept in case its neighbours place it. */
interface GapCandidate {
  row: number;
  ref: string;
  heading: number;
  valid: RowCell[];
  scoreCells: RowCell[];
}

/** A column of a header that lays the scores out across: what it names, and its label. */
interface AcrossColumn {
  subject: Extract<ScoreSubject, { kind: "tool" } | { kind: "indicator" } | { kind: "overall" }>;
  label: string;
}

/** A tool's or an indicator's score read in a table, committed when the table ends. */
type PendingTotal =
  | { kind: "tool"; tool: ToolId; cell: ScoreCell; points: boolean }
  | { kind: "indicator"; number: number; cell: ScoreCell };

interface Table {
  startRow: number;
  totals: PendingTotal[];
  items: PendingItem[];
  gaps: GapCandidate[];
  foreign: Array<{ code: string; ref: string }>;
  lastRow: number;
  maxCol: number;
  /** How often each tool, indicator and item came in the table so far. */
  seen: Map<string, number>;
  /** Set once one of them came RECORD_REPEATS times: a table of records, read no further. */
  records: boolean;
}

/** Below this a tool's score read as a percent is implausible (the lowest band, E, starts at 50). */
const PLAUSIBLE_PERCENT = 50;
/** A tool, indicator or item this many times in one table makes it a table of records. */
const RECORD_REPEATS = 3;
/** Tolerance for "equal" between two copies of a published score. */
const SAME = 1e-6;

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

/** What tells which item a row is. */
export interface ItemIdentifier {
  match(evidence: ItemEvidence): ItemMatch;
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

/** What every sheet's scan shares. */
interface ScanContext {
  framework: Framework;
  vocab: Vocabulary;
  matcher: ItemIdentifier;
  /** The assessment year; null when unknown (then only labels such as "ปีที่ผ่านมา" mark last year's). */
  year: number | null;
  /** The whole workbook, for formulas that refer to other sheets. */
  grid: WorkbookGrid;
  fractions: boolean;
  out: Collector;
}

/** Is a label's year (or wording) that of an earlier year than the one analysed? */
function isEarlier(text: string, year: number | null): boolean {
  const y = labelYear(text);
  return (y !== null && year !== null && y < year) || isPreviousYearLabel(text);
}

class SheetScanner {
  /** Set once the sheet shows anything the reader knows: a header, a heading, an item, a total, a label. */
  signal = false;
  private roles: Roles = {};
  /** Columns of the current header row that hold any label. */
  private headerCols = new Set<number>();
  /** Columns under a score header (คะแนน, EIT Public, EIT Survey). */
  private scoreCols = new Set<number>();
  /** Columns one right of a score header, where a pasted score often lands. */
  private shiftCols = new Set<number>();
  private heading: number | null = null;
  private tool: ToolId | null = null;
  /** The tool of the indicator rows just read, for a bare "รวม" total after them. */
  private indicatorRunTool: ToolId | null = null;
  private blankRun = 0;
  private table: Table | null = null;
  /** The columns of a scores-across header, while its rows are read. */
  private across: Map<number, AcrossColumn> | null = null;
  private readonly toolOfIndicator: Map<number, ToolId>;
  private readonly maxIndicator: number;
  /** A sheet named for an earlier year ("ITA 2566") holds last year's scores only. */
  private readonly previousSheet: boolean;

  private readonly framework: Framework;
  private readonly vocab: Vocabulary;
  private readonly matcher: ItemIdentifier;
  private readonly year: number | null;
  private readonly grid: WorkbookGrid;
  private readonly fractions: boolean;
  private readonly out: Collector;

  constructor(
    private readonly sheet: SheetGrid,
    context: ScanContext,
  ) {
    ({
      framework: this.framework,
      vocab: this.vocab,
      matcher: this.matcher,
      year: this.year,
      grid: this.grid,
      fractions: this.fractions,
      out: this.out,
    } = context);
    this.toolOfIndicator = new Map(this.framework.indicators.map((d) => [d.number, d.tool]));
    this.maxIndicator = Math.max(...this.framework.indicators.map((d) => d.number));
    this.previousSheet = isEarlier(sheet.name, this.year);
  }

  scan(): void {
    const rows = this.sheet.values;
    if (this.previousSheet && rows.length) {
      this.out.diagnostics.push(
        diagnostic("info", "sheet.previousYear", null, [cellRef(this.sheet.name, this.sheet.top, this.sheet.left)], {
          sheet: this.sheet.name,
        }),
      );
    }
    for (let r = 0; r < rows.length; r++) {
      const row = this.sheet.top + r;
      if (this.table?.records && this.skipRecord(row, rows[r] ?? [])) continue;
      const cells = this.readRow(rows[r] ?? [], this.sheet.formats?.[r]);
      if (cells.length === 0) {
        if (++this.blankRun >= 2) this.endTable(true);
        continue;
      }
      this.blankRun = 0;
      this.readRowCells(row, cells);
    }
    this.endTable(true);
  }

  /**
   * In a table already known to be records, a row with a number in it is one more record: it
   * extends the table and is read no further (a sheet of survey responses is a hundred thousand of
   * them). A row of text only is read, as it may be the header of the next table.
   */
  private skipRecord(row: number, values: CellValue[]): boolean {
    let last = -1;
    let numeric = false;
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === null || v === undefined || v === "") continue;
      last = c;
      if (typeof v === "number") numeric = true;
    }
    if (!numeric) return false;
    const t = this.table!;
    t.lastRow = row;
    t.maxCol = Math.max(t.maxCol, this.sheet.left + last);
    this.blankRun = 0;
    return true;
  }

  private readRow(values: CellValue[], formats: Array<string | null> | undefined): RowCell[] {
    const cells: RowCell[] = [];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === null || v === undefined || v === "") continue;
      const text = typeof v === "string" ? normalizeText(v) : "";
      if (typeof v === "string" && text === "") continue;
      const col = this.sheet.left + c;
      cells.push({
        col,
        value: v,
        text,
        score: this.scoreOf(v, formats?.[c]),
        role: text ? readHeaderLabel(text, this.year ?? undefined) : null,
      });
    }
    return cells;
  }

  /** A cell read as a score; a formula saved without a value is worked out where it can be. */
  private scoreOf(v: CellValue, format: string | null | undefined): ScoreReading {
    const r = readScore(v, { format, fractions: this.fractions });
    if (r.kind !== "formula") return r;
    const value = evaluateFormula(r.formula, this.sheet, this.grid);
    if (value === null || value < 0 || value > 100) return { kind: "invalid", reason: "formula", text: r.formula };
    return { kind: "score", value: roundTo(value, 6), factor: 1, formula: r.formula };
  }

  private readRowCells(row: number, cells: RowCell[]): void {
    // Scores laid out across: a header naming tools, indicators or the overall score in columns
    // ("IIT (30) | EIT (30) | OIT (40) | ITA"), the scores on the row below.
    const across = this.acrossHeader(cells);
    if (across) {
      this.signal = true;
      this.endTable(true);
      this.across = across;
      return;
    }
    if (this.across && this.readAcrossRow(row, cells)) return;
    this.across = null;

    const labelled = cells.filter((c) => c.role !== null);
    const headingCell = this.findHeading(cells);

    // A header row: ข้อ | คำถาม | คะแนน, or Code | Question | EIT Public | EIT Survey — labels only,
    // allowing a heading and, in a wide header, a column or two this reader has no name for.
    const unknown = cells.length - labelled.length - (headingCell ? 1 : 0);
    const allowed = labelled.length >= 3 ? 2 : 0;
    if (labelled.length >= 2 && unknown <= allowed && !cells.some((c) => c.score.kind === "score")) {
      this.signal = true;
      this.endTable(false);
      this.roles = {};
      this.headerCols = new Set(cells.filter((c) => c !== headingCell?.cell).map((c) => c.col));
      for (const c of labelled) if (this.roles[c.role!] === undefined) this.roles[c.role!] = c.col;
      this.updateScoreColumns();
      this.heading = headingCell ? headingCell.reading.indicator : null;
      this.table = this.newTable(row);
      if (headingCell) this.noteHeading(row, headingCell.cell, headingCell.reading);
      return;
    }
    if (!this.table) this.table = this.newTable(row);
    this.table.lastRow = row;
    this.table.maxCol = Math.max(this.table.maxCol, cells[cells.length - 1].col);

    // An item's row that names its indicator (and often its tool) on every row — a filtered
    // sheet, an Excel table, an export — is an item, not an indicator's heading with a score.
    if (headingCell && this.namesItem(cells, headingCell.cell)) {
      const rowHeading = { col: headingCell.cell.col, indicator: headingCell.reading.indicator };
      if (!this.previousSheet && this.readItemRow(row, cells, rowHeading)) {
        this.signal = true;
        this.indicatorRunTool = null;
        return;
      }
    }

    // An indicator heading ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน"), with or without its score.
    if (headingCell) {
      this.signal = true;
      for (const c of labelled) {
        if (c.role === "public" || c.role === "survey" || c.role === "score") {
          this.roles[c.role] = c.col;
          this.headerCols.add(c.col);
        }
      }
      this.updateScoreColumns();
      const { reading, cell } = headingCell;
      this.heading = reading.indicator;
      this.tool = this.toolOfIndicator.get(reading.indicator) ?? null;
      this.noteHeading(row, cell, reading);
      const score = this.firstScore(row, cells, cell.col, { kind: "indicator", number: reading.indicator });
      if (score && this.previousSheet) this.out.addPrevious(reading.indicator, score);
      else if (score) {
        this.pushTotal({ kind: "indicator", number: reading.indicator, cell: score });
        this.indicatorRunTool = this.tool;
      }
      const previous = this.previousScore(row, cells, { kind: "indicator", number: reading.indicator });
      if (previous) this.out.addPrevious(reading.indicator, previous);
      const toolCell = cells.find((c) => c.col < cell.col && c.text && this.vocab.tool(c.text));
      if (toolCell) this.tool = this.vocab.tool(toolCell.text);
      return;
    }

    // Last year's item lists differ from this year's: a previous year's sheet gives indicator scores only.
    if (!this.previousSheet && this.readItemRow(row, cells)) {
      this.signal = true;
      this.indicatorRunTool = null;
      return;
    }

    // Tool totals and the overall score.
    for (const c of cells) {
      if (!c.text || c.role) continue;
      const tool = this.vocab.tool(c.text);
      if (tool) {
        this.signal = true;
        this.tool = tool;
        if (!this.previousSheet && (isTotalLabel(c.text) || c.text.length <= 60)) {
          const score = this.firstScore(row, cells, c.col, { kind: "tool", tool });
          if (score) this.pushTotal({ kind: "tool", tool, cell: score, points: this.isPoints(c.text, tool) });
        }
        this.indicatorRunTool = null;
        return;
      }
      if (isBareTotalLabel(c.text) && this.indicatorRunTool) {
        this.signal = true;
        const t = this.indicatorRunTool;
        const score = this.firstScore(row, cells, c.col, { kind: "tool", tool: t });
        if (score) this.pushTotal({ kind: "tool", tool: t, cell: score, points: this.isPoints(c.text, t) });
        this.indicatorRunTool = null;
        return;
      }
      if (isOverallLabel(c.text)) {
        this.signal = true;
        const score = this.firstScore(row, cells, c.col, { kind: "overall" });
        const earlier = this.previousSheet || isEarlier(c.text, this.year);
        if (score && earlier) this.out.addPrevious("overall", score);
        else if (score) this.out.addOverall(score);
        const previous = this.previousScore(row, cells, { kind: "overall" });
        if (previous && !earlier) this.out.addPrevious("overall", previous);
        return;
      }
    }
  }

  /** What a header cell of a scores-across table names, if anything. */
  private acrossSubject(c: RowCell): AcrossColumn["subject"] | null {
    if (!c.text || c.score.kind === "score") return null;
    const tool = this.vocab.tool(c.text);
    if (tool && c.text.length <= 40) return { kind: "tool", tool };
    const heading = this.vocab.indicators.readHeading(c.text, this.maxIndicator);
    if (heading) return { kind: "indicator", number: heading.indicator };
    if (isOverallLabel(c.text)) return { kind: "overall" };
    return null;
  }

  /** A header row with two or more tools, indicators or overall scores in its columns, and at most one other label. */
  private acrossHeader(cells: RowCell[]): Map<number, AcrossColumn> | null {
    // A row with column labels (คะแนน, EIT Public …) or a score is a table's header or data.
    if (cells.some((c) => c.score.kind === "score" || c.role !== null)) return null;
    const cols = new Map<number, AcrossColumn>();
    for (const c of cells) {
      const subject = this.acrossSubject(c);
      if (subject) cols.set(c.col, { subject, label: c.text });
    }
    return cols.size >= 2 && cells.length - cols.size <= 1 ? cols : null;
  }

  /** The scores of a row under a scores-across header; false when the row holds none. */
  private readAcrossRow(row: number, cells: RowCell[]): boolean {
    const across = this.across!;
    const found = cells.filter((c) => across.has(c.col) && (c.score.kind === "score" || c.score.kind === "invalid"));
    if (!found.length) return false;
    if (!this.table) this.table = this.newTable(row);
    this.table.lastRow = row;
    // A table of one row per year: an earlier year's row is last year's; a later year's is not this one's.
    const label = cells.find((c) => !across.has(c.col));
    const year = label ? rowYear(label.value) : null;
    if (year !== null && this.year !== null && year > this.year) {
      this.out.diagnostics.push(
        diagnostic("info", "row.laterYear", null, [cellRef(this.sheet.name, row, label!.col)], {
          year,
          analysed: this.year,
        }),
      );
      return true;
    }
    const earlierRow = year !== null && this.year !== null && year < this.year;
    for (const c of found) {
      const { subject, label } = across.get(c.col)!;
      if (c.score.kind === "invalid") {
        this.out.diagnostics.push(this.invalidScore(row, c, subjectKey(subject)));
        continue;
      }
      const cell = this.scoreCell(row, c, subject);
      const earlier = this.previousSheet || earlierRow || isEarlier(label, this.year);
      if (subject.kind === "tool") {
        // Last year's tool totals are not kept: the change is reported by indicator and overall.
        if (!earlier)
          this.pushTotal({ kind: "tool", tool: subject.tool, cell, points: this.isPoints(label, subject.tool) });
      } else if (subject.kind === "indicator") {
        if (earlier) this.out.addPrevious(subject.number, cell);
        else this.pushTotal({ kind: "indicator", number: subject.number, cell });
      } else if (earlier) this.out.addPrevious("overall", cell);
      else this.out.addOverall(cell);
    }
    return true;
  }

  private isPoints(label: string, tool: ToolId): boolean {
    return this.vocab.pointsLabel(
      label,
      this.framework.tools.find((t) => t.id === tool)!,
    );
  }

  private findHeading(cells: RowCell[]) {
    for (const c of cells) {
      if (!c.text || c.role) continue;
      const reading = this.vocab.indicators.readHeading(c.text, this.maxIndicator);
      if (reading) return { cell: c, reading };
    }
    return null;
  }

  private noteHeading(
    row: number,
    cell: RowCell,
    reading: { indicator: number; given: number | null; byName: boolean },
  ) {
    if (reading.given !== null && reading.byName && reading.given !== reading.indicator) {
      this.out.diagnostics.push(
        diagnostic(
          "info",
          "heading.numberMismatch",
          `indicator:${reading.indicator}`,
          [cellRef(this.sheet.name, row, cell.col)],
          {
            given: reading.given,
            indicator: reading.indicator,
          },
        ),
      );
    }
  }

  private updateScoreColumns(): void {
    const r = this.roles;
    this.scoreCols = new Set([r.score, r.public, r.survey].filter((c): c is number => c !== undefined));
    const other = new Set([r.code, r.text, r.seq, r.tool].filter((c): c is number => c !== undefined));
    this.shiftCols = new Set(
      [...this.scoreCols].map((c) => c + 1).filter((c) => !this.scoreCols.has(c) && !other.has(c)),
    );
  }

  /** Can a score sit in this column? Anywhere when the table has no score header. */
  private inScoreColumn(col: number): boolean {
    return this.scoreCols.size === 0 || this.scoreCols.has(col) || this.shiftCols.has(col);
  }

  /** Is a non-numeric text here a broken score (under a score header), rather than a note? */
  private isScoreHeaderColumn(col: number): boolean {
    return this.scoreCols.has(col);
  }

  /** The indicator a flat table names in its own column on this row ("ตัวชี้วัด | ข้อ | คำถาม | คะแนน"). */
  private rowIndicator(cells: RowCell[]): number | null {
    const c = this.roles.indicator === undefined ? undefined : cells.find((x) => x.col === this.roles.indicator);
    if (!c) return null;
    if (typeof c.value === "number")
      return Number.isInteger(c.value) && this.toolOfIndicator.has(c.value) ? c.value : null;
    return (
      this.vocab.indicators.readHeading(c.text, this.maxIndicator)?.indicator ??
      (this.toolOfIndicator.has(Number(c.text)) ? Number(c.text) : null)
    );
  }

  /** Last year's score in this row, from a header column of an earlier year. */
  private previousScore(row: number, cells: RowCell[], subject: ScoreSubject): ScoreCell | null {
    const col = this.roles.previous;
    const c = col === undefined ? undefined : cells.find((x) => x.col === col && x.score.kind === "score");
    return c ? this.scoreCell(row, c, subject) : null;
  }

  /** The first valid score right of `fromCol`; an invalid one there becomes a diagnostic. */
  private firstScore(row: number, cells: RowCell[], fromCol: number, subject: ScoreSubject): ScoreCell | null {
    for (const c of cells) {
      if (c.col <= fromCol || c.role || c.col === this.roles.previous) continue;
      if (c.score.kind === "score") return this.scoreCell(row, c, subject);
      if (c.score.kind === "invalid" && (c.score.reason !== "text" || this.isScoreHeaderColumn(c.col))) {
        this.out.diagnostics.push(this.invalidScore(row, c, subjectKey(subject)));
        return null;
      }
    }
    return null;
  }

  private scoreCell(row: number, c: RowCell, subject: ScoreSubject): ScoreCell {
    const score = c.score as Extract<ScoreReading, { kind: "score" }>;
    const ref = cellRef(this.sheet.name, row, c.col);
    if (score.formula) {
      this.out.notes.set(
        ref,
        diagnostic("info", "score.formulaComputed", subjectKey(subject), [ref], {
          formula: score.formula,
          value: score.value,
        }),
      );
    }
    if (score.note === "comma") {
      this.out.notes.set(
        ref,
        diagnostic("info", "score.commaDecimal", subjectKey(subject), [ref], {
          text: typeof c.value === "string" ? c.value : "",
          value: score.value,
        }),
      );
    }
    return {
      sheet: this.sheet.name,
      row,
      col: c.col,
      ref,
      value: score.value,
      // A formula's cell holds a number once Excel works it out: its highlight follows the value.
      numeric: typeof c.value === "number" || isFormula(c.value),
      factor: score.factor,
      subject,
    };
  }

  private invalidScore(row: number, c: RowCell, subject: string | null): Diagnostic {
    const s = c.score as { reason: string; text: string };
    const code = { range: "outOfRange", formula: "formulaNoValue" }[s.reason] ?? "invalid";
    return diagnostic("warning", `score.${code}`, subject, [cellRef(this.sheet.name, row, c.col)], {
      text: isCellError(c.value) ? c.value.error : s.text,
    });
  }

  /**
   * Does a row with an indicator's name also name an item? Under a header with an indicator column
   * and a code or question column, the name is the item's indicator; without one, a code right of
   * the name says so ("ตัวชี้วัดที่ 1 … | i1 | … | 78.68").
   */
  private namesItem(cells: RowCell[], heading: RowCell): boolean {
    const r = this.roles;
    if (r.indicator === heading.col && (r.code !== undefined || r.text !== undefined)) return true;
    return cells.some((c) => c.col > heading.col && !c.role && c.text !== "" && this.isCode(c.text));
  }

  private isCode(text: string): boolean {
    return readItemCode(text, this.vocab.codes).some((r) => r.confidence === 1);
  }

  /**
   * Read the row as an item; false when it is not one. `rowHeading`: the indicator the row names
   * in a cell of its own, which is neither its code nor its wording.
   */
  private readItemRow(row: number, cells: RowCell[], rowHeading?: { col: number; indicator: number }): boolean {
    const usable = cells.filter(
      (c) =>
        !c.role &&
        c.col !== this.roles.tool &&
        c.col !== this.roles.seq &&
        c.col !== this.roles.previous &&
        c.col !== this.roles.indicator &&
        c.col !== rowHeading?.col &&
        !(c.text && rowHeading && this.vocab.tool(c.text) && c.col < rowHeading.col),
    );
    const notNote = (c: RowCell) => c.col !== this.roles.note;
    const codeLike = (c: RowCell) => {
      const s = c.text || (typeof c.value === "number" && Number.isInteger(c.value) ? String(c.value) : "");
      return s !== "" && readItemCode(s, this.vocab.codes).length > 0;
    };
    const isWording = (c: RowCell) =>
      c.text !== "" && c.score.kind !== "score" && !codeLike(c) && visibleLength(c.text) >= 2;

    // With a question column in the header the wording is there (or nowhere); without one it is
    // the longest text in the row.
    let textCell: RowCell | undefined;
    if (this.roles.text !== undefined) textCell = usable.find((c) => c.col === this.roles.text && isWording(c));
    else {
      for (const c of usable.filter(notNote)) {
        if (!isWording(c) || this.scoreCols.has(c.col)) continue;
        if (!textCell || visibleLength(c.text) > visibleLength(textCell.text)) textCell = c;
      }
    }
    let codeCell: RowCell | undefined;
    if (this.roles.code !== undefined) codeCell = usable.find((c) => c.col === this.roles.code && codeLike(c));
    if (!codeCell) codeCell = usable.find((c) => notNote(c) && codeLike(c) && (!textCell || c.col < textCell.col));
    const anchor = textCell ?? codeCell;
    if (!anchor) return false;

    const scoreCells = usable.filter(
      (c) =>
        c.col > anchor.col &&
        c !== codeCell &&
        this.inScoreColumn(c.col) &&
        (c.score.kind === "score" ||
          c.score.kind === "verdict" ||
          (c.score.kind === "invalid" && (c.score.reason !== "text" || this.isScoreHeaderColumn(c.col)))),
    );
    if (scoreCells.length === 0) return false;
    const valid = scoreCells.filter((c) => c.score.kind === "score");
    const dual =
      valid.length >= 2 ? true : this.roles.public !== undefined || this.roles.survey !== undefined ? null : false;

    const codeText = codeCell
      ? codeCell.text || (typeof codeCell.value === "number" ? String(codeCell.value) : "")
      : null;
    const match = this.matcher.match({
      text: textCell ? textCell.text : null,
      code: codeText,
      heading: this.rowIndicator(cells) ?? rowHeading?.indicator ?? this.heading,
      dual,
    });
    const ref = cellRef(this.sheet.name, row, anchor.col);
    const codeRef = codeCell ? cellRef(this.sheet.name, row, codeCell.col) : ref;
    if (match.kind === "foreign") {
      this.table!.foreign.push({ code: match.code, ref: codeRef });
      return true;
    }
    if (match.kind === "ambiguous") {
      this.out.diagnostics.push(
        diagnostic("warning", "item.ambiguous", null, [ref], { candidates: match.candidates.map((c) => c.code) }),
      );
      return true;
    }
    if (match.kind === "none") {
      if (codeCell && readItemCode(codeText!, this.vocab.codes).some((r) => r.prefix && r.confidence === 1)) {
        this.out.diagnostics.push(diagnostic("warning", "item.unidentified", null, [codeRef], { code: codeText }));
        return true;
      }
      // Under a known heading, a row that names no item clearly may still sit in a gap of one
      // between two identified items: settled when the table ends.
      const heading = this.rowIndicator(cells) ?? rowHeading?.indicator ?? this.heading;
      if (heading === null || valid.length === 0) return false;
      const labelled = cells.some(
        (c) => c.text && (this.vocab.tool(c.text) || isOverallLabel(c.text) || isBareTotalLabel(c.text)),
      );
      if (!labelled) this.table!.gaps.push({ row, ref, heading, valid, scoreCells });
      this.signal = true;
      return false;
    }

    const scored = this.withVerdicts(row, match.item, scoreCells);
    const read = scored.filter((c) => c.score.kind === "score");
    this.table!.items.push(this.pendingItem(row, match.item, read, scored));
    this.count(`item:${match.item.code}`);
    return true;
  }

  /**
   * An audit's verdicts ("มี" / "ไม่มี", "✓" / "✗", "บางส่วน") are scores for an item of a tool
   * scored on a scale (OIT: 100, 0, 50), each with a note; for any other item a verdict under a
   * score header is named as not a score, and elsewhere it is a remark.
   */
  private withVerdicts(row: number, item: ItemDef, cells: RowCell[]): RowCell[] {
    const tool = this.framework.tools.find((t) => t.id === this.toolOfIndicator.get(item.indicator));
    // A number beside the verdict says more (a verdict "มี" with a score of 50): the number is used.
    const numbered = cells.some((c) => c.score.kind === "score");
    const scale = tool?.kind === "disclosure" && !numbered ? tool.scale : undefined;
    const out: RowCell[] = [];
    for (const c of cells) {
      if (c.score.kind !== "verdict") {
        out.push(c);
        continue;
      }
      const value = scale ? verdictScore(c.score.verdict, scale) : null;
      const ref = cellRef(this.sheet.name, row, c.col);
      if (value !== null) {
        this.out.notes.set(
          ref,
          diagnostic("info", "score.verdict", `item:${item.code}`, [ref], {
            text: c.score.text,
            value,
            tool: tool!.id,
          }),
        );
        out.push({ ...c, score: { kind: "score", value, factor: 1 } });
      } else if (!numbered && this.isScoreHeaderColumn(c.col)) {
        out.push({ ...c, score: { kind: "invalid", reason: "text", text: c.score.text } });
      }
    }
    return out;
  }

  private pushTotal(total: PendingTotal): void {
    this.table!.totals.push(total);
    this.count(total.kind === "tool" ? `tool:${total.tool}` : `indicator:${total.number}`);
  }

  /** An identified item row's scores, as they will be committed at the end of its table. */
  private pendingItem(row: number, item: ItemDef, valid: RowCell[], scoreCells: RowCell[]): PendingItem {
    const tool = this.toolOfIndicator.get(item.indicator)!;
    const isDualTool = this.framework.tools.find((t) => t.id === tool)?.scoring === "dual";
    const invalid = scoreCells
      .filter((c) => c.score.kind === "invalid")
      .map((c) => this.invalidScore(row, c, `item:${item.code}`));
    const used: ScoreCell[] = [];
    // A row whose every score is unreadable names the item but gives no score: not found.
    if (valid.length === 0) return { row, code: item.code, scores: null, cells: [], invalid };
    if (isDualTool && (valid.length >= 2 || this.roles.public !== undefined || this.roles.survey !== undefined)) {
      let pub: RowCell | undefined;
      let sur: RowCell | undefined;
      if (valid.length >= 2) [pub, sur] = valid;
      else if (valid.length === 1) {
        const v = valid[0];
        const dp = this.roles.public === undefined ? Infinity : distance(v.col, this.roles.public);
        const ds = this.roles.survey === undefined ? Infinity : distance(v.col, this.roles.survey);
        if (dp <= ds) pub = v;
        else sur = v;
      }
      if (pub) used.push(this.scoreCell(row, pub, { kind: "item", code: item.code, part: "public" }));
      if (sur) used.push(this.scoreCell(row, sur, { kind: "item", code: item.code, part: "survey" }));
      const scores = { public: pub ? used[0].value : null, survey: sur ? used[used.length - 1].value : null };
      return { row, code: item.code, scores, cells: used, invalid };
    }
    const preferred =
      valid.find(
        (c) => this.roles.score !== undefined && (c.col === this.roles.score || c.col === this.roles.score + 1),
      ) ?? valid[0];
    used.push(this.scoreCell(row, preferred, { kind: "item", code: item.code, part: "value" }));
    return { row, code: item.code, scores: { value: used[0].value }, cells: used, invalid };
  }

  /**
   * A row between i7 and i9 of the same indicator, when i8 is read nowhere else and nothing else
   * stands between them, is i8: its position is the clue its garbled code and wording lacked.
   * Each such row gets a note, so the analyst can check it.
   */
  private placeByPosition(t: Table): void {
    if (t.gaps.length === 0) return;
    const items = [...t.items].sort((a, b) => a.row - b.row);
    const codes = new Set([...items.map((i) => i.code), ...this.out.items.keys()]);
    const byCode = new Map(this.framework.items.map((i) => [i.code, i]));
    for (const g of t.gaps) {
      const prev = [...items].reverse().find((i) => i.row < g.row);
      const next = items.find((i) => i.row > g.row);
      if (!prev || !next || prev.code[0] !== next.code[0]) continue;
      const [p, n] = [Number(prev.code.slice(1)), Number(next.code.slice(1))];
      const middle = byCode.get(`${prev.code[0]}${p + 1}`);
      const between = t.gaps.filter((x) => x.row > prev.row && x.row < next.row).length;
      if (n !== p + 2 || !middle || middle.indicator !== g.heading || codes.has(middle.code) || between !== 1) continue;
      if (byCode.get(prev.code)!.indicator !== g.heading || byCode.get(next.code)!.indicator !== g.heading) continue;
      t.items.push(this.pendingItem(g.row, middle, g.valid, g.scoreCells));
      codes.add(middle.code);
      this.out.diagnostics.push(
        diagnostic("info", "item.byPosition", `item:${middle.code}`, [g.ref], {
          code: middle.code,
          prev: prev.code,
          next: next.code,
        }),
      );
    }
  }

  private newTable(row: number): Table {
    return {
      startRow: row,
      totals: [],
      items: [],
      gaps: [],
      foreign: [],
      lastRow: row,
      maxCol: 0,
      seen: new Map(),
      records: false,
    };
  }

  /** Count a tool, indicator or item of the current table; enough of one makes it a table of records. */
  private count(key: string): void {
    const t = this.table!;
    const n = (t.seen.get(key) ?? 0) + 1;
    t.seen.set(key, n);
    if (n >= RECORD_REPEATS) t.records = true;
  }

  /**
   * A table where the same tool, indicator or item comes three times or more is a table of
   * records — a unit's or a respondent's rows, staff evaluations — not a score table: none of it is
   * read as a score (and nothing of it is highlighted), and a note says so.
   */
  private isRecords(t: Table): boolean {
    const repeated = [...t.seen].filter(([, n]) => n >= RECORD_REPEATS);
    if (!t.records) return false;
    const range = `${quoteSheetName(this.sheet.name)}!${cellAddress(t.startRow, this.sheet.left)}:${cellAddress(t.lastRow, t.maxCol)}`;
    this.out.diagnostics.push(
      diagnostic("info", "table.records", null, [cellRef(this.sheet.name, t.startRow, this.sheet.left)], {
        range,
        rows: t.lastRow - t.startRow + 1,
        repeated: repeated.map(([k]) => k.replace(/^[a-z]+:/, "")),
      }),
    );
    return true;
  }

  /** Commit the table's items, or drop them all when it is another year's table. */
  private endTable(resetContext: boolean): void {
    const t = this.table;
    this.table = null;
    if (resetContext) {
      this.roles = {};
      this.headerCols = new Set();
      this.scoreCols = new Set();
      this.shiftCols = new Set();
      this.heading = null;
      this.indicatorRunTool = null;
    }
    if (!t) return;
    if (this.isRecords(t)) return;
    for (const total of t.totals) {
      if (total.kind === "tool") this.out.addTool(total.tool, total.cell, total.points);
      else this.out.addIndicator(total.number, total.cell);
    }
    const identified = t.items.length;
    const isForeign = t.foreign.length >= 2 && t.foreign.length * 5 >= identified + t.foreign.length;
    if (isForeign) {
      const range = `${quoteSheetName(this.sheet.name)}!${cellAddress(t.startRow, this.sheet.left)}:${cellAddress(t.lastRow, t.maxCol)}`;
      this.out.diagnostics.push(
        diagnostic("warning", "items.otherFramework", null, [t.foreign[0].ref], {
          range,
          codes: t.foreign.map((f) => f.code),
          count: identified + t.foreign.length,
          framework: this.framework.label,
        }),
      );
      this.out.droppedItemTables++;
      return;
    }
    for (const f of t.foreign) {
      this.out.diagnostics.push(
        diagnostic("warning", "item.notInFramework", null, [f.ref], { code: f.code, framework: this.framework.label }),
      );
    }
    this.placeByPosition(t);
    for (const p of t.items) {
      this.out.diagnostics.push(...p.invalid);
      if (p.scores) this.out.addItem(p.code, p.scores, p.cells);
    }
  }
}

function distance(a: number, b: number): number {
  // A score one column right of its header is common; one column left is not.
  return a >= b ? a - b : (b - a) * 1.5;
}

function subjectKey(s: ScoreSubject): string {
  switch (s.kind) {
    case "item":
      return `item:${s.code}`;
    case "indicator":
      return `indicator:${s.number}`;
    case "tool":
      return `tool:${s.tool}`;
    case "overall":
      return "overall";
  }
}

/** Gathers what the scanners find, merging equal copies and reporting unequal ones. */
class Collector {
  readonly items = new Map<string, ParsedItem>();
  readonly indicators = new Map<number, ParsedValue>();
  readonly tools = new Map<ToolId, ParsedTool & { pointsLabel: boolean }>();
  overall: ParsedValue | null = null;
  /** Last year's scores: indicator number or "overall" → value. Never highlighted. */
  readonly previous = new Map<number | "overall", ParsedValue>();
  readonly scoreCells: ScoreCell[] = [];
  readonly sheets: string[] = [];
  readonly quietSheets: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Notes on how a cell was read (a formula worked out, a decimal comma), kept for the cells used. */
  readonly notes = new Map<string, Diagnostic>();
  droppedItemTables = 0;

  constructor(private readonly framework: Framework) {}

  addItem(code: string, scores: ItemScores, cells: ScoreCell[]): void {
    this.scoreCells.push(...cells);
    const refs = cells.map((c) => c.ref);
    const prev = this.items.get(code);
    if (!prev) {
      this.items.set(code, { code, scores, cells: refs });
      return;
    }
    const conflict = conflictBetween(prev.scores, scores);
    if (conflict) {
      this.diagnostics.push(
        diagnostic("warning", "item.conflict", `item:${code}`, [prev.cells[0], refs[0]], {
          code,
          first: conflict[0],
          second: conflict[1],
        }),
      );
      return;
    }
    if (isDual(prev.scores) && isDual(scores)) {
      prev.scores = { public: prev.scores.public ?? scores.public, survey: prev.scores.survey ?? scores.survey };
    }
    prev.cells.push(...refs);
  }

  addPrevious(key: number | "overall", cell: ScoreCell): void {
    const prev = this.previous.get(key);
    if (!prev) this.previous.set(key, { value: cell.value, cells: [cell.ref] });
    else if (Math.abs(prev.value - cell.value) > SAME) {
      this.diagnostics.push(
        diagnostic(
          "warning",
          "previous.conflict",
          key === "overall" ? "overall" : `indicator:${key}`,
          [prev.cells[0], cell.ref],
          { first: prev.value, second: cell.value },
        ),
      );
    } else prev.cells.push(cell.ref);
  }

  addIndicator(number: number, cell: ScoreCell): void {
    this.addValue(this.indicators, number, cell, `indicator:${number}`, "indicator.conflict");
  }

  addTool(tool: ToolId, cell: ScoreCell, pointsLabel: boolean): void {
    const prev = this.tools.get(tool);
    if (!prev) {
      this.scoreCells.push(cell);
      this.tools.set(tool, { value: cell.value, cells: [cell.ref], fromPoints: false, pointsLabel });
      return;
    }
    this.addValue(this.tools, tool, cell, `tool:${tool}`, "tool.conflict");
  }

  addOverall(cell: ScoreCell): void {
    this.scoreCells.push(cell);
    if (!this.overall) this.overall = { value: cell.value, cells: [cell.ref] };
    else if (Math.abs(this.overall.value - cell.value) > SAME) {
      this.diagnostics.push(
        diagnostic("warning", "overall.conflict", "overall", [this.overall.cells[0], cell.ref], {
          first: this.overall.value,
          second: cell.value,
        }),
      );
    } else this.overall.cells.push(cell.ref);
  }

  private addValue<K>(map: Map<K, ParsedValue>, key: K, cell: ScoreCell, subject: string, code: string): void {
    this.scoreCells.push(cell);
    const prev = map.get(key);
    if (!prev) map.set(key, { value: cell.value, cells: [cell.ref] });
    else if (Math.abs(prev.value - cell.value) > SAME) {
      this.diagnostics.push(
        diagnostic("warning", code, subject, [prev.cells[0], cell.ref], { first: prev.value, second: cell.value }),
      );
    } else prev.cells.push(cell.ref);
  }

  /**
   * Tool scores given as weighted points (IIT out of 30, EIT 30, OIT 40) become percent: when
   * their label says so, or when the three add up to the overall score.
   */
  finish(): void {
    this.convertPoints();
    this.noteFractions();
  }

  /**
   * A score column whose numbers all lie between 0 and 1 with no percent format (and not all 0 or
   * 1) is most likely percents stored as fractions: said, with both readings, since the numbers are
   * valid scores as they stand.
   */
  private noteFractions(): void {
    const byColumn = new Map<string, ScoreCell[]>();
    for (const c of this.scoreCells) {
      const key = `${c.sheet}\u0000${c.col}`;
      let cells = byColumn.get(key);
      if (!cells) byColumn.set(key, (cells = []));
      cells.push(c);
    }
    for (const cells of byColumn.values()) {
      const fractions =
        cells.every((c) => c.factor === 1 && c.value <= 1) && cells.some((c) => !Number.isInteger(c.value));
      if (cells.length < 3 || !fractions) continue;
      const example = cells.find((c) => !Number.isInteger(c.value))!.value;
      this.diagnostics.push(
        diagnostic("warning", "scores.fractions", null, [cells[0].ref], {
          count: cells.length,
          example,
          asPercent: roundTo(example * 100, 4),
        }),
      );
    }
  }

  /** Tool totals given as weighted points become percents, with a note; an unclear one is warned of. */
  private convertPoints(): void {
    const tools = this.framework.tools;
    const given = tools.map((def) => ({ def, t: this.tools.get(def.id) })).filter((g) => g.t !== undefined);
    const fits = (g: (typeof given)[number]) => g.t!.value <= g.def.weight * 100 + SAME;
    const addsUp =
      this.overall !== null &&
      given.length === tools.length &&
      given.every(fits) &&
      Math.abs(given.reduce((s, g) => s + g.t!.value, 0) - this.overall.value) <= 0.01 * tools.length;
    // Unlabelled, every tool given within its points' range and none a plausible percent: points.
    const implausible = given.length > 0 && given.every((g) => fits(g) && g.t!.value < PLAUSIBLE_PERCENT);
    for (const g of given) {
      const { def } = g;
      const t = g.t!;
      if (!fits(g)) continue;
      const why = t.pointsLabel ? "label" : addsUp ? "overall" : implausible ? "range" : null;
      if (!why) {
        // Within the points' range, but so is a low percent: both readings, and the percent kept.
        this.diagnostics.push(
          diagnostic("warning", "tool.pointsAmbiguous", `tool:${def.id}`, t.cells, {
            tool: def.id,
            value: t.value,
            max: def.weight * 100,
            asPoints: roundTo(t.value / def.weight, 2),
          }),
        );
        continue;
      }
      const points = t.value;
      t.fromPoints = true;
      t.value = roundTo(points / def.weight, 6);
      for (const c of this.scoreCells) {
        if (c.subject.kind !== "tool" || c.subject.tool !== def.id) continue;
        c.value = t.value;
        c.factor /= def.weight;
      }
      this.diagnostics.push(
        diagnostic("info", "tool.points", `tool:${def.id}`, t.cells, {
          tool: def.id,
          points,
          max: def.weight * 100,
          value: t.value,
          why,
        }),
      );
    }
  }

  result(): ParsedScores {
    const tools = new Map<ToolId, ParsedTool>();
    for (const [k, t] of this.tools) tools.set(k, { value: t.value, cells: t.cells, fromPoints: t.fromPoints });
    const used = new Set(this.scoreCells.map((c) => c.ref));
    for (const [ref, d] of this.notes) if (used.has(ref)) this.diagnostics.push(d);
    return {
      frameworkId: this.framework.id,
      items: this.items,
      indicators: this.indicators,
      tools,
      overall: this.overall,
      previous: this.previous,
      scoreCells: this.scoreCells,
      sheets: this.sheets,
      quietSheets: this.quietSheets,
      diagnostics: this.diagnostics,
    };
  }
}

/** The first differing pair of scores between two copies of an item, or null when they agree. */
function conflictBetween(a: ItemScores, b: ItemScores): [number, number] | null {
  if (isDual(a) && isDual(b)) {
    if (a.public !== null && b.public !== null && Math.abs(a.public - b.public) > SAME) return [a.public, b.public];
    if (a.survey !== null && b.survey !== null && Math.abs(a.survey - b.survey) > SAME) return [a.survey, b.survey];
    return null;
  }
  const av = isDual(a) ? (a.public ?? a.survey) : a.value;
  const bv = isDual(b) ? (b.public ?? b.survey) : b.value;
  if (av === null || bv === null) return null;
  return Math.abs(av - bv) > SAME ? [av, bv] : null;
}
