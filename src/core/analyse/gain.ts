/**
 * What raising a score is worth. The overall is linear in the item scores — each tool weighted,
 * each tool the mean of its indicators, each indicator its items' mean by its year's method (EIT:
 * the mean of its Public and Survey means; OIT: of its sub-indicators) — so raising one score by Δ
 * moves the overall by weight × Δ, the weight a product of the framework's own numbers
 * (`itemWeight`). From the scores the analysis decided on, this works out what each low item adds
 * when raised to the target (a website item: to full marks), what each measure of the plan adds
 * (each item counted once), and the fewest measures — and within them the fewest items — that
 * reach the target, and the band above the one earned.
 */
import { FrameworkIndex } from "../framework";
import { BandDef, IndicatorDef, ToolId } from "../framework/types";
import { isDual } from "../parse/types";
import { cutTo, isBelow } from "../text/scores";
import type { Analysis } from "./analyse";
import { nextBand } from "./bands";

/** One score that can be raised: an item's (one channel of a tool scored twice), or an indicator read without items. */
export interface GainUnit {
  /** "item:i15", "item:e9:public", "indicator:4". */
  key: string;
  kind: "item" | "indicator";
  /** The item's code; null for an indicator. */
  code: string | null;
  channel: "public" | "survey" | null;
  indicator: number;
  tool: ToolId;
  /** The score now (as the analysis decided it), and the score it is raised to: the target, or a scale's full marks. */
  from: number;
  to: number;
  /** Points of the overall per point of this score. */
  weight: number;
  /** Points the overall gains: weight × (to − from). */
  gain: number;
  /** Points the tool's own score gains. */
  toolGain: number;
  /** False when the weight rests on a grouping that is inferred, or on a framework read from the workbook. */
  verified: boolean;
}

/** A low item: the points it adds raised to the target (its channels together), and its units. */
export interface ItemGain {
  code: string;
  gain: number;
  units: string[];
}

/** A measure of the plan (in the order of `Analysis.measures`): the points its items add, each once. */
export interface MeasureGain {
  gain: number;
  units: string[];
  verified: boolean;
}

/** A way to the target or to a band: how far it is, and the fewest measures that close the gap. */
export interface PathToGoal {
  /** The band aimed at; null for the target itself (the analysis' threshold). */
  band: BandDef | null;
  /** The overall score to reach, and what every tool must reach as well (null: no condition on the tools). */
  overall: number;
  toolMin: number | null;
  /** Points the overall still misses (0 once reached), from the overall as shown; null without an overall score. */
  gap: number | null;
  /** The tools below `toolMin`, and the points each misses (null: the tool has no score). */
  toolGaps: Array<{ tool: ToolId; gap: number | null }>;
  reached: boolean;
  /** True when `measures` close the gap (true when reached); false when nothing can, or the gap is unknown. */
  suffices: boolean;
  /**
   * The fewest measures that close the gap, as indices into `Analysis.measures` in the plan's order
   * (of the fewest, those adding most); every measure that adds anything when none suffices.
   */
  measures: number[];
  /** What those measures add together, each item once. */
  gain: number;
  /** The fewest of their units that close the gap, the largest first; all their units when they cannot. */
  units: GainUnit[];
  unitsGain: number;
  /** "exact": every set of measures tried, smallest first; "greedy": by points, with more measures than that allows. */
  search: "exact" | "greedy";
  /** False when a unit it names rests on an inferred weight. */
  verified: boolean;
}

export interface Gains {
  /** Every score below the target that can be raised, with its weight and its points. */
  units: GainUnit[];
  /** Each low item. */
  items: ItemGain[];
  /** Each measure of the plan, in the order of `Analysis.measures`. */
  measures: MeasureGain[];
  /** Scores whose points cannot be worked out: a low item's channel without a score, a low indicator without one. */
  unknown: string[];
  /** The way to the target. */
  target: PathToGoal;
  /** The way to the band above the one earned (ผ่าน → ผ่านดี), or null at the top or without an overall score. */
  nextBand: PathToGoal | null;
}

