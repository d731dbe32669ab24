import { PLAN_TABLE, columnOf, headers, widths } from "../previousRun/layouts";
import { Content, documentTitle, num } from "./content/context";
import { MeasureContent, numbered } from "./content/plan";
import { CellContent, SheetPlan, Style } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { OwnerOptions, ownerCell } from "./owners";
import { UnitsLayout } from "./unitsSheet";

/** Six columns that fit a landscape A4 page at 100 %; a seventh, beside the print area, holds the note. */
const COLUMNS = [...widths(PLAN_TABLE), 40];
const PRINTED = PLAN_TABLE.length;
const OWNER = columnOf(PLAN_TABLE, "owner");
const GAIN = columnOf(PLAN_TABLE, "gain");

export interface PlanResult {
  sheet: SheetPlan;
  /** Zero-based row of each measure, by measure key. */
  rows: Map<string, number>;
  /** What each measure's owner cell holds, by measure key. */
  owners: Map<string, CellContent>;
}

/** Part 3: one row per measure, one measure per need. */
export function planSheet(
  c: Content,
  measures: MeasureContent[],
  name: string,
  options: OwnerOptions,
  units: UnitsLayout,
  styles: Record<string, Style>,
): PlanResult {
  const { T } = c;
  const rows = new Map<string, number>();
  const owners = new Map<string, CellContent>();
  const b = new SheetBuilder("plan", name, COLUMNS, c.ts, styles);
  const last = PRINTED - 1;
  b.paragraph(documentTitle(c), "title", 0, last);
  b.paragraph(T.partTitle(num(c, 3), T.part3, null, null), "subtitle", 0, last);
  // A working note beside what prints.
  b.text(0, PRINTED, T.planNote, "note");
  const top = b.headerRow(headers(PLAN_TABLE, c.ts.lang), "th");

  for (const m of measures) {
    const row = b.row++;
    b.text(row, 0, m.issueLabel, "td");
    const n = numbered(c, m);
    b.text(row, 1, n.title, "td");
    b.text(row, 2, n.steps, "td");
    b.text(row, 3, m.period, "td");
    const content = ownerCell(m, options, units);
    if ("text" in content) b.raw(row, OWNER, content.text, "owner");
    else b.set(row, OWNER, content, "owner");
    // The points it adds, as every score is shown (cut); "–" when none can be worked out.
    if (m.gain === null) b.text(row, GAIN, "–", "tdCenter");
    else b.score(row, GAIN, m.gain, "score");
    rows.set(m.key, row);
    owners.set(m.key, content);
  }
  if (!measures.length) {
    const row = b.row++;
    b.text(row, 0, T.planNone, "td");
    for (let col = 1; col < PRINTED; col++) b.text(row, col, "", "td");
  }
  const bottom = b.row - 1;
  b.table({ name: "ITA_Plan", top, left: 0, bottom, right: last, style: "TableStyleLight1" });
  b.validation({
    range: { top: top + 1, left: OWNER, bottom: Math.max(bottom, top + 1), right: OWNER },
    source: units.listSource,
    allowOther: true,
    prompt: T.ownerPrompt,
  });
  const sheet = b.build({
    tabColor: "#548235",
    freeze: { rows: top + 1, cols: 0 },
    print: { orientation: "landscape", columns: PRINTED, repeatRows: [top, top], flex: 2 },
  });
  return { sheet, rows, owners };
}
