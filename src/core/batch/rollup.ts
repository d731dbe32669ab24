/**
 * A batch's roll-up: every agency's result on one row, the agencies × indicators matrix with the
 * low scores marked, the items and issues that are low in the most agencies, and a chart of the
 * agencies' overall scores against the target. Pure: from the agencies' analyses to a workbook plan.
 */
import type { WorkbookAnalysis } from "../analyseWorkbook";
import { FrameworkIndex, latestFramework } from "../framework";
import { Lang } from "../i18n/messages";
import { TextStyle, fmtScore } from "../text/format";
import { MARKER_PREFIX, SheetPlan, Style, WorkbookPlan } from "../render/model";
import { SheetBuilder } from "../render/sheetBuilder";
import { SHEET_TEXT } from "../i18n/sheetText";
import { Unread, unreadReason } from "./files";
import { belowTarget, byOverall } from "./order";
import { isBelow } from "../text/scores";
import { HIGHLIGHT_FONT, LOW_FILL, stylesFor } from "../render/styles";

/** One agency's result as the roll-up and the JSON report give it. */
export interface AgencyRow {
  name: string;
  /** The file it was read from, and its sheet when the workbook holds several agencies. */
  file: string;
  sheet: string | null;
  year: number | null;
  overall: { reported: number | null; computed: number | null; value: number | null };
  /** The result band, in both languages. */
  result: Record<Lang, string> | null;
  passed: boolean | null;
  /** Each tool's score, by the tool's id ("IIT"). */
  tools: Record<string, number | null>;
  /** The tools' short names, in the framework's order: the roll-up's columns. */
  toolNames: Array<{ id: string; th: string; en: string }>;
  indicators: Array<{ number: number; value: number | null; low: boolean | null }>;
  lowIndicators: number[];
  change: number | null;
  /** Items below the target ("2567:i1"), with their wording; issues needing measures. */
  lowItems: Array<{ key: string; year: number | null; code: string; text: string }>;
  issues: Array<{ number: number; title: string }>;
  threshold: number;
  /** The agency's analysed workbook, as written. */
  output: string;
}

/** The row of an analysed agency. */
export function agencyRow(
  r: WorkbookAnalysis,
  at: { name: string; file: string; sheet: string | null; output: string },
  lang: Lang,
): AgencyRow {
  const a = r.analysis;
  const fx = new FrameworkIndex(a.framework);
  const o = a.overall;
  return {
    ...at,
    year: a.year,
    overall: { reported: o.reported, computed: o.computed, value: o.value },
    result: o.result ? { th: o.result.th, en: o.result.en } : null,
    passed: o.passed,
    tools: Object.fromEntries(a.tools.map((t) => [t.tool, t.value])),
    toolNames: a.framework.tools.map((t) => ({ id: t.id, th: t.short.th, en: t.short.en })),
    indicators: a.indicators.map((i) => ({ number: i.number, value: i.value, low: i.low })),
    lowIndicators: a.indicators.filter((i) => i.low).map((i) => i.number),
    change: o.change,
    lowItems: a.items
      .filter((i) => i.low)
      .map((i) => ({ key: `${a.year ?? ""}:${i.code}`, year: a.year, code: i.code, text: fx.item.get(i.code)![lang] })),
    issues: a.issues.filter((x) => x.needsAction).map((x) => ({ number: x.issue.number, title: x.issue[lang] })),
    threshold: a.threshold,
  };
}

/** The roll-up workbook's plan: the agencies, the matrix, what recurs, and the files not read. */
export function rollupPlan(rows: AgencyRow[], unread: Unread[], lang: Lang): WorkbookPlan {
  const ts: TextStyle = { lang, thaiDigits: false };
  const styles = stylesFor(false);
  // With no agency read, the lead and the chart's line give the latest framework's target.
  const threshold = rows[0]?.threshold ?? latestFramework().threshold;
  const sorted = byOverall(rows);
  const sheets = [
    agenciesSheet(sorted, threshold, ts, styles),
    indicatorsSheet(sorted, threshold, ts, styles),
    recurringSheet(rows, ts, styles),
    ...(unread.length ? [unreadSheet(unread, ts, styles)] : []),
  ];
  return {
    threshold,
    highlightStyle: { fill: LOW_FILL, fontColor: HIGHLIGHT_FONT },
    highlights: [],
    replaceSheets: [],
    sheets,
    styles,
    markerPrefix: MARKER_PREFIX,
  };
}

const scoreStyle = (v: number | null, threshold: number) =>
  v !== null && isBelow(v, threshold) ? "scoreLow" : "score";

