import { Analysis } from "../analyse/analyse";
import { absoluteRef } from "../read/grid";
import { FollowUpEntry, measureKey } from "../generated/edits";
import { FOLLOWUP_TABLE, PLAN_TABLE, columnOf, widths } from "../generated/layouts";
import { formatBeDate, fiscalYearRange } from "../text/thai";
import { TextStyle, digits } from "./format";
import { CellContent, SheetPlan } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "./sheetText";
import { UNIT_COLUMN, UnitsLayout } from "./unitsSheet";

export type { FollowUpEntry };

const COLUMNS = widths(FOLLOWUP_TABLE);
const C = (id: (typeof FOLLOWUP_TABLE)[number]["id"]) => columnOf(FOLLOWUP_TABLE, id);

export interface FollowUpOptions {
  fiscalYear: number;
  planSheet: string;
  /** Zero-based row of each measure's line in the plan, by measure key. */
  planRows: Map<string, number>;
  /** Owner contents of the plan, by measure key: the follow-up refers to them. */
  planOwners: Map<string, CellContent>;
  /** Entries of an earlier run, kept. */
  previous: Map<string, FollowUpEntry>;
}

/** Part 4: one row per measure of the plan, with 6- and 12-month status, progress and evidence. */
export function followupSheet(
  a: Analysis,
  name: string,
  options: FollowUpOptions,
  units: UnitsLayout,
  ts: TextStyle,
): SheetPlan {
  const T = SHEET_TEXT[ts.lang];
  const th = ts.lang === "th";
  const b = new SheetBuilder("followup", name, COLUMNS);
  const last = COLUMNS.length - 1;
  const half = formatBeDate(fiscalYearRange(options.fiscalYear, "firstHalf").to, ts.lang, ts.thaiDigits);
  const full = formatBeDate(fiscalYearRange(options.fiscalYear, "year").to, ts.lang, ts.thaiDigits);

  b.paragraph(T.followupTitle, "title");
  b.paragraph(T.followupLead(digits(String(options.fiscalYear), ts), half, full), "body");
  // The monitoring unit follows the units sheet.
  const mon = b.row++;
  b.text(mon, 0, T.monitoringUnit, "subtitle");
  b.merge({ top: mon, left: 0, bottom: mon, right: 2 });
  const monitoring = a.framework.monitoringRole;
  const monRow = units.rowOfRole.get(monitoring);
  if (monRow !== undefined) {
    b.set(
      mon,
      3,
      { formula: `=${absoluteRef(units.sheetName, monRow, UNIT_COLUMN)}`, result: units.nameOfRole.get(monitoring)! },
      "owner",
    );
    b.merge({ top: mon, left: 3, bottom: mon, right: 6 });
  }

  // The roll-up, by formula over the table below (filled in once the table's rows are known).
  b.headerRow(T.rollup, "th");
  const rollRow = b.row++;
  b.blank();

  const dated: Record<string, string> = { status6: T.until(half), status12: T.until(full) };
  const top = b.headerRow(
    FOLLOWUP_TABLE.map((c) => `${c.header[ts.lang]}${dated[c.id] ? ` ${dated[c.id]}` : ""}`),
    "th",
  );
  let n = 0;
  for (const r of a.issues) {
    for (const m of r.measures) {
      const key = measureKey(r.issue.number, m.title.th);
      const row = b.row++;
      n++;
      const prev = options.previous.get(key);
      b.set(row, C("number"), { number: n }, "numCenter");
      const issue = `(${digits(String(r.issue.number), ts)}) ${th ? r.issue.th : r.issue.en}`;
      b.text(row, C("issue"), issue, "td");
      b.text(row, C("measure"), m.title[ts.lang], "td");
      const planRow = options.planRows.get(key);
      const owner = options.planOwners.get(key);
      const result = owner && "result" in owner ? owner.result : owner && "text" in owner ? owner.text : "";
      const planOwner = columnOf(PLAN_TABLE, "owner");
      if (planRow !== undefined)
        b.set(row, C("owner"), { formula: `=${absoluteRef(options.planSheet, planRow, planOwner)}`, result }, "owner");
      else b.text(row, C("owner"), "", "owner");
      b.text(row, C("status6"), prev?.status6 || T.statuses[2], "input");
      b.text(row, C("status12"), prev?.status12 || T.statuses[2], "input");
      b.set(row, C("percent"), { number: prev?.percent ?? 0 }, "percentInput");
      b.text(row, C("result"), prev?.result ?? "", "input");
      b.text(row, C("obstacles"), prev?.obstacles ?? "", "input");
      b.text(row, C("evidence"), prev?.evidence ?? "", "input");
      const fitted: Array<[string, number]> = [
        [issue, C("issue")],
        [m.title[ts.lang], C("measure")],
        [String(result), C("owner")],
        [prev?.result ?? "", C("result")],
        [prev?.obstacles ?? "", C("obstacles")],
      ];
      for (const [t, c] of fitted) b.fitHeight(row, t, COLUMNS[c]);
    }
  }
  if (n === 0) {
    const row = b.row++;
    b.text(row, 0, "", "td");
    b.text(row, 1, T.planNone, "td");
    b.merge({ top: row, left: 1, bottom: row, right: last });
  }
  const bottom = b.row - 1;
  if (n > 0) {
    const col = (c: number) => absoluteRef(null, top + 1, c, bottom, c);
    b.set(rollRow, 0, { formula: `=ROWS(${col(C("number"))})`, result: n }, "numCenter");
    b.set(
      rollRow,
      1,
      {
        formula: `=COUNTIF(${col(C("status6"))},"${T.statuses[0]}")`,
        result: countDone(options.previous, 6, T.statuses[0]),
      },
      "numCenter",
    );
    b.set(
      rollRow,
      2,
      {
        formula: `=COUNTIF(${col(C("status12"))},"${T.statuses[0]}")`,
        result: countDone(options.previous, 12, T.statuses[0]),
      },
      "numCenter",
    );
    b.set(rollRow, 3, { formula: `=AVERAGE(${col(C("percent"))})`, result: average(options.previous, n) }, "percent");
    b.table({ name: "ITA_FollowUp", top, left: 0, bottom, right: last, style: "TableStyleLight1" });
    for (const c of [C("status6"), C("status12")]) {
      b.validation({
        range: { top: top + 1, left: c, bottom, right: c },
        source: T.statuses.join(","),
        literal: true,
        allowOther: false,
        prompt: T.statusPrompt,
      });
    }
  }
  return b.build({
    tabColor: "#7030A0",
    freeze: { rows: top + 1, cols: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: [top, top] },
  });
}

function countDone(previous: Map<string, FollowUpEntry>, at: 6 | 12, done: string): number {
  return [...previous.values()].filter((e) => (at === 6 ? e.status6 : e.status12) === done).length;
}

function average(previous: Map<string, FollowUpEntry>, n: number): number {
  const sum = [...previous.values()].reduce((s, e) => s + (e.percent ?? 0), 0);
  return n ? sum / n : 0;
}
