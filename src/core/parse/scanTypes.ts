/**
 * What the sheet scanner works with: a row's cells as read, the columns a header names, the tables
 * it gathers before committing them, and what every sheet's scan shares.
 */
import { Diagnostic } from "../i18n/diagnostics";
import { Framework, ToolId } from "../framework/types";
import { CellValue, WorkbookGrid } from "../read/grid";
import { ScoreReading } from "../text/scores";
import type { Collector } from "./collector";
import { ItemEvidence, ItemMatch } from "./itemMatcher";
import { ColumnRole, HeadingReading, isPreviousYearLabel, labelYear } from "./labels";
import { ItemScores, ScoreCell, ScoreSubject } from "./types";
import { Vocabulary } from "./vocabulary";

/** One non-empty cell of a row, read every way the parser needs. */
export interface RowCell {
  col: number;
  value: CellValue;
  /** Normalised text ("" for numbers and errors). */
  text: string;
  score: ScoreReading;
  role: ColumnRole | null;
}

/** Where each kind of column sits in the current table, from its header row. */
export type Roles = Partial<Record<ColumnRole, number>>;

/** An item row waiting for the end of its table (a table of another year's items is dropped whole). */
export interface PendingItem {
  row: number;
  code: string;
  /** Null when the row names an item but holds no valid score. */
  scores: ItemScores | null;
  cells: ScoreCell[];
  invalid: Diagnostic[];
}

/** A row with scores but no clear item, kept in case its neighbours place it. */
export interface GapCandidate {
  row: number;
  ref: string;
  heading: number;
  valid: RowCell[];
  scoreCells: RowCell[];
}

/** A column of a header that lays the scores out across: what it names, and its label. */
export interface AcrossColumn {
  subject: Extract<ScoreSubject, { kind: "tool" } | { kind: "indicator" } | { kind: "overall" }>;
  label: string;
}

/** A tool's or an indicator's score read in a table, committed when the table ends. */
export type PendingTotal =
  | { kind: "tool"; tool: ToolId; cell: ScoreCell; points: boolean }
  | { kind: "indicator"; number: number; cell: ScoreCell };

export interface Table {
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
/** A tool, indicator or item this many times in one table makes it a table of records. */
export const RECORD_REPEATS = 3;

/** What tells which item a row is. */
export interface ItemIdentifier {
  match(evidence: ItemEvidence): ItemMatch;
}

/** What every sheet's scan shares. */
export interface ScanContext {
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
export function isEarlier(text: string, year: number | null): boolean {
  const y = labelYear(text);
  return (y !== null && year !== null && y < year) || isPreviousYearLabel(text);
}

export function distance(a: number, b: number): number {
  // A score one column right of its header is common; one column left is not.
  return a >= b ? a - b : (b - a) * 1.5;
}

export function subjectKey(s: ScoreSubject): string {
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

/** A cell that names an indicator ("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน"), and how it was read. */
export interface Heading {
  cell: RowCell;
  reading: HeadingReading;
}
