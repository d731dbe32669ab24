import { Analysis } from "../analyse/analyse";
import { FrameworkIndex } from "../framework";
import {
  FRAMEWORK_FIELDS,
  FRAMEWORK_TABLE,
  ORIGIN_LABELS,
  UNVERIFIED_TEXT,
  headers,
  widths,
} from "../previousRun/layouts";
import { TextStyle, digits } from "../text/format";
import { SheetPlan, Style } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "../i18n/sheetText";

/**
 * The framework the scores were read against, item by item — code, tool, indicator, wording,
 * issues and where each came from — for the analyst to check and correct: a re-run reads the
 * sheet back and follows it.
 */
export function frameworkSheet(a: Analysis, name: string, ts: TextStyle, styles: Record<string, Style>): SheetPlan {
  const T = SHEET_TEXT[ts.lang];
  const f = a.framework;
  const fx = new FrameworkIndex(f);
  const b = new SheetBuilder("framework", name, widths(FRAMEWORK_TABLE), ts, styles);
  b.paragraph(T.frameworkTitle(f.label[ts.lang]), "title");
  b.paragraph(T.frameworkNote, "note");
  for (const [label, value] of [
    [FRAMEWORK_FIELDS.year[ts.lang], a.year === null ? "" : String(a.year)],
    [FRAMEWORK_FIELDS.id[ts.lang], f.id],
  ]) {
    const r = b.row++;
    b.text(r, 0, label, "subtitle");
    b.merge({ top: r, left: 0, bottom: r, right: 2 });
    b.text(r, 3, value, "td");
  }
  b.blank();
  const top = b.headerRow(headers(FRAMEWORK_TABLE, ts.lang), "th");
  for (const it of f.items) {
    const r = b.row++;
    const origin = ORIGIN_LABELS[it.origin][ts.lang] + (it.textVerified ? "" : ` (${UNVERIFIED_TEXT[ts.lang]})`);
    const text = it[ts.lang];
    const cells = [
      it.code,
      fx.toolOf(it.code).short[ts.lang],
      digits(String(it.indicator), ts),
      text,
      digits(it.issues.join(", "), ts),
      origin,
    ];
    // The analyst corrects the wording and the issues (yellow); the rest says what the item is.
    const style: Record<string, string> = { text: "input", issues: "inputCenter", origin: "td" };
    // The wording is the framework's (or the workbook's): written as it is, codes and all.
    cells.forEach((c, i) => b.raw(r, i, c, style[FRAMEWORK_TABLE[i].id] ?? "tdCenter"));
  }
  b.table({
    name: "ITA_Framework",
    top,
    left: 0,
    bottom: Math.max(b.row - 1, top + 1),
    right: FRAMEWORK_TABLE.length - 1,
    style: "TableStyleLight1",
  });
  return b.build({
    tabColor: "#808080",
    freeze: { rows: top + 1, cols: 0 },
    print: { orientation: "landscape", repeatRows: [top, top], flex: 3 },
  });
}