/** What the gains are worked out from: the analysis' decided values and its plan. */
export type GainInput = Pick<
  Analysis,
  "framework" | "threshold" | "items" | "indicators" | "tools" | "overall" | "issues" | "measures"
>;

/** Sets of measures are all tried up to this many measures (2^16 sets); beyond, measures are taken by points. */
const EXACT_UP_TO = 16;

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Points of the overall per point of an indicator's score: its tool's weight over the tool's indicators. */
export function indicatorWeight(fx: FrameworkIndex, indicator: number): number {
  const tool = fx.tool.get(fx.indicator.get(indicator)!.tool)!;
  return tool.weight / fx.indicatorsOf.get(tool.id)!.length;
}

/** The share of an indicator's score one point of an item's carries, by the indicator's method. */
function shareInIndicator(fx: FrameworkIndex, def: IndicatorDef, code: string): number {
  const count = fx.itemsOf.get(def.number)!.length;
  switch (def.method) {
    case "mean":
      return 1 / count;
    case "dual-mean":
      return 1 / (2 * count);
    case "sub-indicators": {
      const subs = def.subIndicators ?? [];
      return sum(subs.filter((s) => s.items.includes(code)).map((s) => 1 / (subs.length * s.items.length)));
    }
  }
}

/**
 * Points of the overall per point of an item's score (per channel, for a tool scored twice), and
 * whether the grouping it rests on is confirmed.
 */
export function itemWeight(fx: FrameworkIndex, code: string): { weight: number; verified: boolean } {
  const def = fx.indicator.get(fx.item.get(code)!.indicator)!;
  return {
    weight: indicatorWeight(fx, def.number) * shareInIndicator(fx, def, code),
    verified: def.methodVerified && fx.framework.source !== "workbook",
  };
}

function unit(fx: FrameworkIndex, u: Omit<GainUnit, "gain" | "toolGain" | "tool"> & { tool?: ToolId }): GainUnit {
  const tool = fx.tool.get(u.tool ?? fx.indicator.get(u.indicator)!.tool)!;
  const gain = u.weight * (u.to - u.from);
  return { ...u, tool: tool.id, gain, toolGain: gain / tool.weight };
}

/** The low items' units (each channel below the target), and what could not be worked out. */
function itemUnits(fx: FrameworkIndex, a: GainInput, unknown: string[]): GainUnit[] {
  return a.items
    .filter((it) => it.low)
    .flatMap((it) => {
      const scale = fx.tool.get(it.tool)!.scale;
      const to = scale?.length ? Math.max(...scale) : a.threshold;
      const { weight, verified } = itemWeight(fx, it.code);
      const parts: Array<["public" | "survey" | null, number | null]> = isDual(it.scores)
        ? [
            ["public", it.scores.public],
            ["survey", it.scores.survey],
          ]
        : [[null, it.scores.value]];
      return parts.flatMap(([channel, from]) => {
        const key = channel ? `item:${it.code}:${channel}` : `item:${it.code}`;
        if (from === null) unknown.push(key);
        if (from === null || !isBelow(from, a.threshold) || to <= from) return [];
        return [
          unit(fx, { key, kind: "item", code: it.code, channel, indicator: it.indicator, from, to, weight, verified }),
        ];
      });
    });
}

/** Low indicators none of whose items was read: raised to the target as a whole. */
function indicatorUnits(fx: FrameworkIndex, a: GainInput, unknown: string[]): GainUnit[] {
  const read = new Set(a.items.map((i) => i.code));
  const unread = unique(
    a.issues.flatMap((r) => r.suspect.filter((c) => !read.has(c)).map((c) => fx.item.get(c)!.indicator)),
  );
  return unread.flatMap((n) => {
    const value = a.indicators.find((i) => i.number === n)?.value ?? null;
    if (value === null) unknown.push(`indicator:${n}`);
    if (value === null || !isBelow(value, a.threshold)) return [];
    const weight = indicatorWeight(fx, n);
    return [
      unit(fx, {
        key: `indicator:${n}`,
        kind: "indicator",
        code: null,
        channel: null,
        indicator: n,
        from: value,
        to: a.threshold,
        weight,
        verified: true,
      }),
    ];
  });
}

