import type { WorkbookAnalysis } from "../analyseWorkbook";
import { FrameworkIndex } from "../framework";
import { Lang, describe } from "../i18n/messages";
import { isDual } from "../parse/types";
import { measureList } from "../render/measures";
import { reviewLine } from "../render/content/review";
import type { FindingSubject } from "../analyse/reconcile";
import { JsonPreviousMeasures, JsonPreviousYear, lastYearReport } from "./lastYearReport";
import { JsonPathToTarget, pathReport, points } from "./pathReport";

const subjectKey = (s: FindingSubject) =>
  s.kind === "indicator"
    ? `indicator:${s.number}`
    : s.kind === "tool"
      ? `tool:${s.tool}`
      : s.kind === "items"
        ? `items:${s.indicator}`
        : "overall";

/** The `--json` report. Field names and meaning are documented in the README; numbers are numbers, missing is null. */
export interface JsonReport {
  framework: string;
  /** The assessment year (BE), or null when nothing tells it. */
  year: number | null;
  /** How the year was found: `kind` ("title", "column", "sheet", "items", "option", …), the cell, the words. */
  yearSource: { kind: string; cell: string | null; text: string | null };
  /** The fiscal year the measures are written for. */
  fiscalYear: number;
  /** The agency's name as the document gives it (the one analysed, when the workbook holds several); and all of them. */
  agency: string | null;
  agencies: string[];
  threshold: number;
  level: "item" | "indicator";
  items: Array<{
    code: string;
    indicator: number;
    text: string;
    /** Where the item's definition came from: "published", "inferred", "workbook", "analyst". */
    origin: string;
    scores: { value: number } | { public: number | null; survey: number | null };
    low: boolean;
    /** Points the overall gains when the item is raised to the target (a website item: to full marks); 0 when not low. */
    gain: number;
    cells: string[];
  }>;
  indicators: Array<{
    number: number;
    name: string;
    tool: string;
    reported: number | null;
    computed: number | null;
    low: boolean | null;
    previous: number | null;
    change: number | null;
    /** Every earlier year's score the workbook holds, oldest first (the last is `previous`'s year). */
    history: Array<{ year: number; value: number }>;
  }>;
  tools: Array<{ tool: string; reported: number | null; computed: number | null }>;
  overall: {
    reported: number | null;
    computed: number | null;
    result: string | null;
    previous: number | null;
    change: number | null;
    history: Array<{ year: number; value: number }>;
  };
  issues: Array<{
    number: number;
    title: string;
    items: string[];
    lowItems: string[];
    lowestIndicator: number | null;
    lowestItem: string | null;
    oitGaps: string[];
  }>;
  /** The plan's measures (Part 3), one per need: the issues it answers, what, how, when and who. */
  measures: Array<{
    number: number;
    issues: number[];
    title: string;
    steps: string[];
    period: string;
    owners: string;
    /** Points the overall gains when the items it answers reach the target, each once; null when none can be worked out. */
    gain: number | null;
  }>;
  /** How far the target is, and the fewest measures and items that reach it (and the band above). */
  pathToTarget: JsonPathToTarget;
  /** Where last year's measures were read ("file", "workbook", "sheet") and their years; null when none were. */
  previousYear: JsonPreviousYear;
  /** Last year's measures: the status recorded, their items' change since, the verdict. */
  previousMeasures: JsonPreviousMeasures;
  /** Disagreements between levels: the value typed, the one suggested, why, and what was decided. */
  review: Array<{
    id: string;
    /** "indicator:3", "tool:IIT", "overall" or "items:4" (a block of items). */
    subject: string;
    kind: string;
    cells: string[];
    typed: number;
    suggested: number | null;
    confidence: "high" | "medium" | "low";
    why: string;
    /** "accept", "keep", or null while undecided. */
    decision: "accept" | "keep" | null;
  }>;
  diagnostics: Array<{
    severity: "error" | "warning" | "info";
    code: string;
    subject: string | null;
    cell: string | null;
    message: string;
  }>;
}

export function jsonReport(r: WorkbookAnalysis, lang: Lang = r.lang): JsonReport {
  const a = r.analysis;
  const fx = new FrameworkIndex(a.framework);
  const itemGain = new Map(a.gains.items.map((g) => [g.code, points(g.gain)]));
  return {
    framework: a.framework.id,
    year: a.year,
    yearSource: { kind: r.choice.source, cell: r.choice.cell, text: r.choice.text },
    fiscalYear: r.fiscalYear,
    agency: r.agencyName,
    agencies: r.agencies?.agencies.map((x) => x.name) ?? [],
    threshold: a.threshold,
    level: a.level,
    items: a.items.map((i) => ({
      code: i.code,
      indicator: i.indicator,
      text: fx.item.get(i.code)![lang],
      origin: fx.item.get(i.code)!.origin,
      scores: isDual(i.scores) ? { public: i.scores.public, survey: i.scores.survey } : { value: i.scores.value },
      low: i.low,
      gain: itemGain.get(i.code) ?? 0,
      cells: i.cells,
    })),
    indicators: a.indicators.map((i) => ({
      number: i.number,
      name: fx.indicator.get(i.number)![lang],
      tool: i.tool,
      reported: i.reported,
      computed: i.computed,
      low: i.low,
      previous: i.previous,
      change: i.change,
      history: i.history,
    })),
    tools: a.tools.map((t) => ({ tool: t.tool, reported: t.reported, computed: t.computed })),
    overall: {
      reported: a.overall.reported,
      computed: a.overall.computed,
      result: a.overall.result ? a.overall.result[lang] : null,
      previous: a.overall.previous,
      change: a.overall.change,
      history: a.overall.history,
    },
    issues: a.issues.map((r) => ({
      number: r.issue.number,
      title: r.issue[lang],
      items: r.items,
      lowItems: r.lowItems,
      lowestIndicator: r.lowestIndicator ? r.lowestIndicator.number : null,
      lowestItem: r.lowestItem ? r.lowestItem.code : null,
      oitGaps: r.oitGaps.map((g) => g.code),
    })),
    measures: measureList(a, r.madeWith, lang).map((m) => ({
      number: m.number,
      issues: m.issues,
      title: m.title,
      steps: m.steps,
      period: m.period,
      owners: m.owner,
      gain: m.gain === null ? null : points(m.gain),
    })),
    pathToTarget: pathReport(a, lang),
    ...lastYearReport(a, lang),
    review: reviewReport(a, lang),
    diagnostics: a.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      subject: d.subject,
      cell: d.cell,
      message: describe(d, lang),
    })),
  };
}

/** The review's findings: the value typed, the one suggested, why, and what was decided. */
function reviewReport(a: WorkbookAnalysis["analysis"], lang: Lang): JsonReport["review"] {
  return a.review.map((f) => ({
    id: f.id,
    subject: subjectKey(f.subject),
    kind: f.kind,
    cells: f.cells,
    typed: f.typed,
    suggested: f.suggested,
    confidence: f.confidence,
    why: reviewLine(f, a, { lang, thaiDigits: false }).why,
    decision: f.decision,
  }));
}
