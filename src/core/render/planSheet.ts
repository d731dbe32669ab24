import { Analysis, IssueResult } from "../analyse/analyse";
import { FrameworkIndex, Trigger } from "../framework";
import { absoluteRef } from "../read/grid";
import { formatBeDate, fiscalYearRange } from "../text/thai";
import { TextStyle, digits, joinList } from "./format";
import { CellContent, SheetPlan } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "./sheetText";
import { UNIT_COLUMN, UnitsLayout } from "./unitsSheet";
import { measureKey } from "../generated/edits";
import { PLAN_TABLE, columnOf, headers, widths } from "../generated/layouts";

const COLUMNS = widths(PLAN_TABLE);
const OWNER = columnOf(PLAN_TABLE, "owner");

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
  const fx = new FrameworkIndex(a.framework);
  const b = new SheetBuilder("plan", name, COLUMNS);
  b.paragraph(T.planTitle(digits(String(fiscalYear), ts)), "title");
  b.paragraph(T.planSubtitle, "subtitle");
  b.paragraph(T.planNote, "note");
  const top = b.headerRow(headers(PLAN_TABLE, ts.lang), "th");

  let number = 0;
  for (const r of a.issues) {
    for (const m of r.measures) {
      const row = b.row++;
      number++;
      const issue = `(${digits(String(r.issue.number), ts)}) ${th ? r.issue.th : r.issue.en}`;
      const measure = `${digits(String(number), ts)}. ${m.title[ts.lang]}`;
      const steps = m.steps
        .map((s, i) => `${digits(String(i + 1), ts)}. ${fillItems(s[ts.lang], chosenItems(fx, r, m), fx, ts)}`)
        .join("\n");
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
      b.set(row, OWNER, content, "owner");
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
    range: { top: top + 1, left: OWNER, bottom: Math.max(bottom, top + 1), right: OWNER },
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
  const formula =
    "=" + refs.map((r) => absoluteRef(units.sheetName, units.rowOfRole.get(r)!, UNIT_COLUMN)).join(`&" / "&`);
  const result = refs.map((r) => units.nameOfRole.get(r)!).join(" / ");
  return refs.length ? { formula, result } : { text: "" };
}

/** The items of an issue that a measure's selectors choose among those calling for action. */
export function chosenItems(fx: FrameworkIndex, r: IssueResult, m: Trigger): string[] {
  return r.suspect.filter((code) => m.whenLow.some((sel) => fx.selects(sel, code)));
}

/** "{items}" in a step, written out: "ความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ (o16) และ … (o17)". */
export function fillItems(step: string, codes: string[], fx: FrameworkIndex, ts: TextStyle): string {
  if (!step.includes("{items}")) return step;
  const named = codes.map((c) => `${fx.item.get(c)![ts.lang]} (${digits(c, ts)})`);
  return step.replace("{items}", joinList(named, ts));
}
