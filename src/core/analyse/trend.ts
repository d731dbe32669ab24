/**
 * The trend over three years or more: each indicator's (and the overall) score by year, oldest
 * first, this year last, and which way it went — up every year, down every year, or both.
 */
import { Analysis, YearScore } from "./analyse";

/** Up every year (ดีขึ้นต่อเนื่อง), down every year (ลดลงต่อเนื่อง), or neither (ขึ้นลง). */
export type TrendWord = "up" | "down" | "mixed";

export interface TrendRow {
  /** Scores by `Trend.years`, null for a year the workbook has none for. */
  values: Array<number | null>;
  /** Null with fewer than three years' scores. */
  word: TrendWord | null;
}

export interface Trend {
  /** Oldest first; the last is the assessment year. */
  years: number[];
  indicators: Array<TrendRow & { number: number }>;
  /** Null when no earlier year's overall score was read. */
  overall: TrendRow | null;
}

/** Years a trend needs, this year's included. */
export const TREND_YEARS = 3;

/**
 * The trend, when the workbook holds three years' scores or more (this year's and two earlier);
 * null otherwise, or when the assessment year is unknown.
 */
export function trendOf(a: Analysis): Trend | null {
  if (a.year === null) return null;
  const thisYear = a.year;
  const earlier = new Set<number>();
  for (const s of [...a.indicators, a.overall]) for (const h of s.history) if (h.year < thisYear) earlier.add(h.year);
  const years = [...[...earlier].sort((x, y) => x - y), thisYear];
  if (years.length < TREND_YEARS) return null;
  const row = (history: YearScore[], now: number | null): TrendRow => {
    const values = years.map((y) => (y === thisYear ? now : (history.find((h) => h.year === y)?.value ?? null)));
    return { values, word: trendWord(values) };
  };
  const o = a.overall;
  return {
    years,
    indicators: a.indicators.map((i) => ({ number: i.number, ...row(i.history, i.value) })),
    overall: o.history.length === 0 ? null : row(o.history, o.value),
  };
}

/**
 * Which way the scores went, the years without a score passed over: "up" when each is above the
 * one before, "down" when each is below, "mixed" otherwise (an unchanged year included); null with
 * fewer than three scores.
 */
export function trendWord(values: Array<number | null>): TrendWord | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < TREND_YEARS) return null;
  const steps = xs.slice(1).map((x, k) => x - xs[k]);
  if (steps.every((d) => d > 0)) return "up";
  if (steps.every((d) => d < 0)) return "down";
  return "mixed";
}
