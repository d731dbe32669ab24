/** Gathers what the scanners find, merging equal copies and reporting unequal ones. */
import { Diagnostic, diagnostic } from "../i18n/diagnostics";
import { Framework, ToolId } from "../framework/types";
import { roundTo } from "../text/scores";
import {
  HistoryKey,
  ItemScores,
  ParsedItem,
  ParsedScores,
  ParsedTool,
  ParsedValue,
  ScoreCell,
  YearValue,
  isDual,
} from "./types";

/** Below this a tool's score read as a percent is implausible (the lowest band, E, starts at 50). */
const PLAUSIBLE_PERCENT = 50;
/** Tolerance for "equal" between two copies of a published score. */
const SAME = 1e-6;

/** Gathers what the scanners find, merging equal copies and reporting unequal ones. */
export class Collector {
  readonly items = new Map<string, ParsedItem>();
  readonly indicators = new Map<number, ParsedValue>();
  readonly tools = new Map<ToolId, ParsedTool & { pointsLabel: boolean }>();
  overall: ParsedValue | null = null;
  /** Last year's scores: indicator number or "overall" → value. Never highlighted. */
  readonly previous = new Map<number | "overall", ParsedValue>();
  /** Earlier years' scores whose year is known: key → year → value. */
  readonly history = new Map<HistoryKey, Map<number, ParsedValue>>();
  readonly scoreCells: ScoreCell[] = [];
  readonly sheets: string[] = [];
  readonly quietSheets: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Notes on how a cell was read (a formula worked out, a decimal comma), kept for the cells used. */
  readonly notes = new Map<string, Diagnostic>();
  droppedItemTables = 0;

  constructor(private readonly framework: Framework) {}

  addItem(code: string, scores: ItemScores, cells: ScoreCell[]): void {
    this.scoreCells.push(...cells);
    const refs = cells.map((c) => c.ref);
    const prev = this.items.get(code);
    if (!prev) {
      this.items.set(code, { code, scores, cells: refs });
      return;
    }
    const conflict = conflictBetween(prev.scores, scores);
    if (conflict) {
      this.diagnostics.push(
        diagnostic("warning", "item.conflict", `item:${code}`, [prev.cells[0], refs[0]], {
          code,
          first: conflict[0],
          second: conflict[1],
        }),
      );
      return;
    }
    if (isDual(prev.scores) && isDual(scores)) {
      prev.scores = { public: prev.scores.public ?? scores.public, survey: prev.scores.survey ?? scores.survey };
    }
    prev.cells.push(...refs);
  }

  addPrevious(key: number | "overall", cell: ScoreCell): void {
    const prev = this.previous.get(key);
    if (!prev) this.previous.set(key, { value: cell.value, cells: [cell.ref] });
    else if (Math.abs(prev.value - cell.value) > SAME) {
      this.diagnostics.push(
        diagnostic(
          "warning",
          "previous.conflict",
          key === "overall" ? "overall" : `indicator:${key}`,
          [prev.cells[0], cell.ref],
          { first: prev.value, second: cell.value },
        ),
      );
    } else prev.cells.push(cell.ref);
  }

  /**
   * An earlier year's score. With its year known it joins the history, and the latest earlier year
   * becomes last year's (`finish`); without one ("ปีที่ผ่านมา") it is last year's. A tool's earlier
   * score is kept in the history only.
   */
  addEarlier(key: HistoryKey, year: number | null, cell: ScoreCell): void {
    if (year === null) {
      if (typeof key === "number" || key === "overall") this.addPrevious(key, cell);
      return;
    }
    let years = this.history.get(key);
    if (!years) this.history.set(key, (years = new Map<number, ParsedValue>()));
    const seen = years.get(year);
    if (!seen) years.set(year, { value: cell.value, cells: [cell.ref] });
    else if (Math.abs(seen.value - cell.value) > SAME) {
      this.diagnostics.push(
        diagnostic("warning", "previous.conflict", historySubject(key), [seen.cells[0], cell.ref], {
          first: seen.value,
          second: cell.value,
        }),
      );
    } else seen.cells.push(cell.ref);
  }

