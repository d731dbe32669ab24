/**
 * Did last year's measures work? Each of last year's measures, as its plan and its follow-up
 * recorded it (read by `previousRun/lastYear.ts`), with the change of its items' scores from last
 * year to this year and a verdict; and which of this year's measures carry on one that has not
 * brought its items to the target.
 */
import type { IndicatorResult, ItemResult } from "./analyse";
import type { PlannedMeasure } from "./measures";
import { cutTo, isBelow } from "../text/scores";

/**
 * What a measure was for: an item — its code last year, and this year's code of the same item
 * (matched by wording: codes move from year to year), or null when this year's framework has no
 * such item — or, when only indicator scores were read, an indicator. `before` is last year's
 * score (an EIT item's lower score, as the item is low when either is).
 */
export type LastYearTarget =
  | { kind: "item"; code: string | null; lastCode: string; before: number | null }
  | { kind: "indicator"; number: number; before: number | null };

/** One of last year's measures, as last year's plan and follow-up sheets recorded it. */
export interface LastYearMeasureRecord {
  /** Its number in last year's plan, from 1. */
  number: number;
  title: { th: string; en: string };
  issues: number[];
  /** The status the analyst recorded at 6 and 12 months ("" when none was). */
  status6: string;
  status12: string;
  targets: LastYearTarget[];
}

/** Where last year's measures were read. */
export type LastYearSource =
  /** A workbook given as last year's (`--previous`). */
  | "file"
  /** This workbook's own generated sheets, written for an earlier year. */
  | "workbook"
  /** The table of last year's measures an earlier run of this year wrote (read back on a re-run). */
  | "sheet";

export interface LastYearRecord {
  /** The assessment year of last year's scores, and the fiscal year of its measures (BE); null when unknown. */
  year: number | null;
  fiscalYear: number | null;
  source: LastYearSource;
  measures: LastYearMeasureRecord[];
}

/**
 * reached: every item measured is at the target now (one at least was below it); improved, worse:
 * the items' mean change is more than `NO_CHANGE` either way; unchanged: within it; unmeasurable:
 * no item of the measure has a score both years.
 */
export type Verdict = "reached" | "improved" | "unchanged" | "worse" | "unmeasurable";

export const VERDICTS: readonly Verdict[] = ["reached", "improved", "unchanged", "worse", "unmeasurable"];

/**
 * A change of half a point or less either way is no change: survey scores move that much from one
 * year's respondents to the next without any measure, and every shown score is cut to two decimals.
 */
export const NO_CHANGE = 0.5;

export type JudgedTarget = LastYearTarget & {
  /** This year's score (an EIT item's lower score), or null when this year has none. */
  after: number | null;
  change: number | null;
  verdict: Verdict;
};

export interface JudgedMeasure extends Omit<LastYearMeasureRecord, "targets"> {
  targets: JudgedTarget[];
  /** The mean change of its targets measured both years, or null. */
  change: number | null;
  verdict: Verdict;
  /**
   * This year's measures (indices into `Analysis.measures`) that carry it on, as it did not bring its
   * items to the target: the same measure, or one for the same items (still below the target, or
   * they would call for no measure).
   */
  continuedBy: number[];
}

export interface LastYearResult extends Omit<LastYearRecord, "measures"> {
  measures: JudgedMeasure[];
}

/** What this year's analysis gives the judgement. */
export interface ThisYear {
  items: ItemResult[];
  indicators: IndicatorResult[];
  measures: PlannedMeasure[];
  threshold: number;
  decimals: number;
  /** The indicator of one of this year's items (its framework's). */
  indicatorOf: (code: string) => number | undefined;
}

/** A target's verdict from its two scores. */
function judgeTarget(
  before: number | null,
  after: number | null,
  now: ThisYear,
): Omit<JudgedTarget, keyof LastYearTarget> {
  if (before === null || after === null) return { after, change: null, verdict: "unmeasurable" };
  const change = cutTo(after - before, now.decimals);
  const verdict: Verdict =
    isBelow(before, now.threshold) && !isBelow(after, now.threshold)
      ? "reached"
      : change > NO_CHANGE
        ? "improved"
        : change < -NO_CHANGE
          ? "worse"
          : "unchanged";
  return { after, change, verdict };
}

/** A measure's verdict from its targets': reached when all measured are, else by their mean change. */
function judgeMeasure(targets: JudgedTarget[], now: ThisYear): { change: number | null; verdict: Verdict } {
  const measured = targets.filter((t) => t.change !== null);
  if (!measured.length) return { change: null, verdict: "unmeasurable" };
  const change = cutTo(measured.reduce((s, t) => s + t.change!, 0) / measured.length, now.decimals);
  if (
    measured.every((t) => t.after !== null && !isBelow(t.after, now.threshold)) &&
    measured.some((t) => t.verdict === "reached")
  )
    return { change, verdict: "reached" };
  return { change, verdict: change > NO_CHANGE ? "improved" : change < -NO_CHANGE ? "worse" : "unchanged" };
}

/** This year's measures that carry a measure on: the same one (by its Thai title), or one for its items. */
function continuedBy(m: LastYearMeasureRecord, verdict: Verdict, now: ThisYear): number[] {
  if (verdict === "reached" || verdict === "unmeasurable") return [];
  const codes = new Set(m.targets.flatMap((t) => (t.kind === "item" && t.code ? [t.code] : [])));
  const indicators = new Set(m.targets.flatMap((t) => (t.kind === "indicator" ? [t.number] : [])));
  return now.measures.flatMap((p, i) =>
    p.def.title.th === m.title.th ||
    p.answers.some((code) => codes.has(code) || indicators.has(now.indicatorOf(code) ?? -1))
      ? [i]
      : [],
  );
}

/** Last year's measures judged against this year's scores. */
export function judgeLastYear(record: LastYearRecord, now: ThisYear): LastYearResult {
  const items = new Map(now.items.map((i) => [i.code, i]));
  const indicators = new Map(now.indicators.map((i) => [i.number, i]));
  const after = (t: LastYearTarget): number | null =>
    t.kind === "indicator"
      ? (indicators.get(t.number)?.value ?? null)
      : t.code
        ? (items.get(t.code)?.min ?? null)
        : null;
  return {
    year: record.year,
    fiscalYear: record.fiscalYear,
    source: record.source,
    measures: record.measures.map((m) => {
      const targets = m.targets.map((t): JudgedTarget => ({ ...t, ...judgeTarget(t.before, after(t), now) }));
      const { change, verdict } = judgeMeasure(targets, now);
      return { ...m, targets, change, verdict, continuedBy: continuedBy(m, verdict, now) };
    }),
  };
}
