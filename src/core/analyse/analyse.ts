import { Diagnostic, diagnostic } from "../i18n/diagnostics";
import { FrameworkIndex } from "../framework";
import {
  Framework,
  IndicatorDef,
  IssueDef,
  MeasureDef,
  RecommendationDef,
  BandDef,
  ToolDef,
  ToolId,
} from "../framework/types";
import { HistoryKey, ItemScores, ParsedScores, ScoreCell, isDual } from "../parse/types";
import type { ReviewItem } from "./reconcile";
import { cutTo, isBelow } from "../text/scores";
import { bandFor } from "./bands";
import { Gains, gainsOf } from "./gain";
import { PlannedMeasure, plannedMeasures } from "./measures";
import { LastYearRecord, LastYearResult, judgeLastYear } from "./lastYear";

export { bandFor } from "./bands";

export interface ItemResult {
  code: string;
  indicator: number;
  tool: ToolId;
  scores: ItemScores;
  /** The lowest of the item's scores (either EIT score counts). */
  min: number | null;
  low: boolean;
  cells: string[];
}

export interface IndicatorResult {
  number: number;
  tool: ToolId;
  reported: number | null;
  computed: number | null;
  /** Reported where the workbook gives it, computed otherwise. */
  value: number | null;
  low: boolean | null;
  cells: string[];
  /** Last year's score where the workbook holds it, and the change since (this year − last). */
  previous: number | null;
  change: number | null;
  /** Every earlier year's score the workbook holds, oldest first (the last is `previous`'s year). */
  history: YearScore[];
}

/** A score of a named year. */
export interface YearScore {
  year: number;
  value: number;
}

export interface ToolResult {
  tool: ToolId;
  reported: number | null;
  computed: number | null;
  value: number | null;
  low: boolean | null;
  fromPoints: boolean;
  cells: string[];
  /** Every earlier year's score the workbook holds, oldest first. */
  history: YearScore[];
}

export interface OverallResult {
  reported: number | null;
  computed: number | null;
  value: number | null;
  result: BandDef | null;
  /** At or above the target; null when there is no overall score. */
  passed: boolean | null;
  cells: string[];
  previous: number | null;
  change: number | null;
  /** Every earlier year's score the workbook holds, oldest first. */
  history: YearScore[];
}

export interface IssueResult {
  issue: IssueDef;
  /** Related items found in the workbook, in the issue's order. */
  items: string[];
  lowItems: string[];
  /** Related indicators (those holding the issue's items), lowest first when scored. */
  indicators: number[];
  lowIndicators: number[];
  /** The indicator of the issue's lowest item (the lowest indicator when only indicator scores were read). */
  lowestIndicator: { number: number; value: number | null } | null;
  /** The lowest perception item (a survey's); a website item only when the issue has no other. */
  lowestItem: { code: string; value: number } | null;
  /** Website items with a gap score (OIT: 0 or 50): information missing or incomplete. */
  oitGaps: Array<{ code: string; value: number }>;
  recommendations: RecommendationDef[];
  measures: MeasureDef[];
  /** True when something in the issue is low and needs a measure. */
  needsAction: boolean;
  /** The items that call for action: the low items, or (with indicator scores only) every item of a low indicator. */
  suspect: string[];
}

export interface Analysis {
  framework: Framework;
  /** The assessment year (BE) of the scores, or null when nothing tells it. */
  year: number | null;
  threshold: number;
  /** "item" when item scores were read, "indicator" when only indicator scores were. */
  level: "item" | "indicator";
  items: ItemResult[];
  indicators: IndicatorResult[];
  tools: ToolResult[];
  overall: OverallResult;
  issues: IssueResult[];
  /** The plan's measures, one per need, in the plan's order (`measures.ts`). */
  measures: PlannedMeasure[];
  /** What raising each low score is worth, per item and per measure, and the way to the target (`gain.ts`). */
  gains: Gains;
  /** Score cells read from the workbook, each with whether it is below the threshold. */
  scoreCells: Array<ScoreCell & { low: boolean }>;
  diagnostics: Diagnostic[];
  /** The disagreements between levels, each with its likely cause and the analyst's decision (`reconcile.ts`). */
  review: ReviewItem[];
  /** Last year's measures, each with its items' change and a verdict (`lastYear.ts`); null when none were read. */
  lastYear: LastYearResult | null;
}

export interface AnalyseOptions {
  /** The review of the scores as given (the scores analysed are the decided ones). */
  review?: ReviewItem[];
  threshold?: number;
  /** The assessment year; default: the framework's. */
  year?: number | null;
  /** Last year's measures as its plan and follow-up recorded them, to judge against this year's scores. */
  lastYear?: LastYearRecord | null;
}

