/**
 * The plan's measures as the analysis calls for them: one per need, however many issues need it —
 * publishing the missing website items, say, is one measure, its issues listed together and its
 * items gathered. The plan (Part 3) writes them in this order; the gains (`gain.ts`) count what
 * each answers.
 */
import { FrameworkIndex } from "../framework";
import { MeasureDef, Trigger } from "../framework/types";
import type { IssueResult } from "./analyse";

export interface PlannedMeasure {
  def: MeasureDef;
  /** The issues that call for it, in order. */
  issues: number[];
  /** The items its selectors choose among those calling for action, over its issues, each once ("{items}" in its steps). */
  items: string[];
  /**
   * The items whose scores it is meant to raise: those its selectors choose; for a measure without
   * selectors (it answers its issue as a whole), its issues' items calling for action that no other
   * measure of the same issue selects.
   */
  answers: string[];
}

const unique = (xs: string[]) => [...new Set(xs)];

/** The items of an issue that a measure's selectors choose among those calling for action. */
function chosenItems(fx: FrameworkIndex, r: IssueResult, m: Trigger): string[] {
  return r.suspect.filter((code) => m.whenLow.some((sel) => fx.selects(sel, code)));
}

/** The measures the issues call for, each once (by its Thai title), in the order the issues first call for them. */
export function plannedMeasures(issues: IssueResult[], fx: FrameworkIndex): PlannedMeasure[] {
  const byTitle = new Map<string, { def: MeasureDef; issues: IssueResult[] }>();
  for (const r of issues) {
    for (const m of r.measures) {
      const entry = byTitle.get(m.title.th);
      if (entry) entry.issues.push(r);
      else byTitle.set(m.title.th, { def: m, issues: [r] });
    }
  }
  return [...byTitle.values()].map(({ def, issues: rs }) => {
    const items = unique(rs.flatMap((r) => chosenItems(fx, r, def)));
    const unselected = (r: IssueResult) =>
      r.suspect.filter(
        (code) =>
          !r.measures.some((o) => o.title.th !== def.title.th && o.whenLow.some((sel) => fx.selects(sel, code))),
      );
    return {
      def,
      issues: rs.map((r) => r.issue.number),
      items,
      answers: def.whenLow.length ? items : unique(rs.flatMap(unselected)),
    };
  });
}
