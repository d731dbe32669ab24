import { LAST_YEAR_TEXT } from "../i18n/lastYearText";
import { columnOf, headers, widths } from "../previousRun/layouts";
import { LASTYEAR_FIELDS, LASTYEAR_TABLE } from "../previousRun/lastYearTable";
import { Content } from "./content/context";
import { LastYearContent, LastYearLine } from "./content/lastYear";
import { SheetPlan, Style } from "./model";
import { SheetBuilder } from "./sheetBuilder";

/** The table's columns, then one beside them for the working fields' values. */
const COLUMNS = [...widths(LASTYEAR_TABLE), 8];
/** Every column but the key prints: landscape A4 at 100 %. */
const PRINTED = LASTYEAR_TABLE.length - 1;
const C = (id: (typeof LASTYEAR_TABLE)[number]["id"]) => columnOf(LASTYEAR_TABLE, id);

const VERDICT_STYLE: Record<LastYearLine["verdict"], string> = {
  reached: "statusOk",
  improved: "tdCenter",
  unchanged: "tdCenter",
  worse: "statusLow",
  unmeasurable: "tdCenter",
};

/**
 * Did last year's measures work: each of them, the status the analyst recorded at 6 and 12
 * months, its items' scores before and after, the change and the verdict — one row per item, the
 * measure on its first. The key beside each row, and the years beside the title, let a re-run read
 * the table back once this year's sheets have replaced last year's.
 */
export function lastYearSheet(c: Content, l: LastYearContent, name: string, styles: Record<string, Style>): SheetPlan {
  const b = new SheetBuilder("lastyear", name, COLUMNS, c.ts, styles);
  const last = PRINTED - 1;
  b.paragraph(l.title, "title", 0, last);
  b.paragraph(l.intro, "body", 0, last);
  b.paragraph(l.counts, "body", 0, last);
  // The working fields, beside what prints: the years compared.
  const key = C("key");
  [
    [LASTYEAR_FIELDS.year, l.year],
    [LASTYEAR_FIELDS.fiscalYear, l.fiscalYear],
  ].forEach(([label, value], r) => {
    b.raw(r, key, (label as { th: string; en: string })[c.ts.lang], "note");
    if (value !== null) b.set(r, key + 1, { number: value as number }, "numCenter");
  });
  b.blank();
  const dated: Record<string, string | null> = { before: l.before, after: l.after };
  const top = b.headerRow(
    LASTYEAR_TABLE.map((col, i) =>
      col.id in dated
        ? `${headers(LASTYEAR_TABLE, c.ts.lang)[i]}${LAST_YEAR_TEXT[c.ts.lang].yearOf(dated[col.id])}`
        : col.header[c.ts.lang],
    ),
    "th",
  );
  for (const m of l.measures) measureRows(b, m);
  if (!l.measures.length) {
    const row = b.row++;
    b.text(row, C("measure"), LAST_YEAR_TEXT[c.ts.lang].none, "td");
    for (let col = 0; col <= key; col++) if (col !== C("measure")) b.text(row, col, "", "td");
  }
  b.table({ name: "ITA_LastYear", top, left: 0, bottom: b.row - 1, right: key, style: "TableStyleLight1" });
  return b.build({
    tabColor: "#7030A0",
    freeze: { rows: top + 1, cols: 0 },
    print: { orientation: "landscape", columns: PRINTED, repeatRows: [top, top], flex: C("measure") },
  });
}

/** A measure's rows: the measure, its statuses and verdict on the first, one item a row. */
function measureRows(b: SheetBuilder, m: LastYearLine): void {
  m.targets.forEach((t, i) => {
    const row = b.row++;
    const first = i === 0;
    b.text(row, C("number"), first ? m.number : "", "tdCenter");
    b.text(row, C("measure"), first ? m.title : "", "td");
    // The statuses as the analyst recorded them.
    b.raw(row, C("status6"), first ? m.status6 : "", "td");
    b.raw(row, C("status12"), first ? m.status12 : "", "td");
    b.text(row, C("target"), t.label, "tdCenter");
    b.score(row, C("before"), t.before, "score");
    b.score(row, C("after"), t.after, "score");
    b.text(row, C("change"), t.change, "tdCenter");
    b.text(row, C("verdict"), first ? m.verdictText : "", first ? VERDICT_STYLE[m.verdict] : "td");
    // The key is what it is, in any digits: never converted.
    b.raw(row, C("key"), t.key, "note");
  });
}