/** The overall and each tool as shown (cut), which the gaps are measured from. */
export interface Base {
  overall: number | null;
  tools: Array<{ tool: ToolId; value: number | null }>;
}

/** What to reach: an overall score, and (for a band that asks it) a score every tool must reach. */
export interface Goal {
  band: BandDef | null;
  overall: number;
  toolMin: number | null;
}

/** Do these units, raised, take the scores to the goal? */
function closes(goal: Goal, base: Base, units: GainUnit[]): boolean {
  if (base.overall === null || isBelow(base.overall + sum(units.map((u) => u.gain)), goal.overall)) return false;
  const toolMin = goal.toolMin;
  if (toolMin === null) return true;
  return base.tools.every(
    (t) =>
      t.value !== null &&
      !isBelow(t.value + sum(units.filter((u) => u.tool === t.tool).map((u) => u.toolGain)), toolMin),
  );
}

/** Every set of `k` of `xs`, in order. */
function* combinations(xs: number[], k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= xs.length - k; i++) for (const rest of combinations(xs, k - 1, i + 1)) yield [xs[i], ...rest];
}

/** Chooses sets of measures: what a set's units are, and whether they close the goal. */
class Chooser {
  constructor(
    private readonly measures: MeasureGain[],
    private readonly byKey: Map<string, GainUnit>,
    private readonly goal: Goal,
    private readonly base: Base,
  ) {}

  units(set: number[]): GainUnit[] {
    return unique(set.flatMap((i) => this.measures[i].units)).map((k) => this.byKey.get(k)!);
  }

  closes(set: number[]): boolean {
    return closes(this.goal, this.base, this.units(set));
  }

  gain(set: number[]): number {
    return sum(this.units(set).map((u) => u.gain));
  }

  /** The fewest that close the goal — of those, the one adding most — trying every set by size. */
  exact(candidates: number[]): number[] | null {
    if (!this.closes(candidates)) return null;
    for (let k = 1; k <= candidates.length; k++) {
      let best: number[] | null = null;
      for (const set of combinations(candidates, k))
        if (this.closes(set) && (best === null || this.gain(set) > this.gain(best))) best = set;
      if (best) return best;
    }
    return null;
  }

  /** The measure adding most to those taken, then the next, until the goal is reached. */
  greedy(candidates: number[]): number[] | null {
    if (!this.closes(candidates)) return null;
    const taken: number[] = [];
    while (!this.closes(taken)) {
      const rest = candidates.filter((i) => !taken.includes(i));
      taken.push(rest.reduce((a, b) => (this.gain([...taken, b]) > this.gain([...taken, a]) ? b : a)));
    }
    return taken.sort((a, b) => a - b);
  }
}

/**
 * The fewest units that close the goal: for each tool short of its minimum, its largest units until
 * it is not; then the largest of the rest until the overall is reached. Units add independently, so
 * taking each tool's largest first, then the largest overall, needs no more units than any other choice.
 */
function fewestUnits(goal: Goal, base: Base, units: GainUnit[]): GainUnit[] {
  const sorted = [...units].sort((a, b) => b.gain - a.gain);
  const taken: GainUnit[] = [];
  const toolMin = goal.toolMin;
  if (toolMin !== null)
    for (const t of base.tools) {
      const own = sorted.filter((u) => u.tool === t.tool);
      const reach = () =>
        t.value !== null &&
        !isBelow(t.value + sum(taken.filter((u) => u.tool === t.tool).map((u) => u.toolGain)), toolMin);
      for (const u of own) if (!reach()) taken.push(u);
    }
  for (const u of sorted) if (!closes(goal, base, taken) && !taken.includes(u)) taken.push(u);
  return sorted.filter((u) => taken.includes(u));
}

