/**
 * A declarative description of what to write into a workbook. The core produces it; the
 * ExcelJS and Office.js adapters apply it. Nothing here knows either library.
 */
import { unquoteSheetName } from "../read/grid";

export interface Style {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  align?: {
    horizontal?: "left" | "center" | "right";
    vertical?: "top" | "middle" | "bottom";
    wrap?: boolean;
    indent?: number;
  };
  border?: "thin";
  numberFormat?: string;
}

/**
 * What a cell holds. Text is always written as text — never parsed as a formula or number —
 * even when it starts with "=", "+", "-" or "@". Only `formula` content is a formula, and only
 * the renderer writes those.
 */
export type CellContent =
  | { text: string }
  | { number: number }
  /** A formula, always starting with "=", and the value it gives now (shown until recalculated). */
  | { formula: string; result: string | number };

/** What a cell shows: its text, or its formula's value as it stands. */
export function shownText(content: CellContent): string {
  return "text" in content ? content.text : "formula" in content ? String(content.result) : "";
}

export interface CellPlan {
  /** Zero-based. */
  row: number;
  col: number;
  content: CellContent;
  /** A key of `WorkbookPlan.styles`. */
  style?: string;
}

export interface RangePlan {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TablePlan extends RangePlan {
  /** Unique in the workbook, e.g. "ITA_Plan". The first row of the range is the header. */
  name: string;
  style: string;
}

export interface ListValidationPlan {
  range: RangePlan;
  /** A formula naming the list, e.g. "='หน่วยงาน'!$B$3:$B$40", or the list itself ("ดำเนินการแล้วเสร็จ,…"). */
  source: string;
  /** True when `source` is the list itself rather than a reference. */
  literal?: boolean;
  /** When true, a typed value that is not in the list is accepted (shown as information). */
  allowOther: boolean;
  prompt?: { title: string; message: string };
}

export interface PrintPlan {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /**
   * At most one page wide. The document's sheets fit the page at 100 % in their own font (16 pt prints
   * at 16 pt); this keeps them one page wide where Excel substitutes a wider font.
   */
  fitToWidth: boolean;
  /** Zero-based rows repeated at the top of every printed page. */
  repeatRows?: [number, number];
  /** What prints, when not the whole sheet: working notes and records lie outside it. */
  area?: RangePlan;
  /** Zero-based rows a new page starts at (a chart kept whole on its page). */
  breaks?: number[];
  /** Margins in inches (left and right; top and bottom). */
  margins: { side: number; top: number };
}

/** The page a sheet prints on, and the width (points) its columns may take at 100 %. */
export const PAGE = {
  margins: { side: 0.5, top: 0.6 },
  /** A4: 595 × 842 points. */
  width: (orientation: "portrait" | "landscape") => (orientation === "portrait" ? 595 : 842) - 2 * 0.5 * 72,
};

/** The sheets of a batch's roll-up workbook (a workbook of its own, never read back as input). */
export type RollupSheetKey = "rollup-agencies" | "rollup-indicators" | "rollup-recurring" | "rollup-unread";

/** The sheets ITA Analyzer writes, in the order it writes them. */
export const GENERATED_KEYS = [
  "summary",
  "analysis",
  "plan",
  "followup",
  "lastyear",
  "units",
  "framework",
  "review",
] as const;
export type GeneratedSheetKey = (typeof GENERATED_KEYS)[number];

/** A chart of data in its own sheet: the indicators as columns, the target as a line. */
export interface ChartPlan {
  title: string;
  /** The category labels (one column). */
  categories: RangePlan;
  series: Array<{ name: string; values: RangePlan; type: "column" | "line" }>;
  /** The cells the chart covers. */
  anchor: RangePlan;
  /** Value axis from 0 to 100. */
  axisMax: number;
}

export interface SheetPlan {
  /** Which generated sheet this is; "template" is a score sheet for the analyst to fill (never replaced). */
  key: GeneratedSheetKey | "template" | RollupSheetKey;
  name: string;
  tabColor?: string;
  /** Column widths in Excel's character units, from column A. */
  columns: number[];
  /** Row heights in points, by zero-based row; rows not listed keep the default. */
  rowHeights: Record<number, number>;
  cells: CellPlan[];
  merges: RangePlan[];
  tables: TablePlan[];
  validations: ListValidationPlan[];
  charts: ChartPlan[];
  freeze?: { rows: number; cols: number };
  print?: PrintPlan;
}

/** Cells of a user's sheet to mark as below the threshold: formats only, through conditional formatting. */
export interface HighlightPlan {
  sheet: string;
  /** Numeric cells get a "less than threshold" rule, so the mark follows the value if it is edited. */
  numeric: Array<{ row: number; col: number }>;
  /**
   * The number a numeric cell is compared with ("less than"), when it is not the threshold: a score
   * stored as 0.7868 and shown as 78.68% is low below 0.85, IIT given as points out of 30 below 25.5.
   * Keyed by "row:col".
   */
  below?: Record<string, number>;
  /** Scores stored as text ("๗๘.๖๘") cannot be compared by Excel: they get a fixed mark. */
  text: Array<{ row: number; col: number }>;
}

export interface WorkbookPlan {
  threshold: number;
  highlightStyle: { fill: string; fontColor: string };
  highlights: HighlightPlan[];
  /** Sheets written by an earlier run, to delete before the new ones are added. */
  replaceSheets: string[];
  sheets: SheetPlan[];
  styles: Record<string, Style>;
  /** Prefix of the workbook-level defined names that mark generated sheets: `${prefix}${key}`. */
  markerPrefix: string;
  /** The sheet the analyst lands on: the review while something is undecided, else the analysis. */
  activate?: SheetPlan["key"];
}

export const MARKER_PREFIX = "_ITA_Analyzer_";

/**
 * How far a run got with a generated sheet, told by its marker's name. `_ITA_Analyzer_plan` marks
 * a finished sheet. Inside Excel, where a batch of commands is never rolled back, a run writes each
 * new sheet under a temporary name marked `…_plan_pending` while it is written and `…_plan_ready`
 * once it is whole, and only then swaps it for the old one (`adapters/office/write.ts`).
 */
export type MarkerState = "final" | "ready" | "pending";
const MARKER_SUFFIX: Record<MarkerState, string> = { final: "", ready: "_ready", pending: "_pending" };

/** What is left of a run that did not finish: a sheet to remove, never to read. */
export const LEFTOVER = "leftover";
export type MarkedSheet = GeneratedSheetKey | typeof LEFTOVER;

/** The defined name that marks a generated sheet in a state. */
export function markerName(key: GeneratedSheetKey, state: MarkerState = "final"): string {
  return `${MARKER_PREFIX}${key}${MARKER_SUFFIX[state]}`;
}

/** Which generated sheet a defined name marks, and in which state, if it is one of ours. */
export function parseMarker(definedName: string): { key: GeneratedSheetKey; state: MarkerState } | null {
  if (!definedName.startsWith(MARKER_PREFIX)) return null;
  const rest = definedName.slice(MARKER_PREFIX.length);
  for (const state of ["ready", "pending", "final"] as const) {
    const suffix = MARKER_SUFFIX[state];
    if (suffix && !rest.endsWith(suffix)) continue;
    const key = GENERATED_KEYS.find((k) => k === rest.slice(0, rest.length - suffix.length));
    if (key) return { key, state };
  }
  return null;
}

/**
 * The sheet a marker name refers to, from its reference ("='วิเคราะห์ผล ITA'!$A$1" or
 * "Sheet1!$A$1"), or null when it refers to none (#REF! after the sheet was deleted).
 */
export function markedSheet(reference: string): string | null {
  const m = /^=?('(?:[^']|'')+'|[^!'=]+)!/.exec(reference);
  return m && m[1] !== "#REF" ? unquoteSheetName(m[1]) : null;
}

