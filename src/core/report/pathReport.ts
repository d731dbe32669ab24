/**
 * The path to the target as the JSON report gives it (`pathToTarget`): the gap, the band above, the
 * fewest measures (by their numbers in the plan) and items that close it, what they add, whether it
 * is enough, and the sentence in both languages. Points are rounded to 4 decimals: data, not display.
 */
import type { Analysis } from "../analyse/analyse";
import type { GainUnit, PathToGoal } from "../analyse/gain";
import { pathSentence } from "../render/content/path";
import { roundTo } from "../text/scores";

/** Points as the report gives them: 4 decimals, enough to add up and no floating-point noise. */
export const points = (v: number) => roundTo(v, 4);

export interface JsonPathItem {
  /** The item's code, or "indicator:4" for an indicator read without items. */
  item: string;
  /** "public" or "survey" for a tool scored twice (EIT), else null. */
  channel: "public" | "survey" | null;
  from: number;
  to: number;
  /** Points the overall gains. */
  gain: number;
}

export interface JsonPath {
  /** The overall score to reach, and what every tool must reach too (null: no condition on the tools). */
  overall: number;
  toolMin: number | null;
  /** Points still missing overall (0 once reached), from the overall as shown; null without an overall score. */
  gap: number | null;
  /** Tools below `toolMin` and the points each misses (null: no score). */
  toolGaps: Array<{ tool: string; gap: number | null }>;
  reached: boolean;
  /** The measures close the gap (true once reached); false when no set does, or the gap is unknown. */
  suffices: boolean;
  /** The fewest measures that close it, by their numbers in the plan (all that add anything when none suffices). */
  measures: number[];
  /** What those measures add together, each item once. */
  gain: number;
  /** The fewest of their items that close it, largest first (all their items when they cannot), and what they add. */
  items: JsonPathItem[];
  itemsGain: number;
  /** "exact": every set of measures tried, smallest first; "greedy": by points (more than 16 measures). */
  search: "exact" | "greedy";
  /** False when a weight it rests on comes from an inferred grouping or a framework read from the workbook. */
  verified: boolean;
}

export interface JsonPathToTarget extends JsonPath {
  /** The band above the one earned (ผ่าน → ผ่านดี), the same way; null at the top or without an overall score. */
  nextBand: (JsonPath & { band: string }) | null;
  /** The path in a sentence, as Part 1 of the document gives it; null without an overall score. */
  sentence: { th: string; en: string } | null;
}

const itemOf = (u: GainUnit): JsonPathItem => ({
  item: u.code ?? u.key,
  channel: u.channel,
  from: u.from,
  to: u.to,
  gain: points(u.gain),
});

function pathOf(p: PathToGoal): JsonPath {
  return {
    overall: p.overall,
    toolMin: p.toolMin,
    gap: p.gap === null ? null : points(p.gap),
    toolGaps: p.toolGaps.map((t) => ({ tool: t.tool, gap: t.gap === null ? null : points(t.gap) })),
    reached: p.reached,
    suffices: p.suffices,
    measures: p.measures.map((i) => i + 1),
    gain: points(p.gain),
    items: p.units.map(itemOf),
    itemsGain: points(p.unitsGain),
    search: p.search,
    verified: p.verified,
  };
}

export function pathReport(a: Analysis, lang: "th" | "en"): JsonPathToTarget {
  const { target, nextBand } = a.gains;
  const th = pathSentence(a, { lang: "th", thaiDigits: false });
  const en = pathSentence(a, { lang: "en", thaiDigits: false });
  return {
    ...pathOf(target),
    nextBand: nextBand ? { band: nextBand.band![lang], ...pathOf(nextBand) } : null,
    sentence: th === null || en === null ? null : { th, en },
  };
}
