import { Framework } from "../framework/types";
import { UnitAssignment } from "../previousRun/edits";
import { UNITS_TABLE, columnOf, headers, widths } from "../previousRun/layouts";
import { absoluteRef } from "../read/grid";
import { TextStyle } from "../text/format";
import { SheetPlan, Style } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "../i18n/sheetText";

export type { UnitAssignment };

const COLUMNS = widths(UNITS_TABLE);
/** The column the analyst types unit names into. */
export const UNIT_COLUMN = columnOf(UNITS_TABLE, "unit");
const EXTRA_ROWS = 15;
const FIRST_ROW = 4;

/** Where each role's unit name sits, for the plan's owner formulas and drop-down. */
export interface UnitsLayout {
  sheetName: string;
  /** Role id → zero-based row of its unit name (column B). */
  rowOfRole: Map<string, number>;
  /** Current text of each role's unit name, for formula results. */
  nameOfRole: Map<string, string>;
  /** "='หน่วยงาน'!$B$5:$B$28" */
  listSource: string;
}

export function unitsLayout(
  framework: Framework,
  sheetName: string,
  units: UnitAssignment[],
  ts: TextStyle,
): UnitsLayout {
  const rowOfRole = new Map<string, number>();
  const nameOfRole = new Map<string, string>();
  framework.roles.forEach((role, i) => {
    rowOfRole.set(role.id, FIRST_ROW + i);
    const assigned = units.find((u) => u.role === role.id);
    nameOfRole.set(role.id, assigned ? assigned.name : role.placeholder[ts.lang]);
  });
  const extra = units.filter((u) => !u.role || !rowOfRole.has(u.role)).length;
  const last = FIRST_ROW + framework.roles.length + Math.max(EXTRA_ROWS, extra) - 1;
  return {
    sheetName,
    rowOfRole,
    nameOfRole,
    listSource: `=${absoluteRef(sheetName, FIRST_ROW, UNIT_COLUMN, last, UNIT_COLUMN)}`,
  };
}

/** The units sheet: one row per owner role, where the analyst types the agency's own units. */
export function unitsSheet(
  framework: Framework,
  layout: UnitsLayout,
  units: UnitAssignment[],
  ts: TextStyle,
  styles: Record<string, Style>,
): SheetPlan {
  const T = SHEET_TEXT[ts.lang];
  const b = new SheetBuilder("units", layout.sheetName, COLUMNS, ts, styles);
  b.paragraph(T.unitsTitle, "title");
  b.paragraph(T.unitsNote, "note");
  b.blank();
  const top = b.headerRow(headers(UNITS_TABLE, ts.lang), "th");
  for (const role of framework.roles) {
    const row = b.row++;
    b.text(row, 0, role.name[ts.lang], "td");
    b.raw(row, 1, layout.nameOfRole.get(role.id)!, "input");
    b.text(row, 2, role.description[ts.lang], "td");
  }
  const extra = units.filter((u) => !u.role || !layout.rowOfRole.has(u.role));
  for (let i = 0; i < Math.max(EXTRA_ROWS, extra.length); i++) {
    const row = b.row++;
    b.text(row, 0, "", "td");
    b.raw(row, 1, extra[i]?.name ?? "", "input");
    b.text(row, 2, "", "td");
  }
  b.table({ name: "ITA_Units", top, left: 0, bottom: b.row - 1, right: 2, style: "TableStyleLight1" });
  return b.build({
    tabColor: "#BF8F00",
    freeze: { rows: top + 1, cols: 0 },
    print: { orientation: "landscape", repeatRows: [top, top], flex: 2 },
  });
}
