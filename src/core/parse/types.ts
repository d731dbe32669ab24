import { Diagnostic } from "../i18n/diagnostics";
import { ToolId } from "../framework/types";

/** One item's scores: one value, or EIT's Public and Survey pair. */
export type ItemScores = { value: number } | { public: number | null; survey: number | null };

export function isDual(s: ItemScores): s is { public: number | null; survey: number | null } {
  return "public" in s;
}

/** What a score cell gives a score of. */
export type ScoreSubject =
  | { kind: "item"; code: string; part: "value" | "public" | "survey" }
  | { kind: "indicator"; number: number }
  | { kind: "tool"; tool: ToolId }
  | { kind: "overall" };

/** A cell read as a valid score. */
export interface ScoreCell {
  sheet: string;
  /** Zero-based, in sheet coordinates. */
  row: number;
  col: number;
  /** "Sheet!C5" */
  ref: string;
  value: number;
  /** True when the cell holds a number (not text such as "๘๔.๓๓"). */
  numeric: boolean;
  /** The score is this many times the number stored (100 for 0.7868 shown as 78.68%). */
  factor: number;
  subject: ScoreSubject;
}

export interface ParsedItem {
  code: string;
  scores: ItemScores;
  /** Score cells of every copy of the item, first copy first. */
  cells: string[];
}

export interface ParsedValue {
  value: number;
  cells: string[];
}

export interface ParsedTool extends ParsedValue {
  /** True when the workbook gave the tool as weighted points (IIT out of 30) and `value` was converted to percent. */
  fromPoints: boolean;
}

/** Whose earlier years a history holds: an indicator's number, a tool's id, or "overall" for the overall score. */
export type HistoryKey = number | ToolId;

/** One earlier year's score. */
export interface YearValue extends ParsedValue {
  year: number;
}

/** Scores found in a workbook, before any analysis. */
export interface ParsedScores {
  frameworkId: string;
  items: Map<string, ParsedItem>;
  indicators: Map<number, ParsedValue>;
  tools: Map<ToolId, ParsedTool>;
  overall: ParsedValue | null;
  /** Last year's scores, where the workbook holds them: indicator number or "overall" → value. */
  previous: Map<number | "overall", ParsedValue>;
  /**
   * Every earlier year's score the workbook names the year of (year columns side by side, a row per
   * year, a sheet per year), oldest first; absent where a reader built scores another way.
   */
  history?: Map<HistoryKey, YearValue[]>;
  /** Every valid score cell that was used, for highlighting. */
  scoreCells: ScoreCell[];
  /** Names of the sheets that were read (generated sheets are skipped). */
  sheets: string[];
  /**
   * Sheets read in which nothing was recognised — no header, heading, item, total or label, and
   * nothing to say about them: raw data beside the scores. Another year's reading can skip them.
   */
  quietSheets: string[];
  diagnostics: Diagnostic[];
}
