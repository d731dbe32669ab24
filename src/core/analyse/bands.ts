/** Result bands: the one a score earns, and the one above it. The bands themselves are the framework's data. */
import { BandDef, Framework } from "../framework/types";

/** What a band asks: an overall score and, for some, a score every tool reaches (a framework's bands, or a summary's). */
export interface BandRule {
  min: number;
  toolMin?: number | null;
}

/** The bands in the order they are tried: highest minimum first, a band that asks more of the tools first. */
function ordered<B extends BandRule>(bands: B[]): B[] {
  return [...bands].sort((a, b) => b.min - a.min || (b.toolMin ?? 0) - (a.toolMin ?? 0));
}

/**
 * The result band of an overall score: the highest whose minimum it reaches and, for a band that
 * asks it, whose minimum every tool reaches too (a tool with no score cannot prove it).
 */
export function bandFor(framework: Framework, value: number, toolValues: Array<number | null>): BandDef | null {
  return bandAmong(framework.bands, value, toolValues);
}

/** `bandFor` among any bands that say what they ask (a summary's, in the pane). */
export function bandAmong<B extends BandRule>(bands: B[], value: number, toolValues: Array<number | null>): B | null {
  const toolsReach = (min: number) => toolValues.every((v) => v !== null && v >= min);
  return ordered(bands).find((b) => value >= b.min && (b.toolMin == null || toolsReach(b.toolMin))) ?? null;
}

/** The band above the one a score earns (ผ่าน → ผ่านดี: every tool at 85 too), or null at the top. */
export function nextBand(framework: Framework, value: number, toolValues: Array<number | null>): BandDef | null {
  return bandAbove(framework.bands, value, toolValues);
}

/** `nextBand` among any bands that say what they ask. */
export function bandAbove<B extends BandRule>(bands: B[], value: number, toolValues: Array<number | null>): B | null {
  const sorted = ordered(bands);
  const current = bandAmong(bands, value, toolValues);
  const at = current ? sorted.indexOf(current) : sorted.length;
  return at > 0 ? sorted[at - 1] : null;
}