/** One row per agency, highest overall first, and the chart of their overall scores against the target. */
function agenciesSheet(rows: AgencyRow[], threshold: number, ts: TextStyle, styles: Record<string, Style>): SheetPlan {
  const T = SHEET_TEXT[ts.lang];
  const tools = toolColumns(rows);
  const [before, after] = [T.rollupHeader.slice(0, 7), T.rollupHeader.slice(7)];
  // After the tools: the low indicators, the change, and the target (which feeds the chart's line).
  const [low, change, target] = [7, 8, 9].map((c) => c + tools.length);
  const widths = [7, 36, 18, 14, 10, 11, 13, ...tools.map(() => 9), 13, 12, 10];
  const b = new SheetBuilder("rollup-agencies", T.rollupAgenciesSheet, widths, ts, styles);
  const below = belowTarget(rows);
  b.paragraph(T.rollupTitle(String(rows.length)), "title");
  b.paragraph(T.rollupLead(String(below), String(rows.length), fmtScore(threshold, ts)), "body");
  const top = b.headerRow([...before, ...tools.map((t) => t[ts.lang]), ...after], "th");
  rows.forEach((r, i) => {
    const row = b.row++;
    b.set(row, 0, { number: i + 1 }, "numCenter");
    b.raw(row, 1, r.name, "td");
    b.raw(row, 2, r.file, "td");
    b.raw(row, 3, r.sheet ?? "", "td");
    b.score(row, 4, r.year, "numCenter");
    b.score(row, 5, r.overall.value, scoreStyle(r.overall.value, threshold));
    b.text(row, 6, r.result?.[ts.lang] ?? "–", r.passed === false ? "statusLow" : r.passed ? "statusOk" : "tdCenter");
    tools.forEach((tool, k) => {
      const value = r.tools[tool.id] ?? null;
      b.score(row, 7 + k, value, scoreStyle(value, threshold));
    });
    b.set(row, low, { number: r.lowIndicators.length }, "numCenter");
    b.score(row, change, r.change, "score");
    b.set(row, target, { number: threshold }, "score");
  });
  const bottom = b.row - 1;
  if (rows.length) b.table({ name: "ITA_Agencies", top, left: 0, bottom, right: target, style: "TableStyleLight1" });
  b.blank();
  if (rows.length) {
    const chartTop = b.row;
    b.chart({
      title: T.rollupChartTitle(fmtScore(threshold, ts)),
      categories: { top: top + 1, left: 1, bottom, right: 1 },
      series: [
        { name: T.rollupChartScore, values: { top: top + 1, left: 5, bottom, right: 5 }, type: "column" },
        { name: T.chartTarget, values: { top: top + 1, left: target, bottom, right: target }, type: "line" },
      ],
      anchor: { top: chartTop, left: 0, bottom: chartTop + 19, right: 10 },
      axisMax: 100,
    });
    b.row += 20;
  }
  return b.build({
    tabColor: "#1F4E79",
    freeze: { rows: top + 1, cols: 2 },
    // The target column feeds the chart's line; it does not print. A working sheet: shrunk to the page's width.
    print: { orientation: "landscape", columns: target, repeatRows: [top, top] },
  });
}

/** The tools of every agency's framework, each once, in the order the frameworks give them. */
function toolColumns(rows: AgencyRow[]): AgencyRow["toolNames"] {
  const seen = new Map<string, AgencyRow["toolNames"][number]>();
  for (const r of rows) for (const t of r.toolNames) if (!seen.has(t.id)) seen.set(t.id, t);
  return [...seen.values()];
}

/** Agencies × indicators, each low score marked. */
function indicatorsSheet(
  rows: AgencyRow[],
  threshold: number,
  ts: TextStyle,
  styles: Record<string, Style>,
): SheetPlan {
  const T = SHEET_TEXT[ts.lang];
  const numbers = [...new Set(rows.flatMap((r) => r.indicators.map((i) => i.number)))].sort((a, b) => a - b);
  const b = new SheetBuilder("rollup-indicators", T.rollupIndicatorsSheet, [34, ...numbers.map(() => 11)], ts, styles);
  b.paragraph(T.rollupIndicatorsTitle(fmtScore(threshold, ts)), "title");
  const top = b.headerRow([T.rollupAgency, ...numbers.map((n) => T.rollupIndicatorHeader(String(n)))], "th");
  for (const r of rows) {
    const row = b.row++;
    b.raw(row, 0, r.name, "td");
    numbers.forEach((n, k) => {
      const v = r.indicators.find((i) => i.number === n)?.value ?? null;
      b.score(row, k + 1, v, scoreStyle(v, threshold));
    });
  }
  if (rows.length)
    b.table({
      name: "ITA_IndicatorsByAgency",
      top,
      left: 0,
      bottom: b.row - 1,
      right: numbers.length,
      style: "TableStyleLight1",
    });
  return b.build({
    tabColor: "#2F5597",
    freeze: { rows: top + 1, cols: 1 },
    print: { orientation: "landscape", repeatRows: [top, top] },
  });
}

