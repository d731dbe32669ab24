/**
 * Which assessment year a workbook's scores are, from what the workbook says of itself: titles
 * ("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569"), sheet names ("ITA 2568"), score columns headed
 * with years ("ปี 2568 | ปี 2569": the latest is this year), and labels of last year's scores
 * ("ปีที่ผ่านมา (2566)": this year is the next). Item wording is weighed elsewhere.
 */
import { fileStem } from "../i18n/fileNames";
import { isPreviousYearLabel, labelYear, latestYear, readHeaderLabel, rowYear } from "./labels";
import { readScore } from "../text/scores";
import { normalizeText } from "../text/thai";
import { CellValue, WorkbookGrid, cellRef } from "../read/grid";

export type YearClueKind = "column" | "row" | "sheet" | "title" | "measures" | "fileName" | "previous";

export interface YearClue {
  kind: YearClueKind;
  /** The assessment year the clue points to (a measures document's fiscal year − 1, last year's + 1). */
  year: number;
  /** Where it was read: "Sheet!A1", or the sheet's name for a sheet name. */
  cell: string;
  text: string;
}

/** Years an ITA workbook can plausibly name (BE). */
const PLAUSIBLE = { min: 2555, max: 2650 };
/** Clues that state this year outright; a "previous" clue only implies it. */
const STRONG: YearClueKind[] = ["column", "row", "sheet", "title", "measures"];
/** Scores on a row for a year at its start to label it ("2569 | 88.10 | 90.20 …"). */
const ROW_SCORES = 2;

const TITLE = /(ita|ผลการประเมิน|ผลคะแนน|คะแนน|คุณธรรมและความโปร่งใส|integrity|assessment)/;
const MEASURES = /(มาตรการ|measures)/;

function plausible(y: number | null): y is number {
  return y !== null && y >= PLAUSIBLE.min && y <= PLAUSIBLE.max;
}

/**
 * Every year clue in the sheets that are read (generated sheets excepted), and the one the file's
 * name gives ("ITA2568_สรุปผล.xlsx").
 */
export function yearClues(grid: WorkbookGrid, sheets?: string[]): YearClue[] {
  const clues: YearClue[] = [];
  const named = grid.name ? labelYear(fileStem(grid.name)) : null;
  if (plausible(named)) clues.push({ kind: "fileName", year: named, cell: grid.name!, text: grid.name! });
  for (const sheet of grid.sheets) {
    if (sheet.generated || (sheets && !sheets.includes(sheet.name))) continue;
    const y = labelYear(sheet.name);
    if (plausible(y)) {
      const previous = isPreviousYearLabel(sheet.name);
      clues.push({
        kind: previous ? "previous" : "sheet",
        year: previous ? y + 1 : y,
        cell: sheet.name,
        text: sheet.name,
      });
    }
    sheet.values.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "string" || v.length > 300 || !MAY_NAME_YEAR.test(v)) continue;
        const clue = textClue(v);
        if (clue) clues.push({ ...clue, cell: cellRef(sheet.name, sheet.top + r, sheet.left + c), text: v.trim() });
      }
      const label = rowLabel(row);
      if (label)
        clues.push({
          kind: "row",
          year: label.year,
          cell: cellRef(sheet.name, sheet.top + r, sheet.left + label.col),
          text: label.text,
        });
    });
  }
  return clues;
}

/** A row of scores labelled with its year at its start ("2569 | 88.10 | 90.20 …"): one year of a table of years. */
function rowLabel(row: CellValue[]): { col: number; year: number; text: string } | null {
  let col = 0;
  while (col < row.length && (row[col] === null || row[col] === undefined || row[col] === "")) col++;
  if (col === row.length) col = -1;
  const year = col < 0 ? null : rowYear(row[col]);
  if (!plausible(year)) return null;
  let scores = 0;
  for (let c = col + 1; c < row.length && scores < ROW_SCORES; c++) if (readScore(row[c]).kind === "score") scores++;
  const v = row[col];
  return scores >= ROW_SCORES ? { col, year, text: typeof v === "string" ? v.trim() : String(year) } : null;
}

/**
 * Could a text name a Buddhist-Era year (25xx)? Only with a 2 and a 5 side by side, in either
 * script, or with only characters `normalizeText` drops between them. Tested before `textClue`,
 * whose answer needs a year: most cells of a big sheet name none, and need not be normalised.
 */
const MAY_NAME_YEAR = /[2\u0e52][\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]*[5\u0e55]/;

function textClue(raw: string): { kind: YearClueKind; year: number } | null {
  const y = labelYear(raw);
  if (!plausible(y)) return null;
  const t = normalizeText(raw);
  if (isPreviousYearLabel(t)) return { kind: "previous", year: y + 1 };
  const role = readHeaderLabel(t);
  if (role === "score") return { kind: "column", year: y };
  // A title comparing years ("เปรียบเทียบปีงบประมาณ 2568 และ 2569") is of the latest.
  const latest = latestYear(t) ?? y;
  if (MEASURES.test(t) && /(ปีงบประมาณ|fiscal)/.test(t)) return { kind: "measures", year: latest - 1 };
  if (TITLE.test(t)) return { kind: "title", year: latest };
  return null;
}

export interface YearReading {
  year: number;
  clue: YearClue;
  /** True when only a label of last year's scores implied it. */
  weak: boolean;
}

/**
 * The year the clues agree on: the latest year any strong clue states (with two year columns or
 * sheets, the latest is this year and the others are last year's); without one, the year the
 * file's name gives; without that, the year after the latest "last year" label. Null when the
 * workbook names no year.
 */
export function yearFromClues(clues: YearClue[]): YearReading | null {
  const strong = clues.filter((c) => STRONG.includes(c.kind));
  const named = clues.filter((c) => c.kind === "fileName");
  if (!strong.length && named.length) return { year: named[0].year, clue: named[0], weak: false };
  const pool = strong.length ? strong : clues.filter((c) => c.kind !== "fileName");
  if (!pool.length) return null;
  const best = pool.reduce((a, b) => (b.year > a.year || (b.year === a.year && rank(b) < rank(a)) ? b : a));
  return { year: best.year, clue: best, weak: !strong.length };
}

/** Which clue to quote when several name the same year: the clearest first. */
function rank(c: YearClue): number {
  return ["title", "column", "row", "sheet", "measures", "fileName", "previous"].indexOf(c.kind);
}
