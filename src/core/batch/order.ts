/** A batch's agencies in the order they are shown, and counted: small, for the page's view too. */
import type { AgencyRow } from "./rollup";

/** Highest overall first (a stable sort: ties keep their order; no score last). */
export const byOverall = (rows: AgencyRow[]): AgencyRow[] =>
  [...rows].sort((x, y) => (y.overall.value ?? -1) - (x.overall.value ?? -1));

/** How many agencies scored below the target overall. */
export const belowTarget = (rows: Array<Pick<AgencyRow, "passed">>): number =>
  rows.filter((r) => r.passed === false).length;
