import { describe } from "../../i18n/messages";
import { Content } from "./context";

/** Diagnostics that compare a reported score with the one computed from the level below. */
const CHECKS = new Set(["indicator.mismatch", "tool.mismatch", "overall.mismatch", "indicator.incomplete"]);

/** Every disagreement between reported and recomputed scores, with both numbers and the cells. */
export function consistencyChecks(c: Content): string[] {
  return c.a.diagnostics.filter((d) => CHECKS.has(d.code)).map((d) => describe(d, c.ts.lang));
}
