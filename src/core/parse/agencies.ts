/**
 * Several agencies in one workbook: a sheet each, tables side by side, a score column each under
 * one indicator column, or a row each under a header of tools. Found before anything is read, so
 * that one agency is analysed at a time and two agencies' numbers are never merged.
 */
import { latestFramework } from "../framework";
import { CellValue, SheetGrid, WorkbookGrid, cellRef } from "../read/grid";
import { Memo } from "../text/memo";
import { readScore } from "../text/scores";
import { normalizeText } from "../text/thai";
import { isOverallLabel, isPreviousYearLabel, labelYear, readHeaderLabel, rowYear } from "./labels";
import { Vocabulary, vocabularyOf } from "./vocabulary";

export type AgencyLayoutKind = "sheets" | "blocks" | "columns" | "rows";

export interface Agency {
  name: string;
  sheet: string;
  /** Where its name was read (or its sheet's first cell). */
  cell: string;
  /** Absolute columns of the sheet that are this agency's (blocks side by side). */
  cols?: [number, number];
  /** Columns of other agencies, to blank (a score column each). */
  hideCols?: number[];
  /** Rows of other agencies, to blank (a row each). */
  hideRows?: number[];
  /** Sheets that repeat this agency's results, whole or in part (a sheet each): read with it. */
  copies?: string[];
}

export interface AgencyLayout {
  kind: AgencyLayoutKind;
  agencies: Agency[];
}

/** Indicators with a score on their row, for a sheet to count as one agency's results. */
const MIN_INDICATORS = 5;
/** Rows of scores in the same two columns or more, for the columns to be agencies. */
const MIN_ROWS = 3;
/** Words that begin an agency's name in a title ("ผลการประเมิน ITA ของ เทศบาลตำบลบ้านใหม่"). */
const AGENCY_WORDS =
  /(เทศบาล|องค์การบริหารส่วน|อบต\.|อบจ\.|กรม|กระทรวง|สำนักงาน|สำนัก|กอง|โรงเรียน|โรงพยาบาล|มหาวิทยาลัย|วิทยาลัย|จังหวัด|อำเภอ|ศาล|สถาบัน|การไฟฟ้า|การประปา|ธนาคาร|agency|municipality|department|office|school|hospital|university)/i;

const text = (v: CellValue | undefined) => (typeof v === "string" ? v.trim() : "");

/**
 * What the detection asks of a cell's text, each answer worked out once per distinct text: a
 * workbook of survey rows repeats the same few strings a hundred thousand times.
 */
class TextClues {
  private readonly headings = new Memo<string, number | null>();
  private readonly names = new Memo<string, boolean>();
  private readonly max: number;

  constructor(readonly vocab: Vocabulary) {
    this.max = Math.max(...vocab.framework.indicators.map((d) => d.number));
  }

  /** The indicator a heading names ("ตัวชี้วัดที่ ๖ …"), or null. */
  heading(t: string): number | null {
    return this.headings.get(t, this.readHeading);
  }

  /** Does the text name a tool, an indicator or the overall score (and is not a column label)? */
  namesSubject(t: string): boolean {
    return this.names.get(t, this.readSubject);
  }

  // The memos' work, made once (not a closure for every cell asked about).
  private readonly readHeading = (t: string): number | null =>
    t && t.length <= 120 ? (this.vocab.indicators.readHeading(t, this.max)?.indicator ?? null) : null;

  private readonly readSubject = (t: string): boolean =>
    t !== "" &&
    ((this.vocab.tool(t) !== null && t.length <= 40) || this.heading(t) !== null || isOverallLabel(t)) &&
    !readHeaderLabel(normalizeText(t));
}
const isScore = (v: CellValue | undefined) => v !== undefined && readScore(v).kind === "score";

/** Does the row hold a number that is a score? */
function hasNumberScore(row: CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === "number" && isScore(v)) return true;
  }
  return false;
}

/**
 * What a title adds after the agency's name, at its end: the tool or the assessment it is a table
 * of ("(IIT)", "- EIT", "(ITA)") and the year ("ประจำปีงบประมาณ พ.ศ. 2569", "(2569)").
 */
