/**
 * What the sheet of last year's measures and Part 4 of the document say of them
 * (`Analysis.lastYear`): each measure, the status recorded, its items with their scores before and
 * after and the change, and the verdict; and the note on a measure of this year's plan that carries
 * one on. Written once, for both.
 */
import type { JudgedMeasure, JudgedTarget, LastYearResult, Verdict } from "../../analyse/lastYear";
import { NO_CHANGE, VERDICTS } from "../../analyse/lastYear";
import { LAST_YEAR_TEXT } from "../../i18n/lastYearText";
import { targetKey } from "../../previousRun/lastYearTable";
import { TextStyle, digits, fmtScore } from "../../text/format";
import { Content, num } from "./context";

type L = (typeof LAST_YEAR_TEXT)["th"];

export interface LastYearTargetLine {
  /** "i10", "o15 (ปี 2568: o16)", "ตัวชี้วัดที่ 4", or "–" for a measure with nothing to measure. */
  label: string;
  before: number | null;
  after: number | null;
  /** "เพิ่มขึ้น 20.00", "ลดลง 5.00", "เท่าเดิม", or "" when either score is missing. */
  change: string;
  /** What the row measured, read back on a re-run (`lastYearTable.ts`). */
  key: string;
}

export interface LastYearLine {
  number: string;
  title: string;
  status6: string;
  status12: string;
  targets: LastYearTargetLine[];
  verdict: Verdict;
  verdictText: string;
}

export interface LastYearContent {
  title: string;
  intro: string;
  counts: string;
  /** The years compared, as written ("2568"), or null when unknown. */
  before: string | null;
  after: string | null;
  measures: LastYearLine[];
  /** For the working fields: the years as numbers. */
  year: number | null;
  fiscalYear: number | null;
}

const L_OF = (c: Content): L => LAST_YEAR_TEXT[c.ts.lang];

/** A change in words, never with a leading sign (a cell's text never starts with + or -). */
function changeText(c: Content, v: number | null): string {
  const L = L_OF(c);
  if (v === null) return "";
  return v === 0 ? L.same : L.change(v > 0, fmtScore(Math.abs(v), c.ts));
}

function targetLabel(c: Content, t: JudgedTarget, year: string | null): string {
  const L = L_OF(c);
  if (t.kind === "indicator") return L.indicator(num(c, t.number));
  if (t.code === null) return num(c, L.gone(t.lastCode, c.a.year === null ? null : String(c.a.year)));
  return num(c, t.code === t.lastCode ? t.code : L.renamed(t.code, year, t.lastCode));
}

function measureLine(c: Content, r: LastYearResult, m: JudgedMeasure): LastYearLine {
  const L = L_OF(c);
  const year = r.year === null ? null : String(r.year);
  const recorded = (s: string) => s || L.notRecorded;
  const targets: LastYearTargetLine[] = m.targets.map((t) => ({
    label: targetLabel(c, t, year),
    before: t.before,
    after: t.after,
    change: changeText(c, t.change),
    key: targetKey(m.issues, t),
  }));
  if (!targets.length)
    targets.push({ label: "–", before: null, after: null, change: "", key: targetKey(m.issues, null) });
  return {
    number: num(c, m.number),
    title: m.title[c.ts.lang],
    status6: recorded(m.status6),
    status12: recorded(m.status12),
    targets,
    verdict: m.verdict,
    verdictText: L.verdict[m.verdict],
  };
}

/** Last year's measures in this language and these digits; null when none were read. */
export function lastYearContent(c: Content): LastYearContent | null {
  const r = c.a.lastYear;
  if (!r) return null;
  const L = L_OF(c);
  const before = r.year === null ? null : num(c, r.year);
  const after = c.a.year === null ? null : num(c, c.a.year);
  return {
    title: L.title(r.fiscalYear === null ? null : num(c, r.fiscalYear)),
    intro: L.intro(before, after, fmtScore(NO_CHANGE, c.ts)),
    counts: verdictCounts(r, c.ts),
    before,
    after,
    measures: r.measures.map((m) => measureLine(c, r, m)),
    year: r.year,
    fiscalYear: r.fiscalYear,
  };
}

/** "มาตรการทั้งหมด 6 มาตรการ ดีขึ้นจนผ่านค่าเป้าหมาย 1 มาตรการ …": how many of each verdict, in these digits. */
export function verdictCounts(r: LastYearResult, ts: TextStyle): string {
  const L = LAST_YEAR_TEXT[ts.lang];
  const n = (x: number) => digits(String(x), ts);
  const counted = VERDICTS.flatMap((v) => {
    const k = r.measures.filter((m) => m.verdict === v).length;
    return k ? [L.count(L.verdict[v], n(k))] : [];
  });
  return r.measures.length ? L.counts(n(r.measures.length), counted) : L.none;
}

/**
 * The note on this year's measure (by its index in `Analysis.measures`) that carries on one of last
 * year's which did not bring its items to the target: "(ต่อเนื่องจากปีงบประมาณ พ.ศ. 2569 —
 * ยังไม่บรรลุค่าเป้าหมาย)"; null for any other.
 */
export function continuedNote(c: Content, index: number): string | null {
  const r = c.a.lastYear;
  if (!r || !r.measures.some((m) => m.continuedBy.includes(index))) return null;
  return L_OF(c).continued(r.fiscalYear === null ? null : num(c, r.fiscalYear));
}

/** "i10 จาก 70.00 เป็น 90.00 (เพิ่มขึ้น 20.00)", one a line: a measure's items for the document. */
export function targetLines(c: Content, line: LastYearLine): string {
  const L = L_OF(c);
  const score = (v: number | null) => (v === null ? null : fmtScore(v, c.ts));
  if (line.targets.length === 1 && line.targets[0].label === "–") return L.nothingToMeasure;
  return line.targets
    .map((t) => {
      const [before, after] = [score(t.before), score(t.after)];
      return before !== null && after !== null
        ? L.docTarget(t.label, before, after, t.change)
        : L.docOneYear(t.label, before, after);
    })
    .join("\n");
}
