/**
 * Which assessment year a workbook's scores are, from what the workbook says of itself: titles
 * ("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569"), sheet names ("ITA 2568"), score columns headed
 * with years ("ปี 2568 | ปี 2569": the latest is this year), and labels of last year's scores
 * ("ปีที่ผ่านมา (2566)": this year is the next). Item wording is weighed elsewhere.
 */
import { isPreviousYearLabel, labelYear, readHeaderLabel } from "./labels";
import { normalizeText } from "../text/thai";
import { WorkbookGrid, cellRef } from "../read/grid";

export type YearClueKind = "column" | "sheet" | "title" | "measures" | "previous";

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
const STRONG: YearClueKind[] = ["column", "sheet", "title", "measures"];

const TITLE = /(ita|ผลการประเมิน|ผลคะแนน|คะแนน|คุณธรรมและความโปร่งใส|integrity|assessment)/;
const MEASURES = /(มาตรการ|measures)/;

function plausible(y: number | null): y is number {
  return y !== null && y >= PLAUSIBLE.min && y <= PLAUSIBLE.max;
}

/** Every year clue in the sheets that are read (generated sheets excepted). */
export function yearClues(grid: WorkbookGrid, sheets?: string[]): YearClue[] {
  const clues: YearClue[] = [];
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
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string" || v.length > 300) return;
        const clue = textClue(v);
        if (clue) clues.push({ ...clue, cell: cellRef(sheet.name, sheet.top + r, sheet.left + c), text: v.trim() });
      }),
    );
  }
  return clues;
}

function textClue(raw: string): { kind: YearClueKind; year: number } | null {
  const y = labelYear(raw);
  if (!plausible(y)) return null;
  const t = normalizeText(raw);
  if (isPreviousYearLabel(t)) return { kind: "previous", year: y + 1 };
  const role = readHeaderLabel(t);
  if (role === "score") return { kind: "column", year: y };
  if (MEASURES.test(t) && /(ปีงบประมาณ|fiscal)/.test(t)) return { kind: "measures", year: y - 1 };
  if (TITLE.test(t)) return { kind: "title", year: y };
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
 * sheets, the latest is this year and the others are last year's); without one, the year after
 * the latest "last year" label. Null when the workbook names no year.
 */
export function yearFromClues(clues: YearClue[]): YearReading | null {
  const strong = clues.filter((c) => STRONG.includes(c.kind));
  const pool = strong.length ? strong : clues;
  if (!pool.length) return null;
  const best = pool.reduce((a, b) => (b.year > a.year || (b.year === a.year && rank(b) < rank(a)) ? b : a));
  return { year: best.year, clue: best, weak: !strong.length };
}

/** Which clue to quote when several name the same year: the clearest first. */
function rank(c: YearClue): number {
  return ["title", "column", "sheet", "measures", "previous"].indexOf(c.kind);
}
