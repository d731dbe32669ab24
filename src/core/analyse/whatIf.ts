/**
 * What if: the overall a choice of measures (and of expected scores) would give, and the band it
 * would reach — worked out in the pane, live, from the path the summary carries (`PathSummary`):
 * plain, serializable data, the weights the analysis found (`gain.ts`), never a constant. The
 * overall is linear in the scores, so raising a score by Δ adds its weight × Δ to the overall and
 * weight × Δ / the tool's weight to its tool; each score counted once, whichever measures answer it.
 */
import { cutTo, isBelow } from "../text/scores";
import { bandAbove, bandAmong } from "./bands";

/** A score that can be raised (an item's, one channel of a tool scored twice, or an indicator read without items). */
export interface PathUnit {
  /** "item:o30", "item:e9:public", "indicator:4" (`GainUnit.key`). */
  key: string;
  kind: "item" | "indicator";
  /** The item's code; null for an indicator. */
  code: string | null;
  channel: "public" | "survey" | null;
  indicator: number;
  /** The item's wording, or the indicator's name, in the summary's language. */
  text: string;
  /** Its tool's id ("OIT"). */
  tool: string;
  /** The score now, and the score it is raised to by default (the target, or a scale's full marks). */
  from: number;
  to: number;
  /** Points of the overall per point of this score. */
  weight: number;
  /** Points the overall gains raised to `to`: weight × (to − from). */
  gain: number;
}

/** A measure of the plan with what it answers. */
export interface PathMeasure {
  /** Its number in the plan (Part 3), from 1. */
  number: number;
  title: string;
  /** The issues that call for it. */
  issues: number[];
  /** Points its units add together, each once. */
  gain: number;
  /** The keys of the units it answers (`PathSummary.units`). */
  units: string[];
}

/** A band as the framework defines it: the overall it needs and, for some, what every tool needs. */
export interface PathBand {
  name: string;
  min: number;
  toolMin: number | null;
  passed: boolean;
}

/** The path to the target (or, once it is met, to the band above), with what the pane needs to work choices out again. */
export interface PathSummary {
  /** The path in a sentence or two (`pathSentence`), in the summary's language. */
  sentence: string | null;
  /** Decimals scores are shown with (cut, never rounded). */
  decimals: number;
  threshold: number;
  /** The overall as shown (cut), which every gain is added to. */
  overall: number;
  /** The tools as shown, each with its weight in the overall. */
  tools: Array<{ id: string; name: string; weight: number; value: number | null }>;
  /** The framework's bands: what each needs. */
  bands: PathBand[];
  /** What the sentence aims at: the target (band null) or the band above the one earned. */
  goal: {
    band: string | null;
    overall: number;
    toolMin: number | null;
    /** Points the overall misses (0 once reached). */
    gap: number;
    reached: boolean;
    /** True when the measures named close the gap. */
    suffices: boolean;
    /** The fewest measures that close it (their numbers), and the fewest of their units (keys), the largest first. */
    measures: number[];
    units: string[];
    /** What those units add. */
    unitsGain: number;
  };
  /** Every score below the target that can be raised. */
  units: PathUnit[];
  /** Every measure of the plan, in its order. */
  measures: PathMeasure[];
  /** False when a weight rests on an inferred grouping, or on a framework read from the workbook. */
  verified: boolean;
}

/** What the analyst chooses: measures by number, and (optionally) the score expected of a unit, by its key or its item's code. */
export interface WhatIfChoice {
  measures: number[];
  items: Record<string, number>;
}

export interface WhatIfResult {
  /** The overall it would give, as worked out, and as shown (cut). */
  overall: number;
  shown: number;
  /** Points added (negative if an expected score is below the score now). */
  gain: number;
  /** Each tool: its score as it would be, and as shown. */
  tools: Array<{ id: string; value: number | null; shown: number | null }>;
  /** The band it would reach, from the shown scores. */
  band: PathBand | null;
  /** The overall (as shown) meets the target. */
  meetsTarget: boolean;
  /** The band above, and what it would still miss: overall points, and each tool short of its minimum. */
  next: { band: PathBand; gap: number; toolGaps: Array<{ tool: string; gap: number | null }> } | null;
  /** The units counted (each once), with the score each is taken to. */
  units: Array<{ key: string; to: number; gain: number }>;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** The score a unit is taken to: the expected one typed for it (its key first, then its item's code), else its default. */
function expected(u: PathUnit, items: Record<string, number>): number | null {
  const own = items[u.key] ?? (u.code === null ? undefined : items[u.code]);
  return own !== undefined && Number.isFinite(own) ? own : null;
}

/**
 * The overall and the band a choice would give: the units of the measures ticked and those with an
 * expected score (ticked or not), each once, each raised to its expected score or else its default.
 */
export function whatIf(path: PathSummary, choice: WhatIfChoice): WhatIfResult {
  const ticked = new Set(path.measures.filter((m) => choice.measures.includes(m.number)).flatMap((m) => m.units));
  const units = path.units.flatMap((u) => {
    const to = expected(u, choice.items);
    if (to === null && !ticked.has(u.key)) return [];
    const score = to ?? u.to;
    return [{ key: u.key, tool: u.tool, to: score, gain: u.weight * (score - u.from) }];
  });
  const gain = sum(units.map((u) => u.gain));
  const overall = path.overall + gain;
  const shown = cutTo(overall, path.decimals);
  const tools = path.tools.map((t) => {
    const value =
      t.value === null ? null : t.value + sum(units.filter((u) => u.tool === t.id).map((u) => u.gain)) / t.weight;
    return { id: t.id, value, shown: value === null ? null : cutTo(value, path.decimals) };
  });
  const toolValues = tools.map((t) => t.shown);
  const above = bandAbove(path.bands, shown, toolValues);
  const toolMin = above?.toolMin ?? null;
  return {
    overall,
    shown,
    gain,
    tools,
    band: bandAmong(path.bands, shown, toolValues),
    meetsTarget: !isBelow(shown, path.threshold),
    next: above && {
      band: above,
      gap: Math.max(0, above.min - shown),
      toolGaps:
        toolMin === null
          ? []
          : tools
              .filter((t) => t.shown === null || isBelow(t.shown, toolMin))
              .map((t) => ({ tool: t.id, gap: t.shown === null ? null : toolMin - t.shown })),
    },
    units: units.map(({ key, to, gain: g }) => ({ key, to, gain: g })),
  };
}
