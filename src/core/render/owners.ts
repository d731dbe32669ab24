/**
 * Who owns each measure: the units sheet's unit for each of its roles, unless the analyst picked or
 * typed another owner in the plan last time. The plan writes it as a formula over the units sheet;
 * the document writes its text.
 */
import { absoluteRef } from "../read/grid";
import { MeasureContent } from "./content/plan";
import { CellContent } from "./model";
import { Framework } from "../framework/types";
import { UnitAssignment } from "../previousRun/edits";
import { TextStyle } from "../text/format";
import { UNIT_COLUMN, UnitsLayout, unitsLayout } from "./unitsSheet";

export interface OwnerOptions {
  previousOwners: Map<string, string>;
  /**
   * Role → unit name as an earlier run may have shown it (the units sheet's names, the
   * placeholders): an owner equal to one of these was not chosen by the analyst.
   */
  defaultNames: Array<Map<string, string>>;
}

/** What tells an analyst's owner from a default one: the last run's owners and the names it may have shown. */
export function ownerOptions(
  framework: Framework,
  previous: { owners?: Map<string, string>; units?: UnitAssignment[] },
  ts: TextStyle,
): OwnerOptions {
  const names = (units: UnitAssignment[]) => unitsLayout(framework, "", units, ts).nameOfRole;
  return {
    previousOwners: previous.owners ?? new Map<string, string>(),
    defaultNames: [names(previous.units ?? []), names([])],
  };
}

/** The owner follows the units sheet, unless the analyst picked or typed another one last time. */
export function ownerCell(m: MeasureContent, options: OwnerOptions, units: UnitsLayout): CellContent {
  const formula = ownerFormula(m.owners, units);
  const previous = options.previousOwners.get(m.key);
  const defaults = options.defaultNames.map((names) =>
    m.owners
      .filter((o) => names.has(o))
      .map((o) => names.get(o))
      .join(" / "),
  );
  const kept =
    previous !== undefined && !defaults.includes(previous) && !("result" in formula && formula.result === previous);
  return kept ? { text: previous } : formula;
}

/** The owners as a formula over the units sheet, so renaming a unit there renames it here. */
function ownerFormula(roles: string[], units: UnitsLayout): CellContent {
  const refs = roles.filter((r) => units.rowOfRole.has(r));
  const formula =
    "=" + refs.map((r) => absoluteRef(units.sheetName, units.rowOfRole.get(r)!, UNIT_COLUMN)).join(`&" / "&`);
  const result = refs.map((r) => units.nameOfRole.get(r)!).join(" / ");
  return refs.length ? { formula, result } : { text: "" };
}

/** The text an owner cell shows. */
