import { Content } from "./content/context";
import { consistencyChecks } from "./content/checks";
import { SummaryContent, TrendTable } from "./content/summary";
import { SheetPlan, Style } from "./model";
import { isBelow } from "../text/scores";
import { SheetBuilder } from "./sheetBuilder";

/** Six columns that fit an A4 page at 100 %: 13 + 38 + 11 + 12 + 10 + 11 characters. */
const COLUMNS = [13, 38, 11, 12, 10, 11];
/** Rows the chart spans, and how tall each is, so the chart fits on one page. */
const CHART_ROWS = 16;
const CHART_ROW_HEIGHT = 24;

/**
 * Part 1: the overall score against the target, the change from last year, the tools, the
 * indicators, the low ones and a chart. The consistency checks follow below what prints.
 */
export function summarySheet(c: Content, s: SummaryContent, name: string, styles: Record<string, Style>): SheetPlan {
  const { T, a } = c;
  const b = new SheetBuilder("summary", name, COLUMNS, c.ts, styles);
  b.paragraph(s.title, "title");
  b.paragraph(s.lead, "body");
  b.blank();

  scoreCard(b, c, s);
  toolTable(b, c, s);

  // By indicator: also the chart's data (score and the target line).
  b.paragraph(T.byIndicator, "subtitle");
  const header = s.hasPrevious ? T.indicatorHeader : T.indicatorHeader.slice(0, 4);
  const indTop = b.headerRow(header, "th");
  for (const i of s.indicators) {
    const row = b.row++;
    b.text(row, 0, i.label, "tdCenter");
    b.text(row, 1, i.name, "td");
    b.score(row, 2, i.value, i.low ? "scoreLow" : "score");
    b.set(row, 3, { number: a.threshold }, "score");
    if (s.hasPrevious) {
      b.score(row, 4, i.previous, "score");
      b.text(row, 5, i.change, "tdCenter");
    }
  }
  const indBottom = b.row - 1;
  b.table({
    name: "ITA_Indicators",
    top: indTop,
    left: 0,
    bottom: indBottom,
    right: header.length - 1,
    style: "TableStyleLight1",
  });
  b.blank();

  b.paragraph(s.lowIntro, "body");
  for (const i of s.low) {
    const row = b.row++;
    b.text(row, 0, i.label, "td");
    b.text(row, 1, i.name, "td");
    b.score(row, 2, i.value, "scoreLow");
  }
  if (s.path) b.paragraph(s.path, "body");
  b.blank();
  if (s.trend) trendTable(b, s.trend);

  const chartTop = scoreChart(b, c, s, indTop, indBottom);
  const last = b.paragraph(s.closing, "body");

  // Below what prints: every disagreement between reported and recomputed scores, with the cells.
  b.blank();
  b.paragraph(T.checksTitle, "subtitle");
  const checks = consistencyChecks(c);
  for (const text of checks.length ? checks : [T.checksNone]) b.paragraph(text, "note");

  return b.build({
    tabColor: "#1F4E79",
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "portrait", lastRow: last, breaks: [chartTop], flex: 1 },
  });
}

/** The score card; last year and the change only when the workbook gives last year's scores. */
function scoreCard(b: SheetBuilder, { T, a }: Content, s: SummaryContent): void {
  const card = s.hasPrevious ? T.scoreCard : T.scoreCard.slice(0, 3);
  b.headerRow(card, "th");
  const r = b.row++;
  const o = a.overall;
  b.score(r, 0, o.value, o.value !== null && !s.passed ? "scoreLow" : "score");
  b.set(r, 1, { number: a.threshold }, "score");
  b.text(r, 2, s.band, s.passed ? "statusOk" : "statusLow");
  if (s.hasPrevious) {
    b.score(r, 3, o.previous, "score");
    b.text(r, 4, s.change, "tdCenter");
  }
  b.blank();
}

/** The tools: reported, computed from their indicators, and their weight. */
function toolTable(b: SheetBuilder, { T, a }: Content, s: SummaryContent): void {
  b.paragraph(T.byTool, "subtitle");
  const toolTop = b.headerRow(T.toolHeader, "th");
  for (const t of s.tools) {
    const row = b.row++;
    b.text(row, 0, t.id, "tdCenter");
    b.text(row, 1, t.name, "td");
    b.score(row, 2, t.reported, t.reported !== null && isBelow(t.reported, a.threshold) ? "scoreLow" : "score");
    b.score(row, 3, t.computed, t.computed !== null && isBelow(t.computed, a.threshold) ? "scoreLow" : "score");
    b.text(row, 4, t.weight, "tdCenter");
  }
  b.table({ name: "ITA_Tools", top: toolTop, left: 0, bottom: b.row - 1, right: 4, style: "TableStyleLight1" });
  b.blank();
}

/** The trend by indicator: a label, a column per year (this year last), the trend word. */
function trendTable(b: SheetBuilder, t: TrendTable): void {
  b.paragraph(t.title, "subtitle");
  const top = b.headerRow(t.header, "th");
  for (const r of t.rows) {
    const row = b.row++;
    b.text(row, 0, r.label, "td");
    r.values.forEach((v, k) => b.score(row, 1 + k, v, r.low[k] ? "scoreLow" : "score"));
    b.text(row, 1 + r.values.length, r.word, "tdCenter");
  }
  b.table({
    name: "ITA_Trend",
    top,
    left: 0,
    bottom: b.row - 1,
    right: t.header.length - 1,
    style: "TableStyleLight1",
  });
  b.blank();
}

/** The chart of the indicators against the target, on a page of its own, whole; the row it starts at. */
function scoreChart(b: SheetBuilder, { T }: Content, s: SummaryContent, indTop: number, indBottom: number): number {
  const chartTop = b.row;
  b.chart({
    title: s.chartTitle,
    categories: { top: indTop + 1, left: 0, bottom: indBottom, right: 0 },
    series: [
      { name: T.chartScore, values: { top: indTop + 1, left: 2, bottom: indBottom, right: 2 }, type: "column" },
      { name: T.chartTarget, values: { top: indTop + 1, left: 3, bottom: indBottom, right: 3 }, type: "line" },
    ],
    anchor: { top: chartTop, left: 0, bottom: chartTop + CHART_ROWS - 1, right: COLUMNS.length - 1 },
    axisMax: 100,
  });
  for (let k = 0; k < CHART_ROWS; k++) b.minHeight(chartTop + k, CHART_ROW_HEIGHT);
  b.row += CHART_ROWS;
  b.blank();
  return chartTop;
}