export const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** What every level's analysis shares: the scores read, the framework, the target, the messages so far. */
interface Level {
  parsed: ParsedScores;
  framework: Framework;
  fx: FrameworkIndex;
  threshold: number;
  /** Two units of the last decimal NACC publishes: closer than that, a reported and a computed score agree. */
  tolerance: number;
  /** A disagreement the analyst has decided on is a note from then on, no longer a warning. */
  decided: (subject: string) => boolean;
  diagnostics: Diagnostic[];
}

/**
 * From parsed scores to the analysis: low items and indicators, every level recomputed from
 * the one below and checked against what was reported, and the seven issues.
 */
export function analyse(parsed: ParsedScores, framework: Framework, options: AnalyseOptions = {}): Analysis {
  const threshold = options.threshold ?? framework.threshold;
  const fx = new FrameworkIndex(framework);
  const at: Level = {
    parsed,
    framework,
    fx,
    threshold,
    tolerance: 2 * 10 ** -framework.decimals + 1e-9,
    decided: (subject) => (options.review ?? []).some((r) => r.decision !== null && r.id.startsWith(`${subject}@`)),
    diagnostics: [...parsed.diagnostics],
  };
  const { diagnostics } = at;
  const items = itemResults(at);
  const itemByCode = new Map(items.map((i) => [i.code, i]));
  const level: "item" | "indicator" = items.length > 0 ? "item" : "indicator";
  if (level === "item") {
    const missing = framework.items.filter((it) => !itemByCode.has(it.code)).map((it) => it.code);
    if (missing.length)
      diagnostics.push(diagnostic("info", "items.missing", null, [], { codes: missing, count: missing.length }));
  }
  const indicators = framework.indicators.map((def) => indicatorResult(at, def, itemByCode));
  const indicatorByNumber = new Map(indicators.map((i) => [i.number, i]));
  const tools = framework.tools.map((def) => toolResult(at, def, indicatorByNumber));
  const overall = overallResult(at, tools);

  const issues = framework.issues.map((issue) => analyseIssue(issue, fx, itemByCode, indicatorByNumber));
  const measures = plannedMeasures(issues, fx);
  const gains = gainsOf({ framework, threshold, items, indicators, tools, overall, issues, measures });

  const scoreCells = parsed.scoreCells.map((c) => ({ ...c, low: isBelow(c.value, threshold) }));

  return {
    framework,
    year: options.year === undefined ? framework.year : options.year,
    threshold,
    level,
    items,
    indicators,
    tools,
    overall,
    issues,
    measures,
    gains,
    scoreCells,
    diagnostics,
    review: options.review ?? [],
    lastYear: options.lastYear
      ? judgeLastYear(options.lastYear, {
          items,
          indicators,
          measures,
          threshold,
          decimals: framework.decimals,
          indicatorOf: (code) => fx.item.get(code)?.indicator,
        })
      : null,
  };
}

function historyOf(parsed: ParsedScores, key: HistoryKey): YearScore[] {
  return (parsed.history?.get(key) ?? []).map(({ year, value }) => ({ year, value }));
}

function changeOf(now: number | null, before: number | null, decimals: number): number | null {
  return now === null || before === null ? null : cutTo(now - before, decimals);
}

/** An indicator recomputed from its items by its year's method, or null with the items missing. */
export function computeIndicator(
  def: IndicatorDef,
  fx: FrameworkIndex,
  items: ReadonlyMap<string, { scores: ItemScores }>,
): { value: number | null; missing: string[] } {
  const own = fx.itemsOf.get(def.number)!;
  const missing = own.filter((it) => !items.has(it.code)).map((it) => it.code);
  if (missing.length) return { value: null, missing };
  const scores = own.map((it) => items.get(it.code)!.scores);
  switch (def.method) {
    case "mean": {
      const vals = scores.map((s) => (isDual(s) ? null : s.value));
      return { value: vals.every((v) => v !== null) ? mean(vals) : null, missing };
    }
    case "dual-mean": {
      const pub = scores.map((s) => (isDual(s) ? s.public : null));
      const sur = scores.map((s) => (isDual(s) ? s.survey : null));
      if (pub.some((v) => v === null) || sur.some((v) => v === null)) return { value: null, missing };
      return { value: (mean(pub as number[]) + mean(sur as number[])) / 2, missing };
    }
    case "sub-indicators": {
      const subs = (def.subIndicators ?? []).map((sub) =>
        mean(
          sub.items.map((code) => {
            const s = items.get(code)!.scores;
            return isDual(s) ? NaN : s.value;
          }),
        ),
      );
      return { value: subs.length && subs.every((v) => Number.isFinite(v)) ? mean(subs) : null, missing };
    }
  }
}

