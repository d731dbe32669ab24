/** Result bands: the one a score earns, and the one above it. The bands themselves are the framework's data. */
import { BandDef, Framework } from "../framework/types";

/** The bands in the order they are tried: highest minimum first, a band that asks more of the tools first. */
function ordered(framework: Framework): BandDef[] {
  return [...framework.bands].sort((a, b) => b.min - a.min || (b.toolMin ?? 0) - (a.toolMin ?? 0));
}

/**
 * The result band of an overall score: the highest whose minimum it reaches and, for a band that
 * asks it, whose minimum every tool reaches too (a tool with no score cannot prove it).
 */
export function bandFor(framework: Framework, value: number, toolValues: Array<number | null>): BandDef | null {
  const toolsReach = (min: number) => toolValues.every((v) => v !== null && v >= min);
  return ordered(framework).find((b) => value >= b.min && (b.toolMin === undefined || toolsReach(b.toolMin))) ?? null;
}

/** The band above the one a score earns (ผ่าน → ผ่านดี: every tool at 85 too), or null at the top. */
export function nextBand(framework: Framework, value: number, toolValues: Array<number | null>): BandDef | null {
  const bands = ordered(framework);
  const current = bandFor(framework, value, toolValues);
  const at = current ? bands.indexOf(current) : bands.length;
  return at > 0 ? bands[at - 1] : null;
}