/** The way to a goal from these scores, with these measures (their units looked up in `byKey`). */
export function pathTo(goal: Goal, base: Base, measures: MeasureGain[], byKey: Map<string, GainUnit>): PathToGoal {
  const gap = base.overall === null ? null : Math.max(0, goal.overall - base.overall);
  const toolMin = goal.toolMin;
  const toolGaps =
    toolMin === null
      ? []
      : base.tools
          .filter((t) => t.value === null || isBelow(t.value, toolMin))
          .map((t) => ({ tool: t.tool, gap: t.value === null ? null : toolMin - t.value }));
  const chooser = new Chooser(measures, byKey, goal, base);
  const reached = closes(goal, base, []);
  const candidates = measures.map((_, i) => i).filter((i) => measures[i].units.length > 0);
  const search = candidates.length <= EXACT_UP_TO ? "exact" : "greedy";
  const chosen = reached ? [] : search === "exact" ? chooser.exact(candidates) : chooser.greedy(candidates);
  const set = chosen ?? (base.overall === null ? [] : candidates);
  const all = chooser.units(set);
  const units = chosen ? fewestUnits(goal, base, all) : [...all].sort((a, b) => b.gain - a.gain);
  return {
    band: goal.band,
    overall: goal.overall,
    toolMin,
    gap,
    toolGaps,
    reached,
    suffices: chosen !== null,
    measures: set,
    gain: sum(all.map((u) => u.gain)),
    units,
    unitsGain: sum(units.map((u) => u.gain)),
    search,
    verified: units.every((u) => u.verified),
  };
}

/** What a set of the plan's measures adds together (indices into `Analysis.measures`), each item once. */
export function gainOfMeasures(g: Gains, measures: number[]): number {
  const keys = new Set(measures.flatMap((i) => g.measures[i].units));
  return sum(g.units.filter((u) => keys.has(u.key)).map((u) => u.gain));
}

/** The gains of an analysis: per item, per measure, and the ways to the target and the next band. */
export function gainsOf(a: GainInput): Gains {
  const fx = new FrameworkIndex(a.framework);
  const unknown: string[] = [];
  const units = [...itemUnits(fx, a, unknown), ...indicatorUnits(fx, a, unknown)];
  const byKey = new Map(units.map((u) => [u.key, u]));
  const ofItem = (code: string) => units.filter((u) => u.code === code);
  const items = a.items
    .filter((it) => it.low)
    .map((it) => ({
      code: it.code,
      gain: sum(ofItem(it.code).map((u) => u.gain)),
      units: ofItem(it.code).map((u) => u.key),
    }));
  const read = new Set(a.items.map((i) => i.code));
  const measures = a.measures.map((m): MeasureGain => {
    const keys = unique(
      m.answers.flatMap((code) =>
        read.has(code) ? ofItem(code).map((u) => u.key) : [`indicator:${fx.item.get(code)!.indicator}`],
      ),
    ).filter((k) => byKey.has(k));
    const own = keys.map((k) => byKey.get(k)!);
    return { gain: sum(own.map((u) => u.gain)), units: keys, verified: own.every((u) => u.verified) };
  });
  const decimals = a.framework.decimals;
  const shown = (v: number | null) => (v === null ? null : cutTo(v, decimals));
  const base: Base = {
    overall: shown(a.overall.value),
    tools: a.tools.map((t) => ({ tool: t.tool, value: shown(t.value) })),
  };
  const target = pathTo({ band: null, overall: a.threshold, toolMin: null }, base, measures, byKey);
  const band =
    base.overall === null
      ? null
      : nextBand(
          a.framework,
          base.overall,
          base.tools.map((t) => t.value),
        );
  const nextBandPath = band
    ? pathTo({ band, overall: band.min, toolMin: band.toolMin ?? null }, base, measures, byKey)
    : null;
  return { units, items, measures, unknown, target, nextBand: nextBandPath };
}