/** Every item read, with its lowest score and whether it is below the target. */
function itemResults({ parsed, framework, fx, threshold }: Level): ItemResult[] {
  return framework.items
    .filter((it) => parsed.items.has(it.code))
    .map((it) => {
      const p = parsed.items.get(it.code)!;
      const parts = isDual(p.scores)
        ? [p.scores.public, p.scores.survey].filter((x): x is number => x !== null)
        : [p.scores.value];
      const min = parts.length ? Math.min(...parts) : null;
      return {
        code: it.code,
        indicator: it.indicator,
        tool: fx.toolOf(it.code).id,
        scores: p.scores,
        min,
        low: min !== null && isBelow(min, threshold),
        cells: p.cells,
      };
    });
}

/** An indicator: as reported, as computed from its items, and the disagreement between them said. */
function indicatorResult(
  { parsed, framework, fx, threshold, tolerance, decided, diagnostics }: Level,
  def: IndicatorDef,
  itemByCode: Map<string, ItemResult>,
): IndicatorResult {
  const reported = parsed.indicators.get(def.number) ?? null;
  const { value: computed, missing } = computeIndicator(def, fx, itemByCode);
  if (computed === null && missing.length && missing.length < (fx.itemsOf.get(def.number)?.length ?? 0)) {
    diagnostics.push(
      diagnostic("info", "indicator.incomplete", `indicator:${def.number}`, reported ? reported.cells : [], {
        number: def.number,
        codes: missing,
      }),
    );
  }
  if (reported && computed !== null && Math.abs(reported.value - computed) > tolerance) {
    const from = fx.itemsOf.get(def.number)!.flatMap((it) => itemByCode.get(it.code)?.cells ?? []);
    diagnostics.push(
      diagnostic(
        def.methodVerified && !decided(`indicator:${def.number}`) ? "warning" : "info",
        "indicator.mismatch",
        `indicator:${def.number}`,
        [...reported.cells, ...from],
        {
          number: def.number,
          reported: reported.value,
          computed: cutTo(computed, framework.decimals),
          verified: def.methodVerified ? "yes" : "no",
        },
      ),
    );
  }
  const value = reported ? reported.value : computed;
  const previous = parsed.previous.get(def.number)?.value ?? null;
  return {
    number: def.number,
    tool: def.tool,
    reported: reported ? reported.value : null,
    computed: computed === null ? null : cutTo(computed, framework.decimals),
    value,
    low: value === null ? null : isBelow(value, threshold),
    cells: reported ? reported.cells : [],
    previous,
    change: changeOf(value, previous, framework.decimals),
    history: historyOf(parsed, def.number),
  };
}

/** A tool: as reported, as the mean of its indicators, and the disagreement said. */
function toolResult(
  { parsed, framework, fx, threshold, tolerance, decided, diagnostics }: Level,
  def: ToolDef,
  indicatorByNumber: Map<number, IndicatorResult>,
): ToolResult {
  const reported = parsed.tools.get(def.id) ?? null;
  const own = fx.indicatorsOf.get(def.id)!.map((d) => indicatorByNumber.get(d.number)!);
  const computed = own.every((i) => i.value !== null) ? mean(own.map((i) => i.value!)) : null;
  if (reported && computed !== null && Math.abs(reported.value - computed) > tolerance) {
    diagnostics.push(
      diagnostic(
        decided(`tool:${def.id}`) ? "info" : "warning",
        "tool.mismatch",
        `tool:${def.id}`,
        [...reported.cells, ...own.flatMap((i) => i.cells)],
        {
          tool: def.id,
          reported: cutTo(reported.value, framework.decimals),
          computed: cutTo(computed, framework.decimals),
        },
      ),
    );
  }
  const value = reported ? reported.value : computed;
  return {
    tool: def.id,
    reported: reported ? reported.value : null,
    computed: computed === null ? null : cutTo(computed, framework.decimals),
    value,
    low: value === null ? null : isBelow(value, threshold),
    fromPoints: reported ? reported.fromPoints : false,
    cells: reported ? reported.cells : [],
    history: historyOf(parsed, def.id),
  };
}

