/** The JSON report's view of last year's measures and their verdicts (`Analysis.lastYear`). */
import type { Analysis } from "../analyse/analyse";
import type { LastYearSource, Verdict } from "../analyse/lastYear";
import { LAST_YEAR_TEXT } from "../i18n/lastYearText";
import type { Lang } from "../i18n/messages";

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
