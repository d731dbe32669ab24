import { Analysis } from "../analyse/analyse";
import { absoluteRef } from "../read/grid";
import { formatBeDate, fiscalYearRange } from "../text/thai";
import { TextStyle, digits } from "./format";
import { CellContent, SheetPlan } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "./sheetText";
import { UnitsLayout } from "./unitsSheet";
import { measureKey } from "../parse/previousRun";

const COLUMNS = [26, 34, 64, 22, 26];

export interface PlanOptions {
  fiscalYear: number;
  period: "template" | "year" | "firstHalf";
  previousOwners: Map<string, string>;
  /**
   * Role → unit name as an earlier run may have shown it (the units sheet's names, the
   * placeholders): an owner equal to one of these was not chosen by the analyst.
   */
  defaultNames: Array<Map<string, string>>;
}

export interface PlanResult {
  sheet: SheetPlan;
  /** Zero-based row of each measure, by measure key. */
  rows: Map<string, number>;
  /** What each measure's owner cell holds, by measure key. */
  owners: Map<string, CellContent>;
}

/** Part 3: one row per measure for every issue that has something below the target. */
export function planSheet(
  a: Analysis,
  name: string,
  options: PlanOptions,
  units: UnitsLayout,
  ts: TextStyle,
): PlanResult {
  const rows = new Map<string, number>();
  const owners = new Map<string, CellContent>();
  const { fiscalYear } = options;
  const T = SHEET_TEXT[ts.lang];
  const th = ts.lang === "th";
  const b = new SheetBuilder("plan", name, COLUMNS);
  b.paragraph(T.planTitle(digits(String(fiscalYear), ts)), "title");
  b.paragraph(T.planSubtitle, "subtitle");
  b.paragraph(T.planNote, "note");
  const top = b.headerRow(T.planHeader, "th");

  let number = 0;
  for (const r of a.issues) {
    for (const m of r.measures) {
      const row = b.row++;
      number++;
      const issue = `(${digits(String(r.issue.number), ts)}) ${th ? r.issue.th : r.issue.en}`;
      const measure = `${digits(String(number), ts)}. ${m.title[ts.lang]}`;
      const steps = m.steps.map((s, i) => `${digits(String(i + 1), ts)}. ${s[ts.lang]}`).join("\n");
      const range = fiscalYearRange(fiscalYear, options.period === "template" ? m.period : options.period);
      const period = T.period(
        formatBeDate(range.from, ts.lang, ts.thaiDigits),
        formatBeDate(range.to, ts.lang, ts.thaiDigits),
      );
      b.text(row, 0, issue, "td");
      b.text(row, 1, measure, "td");
      b.text(row, 2, steps, "td");
      b.text(row, 3, period, "td");
      // The owner follows the units sheet, unless the analyst picked or typed another one last time.
      const owner = ownerFormula(m.owners, units);
      const previous = options.previousOwners.get(measureKey(r.issue.number, m.title.th));
      const defaults = options.defaultNames.map((names) =>
        m.owners
          .filter((o) => names.has(o))
          .map((o) => names.get(o))
          .join(" / "),
      );
      const kept =
        previous !== undefined && !defaults.includes(previous) && !("result" in owner && owner.result === previous);
      const content: CellContent = kept ? { text: previous } : owner;
      b.set(row, 4, content, "owner");
      rows.set(measureKey(r.issue.number, m.title.th), row);
      owners.set(measureKey(r.issue.number, m.title.th), content);
      [issue, measure, steps, period].forEach((t, c) => b.fitHeight(row, t, COLUMNS[c]));
    }
  }
  if (number === 0) {
    const row = b.row++;
    b.text(row, 0, T.planNone, "td");
    for (let c = 1; c < COLUMNS.length; c++) b.text(row, c, "", "td");
  }
  const bottom = b.row - 1;
  b.table({ name: "ITA_Plan", top, left: 0, bottom, right: COLUMNS.length - 1, style: "TableStyleLight1" });
  b.validation({
    range: { top: top + 1, left: 4, bottom: Math.max(bottom, top + 1), right: 4 },
    source: units.listSource,
    allowOther: true,
    prompt: T.ownerPrompt,
  });
  const sheet = b.build({
    tabColor: "#548235",
    freeze: { rows: top + 1, cols: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [top, top] },
  });
  return { sheet, rows, owners };
}

/** The owners as a formula over the units sheet, so renaming a unit there renames it here. */
function ownerFormula(roles: string[], units: UnitsLayout): CellContent {
  const refs = roles.filter((r) => units.rowOfRole.has(r));
  const formula = "=" + refs.map((r) => absoluteRef(units.sheetName, units.rowOfRole.get(r)!, 1)).join(`&" / "&`);
  const result = refs.map((r) => units.nameOfRole.get(r)!).join(" / ");
  return refs.length ? { formula, result } : { text: "" };
}
