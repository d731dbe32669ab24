/**
 * A plan's sheets under other names — Excel writes new sheets under temporary names before it swaps
 * them for the old ones — with every reference to them renamed too: in formulas and in drop-downs'
 * sources. Excel itself renames those references when the sheets take their final names.
 */
import { formulaSheetName } from "../read/grid";
import type { SheetPlan } from "./model";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A formula with its references to the sheets in `names` ("'หน่วยงาน'!$B$5", "Units!A1") renamed;
 * text inside string literals ("…") is left as it is, and so is a longer name that ends like one.
 */
export function renameInFormula(formula: string, names: ReadonlyMap<string, string>): string {
  if (!names.size) return formula;
  const refs = [...names].map(([from, to]) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{N}_.'])${escapeRegExp(formulaSheetName(from))}!`, "gu"),
    to: `${formulaSheetName(to)}!`,
  }));
  // Odd pieces lie inside a string literal ("" inside one splits it in two, both still literal).
  return formula
    .split('"')
    .map((piece, i) => (i % 2 ? piece : refs.reduce((p, r) => p.replace(r.pattern, () => r.to), piece)))
    .join('"');
}

/** The sheets under their new names (`names`: old → new), their tables under theirs (`tables`). */
export function renameSheets(
  sheets: SheetPlan[],
  names: ReadonlyMap<string, string>,
  tables: ReadonlyMap<string, string> = new Map(),
): SheetPlan[] {
  return sheets.map((sheet) => ({
    ...sheet,
    name: names.get(sheet.name) ?? sheet.name,
    cells: sheet.cells.map((c) =>
      "formula" in c.content
        ? { ...c, content: { ...c.content, formula: renameInFormula(c.content.formula, names) } }
        : c,
    ),
    validations: sheet.validations.map((v) => (v.literal ? v : { ...v, source: renameInFormula(v.source, names) })),
    tables: sheet.tables.map((t) => ({ ...t, name: tables.get(t.name) ?? t.name })),
  }));
}