/** The items low in the most agencies (by year, since a code means different things in different years), and the issues. */
function recurringSheet(rows: AgencyRow[], ts: TextStyle, styles: Record<string, Style>): SheetPlan {
  const T = SHEET_TEXT[ts.lang];
  const b = new SheetBuilder("rollup-recurring", T.rollupRecurringSheet, [8, 8, 60, 14, 14], ts, styles);
  const recurring = { b, agencies: rows.length };
  b.paragraph(T.rollupItemsTitle, "title", 0, 4);
  const items = tally(rows.flatMap((r) => r.lowItems.map((i) => [i.key, i] as const)));
  recurringTable(recurring, "ITA_RecurringItems", T.rollupItemsHeader, 0, [...items.values()], {
    order: (x, y) => x.code.localeCompare(y.code),
    write: (row, item) => {
      b.score(row, 0, item.year, "numCenter");
      b.text(row, 1, item.code, "tdCenter");
      b.raw(row, 2, item.text, "td");
    },
  });
  b.blank();
  b.paragraph(T.rollupIssuesTitle, "subtitle", 0, 4);
  const issues = tally(rows.flatMap((r) => r.issues.map((x) => [x.number, x] as const)));
  recurringTable(recurring, "ITA_RecurringIssues", T.rollupIssuesHeader, 2, [...issues.values()], {
    order: (x, y) => x.number - y.number,
    write: (row, issue) => b.text(row, 2, T.issueListItem(String(issue.number), issue.title), "td"),
  });
  return b.build({ tabColor: "#548235", freeze: { rows: 0, cols: 0 }, print: { orientation: "portrait", flex: 2 } });
}

/**
 * A table of things low in several agencies, most often first (ties in `order`): what each is
 * (`write`, from column `left`), then in columns D and E in how many agencies and what share of them.
 */
function recurringTable<T>(
  at: { b: SheetBuilder; agencies: number },
  name: string,
  header: string[],
  left: number,
  tallied: Array<{ what: T; count: number }>,
  thing: { order: (x: T, y: T) => number; write: (row: number, what: T) => void },
): void {
  const { b, agencies } = at;
  const top = b.headerRow(header, "th", left);
  for (const e of [...tallied].sort((x, y) => y.count - x.count || thing.order(x.what, y.what))) {
    const row = b.row++;
    thing.write(row, e.what);
    b.set(row, 3, { number: e.count }, "numCenter");
    b.set(row, 4, { number: agencies ? e.count / agencies : 0 }, "percent");
  }
  if (tallied.length) b.table({ name, top, left, bottom: b.row - 1, right: 4, style: "TableStyleLight1" });
}

/** How many agencies each thing (an item, an issue) came up in, with the thing as first seen. */
function tally<K, T>(entries: ReadonlyArray<readonly [K, T]>): Map<K, { what: T; count: number }> {
  const out = new Map<K, { what: T; count: number }>();
  for (const [key, what] of entries) {
    const e = out.get(key) ?? { what, count: 0 };
    e.count++;
    out.set(key, e);
  }
  return out;
}

function unreadSheet(unread: Unread[], ts: TextStyle, styles: Record<string, Style>): SheetPlan {
  const T = SHEET_TEXT[ts.lang];
  const b = new SheetBuilder("rollup-unread", T.rollupUnreadSheet, [40, 80], ts, styles);
  b.paragraph(T.rollupUnreadTitle, "title");
  const top = b.headerRow(T.rollupUnreadHeader, "th");
  for (const u of unread) {
    const row = b.row++;
    b.raw(row, 0, u.file, "td");
    b.raw(row, 1, unreadReason(u, ts.lang), "td");
  }
  b.table({ name: "ITA_Unread", top, left: 0, bottom: b.row - 1, right: 1, style: "TableStyleLight1" });
  return b.build({
    tabColor: "#C00000",
    freeze: { rows: top + 1, cols: 0 },
    print: { orientation: "landscape", flex: 1 },
  });
}