const TRAILERS = [
  /\s*[([]\s*(?:iit|eit|oit|ita)\s*[)\]]$/i,
  /\s*[-–—:]\s*(?:iit|eit|oit|ita)$/i,
  /\s*[([][^()[\]]*(?:25\d\d|[๒][๕][๐-๙]{2})[^()[\]]*[)\]]$/,
  /\s*(?:ประจำปี|ปีงบประมาณ|พ\.\s*ศ\.|fiscal year|fy\s*\d).*$/i,
  /[\s:：,]+$/,
];

/** A name for an agency found in a title cell ("… ของเทศบาลตำบลบ้านใหม่ (IIT)" → "เทศบาลตำบลบ้านใหม่"), or null. */
function agencyName(raw: string): string | null {
  const t = raw.replace(/\s+/g, " ").trim();
  if (t.length > 120) return null;
  const m = AGENCY_WORDS.exec(t);
  if (!m) return null;
  let name = t.slice(m.index);
  for (let before = ""; before !== name;) {
    before = name;
    for (const trailer of TRAILERS) name = name.replace(trailer, "");
  }
  return name || null;
}

/** The indicators a sheet gives a score for, row by row, with the columns of headings and scores. */
interface ScoredRow {
  row: number;
  indicator: number;
  headingCol: number;
  scoreCols: number[];
  values: number[];
}

/** The column of a row's last cell that holds something, or -1. */
function lastFilled(row: CellValue[]): number {
  let k = row.length - 1;
  while (k >= 0 && (row[k] === null || row[k] === undefined || row[k] === "")) k--;
  return k;
}

/**
 * Headings with their scores on their right. A row's last cell has nothing on its right, so it is
 * not read as a heading: a sheet of survey rows ends each row with a text of its own (a reference),
 * and reading each one as a heading was most of the work.
 */
function scoredRows(sheet: SheetGrid, clues: TextClues): ScoredRow[] {
  const out: ScoredRow[] = [];
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const last = lastFilled(row);
    for (let c = 0; c < last; c++) {
      const v = row[c];
      const indicator = typeof v === "string" ? clues.heading(text(v)) : null;
      if (indicator === null) continue;
      const scoreCols: number[] = [];
      const values: number[] = [];
      // The scores on its right, up to the next heading (a table beside it is another's).
      for (let k = c + 1; k < row.length; k++) {
        const u = row[k];
        if (typeof u === "string" && clues.heading(text(u)) !== null) break;
        const s = u === null || u === undefined ? null : readScore(u);
        if (s?.kind === "score") {
          scoreCols.push(sheet.left + k);
          values.push(s.value);
        }
      }
      if (scoreCols.length) out.push({ row: sheet.top + r, indicator, headingCol: sheet.left + c, scoreCols, values });
    }
  }
  return out;
}

/** A name for the agency of a sheet or a block: a title naming one above its scores, else `fallback`. */
function titleIn(sheet: SheetGrid, cols: [number, number] | null, fallback: string): { name: string; cell: string } {
  const rows = sheet.values.slice(0, 12);
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < rows[r].length; c++) {
      const col = sheet.left + c;
      if (cols && (col < cols[0] || col > cols[1])) continue;
      const name = agencyName(text(rows[r][c]));
      if (name) return { name, cell: cellRef(sheet.name, sheet.top + r, col) };
    }
  }
  return { name: fallback, cell: cellRef(sheet.name, sheet.top, sheet.left) };
}

/**
 * The agency a workbook of one agency names in a title near the top of its sheets
 * ("ผลการประเมิน ITA ของ เทศบาลตำบลบ้านใหม่"), or null.
 */
export function agencyTitle(grid: WorkbookGrid): string | null {
  for (const s of grid.sheets) {
    if (s.generated) continue;
    const found = titleIn(s, null, "");
    if (found.name) return found.name;
  }
  return null;
}

/** Indicators two sheets must share, all equal, for one to be a copy of the other's results. */
const MIN_SHARED = 3;

/** A sheet's score for each indicator, or null when an indicator has two (a table of items or records). */
function indicatorScores(rows: ScoredRow[]): Map<number, number> | null {
  const scores = new Map<number, number>();
  for (const r of rows) {
    const seen = scores.get(r.indicator);
    if (seen !== undefined && Math.abs(seen - r.values[0]) > 1e-9) return null;
    scores.set(r.indicator, r.values[0]);
  }
  return scores;
}

