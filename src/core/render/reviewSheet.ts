import type { Analysis } from "../analyse/analyse";
import { DECISION_LABELS, REVIEW_TABLE, columnOf, headers, widths } from "../previousRun/layouts";
import { REVIEW_TEXT } from "../i18n/reviewText";
import { TextStyle, digits } from "../text/format";
import { reviewLines } from "./content/review";
import { SheetPlan, Style } from "./model";
import { SheetBuilder } from "./sheetBuilder";

/**
 * The review sheet: each disagreement the reconciliation found — the score, its cells, the value
 * typed and the one suggested, how sure, why — and the analyst's decision in a drop-down, which
 * the next run reads back (by the finding's id, in the last column, outside what prints).
 */
export function reviewSheet(a: Analysis, name: string, ts: TextStyle, styles: Record<string, Style>): SheetPlan {
  const R = REVIEW_TEXT[ts.lang];
  const b = new SheetBuilder("review", name, widths(REVIEW_TABLE), ts, styles);
  const last = REVIEW_TABLE.length - 1;
  b.paragraph(R.title, "title", 0, last - 1);
  b.paragraph(R.sheetNote, "note", 0, last - 1);
  b.blank();
  const top = b.headerRow(headers(REVIEW_TABLE, ts.lang), "th");
  const col = (id: (typeof REVIEW_TABLE)[number]["id"]) => columnOf(REVIEW_TABLE, id);
  reviewLines(a, ts).forEach((line, i) => {
    const r = b.row++;
    b.text(r, col("number"), digits(String(i + 1), ts), "tdCenter");
    b.raw(r, col("subject"), line.subject, "td");
    b.raw(r, col("cell"), line.cells[0] ?? "", "td");
    b.raw(r, col("typed"), line.typed, "tdCenter");
    b.raw(r, col("suggested"), line.suggested, "tdCenter");
    b.raw(r, col("confidence"), line.confidence, "tdCenter");
    b.raw(r, col("why"), line.why, "td");
    b.raw(r, col("decision"), line.decisionLabel, "input");
    b.raw(r, col("id"), line.id, "note");
  });
  const bottom = b.row - 1;
  b.table({ name: "ITA_Review", top, left: 0, bottom, right: last, style: "TableStyleLight1" });
  b.validation({
    range: { top: top + 1, left: col("decision"), bottom, right: col("decision") },
    source: Object.values(DECISION_LABELS)
      .map((l) => l[ts.lang])
      .join(","),
    literal: true,
    allowOther: false,
  });
  return b.build({
    tabColor: "#C00000",
    freeze: { rows: top + 1, cols: 0 },
    print: { orientation: "landscape", columns: last, repeatRows: [top, top], flex: col("why") },
  });
}