/**
 * Sheet name → what it is, from a workbook's defined names: for each key, the finished sheet, or
 * else a ready one (whole, left under its temporary name by a run that stopped while swapping); every
 * other marked sheet (one still being written, a ready one beside a finished one) is a leftover.
 */
export function generatedSheetsOf(names: Array<{ name: string; reference: string }>): Map<string, MarkedSheet> {
  const marked = names.flatMap((n) => {
    const m = parseMarker(n.name);
    const sheet = m ? markedSheet(n.reference) : null;
    return m && sheet ? [{ ...m, sheet }] : [];
  });
  const chosen = new Map<GeneratedSheetKey, string>();
  for (const state of ["final", "ready"] as const)
    for (const m of marked) if (m.state === state && !chosen.has(m.key)) chosen.set(m.key, m.sheet);
  const out = new Map<string, MarkedSheet>();
  for (const [key, sheet] of chosen) out.set(sheet, key);
  for (const m of marked) if (!out.has(m.sheet)) out.set(m.sheet, LEFTOVER);
  return out;
}

/** The first name free among `taken` (lower-case names): "แผนมาตรการ", then "แผนมาตรการ (2)" … */
export function uniqueSheetName(preferred: string, taken: Set<string>): string {
  let candidate = preferred;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${preferred} (${i})`;
  return candidate;
}

/** A sheet's numeric highlight cells grouped by the number they are compared with, threshold first. */
export function highlightGroups(
  h: HighlightPlan,
  threshold: number,
): Array<{ below: number; cells: HighlightPlan["numeric"] }> {
  const groups = new Map<number, HighlightPlan["numeric"]>();
  for (const c of h.numeric) {
    const below = h.below?.[`${c.row}:${c.col}`] ?? threshold;
    let g = groups.get(below);
    if (!g) groups.set(below, (g = []));
    g.push(c);
  }
  return [...groups].map(([below, cells]) => ({ below, cells }));
}

/** True when a text would be read as a formula if typed into a cell. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
