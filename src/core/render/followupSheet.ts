import { FollowUpEntry } from "../previousRun/edits";
import { FOLLOWUP_TABLE, PLAN_TABLE, columnOf, widths } from "../previousRun/layouts";
import { absoluteRef } from "../read/grid";
import { Content } from "./content/context";
import { FollowupContent } from "./content/followup";
import { MeasureContent } from "./content/plan";
import { CellContent, SheetPlan, Style } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { UNIT_COLUMN, UnitsLayout } from "./unitsSheet";

export type { FollowUpEntry };

const COLUMNS = widths(FOLLOWUP_TABLE);
/** The statements print across columns A–D, which fit an A4 page at 100 %. */
const STATEMENT_LAST = 3;
const C = (id: (typeof FOLLOWUP_TABLE)[number]["id"]) => columnOf(FOLLOWUP_TABLE, id);

export interface FollowUpOptions {
  planSheet: string;
  /** Zero-based row of each measure's line in the plan, by measure key. */
  planRows: Map<string, number>;
  /** Owner contents of the plan, by measure key: the follow-up refers to them. */
  planOwners: Map<string, CellContent>;
  /** Entries of an earlier run, kept. */
  previous: Map<string, FollowUpEntry>;
}

/**
 * Part 4: the seed's statements — who leads the follow-up, when progress is reported — which is
 * what prints; below it, the follow-up record the monitoring unit keeps: one row per measure with its
 * 6- and 12-month status, progress and evidence, a roll-up by formula.
 */
export function followupSheet(
  c: Content,
  f: FollowupContent,
  measures: MeasureContent[],
  name: string,
  options: FollowUpOptions,
  units: UnitsLayout,
  styles: Record<string, Style>,
): SheetPlan {
  const { T } = c;
  const b = new SheetBuilder("followup", name, COLUMNS, c.ts, styles);
  const last = COLUMNS.length - 1;

  b.paragraph(f.title, "title", 0, STATEMENT_LAST);
  b.paragraph(f.intro, "body", 0, STATEMENT_LAST);
  const [first, ...rest] = f.statements;
  monitoringStatement(b, c, first, units);
  for (const s of rest) b.paragraph(s, "bodyIndent", 0, STATEMENT_LAST);
  const printed = b.row - 1;
  b.blank();

  // The follow-up record: a working area below what prints.
  b.paragraph(T.trackingTitle, "subtitle", 0, STATEMENT_LAST);
  b.headerRow(T.rollup, "th");
  const rollRow = b.row++;
  b.blank();
  const dated: Record<string, string> = { status6: T.until(f.half), status12: T.until(f.full) };
  const top = b.headerRow(
    FOLLOWUP_TABLE.map((col) => `${col.header[c.ts.lang]}${dated[col.id] ? ` ${dated[col.id]}` : ""}`),
    "th",
  );
  for (const m of measures) recordRow(b, c, m, options);
  const n = measures.length;
  if (n === 0) {
    const row = b.row++;
    b.text(row, 0, "", "td");
    b.text(row, 1, T.planNone, "td");
    b.merge({ top: row, left: 1, bottom: row, right: last });
  }
  const bottom = b.row - 1;
  if (n > 0) rollUp(b, c, { rollRow, top, bottom, n }, options);
  return b.build({
    tabColor: "#7030A0",
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "portrait", columns: STATEMENT_LAST + 1, lastRow: printed, flex: 2 },
  });
}

