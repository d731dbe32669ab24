import { Analysis, IssueResult } from "../analyse/analyse";
import { FrameworkIndex } from "../framework";
import { isDual } from "../parse/types";
import { issueFinding } from "./findings";
import { TextStyle, codeRanges, digits, fmtScore, yearText } from "./format";
import { SheetPlan } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "./sheetText";

const COLUMNS = [10, 9, 62, 11, 11, 11, 16];

/** Part 2 of the measures document: for each issue its indicators, scores, finding and recommendations. */
export function analysisSheet(a: Analysis, name: string, ts: TextStyle): SheetPlan {
  const T = SHEET_TEXT[ts.lang];
  const fx = new FrameworkIndex(a.framework);
  const b = new SheetBuilder("analysis", name, COLUMNS);
  const year = yearText(a.year, ts);

  b.paragraph(T.analysisTitle(year), "title");
  b.paragraph(T.lowLegend(fmtScore(a.threshold, ts)), "note");
  b.blank();
  b.paragraph(T.analysisIntro(digits(String(a.framework.issues.length), ts)), "body");
  for (const r of a.issues)
    b.paragraph(T.issueListItem(digits(String(r.issue.number), ts), title(r, ts)), "bodyIndent");
  b.blank();

  for (const r of a.issues) issueSection(b, a, r, fx, ts);

  return b.build({
    tabColor: "#2F5597",
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "portrait", paper: "A4", fitToWidth: true },
  });
}

function title(r: IssueResult, ts: TextStyle): string {
  return ts.lang === "th" ? r.issue.th : r.issue.en;
}

function issueSection(b: SheetBuilder, a: Analysis, r: IssueResult, fx: FrameworkIndex, ts: TextStyle): void {
  const T = SHEET_TEXT[ts.lang];
  const th = ts.lang === "th";
  const n = digits(String(r.issue.number), ts);
  b.paragraph(T.issueHeading(n, title(r, ts)), "heading");

  const tools = [...new Set(r.issue.items.map((c) => fx.toolOf(c)))].sort(
    (x, y) => a.framework.tools.indexOf(x) - a.framework.tools.indexOf(y),
  );
  const toolPhrases = tools.map((t) => T.toolPhrase(th ? t.th : t.en, t.short[ts.lang]));
  const toolsText = th
    ? toolPhrases.length > 1
      ? `${toolPhrases.slice(0, -1).join(" ")} และ${toolPhrases[toolPhrases.length - 1]}`
      : toolPhrases[0]
    : toolPhrases.join(toolPhrases.length > 2 ? ", " : " and ");
  b.paragraph(T.issueIntro(th ? r.issue.subject.th : r.issue.subject.en, toolsText), "body");

  for (const number of r.indicators) {
    const d = fx.indicator.get(number)!;
    const codes = r.issue.items.filter((c) => fx.item.get(c)!.indicator === number);
    const value = a.indicators[number - 1].value;
    b.paragraph(
      T.relatedIndicator(
        digits(String(number), ts),
        th ? d.th : d.en,
        codeRanges(codes, ts),
        value === null ? null : fmtScore(value, ts),
      ),
      "bodyIndent",
    );
  }

  if (a.level === "item") itemTable(b, a, r, fx, ts);
  else indicatorTable(b, a, r, fx, ts);

  b.paragraph(issueFinding(a, r, fx, ts), "body");
  if (r.recommendations.length > 0) {
    r.recommendations.forEach((rec, i) => {
      const num = digits(`${r.issue.number}.${i + 1}`, ts);
      b.paragraph(`${num} ${th ? rec.th : rec.en}`, "bodyIndent");
    });
  }
  b.blank();
}

function statusCell(b: SheetBuilder, row: number, low: boolean | null, a: Analysis, ts: TextStyle): void {
  const T = SHEET_TEXT[ts.lang];
  if (low === null) b.text(row, 6, T.statusMissing, "tdCenter");
  else if (low) b.text(row, 6, T.statusLow(fmtScore(a.threshold, ts)), "statusLow");
  else b.text(row, 6, T.statusOk, "statusOk");
}

function itemTable(b: SheetBuilder, a: Analysis, r: IssueResult, fx: FrameworkIndex, ts: TextStyle): void {
  const T = SHEET_TEXT[ts.lang];
  const top = b.headerRow(T.tableHeader, "th");
  const itemResult = new Map(a.items.map((i) => [i.code, i]));
  for (const code of r.issue.items) {
    const row = b.row++;
    const def = fx.item.get(code)!;
    const res = itemResult.get(code);
    const isOit = fx.isDisclosure(code);
    const scoreStyle = (v: number | null) =>
      v !== null && v < a.threshold ? (isOit ? "oitScoreLow" : "scoreLow") : isOit ? "oitScore" : "score";
    b.set(row, 0, { number: def.indicator }, "numCenter");
    b.text(row, 1, digits(code, ts), "tdCenter");
    const question = ts.lang === "th" ? def.th : def.en;
    b.text(row, 2, question, "td");
    b.fitHeight(row, question, b.width(2));
    if (res && isDual(res.scores)) {
      b.text(row, 3, "", "score");
      b.score(row, 4, res.scores.public, scoreStyle(res.scores.public));
      b.score(row, 5, res.scores.survey, scoreStyle(res.scores.survey));
    } else {
      const v = res && !isDual(res.scores) ? res.scores.value : null;
      b.score(row, 3, v, scoreStyle(v));
      b.text(row, 4, "", "score");
      b.text(row, 5, "", "score");
    }
    statusCell(b, row, res ? res.low : null, a, ts);
  }
  b.table({ name: `ITA_Issue${r.issue.number}`, top, left: 0, bottom: b.row - 1, right: 6, style: "TableStyleLight1" });
}

function indicatorTable(b: SheetBuilder, a: Analysis, r: IssueResult, fx: FrameworkIndex, ts: TextStyle): void {
  const T = SHEET_TEXT[ts.lang];
  const top = b.headerRow(T.indicatorTableHeader, "th");
  for (const number of r.indicators) {
    const row = b.row++;
    const res = a.indicators[number - 1];
    const d = fx.indicator.get(number)!;
    const low = res.value !== null && res.value < a.threshold;
    b.set(row, 0, { number }, "numCenter");
    b.text(row, 1, d.tool, "tdCenter");
    b.text(row, 2, ts.lang === "th" ? d.th : d.en, "td");
    b.score(row, 3, res.reported, low && res.reported !== null ? "scoreLow" : "score");
    b.score(row, 4, res.computed, "score");
    b.text(row, 5, "", "td");
    statusCell(b, row, res.low, a, ts);
  }
  b.table({ name: `ITA_Issue${r.issue.number}`, top, left: 0, bottom: b.row - 1, right: 6, style: "TableStyleLight1" });
}