  /** Last year's indicator and overall scores: the latest earlier year of each history. */
  private previousFromHistory(): void {
    for (const [key, years] of this.history) {
      if (typeof key !== "number" && key !== "overall") continue;
      const latest = Math.max(...years.keys());
      const v = years.get(latest)!;
      const prev = this.previous.get(key);
      if (!prev) this.previous.set(key, { value: v.value, cells: [...v.cells] });
      else if (Math.abs(prev.value - v.value) > SAME) {
        this.diagnostics.push(
          diagnostic("warning", "previous.conflict", historySubject(key), [prev.cells[0], v.cells[0]], {
            first: prev.value,
            second: v.value,
          }),
        );
      } else prev.cells.push(...v.cells);
    }
  }

  addIndicator(number: number, cell: ScoreCell): void {
    this.addValue(this.indicators, number, cell, `indicator:${number}`, "indicator.conflict");
  }

  addTool(tool: ToolId, cell: ScoreCell, pointsLabel: boolean): void {
    const prev = this.tools.get(tool);
    if (!prev) {
      this.scoreCells.push(cell);
      this.tools.set(tool, { value: cell.value, cells: [cell.ref], fromPoints: false, pointsLabel });
      return;
    }
    this.addValue(this.tools, tool, cell, `tool:${tool}`, "tool.conflict");
  }

  addOverall(cell: ScoreCell): void {
    this.scoreCells.push(cell);
    if (!this.overall) this.overall = { value: cell.value, cells: [cell.ref] };
    else if (Math.abs(this.overall.value - cell.value) > SAME) {
      this.diagnostics.push(
        diagnostic("warning", "overall.conflict", "overall", [this.overall.cells[0], cell.ref], {
          first: this.overall.value,
          second: cell.value,
        }),
      );
    } else this.overall.cells.push(cell.ref);
  }

  private addValue<K>(
    map: Map<K, ParsedValue>,
    key: K,
    cell: ScoreCell,
    subject: string,
    code: "indicator.conflict" | "tool.conflict",
  ): void {
    this.scoreCells.push(cell);
    const prev = map.get(key);
    if (!prev) map.set(key, { value: cell.value, cells: [cell.ref] });
    else if (Math.abs(prev.value - cell.value) > SAME) {
      this.diagnostics.push(
        diagnostic("warning", code, subject, [prev.cells[0], cell.ref], { first: prev.value, second: cell.value }),
      );
    } else prev.cells.push(cell.ref);
  }

  /**
   * Tool scores given as weighted points (IIT out of 30, EIT 30, OIT 40) become percent: when
   * their label says so, or when the three add up to the overall score.
   */
  finish(): void {
    this.convertPoints();
    this.noteFractions();
    this.previousFromHistory();
  }

  /**
   * A score column whose numbers all lie between 0 and 1 with no percent format (and not all 0 or
   * 1) is most likely percents stored as fractions: said, with both readings, since the numbers are
   * valid scores as they stand.
   */
  private noteFractions(): void {
    const byColumn = new Map<string, ScoreCell[]>();
    for (const c of this.scoreCells) {
      const key = `${c.sheet}\u0000${c.col}`;
      let cells = byColumn.get(key);
      if (!cells) byColumn.set(key, (cells = []));
      cells.push(c);
    }
    for (const cells of byColumn.values()) {
      const fractions =
        cells.every((c) => c.factor === 1 && c.value <= 1) && cells.some((c) => !Number.isInteger(c.value));
      if (cells.length < 3 || !fractions) continue;
      const example = cells.find((c) => !Number.isInteger(c.value))!.value;
      this.diagnostics.push(
        diagnostic("warning", "scores.fractions", null, [cells[0].ref], {
          count: cells.length,
          example,
          asPercent: roundTo(example * 100, 4),
        }),
      );
    }
  }

