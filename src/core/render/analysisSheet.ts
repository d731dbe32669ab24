import { Content } from "./content/context";
import { IssueContent, part2Opening } from "./content/issues";
import { fmtScore } from "../text/format";
import { SheetPlan, Style } from "./model";
import { isBelow } from "../text/scores";
import { SheetBuilder } from "./sheetBuilder";

/** Seven columns that fit an A4 page at 100 %; the eighth, beside the print area, holds the legend. */
const COLUMNS = [8, 6, 40, 9, 9, 9, 13, 40];
const PRINTED = 7;

/** Part 2: for each issue its indicators, its score table, the observation, the finding and the recommendations. */
export function analysisSheet(
  c: Content,
  issues: IssueContent[],
  name: string,
  styles: Record<string, Style>,
): SheetPlan {
  const { T, a } = c;
  const b = new SheetBuilder("analysis", name, COLUMNS, c.ts, styles);
  const last = PRINTED - 1;
  const opening = part2Opening(c, issues.length);
  b.paragraph(opening.title, "title", 0, last);
  // A working note beside what prints.
  b.text(0, PRINTED, T.lowLegend(fmtScore(a.threshold, c.ts)), "note");
  b.paragraph(opening.intro, "body", 0, last);
  for (const line of opening.list) b.paragraph(line, "bodyIndent", 0, last);
  b.blank();

  for (const issue of issues) {
    b.paragraph(issue.heading, "heading", 0, last);
    b.paragraph(issue.intro, "body", 0, last);
    for (const line of issue.related) b.paragraph(line, "bodyIndent", 0, last);
    if (a.level === "item") itemTable(b, c, issue);
    else indicatorTable(b, c, issue);
    if (issue.observation) b.paragraph(issue.observation, "body", 0, last);
    b.paragraph(issue.finding, "body", 0, last);
    for (const rec of issue.recommendations) b.paragraph(rec, "bodyIndent", 0, last);
    b.blank();
  }

  return b.build({
    tabColor: "#2F5597",
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "portrait", columns: PRINTED, flex: 2 },
  });
}

function statusCell(b: SheetBuilder, c: Content, row: number, low: boolean | null): void {
  const { T } = c;
  if (low === null) b.text(row, 6, T.statusMissing, "tdCenter");
  else if (low) b.text(row, 6, T.statusLow(fmtScore(c.a.threshold, c.ts)), "statusLow");
  else b.text(row, 6, T.statusOk, "statusOk");
}

function itemTable(b: SheetBuilder, c: Content, issue: IssueContent): void {
  const top = b.headerRow(c.T.tableHeader, "th");
  const style = (v: number | null, disclosure: boolean) =>
    v !== null && isBelow(v, c.a.threshold)
      ? disclosure
        ? "oitScoreLow"
        : "scoreLow"
      : disclosure
        ? "oitScore"
        : "score";
  for (const g of issue.groups) {
    for (const r of g.rows) {
      const row = b.row++;
      b.set(row, 0, { number: g.indicator }, "numCenter");
      b.text(row, 1, r.code, "tdCenter");
      b.text(row, 2, r.text, "td");
      if (r.dual) {
        b.text(row, 3, "", "score");
        b.score(row, 4, r.public, style(r.public, false));
        b.score(row, 5, r.survey, style(r.survey, false));
      } else {
        b.score(row, 3, r.value, style(r.value, r.disclosure));
        b.text(row, 4, "", "score");
        b.text(row, 5, "", "score");
      }
      statusCell(b, c, row, r.low);
    }
  }
  b.table({ name: `ITA_Issue${issue.number}`, top, left: 0, bottom: b.row - 1, right: 6, style: "TableStyleLight1" });
}

function indicatorTable(b: SheetBuilder, c: Content, issue: IssueContent): void {
  const top = b.headerRow(c.T.indicatorTableHeader, "th");
  for (const g of issue.groups) {
    const row = b.row++;
    const res = c.a.indicators.find((i) => i.number === g.indicator)!;
    b.set(row, 0, { number: g.indicator }, "numCenter");
    b.text(row, 1, c.fx.indicator.get(g.indicator)!.tool, "tdCenter");
    b.text(row, 2, c.fx.indicator.get(g.indicator)![c.ts.lang], "td");
    b.score(row, 3, res.reported, res.low && res.reported !== null ? "scoreLow" : "score");
    b.score(row, 4, res.computed, "score");
    b.text(row, 5, "", "td");
    statusCell(b, c, row, res.low);
  }
  b.table({ name: `ITA_Issue${issue.number}`, top, left: 0, bottom: b.row - 1, right: 6, style: "TableStyleLight1" });
}