/**
 * Is one sheet the same results as the other, or part of them (the real document lists its low
 * indicators again on their own)? Every indicator they share has the same score.
 */
function sameResults(a: Map<number, number>, b: Map<number, number>): boolean {
  const shared = [...a.keys()].filter((n) => b.has(n));
  if (shared.length < Math.min(MIN_SHARED, a.size, b.size)) return false;
  return shared.every((n) => Math.abs(a.get(n)! - b.get(n)!) < 1e-9);
}

/**
 * Sheets that each hold one agency's results. Sheets of the same results (whole or in part) are
 * one agency; a sheet that gives an indicator two scores lists items, not an agency's indicators;
 * sheets named for different years are one agency's years.
 */
function bySheet(sheets: SheetGrid[], rowsOf: (s: SheetGrid) => ScoredRow[]): AgencyLayout | null {
  const full = sheets
    .map((s) => ({ s, scores: indicatorScores(rowsOf(s)) }))
    .filter((x): x is { s: SheetGrid; scores: Map<number, number> } => (x.scores?.size ?? 0) >= MIN_INDICATORS);
  if (full.length < 2) return null;
  const years = new Set(full.map((x) => (isPreviousYearLabel(x.s.name) ? "previous" : labelYear(x.s.name))));
  if (years.size > 1) return null;
  // Each sheet joins the first agency whose results it repeats; the others are agencies of their own.
  const agencies: Array<(typeof full)[number] & { copies: string[] }> = [];
  for (const x of full) {
    const same = agencies.find((a) => sameResults(a.scores, x.scores));
    if (same) same.copies.push(x.s.name);
    else agencies.push({ ...x, copies: [] });
  }
  if (agencies.length < 2) return null;
  return {
    kind: "sheets",
    agencies: agencies.map((x) => ({
      ...titleIn(x.s, null, x.s.name),
      sheet: x.s.name,
      ...(x.copies.length ? { copies: x.copies } : {}),
    })),
  };
}

/** Tables side by side: the same indicator's heading in two places of a row. */
function byBlock(sheet: SheetGrid, rows: ScoredRow[]): AgencyLayout | null {
  const byRow = new Map<number, ScoredRow[]>();
  for (const r of rows) byRow.set(r.row, [...(byRow.get(r.row) ?? []), r]);
  const starts = new Set<number>();
  for (const rs of byRow.values()) if (rs.length >= 2) rs.forEach((r) => starts.add(r.headingCol));
  if (starts.size < 2) return null;
  const sorted = [...starts].sort((a, b) => a - b);
  const last = sheet.left + Math.max(...sheet.values.map((r) => r.length)) - 1;
  const agencies = sorted.map((start, i): Agency => {
    // A block runs from a column left of its headings (a tool column) to the next block's.
    const from = i === 0 ? sheet.left : Math.max(sorted[i - 1] + 1, start - 1);
    const to = i + 1 < sorted.length ? Math.max(start, sorted[i + 1] - 2) : last;
    const cols: [number, number] = [from, to];
    return { ...titleIn(sheet, cols, `${sheet.name} (${i + 1})`), sheet: sheet.name, cols };
  });
  return { kind: "blocks", agencies };
}

/** One indicator column, a score column per agency headed by its name. */
function byColumn(sheet: SheetGrid, rows: ScoredRow[]): AgencyLayout | null {
  const multi = rows.filter((r) => r.scoreCols.length >= 2);
  if (multi.length < MIN_ROWS) return null;
  const cols = multi[0].scoreCols;
  if (!multi.every((r) => r.scoreCols.join() === cols.join())) return null;
  // The header above the first scored row names each column; years, score or EIT labels are not agencies.
  const first = Math.min(...multi.map((r) => r.row));
  for (let r = first - 1 - sheet.top; r >= 0; r--) {
    const row = sheet.values[r] ?? [];
    const labels = cols.map((c) => text(row[c - sheet.left]));
    if (labels.every((l) => !l)) continue;
    if (labels.some((l) => !l || readHeaderLabel(l) !== null || labelYear(l) !== null)) return null;
    return {
      kind: "columns",
      agencies: cols.map((c, i) => ({
        name: labels[i],
        sheet: sheet.name,
        cell: cellRef(sheet.name, sheet.top + r, c),
        hideCols: cols.filter((x) => x !== c),
      })),
    };
  }
  return null;
}