/** A measure's row of the follow-up record: its owner from the plan by formula, the analyst's entries kept. */
function recordRow(b: SheetBuilder, c: Content, m: MeasureContent, options: FollowUpOptions): void {
  const { T } = c;
  const row = b.row++;
  const prev = options.previous.get(m.key);
  b.set(row, C("number"), { number: m.number }, "numCenter");
  b.text(row, C("issue"), m.issueLabel, "td");
  b.text(row, C("measure"), m.title, "td");
  const planRow = options.planRows.get(m.key);
  const owner = options.planOwners.get(m.key);
  const result = owner && "result" in owner ? owner.result : owner && "text" in owner ? owner.text : "";
  if (planRow !== undefined) {
    const ref = absoluteRef(options.planSheet, planRow, columnOf(PLAN_TABLE, "owner"));
    b.set(row, C("owner"), { formula: `=${ref}`, result }, "ownerInput");
  } else b.text(row, C("owner"), "", "ownerInput");
  b.raw(row, C("status6"), prev?.status6 || T.statuses[2], "input");
  b.raw(row, C("status12"), prev?.status12 || T.statuses[2], "input");
  b.set(row, C("percent"), { number: prev?.percent ?? 0 }, "percentInput");
  b.raw(row, C("result"), prev?.result ?? "", "input");
  b.raw(row, C("obstacles"), prev?.obstacles ?? "", "input");
  b.raw(row, C("evidence"), prev?.evidence ?? "", "input");
}

/** The record's roll-up by formula (measures, done at 6 and 12 months, mean progress), its table and drop-downs. */
function rollUp(
  b: SheetBuilder,
  c: Content,
  at: { rollRow: number; top: number; bottom: number; n: number },
  options: FollowUpOptions,
): void {
  const { T } = c;
  const { rollRow, top, bottom, n } = at;
  const col = (k: number) => absoluteRef(null, top + 1, k, bottom, k);
  const done = T.statuses[0];
  b.set(rollRow, 0, { formula: `=ROWS(${col(C("number"))})`, result: n }, "numCenter");
  b.set(
    rollRow,
    1,
    { formula: `=COUNTIF(${col(C("status6"))},"${done}")`, result: countDone(options.previous, 6, done) },
    "numCenter",
  );
  b.set(
    rollRow,
    2,
    { formula: `=COUNTIF(${col(C("status12"))},"${done}")`, result: countDone(options.previous, 12, done) },
    "numCenter",
  );
  b.set(rollRow, 3, { formula: `=AVERAGE(${col(C("percent"))})`, result: average(options.previous, n) }, "percent");
  b.table({ name: "ITA_FollowUp", top, left: 0, bottom, right: COLUMNS.length - 1, style: "TableStyleLight1" });
  for (const k of [C("status6"), C("status12")]) {
    b.validation({
      range: { top: top + 1, left: k, bottom, right: k },
      source: T.statuses.join(","),
      literal: true,
      allowOther: false,
      prompt: T.statusPrompt,
    });
  }
}

/**
 * "(1) {the monitoring unit} เป็นหน่วยหลัก…": the unit's name comes from the units sheet by formula,
 * so renaming it there renames it here.
 */
function monitoringStatement(b: SheetBuilder, c: Content, statement: string, units: UnitsLayout): void {
  const role = c.a.framework.monitoringRole;
  const unitRow = units.rowOfRole.get(role);
  const name = units.nameOfRole.get(role);
  const r = b.paragraph(statement, "bodyIndent", 0, STATEMENT_LAST);
  if (unitRow === undefined || !name || !statement.includes(name)) return;
  const [before, after] = [
    statement.slice(0, statement.indexOf(name)),
    statement.slice(statement.indexOf(name) + name.length),
  ];
  const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
  const ref = absoluteRef(units.sheetName, unitRow, UNIT_COLUMN);
  b.set(r, 0, { formula: `=${quote(before)}&${ref}&${quote(after)}`, result: statement }, "bodyIndent");
}

function countDone(previous: Map<string, FollowUpEntry>, at: 6 | 12, done: string): number {
  return [...previous.values()].filter((e) => (at === 6 ? e.status6 : e.status12) === done).length;
}

function average(previous: Map<string, FollowUpEntry>, n: number): number {
  const sum = [...previous.values()].reduce((s, e) => s + (e.percent ?? 0), 0);
  return n ? sum / n : 0;
}