/** The overall score: as reported, as the tools' weighted sum, its band and the change from last year. */
function overallResult(
  { parsed, framework, threshold, tolerance, decided, diagnostics }: Level,
  tools: ToolResult[],
): OverallResult {
  const overallReported = parsed.overall;
  const overallComputed = tools.every((t) => t.value !== null)
    ? framework.tools.reduce((s, def, i) => s + def.weight * tools[i].value!, 0)
    : null;
  if (overallReported && overallComputed !== null && Math.abs(overallReported.value - overallComputed) > tolerance) {
    diagnostics.push(
      diagnostic(
        decided("overall") ? "info" : "warning",
        "overall.mismatch",
        "overall",
        [...overallReported.cells, ...tools.flatMap((t) => t.cells)],
        {
          weights: framework.tools.map((t) => `${t.id} ${Math.round(t.weight * 100)}%`).join(", "),
          reported: overallReported.value,
          computed: cutTo(overallComputed, framework.decimals),
        },
      ),
    );
  }
  const overallValue = overallReported ? overallReported.value : overallComputed;
  const overallPrevious = parsed.previous.get("overall")?.value ?? null;
  return {
    reported: overallReported ? overallReported.value : null,
    computed: overallComputed === null ? null : cutTo(overallComputed, framework.decimals),
    value: overallValue,
    result:
      overallValue === null
        ? null
        : bandFor(
            framework,
            overallValue,
            tools.map((t) => t.value),
          ),
    passed: overallValue === null ? null : !isBelow(overallValue, threshold),
    cells: overallReported ? overallReported.cells : [],
    previous: overallPrevious,
    change: changeOf(overallValue, overallPrevious, framework.decimals),
    history: historyOf(parsed, "overall"),
  };
}

function analyseIssue(
  issue: IssueDef,
  fx: FrameworkIndex,
  items: Map<string, ItemResult>,
  indicators: Map<number, IndicatorResult>,
): IssueResult {
  const found = issue.items.filter((c) => items.has(c));
  const lowItems = found.filter((c) => items.get(c)!.low);
  const related = [...new Set(issue.items.map((c) => fx.item.get(c)!.indicator))];
  const scored = related.filter((n) => indicators.get(n)!.value !== null);
  const lowIndicators = scored.filter((n) => indicators.get(n)!.low);
  const perception = found.filter((c) => !fx.isDisclosure(c) && items.get(c)!.min !== null);
  const pool = perception.length ? perception : found.filter((c) => items.get(c)!.min !== null);
  const lowestCode = pool.length ? pool.reduce((a, b) => (items.get(b)!.min! < items.get(a)!.min! ? b : a)) : null;
  // The issue's weakest indicator is where its own lowest item is — as the seed reads it — not an
  // indicator dragged down by items of other issues. Without item scores: the lowest indicator.
  const lowestIndicatorNumber =
    lowestCode !== null
      ? fx.item.get(lowestCode)!.indicator
      : scored.length
        ? scored.reduce((a, b) => (indicators.get(b)!.value! < indicators.get(a)!.value! ? b : a))
        : null;

  const oitGaps = found
    .filter((c) => fx.isDisclosure(c))
    .map((c) => ({ code: c, value: items.get(c)!.min! }))
    .filter((g) => fx.toolOf(g.code).gapValues.includes(g.value));

  // The low items call for action; so does a low indicator none of whose items was read — any of
  // its items may be the cause — whether or not other indicators' items were.
  const read = new Set([...items.keys()].map((c) => fx.item.get(c)!.indicator));
  const unreadLow = (c: string) => {
    const n = fx.item.get(c)!.indicator;
    return lowIndicators.includes(n) && !read.has(n);
  };
  const suspect = new Set([...lowItems, ...issue.items.filter(unreadLow)]);
  const needsAction = suspect.size > 0;
  const chosen = (x: { whenLow: string[] }) =>
    x.whenLow.length === 0 || [...suspect].some((code) => x.whenLow.some((sel) => fx.selects(sel, code)));
  const triggered = <T extends { whenLow: string[] }>(xs: T[]) => (needsAction ? xs.filter(chosen) : []);

  return {
    issue,
    items: found,
    lowItems,
    indicators: related,
    lowIndicators,
    lowestIndicator:
      lowestIndicatorNumber === null
        ? null
        : { number: lowestIndicatorNumber, value: indicators.get(lowestIndicatorNumber)!.value },
    lowestItem: lowestCode === null ? null : { code: lowestCode, value: items.get(lowestCode)!.min! },
    oitGaps,
    recommendations: triggered(issue.recommendations),
    measures: triggered(issue.measures),
    needsAction,
    suspect: [...suspect],
  };
}
