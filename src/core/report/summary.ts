import type { WorkbookAnalysis } from "../analyseWorkbook";
import { FrameworkIndex } from "../framework";
import { Lang, describe, describeYearSource } from "../i18n/messages";
import { Severity } from "../diagnostics";
import { measureList } from "../render/measures";

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
  counts: { lowItems: number; lowIndicators: number; issuesNeedingAction: number; measures: number };
  lowIndicators: Array<{ number: number; name: string; value: number }>;
  issues: Array<{
    number: number;
    title: string;
    lowItems: Array<{ code: string; text: string; score: string }>;
    lowIndicators: number[];
    measures: number;
  }>;
  diagnostics: Array<{ severity: Severity; message: string; cell: string | null }>;
}

const score = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

export function summarize(r: WorkbookAnalysis, lang: Lang): ResultSummary {
  const a = r.analysis;
  const fx = new FrameworkIndex(a.framework);
  const items = new Map(a.items.map((i) => [i.code, i]));
  const value = a.overall.value;
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return {
    year: a.year,
    yearSource: describeYearSource(r.choice, lang),
    framework: a.framework.label[lang],
    fiscalYear: r.fiscalYear,
    agencies: r.agencies?.agencies.map((x) => x.name) ?? [],
    agency: r.agency?.name ?? null,
    threshold: a.threshold,
    level: a.level,
    overall: {
      value,
      reported: a.overall.reported,
      computed: a.overall.computed,
      result: a.overall.result ? a.overall.result[lang] : null,
      passed: value === null ? null : value >= a.threshold,
      previous: a.overall.previous,
      change: a.overall.change,
    },
    counts: {
      lowItems: a.items.filter((i) => i.low).length,
      lowIndicators: a.indicators.filter((i) => i.low).length,
      issuesNeedingAction: a.issues.filter((i) => i.needsAction).length,
      // Measures of the plan: one per need, however many issues call for it.
      measures: measureList(a, r.measureOptions, lang).length,
    },
    lowIndicators: a.indicators
      .filter((i) => i.low)
      .map((i) => ({ number: i.number, name: fx.indicator.get(i.number)![lang], value: i.value! })),
    issues: a.issues.map((r) => ({
      number: r.issue.number,
      title: r.issue[lang],
      lowItems: r.lowItems.map((code) => {
        const it = items.get(code)!;
        const s = it.scores;
        const text =
          "value" in s ? score(s.value) : [s.public, s.survey].map((v) => (v === null ? "–" : score(v))).join(" / ");
        return { code, text: fx.item.get(code)![lang], score: text };
      }),
      lowIndicators: r.lowIndicators,
      measures: r.measures.length,
    })),
    diagnostics: [...a.diagnostics]
      .sort((x, y) => order[x.severity] - order[y.severity])
      .map((d) => ({ severity: d.severity, message: describe(d, lang), cell: d.cell })),
  };
}
