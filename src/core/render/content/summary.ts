import { ToolResult } from "../../analyse/analyse";
import { TrendRow, trendOf } from "../../analyse/trend";
import { isBelow } from "../../text/scores";
import { digits, fmtScore, yearText } from "../../text/format";
import { Content, num } from "./context";
import { pathSentence } from "./path";

export interface ToolLine {
  id: string;
  name: string;
  reported: number | null;
  computed: number | null;
  value: number | null;
  low: boolean;
  weight: string;
}

export interface IndicatorLine {
  number: number;
  label: string;
  name: string;
  value: number | null;
  low: boolean;
  previous: number | null;
  change: string;
}

/** Part 1: the overall score and band, the tools, the indicators, the low ones, a chart. */
export interface SummaryContent {
  title: string;
  lead: string;
  band: string;
  passed: boolean;
  /** The change from last year ("ลดลง 3.70"), or "" without last year's score. */
  change: string;
  tools: ToolLine[];
  indicators: IndicatorLine[];
  /** True when the workbook held last year's scores: the tables show them. */
  hasPrevious: boolean;
  lowIntro: string;
  low: IndicatorLine[];
  /** The path to the target in a sentence (`path.ts`), or null without an overall score. */
  path: string | null;
  closing: string;
  chartTitle: string;
  /** The trend table, with three years' scores or more (`trend.ts`); null otherwise. */
  trend: TrendTable | null;
}

/** The trend by indicator: years as columns, this year last, and a word per row. */
export interface TrendTable {
  title: string;
  header: string[];
  rows: Array<{ label: string; values: Array<number | null>; low: boolean[]; word: string }>;
}

/** Years the summary's trend table shows at most (the latest), so that it fits the page's six columns. */
export const TREND_COLUMNS = 4;

export function summaryContent(c: Content): SummaryContent {
  const { a, T, ts } = c;
  const o = a.overall;
  const target = fmtScore(a.threshold, ts);
  const passed = o.passed === true;
  const changeText = (x: number | null) =>
    x === null ? "" : x === 0 ? num(c, 0) : T.change(x > 0, fmtScore(Math.abs(x), ts));
  const change =
    o.change === null
      ? ""
      : o.change === 0
        ? T.unchanged
        : T.changeSentence(o.change > 0, fmtScore(Math.abs(o.change), ts));
  const indicators = a.indicators.map((i): IndicatorLine => {
    const def = c.fx.indicator.get(i.number)!;
    return {
      number: i.number,
      label: T.indicatorLabel(num(c, i.number)),
      name: def[ts.lang],
      value: i.value,
      low: i.low === true,
      previous: i.previous,
      change: changeText(i.change),
    };
  });
  const low = indicators.filter((i) => i.low);
  return {
    title: T.partTitle(num(c, 1), T.part1, c.named ? c.agency : null, yearText(a.year, ts)),
    lead: T.lead(c.agency, o.value === null ? "–" : fmtScore(o.value, ts), bandPhrase(c, passed), target, change),
    band: o.result ? o.result[ts.lang] : "–",
    passed,
    change: changeText(o.change),
    tools: a.tools.map((t) => toolLine(c, t)),
    indicators,
    hasPrevious: o.previous !== null || a.indicators.some((i) => i.previous !== null),
    lowIntro: low.length ? T.lowIndicators(num(c, low.length), target) : T.noLowIndicators(target),
    low,
    path: pathSentence(a, ts),
    closing: T.close(c.agency),
    chartTitle: T.chartTitle(target),
    trend: trendTable(c),
  };
}

function trendTable(c: Content): TrendTable | null {
  const { T, a, ts } = c;
  const trend = trendOf(a);
  if (!trend) return null;
  const shown = Math.min(TREND_COLUMNS, trend.years.length);
  const from = trend.years.length - shown;
  const line = (label: string, r: TrendRow) => {
    const values = r.values.slice(from);
    const low = values.map((v) => v !== null && isBelow(v, a.threshold));
    return { label, values, low, word: r.word ? T.trendWords[r.word] : "–" };
  };
  return {
    title: T.trendTitle,
    header: [T.trendIndicator, ...trend.years.slice(from).map((y) => digits(String(y), ts)), T.trendHeader],
    rows: [
      ...trend.indicators.map((i) => line(T.indicatorLabel(num(c, i.number)), i)),
      ...(trend.overall ? [line(T.trendOverall, trend.overall)] : []),
    ],
  };
}

function toolLine(c: Content, t: ToolResult): ToolLine {
  const def = c.fx.tool.get(t.tool)!;
  return {
    id: t.tool,
    name: def[c.ts.lang],
    reported: t.reported,
    computed: t.computed,
    value: t.value,
    low: t.low === true,
    weight: digits(`${Math.round(def.weight * 100)}%`, c.ts),
  };
}

/**
 * The band as Part 1 states it: the band's name when the score meets the target ("ผ่านดี"), the
 * document's "ไม่ผ่านค่าเป้าหมาย" when it does not — with the letter grade of years that had them.
 */
function bandPhrase(c: Content, passed: boolean): string {
  const band = c.a.overall.result;
  if (!band) return passed ? c.T.resultPassed : c.T.resultFailed;
  if (passed) return band[c.ts.lang];
  const graded = c.a.framework.bands.filter((b) => !b.passed).length > 1;
  return graded ? `${band[c.ts.lang]} (${c.T.resultFailed})` : c.T.resultFailed;
}
