/** The JSON report's view of last year's measures and their verdicts (`Analysis.lastYear`). */
import type { Analysis } from "../analyse/analyse";
import type { LastYearSource, Verdict } from "../analyse/lastYear";
import { LAST_YEAR_TEXT } from "../i18n/lastYearText";
import type { Lang } from "../i18n/messages";
import type { WorkbookAnalysis } from "../analyseWorkbook";
import { lastYearContent, targetLines } from "../render/content/lastYear";
import { contentFor } from "../render/measures";

/** Where last year's measures were read, and their years; null when none were. */
export type JsonPreviousYear = { year: number | null; fiscalYear: number | null; source: LastYearSource } | null;

export type JsonPreviousMeasures = Array<{
  /** Its number in last year's plan. */
  number: number;
  title: string;
  issues: number[];
  /** The status recorded in last year's follow-up ("" when none was). */
  status6: string;
  status12: string;
  /** What it was for: items (this year's code, or null when this year has no such item; last year's code) or indicators. */
  items: Array<{
    code: string | null;
    lastYearCode: string | null;
    indicator: number | null;
    before: number | null;
    after: number | null;
    change: number | null;
    verdict: Verdict;
  }>;
  /** The mean change of its items measured both years. */
  change: number | null;
  /** "reached", "improved", "unchanged", "worse" or "unmeasurable"; `verdictText` says it in words. */
  verdict: Verdict;
  verdictText: string;
  /** The numbers of this year's measures that carry it on, as it did not bring its items to the target. */
  continuedBy: number[];
}>;

/** The report's `previousYear` and `previousMeasures`. */
export function lastYearReport(
  a: Analysis,
  lang: Lang,
): { previousYear: JsonPreviousYear; previousMeasures: JsonPreviousMeasures } {
  const r = a.lastYear;
  return {
    previousYear: r ? { year: r.year, fiscalYear: r.fiscalYear, source: r.source } : null,
    previousMeasures: previousMeasures(a, lang),
  };
}

function previousMeasures(a: Analysis, lang: Lang): JsonPreviousMeasures {
  return (a.lastYear?.measures ?? []).map((m) => ({
    number: m.number,
    title: m.title[lang],
    issues: m.issues,
    status6: m.status6,
    status12: m.status12,
    items: m.targets.map((t) => ({
      code: t.kind === "item" ? t.code : null,
      lastYearCode: t.kind === "item" ? t.lastCode : null,
      indicator: t.kind === "indicator" ? t.number : null,
      before: t.before,
      after: t.after,
      change: t.change,
      verdict: t.verdict,
    })),
    change: m.change,
    verdict: m.verdict,
    verdictText: LAST_YEAR_TEXT[lang].verdict[m.verdict],
    continuedBy: m.continuedBy.map((i) => i + 1),
  }));
}

/** Last year's measures as the pane shows them: plain text, in the analyst's language and Arabic digits. */
export interface LastYearSummary {
  /** "ผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2569". */
  title: string;
  /** What is compared, and what "no change" means. */
  intro: string;
  /** How many measures of each verdict. */
  counts: string;
  measures: Array<{
    number: string;
    title: string;
    status6: string;
    status12: string;
    /** "i10 จาก 70 เป็น 90 (เพิ่มขึ้น 20)", one per item. */
    items: string[];
    verdict: Verdict;
    verdictText: string;
    /** Carried on by one of this year's measures (it did not reach the target). */
    continued: boolean;
  }>;
}

export function lastYearSummary(r: WorkbookAnalysis, lang: Lang): LastYearSummary | null {
  const a = r.analysis;
  const c = contentFor(a, { lang, thaiDigits: false }, r.madeWith);
  const l = lastYearContent(c);
  if (!l || !a.lastYear) return null;
  return {
    title: l.title,
    intro: l.intro,
    counts: l.counts,
    measures: l.measures.map((m, i) => ({
      number: m.number,
      title: m.title,
      status6: m.status6,
      status12: m.status12,
      items: targetLines(c, m).split("\n"),
      verdict: m.verdict,
      verdictText: m.verdictText,
      continued: a.lastYear!.measures[i].continuedBy.length > 0,
    })),
  };
}