  /** Tool totals given as weighted points become percents, with a note; an unclear one is warned of. */
  private convertPoints(): void {
    const tools = this.framework.tools;
    const given = tools.map((def) => ({ def, t: this.tools.get(def.id) })).filter((g) => g.t !== undefined);
    const fits = (g: (typeof given)[number]) => g.t!.value <= g.def.weight * 100 + SAME;
    const addsUp =
      this.overall !== null &&
      given.length === tools.length &&
      given.every(fits) &&
      Math.abs(given.reduce((s, g) => s + g.t!.value, 0) - this.overall.value) <= 0.01 * tools.length;
    // Unlabelled, every tool given within its points' range and none a plausible percent: points.
    const implausible = given.length > 0 && given.every((g) => fits(g) && g.t!.value < PLAUSIBLE_PERCENT);
    for (const g of given) {
      const { def } = g;
      const t = g.t!;
      if (!fits(g)) continue;
      const why = t.pointsLabel ? "label" : addsUp ? "overall" : implausible ? "range" : null;
      if (!why) {
        // Within the points' range, but so is a low percent: both readings, and the percent kept.
        this.diagnostics.push(
          diagnostic("warning", "tool.pointsAmbiguous", `tool:${def.id}`, t.cells, {
            tool: def.id,
            value: t.value,
            max: def.weight * 100,
            asPoints: roundTo(t.value / def.weight, 2),
          }),
        );
        continue;
      }
      const points = t.value;
      t.fromPoints = true;
      t.value = roundTo(points / def.weight, 6);
      for (const c of this.scoreCells) {
        if (c.subject.kind !== "tool" || c.subject.tool !== def.id) continue;
        c.value = t.value;
        c.factor /= def.weight;
      }
      this.diagnostics.push(
        diagnostic("info", "tool.points", `tool:${def.id}`, t.cells, {
          tool: def.id,
          points,
          max: def.weight * 100,
          value: t.value,
          why,
        }),
      );
    }
  }

  result(): ParsedScores {
    const tools = new Map<ToolId, ParsedTool>();
    for (const [k, t] of this.tools) tools.set(k, { value: t.value, cells: t.cells, fromPoints: t.fromPoints });
    const used = new Set(this.scoreCells.map((c) => c.ref));
    for (const [ref, d] of this.notes) if (used.has(ref)) this.diagnostics.push(d);
    return {
      frameworkId: this.framework.id,
      items: this.items,
      indicators: this.indicators,
      tools,
      overall: this.overall,
      previous: this.previous,
      history: new Map(
        [...this.history].map(([key, years]): [HistoryKey, YearValue[]] => [
          key,
          [...years].sort(([a], [b]) => a - b).map(([year, v]) => ({ year, ...v })),
        ]),
      ),
      scoreCells: this.scoreCells,
      sheets: this.sheets,
      quietSheets: this.quietSheets,
      diagnostics: this.diagnostics,
    };
  }
}

function historySubject(key: HistoryKey): string {
  return typeof key === "number" ? `indicator:${key}` : key === "overall" ? "overall" : `tool:${key}`;
}

/** The first differing pair of scores between two copies of an item, or null when they agree. */
function conflictBetween(a: ItemScores, b: ItemScores): [number, number] | null {
  if (isDual(a) && isDual(b)) {
    if (a.public !== null && b.public !== null && Math.abs(a.public - b.public) > SAME) return [a.public, b.public];
    if (a.survey !== null && b.survey !== null && Math.abs(a.survey - b.survey) > SAME) return [a.survey, b.survey];
    return null;
  }
  const av = isDual(a) ? (a.public ?? a.survey) : a.value;
  const bv = isDual(b) ? (b.public ?? b.survey) : b.value;
  if (av === null || bv === null) return null;
  return Math.abs(av - bv) > SAME ? [av, bv] : null;
}
