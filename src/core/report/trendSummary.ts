/** The trend as the pane shows it (`ResultSummary.trend`): plain data in the analyst's language. */
import type { Analysis } from "../analyse/analyse";
import { FrameworkIndex } from "../framework";
import { TrendWord, trendOf } from "../analyse/trend";
import { Lang } from "../i18n/messages";

export interface TrendSummaryRow {
  /** Null for the overall score. */
  number: number | null;
  name: string;
  /** By `years`, null where the workbook has no score for the year. */
  values: Array<number | null>;
  /** Null with fewer than three years' scores. */
  word: TrendWord | null;
}

export interface TrendSummary {
  /** Oldest first; the last is the assessment year. */
  years: number[];
  /** Each indicator, then the overall score when it was read. */
  rows: TrendSummaryRow[];
}

export function trendSummary(a: Analysis, lang: Lang): TrendSummary | null {
  const trend = trendOf(a);
  if (!trend) return null;
  const fx = new FrameworkIndex(a.framework);
  const rows: TrendSummaryRow[] = trend.indicators.map((i) => ({
    number: i.number,
    name: fx.indicator.get(i.number)![lang],
    values: i.values,
    word: i.word,
  }));
  if (trend.overall) rows.push({ number: null, name: "ITA", ...trend.overall });
  return { years: trend.years, rows };
}
