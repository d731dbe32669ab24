import { Analysis } from "../analyse/analyse";
import { TextStyle, digits, fmtScore, yearText } from "./format";
import { SheetPlan } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "./sheetText";

const COLUMNS = [16, 46, 14, 16, 14, 14];
const CHART_ROWS = 18;

/**
 * The band as Part 1 states it: the band's name when the score meets the target ("ผ่านดี"), the
 * document's "ไม่ผ่านค่าเป้าหมาย" when it does not — with the letter grade of years that had them.
 */
function bandPhrase(a: Analysis, passed: boolean, ts: TextStyle): string {
  const T = SHEET_TEXT[ts.lang];
  const band = a.overall.result;
  if (!band) return passed ? T.resultPassed : T.resultFailed;
  if (passed) return band[ts.lang];
  const graded = a.framework.bands.filter((b) => !b.passed).length > 1;
  return graded ? `${band[ts.lang]} (${T.resultFailed})` : T.resultFailed;
}

/** Part 1: the overall score against the target, the change from last year, the tables and a chart. */
export function summarySheet(a: Analysis, name: string, ts: TextStyle): SheetPlan {
  const T = SHEET_TEXT[ts.lang];
  const th = ts.lang === "th";
  const b = new SheetBuilder("summary", name, COLUMNS);
  const target = fmtScore(a.threshold, ts);
  const o = a.overall;
  const passed = o.value !== null && o.value >= a.threshold;
  const band = o.result ? (th ? o.result.th : o.result.en) : "–";
  const changeText = (c: number | null) =>
    c === null ? "" : c === 0 ? "0" : T.change(c > 0, fmtScore(Math.abs(c), ts));

  b.paragraph(T.summaryTitle(yearText(a.year, ts)), "title");
  const changeSentence =
    o.change === null
      ? ""
      : o.change === 0
        ? T.unchanged
        : T.changeSentence(o.change > 0, fmtScore(Math.abs(o.change), ts));
  b.paragraph(
    T.summaryLead(
      o.value === null ? "–" : fmtScore(o.value, ts),
      o.value === null ? "–" : bandPhrase(a, passed, ts),
      target,
      changeSentence,
    ),
    "body",
  );
  b.blank();

  // The score card.
  b.headerRow(T.scoreCard, "th");
  const card = b.row++;
  b.score(card, 0, o.value, o.value !== null && !passed ? "scoreLow" : "score");
  b.set(card, 1, { number: a.threshold }, "score");
  b.text(card, 2, band, passed ? "statusOk" : "statusLow");
  b.score(card, 3, o.previous, "score");
  b.text(card, 4, changeText(o.change), "tdCenter");
  b.blank();

  // By tool.
  b.paragraph(T.byTool, "subtitle");
  const toolTop = b.headerRow(T.toolHeader, "th");
  a.tools.forEach((t) => {
    const def = a.framework.tools.find((d) => d.id === t.tool)!;
    const r = b.row++;
    b.text(r, 0, t.tool, "tdCenter");
    b.text(r, 1, th ? def.th : def.en, "td");
    b.score(r, 2, t.reported, t.reported !== null && t.reported < a.threshold ? "scoreLow" : "score");
    b.score(r, 3, t.computed, t.computed !== null && t.computed < a.threshold ? "scoreLow" : "score");
    b.text(r, 4, `${Math.round(def.weight * 100)}%`, "tdCenter");
  });
  b.table({ name: "ITA_Tools", top: toolTop, left: 0, bottom: b.row - 1, right: 4, style: "TableStyleLight1" });
  b.blank();

  // By indicator: also the chart's data (score and the target line).
  b.paragraph(T.byIndicator, "subtitle");
  const indTop = b.headerRow(T.indicatorHeader, "th");
  for (const i of a.indicators) {
    const def = a.framework.indicators.find((d) => d.number === i.number)!;
    const r = b.row++;
    b.text(r, 0, T.indicatorLabel(digits(String(i.number), ts)), "tdCenter");
    b.text(r, 1, th ? def.th : def.en, "td");
    b.score(r, 2, i.value, i.low ? "scoreLow" : "score");
    b.set(r, 3, { number: a.threshold }, "score");
    b.score(r, 4, i.previous, "score");
    b.text(r, 5, changeText(i.change), "tdCenter");
  }
  const indBottom = b.row - 1;
  b.table({ name: "ITA_Indicators", top: indTop, left: 0, bottom: indBottom, right: 5, style: "TableStyleLight1" });
  b.blank();

  const low = a.indicators.filter((i) => i.low);
  b.paragraph(low.length ? T.lowIndicators(digits(String(low.length), ts), target) : T.noLowIndicators(target), "body");
  for (const i of low) {
    const def = a.framework.indicators.find((d) => d.number === i.number)!;
    const r = b.row++;
    b.text(r, 0, T.indicatorLabel(digits(String(i.number), ts)), "td");
    b.text(r, 1, th ? def.th : def.en, "td");
    b.score(r, 2, i.value, "scoreLow");
  }
  b.blank();

  const chartTop = b.row;
  b.chart({
    title: T.chartTitle(target),
    categories: { top: indTop + 1, left: 0, bottom: indBottom, right: 0 },
    series: [
      { name: T.chartScore, values: { top: indTop + 1, left: 2, bottom: indBottom, right: 2 }, type: "column" },
      { name: T.chartTarget, values: { top: indTop + 1, left: 3, bottom: indBottom, right: 3 }, type: "line" },
    ],
    anchor: { top: chartTop, left: 0, bottom: chartTop + CHART_ROWS - 1, right: COLUMNS.length - 1 },
    axisMax: 100,
  });
  b.row += CHART_ROWS;
  b.blank();
  b.paragraph(T.summaryClose, "body");

  return b.build({
    tabColor: "#1F4E79",
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "portrait", paper: "A4", fitToWidth: true },
  });
}