/** A header of tools (or indicators, or the overall score) across, and a row of scores per agency. */
function byRow(sheet: SheetGrid, clues: TextClues): AgencyLayout | null {
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    // A row with a score is no header: a row of data is passed over before its texts are read.
    if (hasNumberScore(row)) continue;
    const heads: number[] = [];
    row.forEach((v, c) => typeof v === "string" && clues.namesSubject(text(v)) && heads.push(c));
    if (heads.length < 2 || row.some(isScore)) continue;
    const data: number[] = [];
    for (let k = r + 1; k < sheet.values.length; k++) {
      const d = sheet.values[k] ?? [];
      if (!heads.some((c) => isScore(d[c]))) break;
      data.push(k);
    }
    if (data.length < 2) continue;
    const nameCol = row.findIndex(
      (v, c) =>
        !heads.includes(c) &&
        (text(v) !== "" || data.some((k) => text(sheet.values[k][c]) !== "" || rowYear(sheet.values[k][c]) !== null)),
    );
    // Rows labelled with years are one agency's years, not agencies.
    if (nameCol >= 0 && data.every((k) => rowYear(sheet.values[k][nameCol]) !== null)) return null;
    return {
      kind: "rows",
      agencies: data.map((k, i) => {
        const n = nameCol >= 0 ? text(sheet.values[k][nameCol]) : "";
        return {
          name: n || `${sheet.name} (${i + 1})`,
          sheet: sheet.name,
          cell: cellRef(sheet.name, sheet.top + k, sheet.left + Math.max(nameCol, 0)),
          hideRows: data.filter((x) => x !== k).map((x) => sheet.top + x),
        };
      }),
    };
  }
  return null;
}

/** The agencies a workbook holds, when it holds more than one; null for one agency's workbook. */
export function detectAgencies(grid: WorkbookGrid, sheets?: string[]): AgencyLayout | null {
  const clues = new TextClues(vocabularyOf(latestFramework()));
  const readable = grid.sheets.filter((s) => !s.generated && (!sheets || sheets.includes(s.name)));
  const scored = new Map<SheetGrid, ScoredRow[]>();
  const rowsOf = (s: SheetGrid) => {
    let rows = scored.get(s);
    if (!rows) scored.set(s, (rows = scoredRows(s, clues)));
    return rows;
  };
  const found = bySheet(readable, rowsOf);
  if (found) return found;
  for (const s of readable) {
    const rows = rowsOf(s);
    const layout = byBlock(s, rows) ?? byColumn(s, rows) ?? byRow(s, clues);
    if (layout) return layout;
  }
  return null;
}

/** The workbook as one agency's: its sheet alone, or its sheet with the other agencies' cells blanked. */
export function agencyGrid(grid: WorkbookGrid, layout: AgencyLayout, agency: Agency): WorkbookGrid {
  const own = new Set([agency.sheet, ...(agency.copies ?? [])]);
  const others = new Set(
    layout.kind === "sheets"
      ? layout.agencies.flatMap((a) => [a.sheet, ...(a.copies ?? [])]).filter((n) => !own.has(n))
      : [],
  );
  return {
    ...grid,
    sheets: grid.sheets
      .filter((s) => !others.has(s.name))
      .map((s) => (s.name === agency.sheet && layout.kind !== "sheets" ? blankOthers(s, agency) : s)),
  };
}

function blankOthers(s: SheetGrid, a: Agency): SheetGrid {
  const keep = (row: number, col: number) =>
    (!a.cols || (col >= a.cols[0] && col <= a.cols[1])) &&
    !(a.hideCols ?? []).includes(col) &&
    !(a.hideRows ?? []).includes(row);
  return {
    ...s,
    values: s.values.map((row, r) => row.map((v, c) => (keep(s.top + r, s.left + c) ? v : null))),
  };
}
