import type { WorkbookAnalysis } from "../analyseWorkbook";
import { FrameworkIndex } from "../framework";
import type { ItemResult } from "../analyse/analyse";
import { Lang, describe, describeYearSource, kindOf } from "../i18n/messages";
import { Diagnostic, Severity } from "../i18n/diagnostics";
import { measureList } from "../render/measures";
import { ReviewLine, reviewLines } from "../render/content/review";
import { scoreText } from "../text/format";
import { LastYearSummary, lastYearSummary } from "./lastYearReport";
import type { PathSummary } from "../analyse/whatIf";
import { pathSummary } from "./pathSummary";
import { TrendSummary, trendSummary } from "./trendSummary";

/** An item as the pane lists it: its score as text (EIT's two as "84.73 / 86.19") and where it is. */
export interface ItemLine {
  code: string;
  text: string;
  score: string;
  low: boolean;
  /** The first cell it was read from ("ผลคะแนนรายข้อ!C4"), for a link to it. */
  cell: string | null;
}

/** What the task pane shows after Analyze: plain data, already in the analyst's language. */
export interface ResultSummary {
  /** The assessment year, or null when unknown. */
  year: number | null;
  /** How the year was found, in words ("จากชื่อเรื่องที่ ผลคะแนน!A1"). */
  yearSource: string;
  /** The framework the scores were read against ("ITA 2569 (สำนักงาน ป.ป.ช.)"). */
  framework: string;
  fiscalYear: number;
  /** When the workbook holds several agencies: their names, and the one analysed. */
  agencies: string[];
  agency: string | null;
  threshold: number;
  level: "item" | "indicator";
  overall: {
    value: number | null;
    reported: number | null;
    computed: number | null;
    result: string | null;
    passed: boolean | null;
    previous: number | null;
    change: number | null;
  };
  /** The three tools, each with its score and weight (0.3 …). */
  tools: Array<{ id: string; name: string; value: number | null; low: boolean | null; weight: number }>;
  /** All indicators, in order, each with its items (for the chart and what a click on a bar shows). */
  indicators: Array<{
    number: number;
    name: string;
    tool: string;
    value: number | null;
    low: boolean | null;
    previous: number | null;
    items: ItemLine[];
  }>;
  /** With three years' scores or more: the years, each indicator's scores and trend; else null. */
  trend: TrendSummary | null;
  counts: { lowItems: number; lowIndicators: number; issuesNeedingAction: number; measures: number };
  issues: Array<{
    number: number;
    title: string;
    /** The issue's items below the target, each once. */
    lowItems: ItemLine[];
    lowIndicators: number[];
    measures: number;
  }>;
  /** The disagreements between levels to decide before signing, in the analyst's language. */
  review: ReviewLine[];
  /** The path to the target (or the band above), with each measure's points; null without an overall score. */
  path: PathSummary | null;
  /** Last year's measures and whether they worked; null when last year's plan was not read. */
  lastYear: LastYearSummary | null;
  /** The diagnostics grouped by kind, errors first; each message with the cells it names. */
  diagnosticGroups: Array<{
    kind: string;
    title: string;
    /** The gravest severity in the group. */
    severity: Severity;
    entries: Array<{ severity: Severity; message: string; cells: string[] }>;
  }>;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function summarize(r: WorkbookAnalysis, lang: Lang = r.lang): ResultSummary {
  const a = r.analysis;
  const fx = new FrameworkIndex(a.framework);
  const items = new Map(a.items.map((i) => [i.code, i]));
  const line = (code: string): ItemLine => itemLine(items.get(code)!, fx.item.get(code)![lang]);
  const value = a.overall.value;
  return {
    year: a.year,
    yearSource: describeYearSource(r.choice, lang),
    framework: a.framework.label[lang],
    fiscalYear: r.fiscalYear,
    agencies: r.agencies?.agencies.map((x) => x.name) ?? [],
    agency: r.agencyName,
    threshold: a.threshold,
    level: a.level,
    overall: {
      value,
      reported: a.overall.reported,
      computed: a.overall.computed,
      result: a.overall.result ? a.overall.result[lang] : null,
      passed: a.overall.passed,
      previous: a.overall.previous,
      change: a.overall.change,
    },
    tools: a.tools.map((t) => {
      const def = fx.tool.get(t.tool)!;
      return { id: t.tool, name: def[lang], value: t.value, low: t.low, weight: def.weight };
    }),
    indicators: a.indicators.map((i) => ({
      number: i.number,
      name: fx.indicator.get(i.number)![lang],
      tool: i.tool,
      value: i.value,
      low: i.low,
      previous: i.previous,
      items: a.items.filter((it) => it.indicator === i.number).map((it) => line(it.code)),
    })),
    trend: trendSummary(a, lang),
    counts: {
      lowItems: a.items.filter((i) => i.low).length,
      lowIndicators: a.indicators.filter((i) => i.low).length,
      issuesNeedingAction: a.issues.filter((i) => i.needsAction).length,
      // Measures of the plan: one per need, however many issues call for it.
      measures: measureList(a, r.madeWith, lang).length,
    },
    issues: a.issues.map((x) => ({
      number: x.issue.number,
      title: x.issue[lang],
      lowItems: [...new Set(x.lowItems)].map(line),
      lowIndicators: x.lowIndicators,
      measures: x.measures.length,
    })),
    review: reviewLines(a, { lang, thaiDigits: false }),
    path: pathSummary(a, lang),
    lastYear: lastYearSummary(r, lang),
    diagnosticGroups: groups(a.diagnostics, lang),
  };
}

function itemLine(it: ItemResult, text: string): ItemLine {
  const s = it.scores;
  const shown = "value" in s ? scoreText(s.value) : [s.public, s.survey].map(scoreText).join(" / ");
  return { code: it.code, text, score: shown, low: it.low, cell: it.cells[0] ?? null };
}

/** Diagnostics by kind, the graver kinds first; within a kind, by severity then as found. */
function groups(diagnostics: Diagnostic[], lang: Lang): ResultSummary["diagnosticGroups"] {
  const byKind = new Map<string, ResultSummary["diagnosticGroups"][number]>();
  for (const d of diagnostics) {
    const { kind, title } = kindOf(d.code, lang);
    let g = byKind.get(kind);
    if (!g) byKind.set(kind, (g = { kind, title, severity: d.severity, entries: [] }));
    if (ORDER[d.severity] < ORDER[g.severity]) g.severity = d.severity;
    g.entries.push({ severity: d.severity, message: describe(d, lang), cells: [...new Set(d.cells)] });
  }
  const out = [...byKind.values()];
  for (const g of out) g.entries.sort((x, y) => ORDER[x.severity] - ORDER[y.severity]);
  return out.sort((x, y) => ORDER[x.severity] - ORDER[y.severity]);
}

/** The summary in both languages: the pane switches between them without analysing again. */
export function summarizeBoth(r: WorkbookAnalysis): Record<Lang, ResultSummary> {
  return { th: summarize(r, "th"), en: summarize(r, "en") };
}
