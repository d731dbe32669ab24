import { IssueResult, ItemResult } from "../../analyse/analyse";
import { isDual } from "../../parse/types";
import { codeList, codeRanges, fmtScore, joinList, joinPhrases, yearText } from "../../text/format";
import { Content, num } from "./context";

/** A row of an issue's score table. */
export interface ScoreRow {
  code: string;
  text: string;
  /** One score (IIT, OIT) or two (EIT Public, Survey); null when not found. */
  value: number | null;
  public: number | null;
  survey: number | null;
  dual: boolean;
  low: boolean | null;
  disclosure: boolean;
}

/** The items of one indicator in an issue's table, under the indicator's heading, as the seed sets them. */
export interface ScoreGroup {
  indicator: number;
  heading: string;
  dual: boolean;
  /** The indicator's score, when only indicator scores were read. */
  value: number | null;
  rows: ScoreRow[];
}

/** Part 2 for one issue. */
export interface IssueContent {
  number: number;
  heading: string;
  intro: string;
  /** "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ข้อ i1–i3", the last ending "ซึ่งมีผลการประเมิน ดังนี้". */
  related: string[];
  groups: ScoreGroup[];
  observation: string | null;
  finding: string;
  /** "1.1 …", numbered. */
  recommendations: string[];
}

export function issueContent(c: Content, r: IssueResult): IssueContent {
  const { T, ts } = c;
  const n = num(c, r.issue.number);
  const related = r.indicators.map((number) => {
    const codes = r.issue.items.filter((code) => c.fx.item.get(code)!.indicator === number);
    return T.relatedIndicator(num(c, number), c.fx.indicator.get(number)![ts.lang], codeRanges(codes, ts), null);
  });
  if (related.length) related[related.length - 1] += T.relatedEnd;
  return {
    number: r.issue.number,
    heading: T.issueHeading(n, r.issue[ts.lang]),
    intro: T.issueIntro(r.issue.subject[ts.lang], toolsPhrase(c, r)),
    related,
    groups: scoreGroups(c, r),
    observation: observation(c, r),
    finding: finding(c, r),
    recommendations: r.recommendations.map((rec, i) => `${num(c, `${r.issue.number}.${i + 1}`)} ${rec[ts.lang]}`),
  };
}

function toolsPhrase(c: Content, r: IssueResult): string {
  const tools = [...new Set(r.issue.items.map((code) => c.fx.toolOf(code)))].sort(
    (x, y) => c.a.framework.tools.indexOf(x) - c.a.framework.tools.indexOf(y),
  );
  return joinPhrases(
    tools.map((t) => c.T.toolPhrase(t[c.ts.lang], t.short[c.ts.lang])),
    c.ts,
  );
}

function scoreGroups(c: Content, r: IssueResult): ScoreGroup[] {
  const results = new Map(c.a.items.map((i) => [i.code, i]));
  return r.indicators.map((indicator) => {
    const def = c.fx.indicator.get(indicator)!;
    const dual = c.fx.tool.get(def.tool)!.scoring === "dual";
    const codes = r.issue.items.filter((code) => c.fx.item.get(code)!.indicator === indicator);
    return {
      indicator,
      heading: `${c.T.indicatorLabel(num(c, indicator))} ${def[c.ts.lang]}`,
      dual,
      value: c.a.indicators.find((i) => i.number === indicator)?.value ?? null,
      rows: codes.map((code) => scoreRow(c, code, results.get(code), dual)),
    };
  });
}

function scoreRow(c: Content, code: string, res: ItemResult | undefined, dual: boolean): ScoreRow {
  const s = res?.scores;
  return {
    code,
    text: c.fx.item.get(code)![c.ts.lang],
    value: s && !isDual(s) ? s.value : null,
    public: s && isDual(s) ? s.public : null,
    survey: s && isDual(s) ? s.survey : null,
    dual,
    low: res ? res.low : null,
    disclosure: c.fx.isDisclosure(code),
  };
}

/** Survey items named in an observation, per group of respondents: the lowest few. */
const OBSERVED = 3;

/**
 * "เมื่อพิจารณาผลคะแนนที่เกี่ยวกับ… พบว่า บุคลากรภายในบางราย เห็นว่า … ผู้รับบริการบางราย …": a short
 * sentence for each group of respondents, from the issue's low survey items — a view two groups
 * share said once, of both — and one for what the website lacks. Null when nothing is low.
 */
export function observation(c: Content, r: IssueResult): string | null {
  if (!r.lowItems.length) return null;
  const { T, ts, fx } = c;
  const min = new Map(c.a.items.map((i) => [i.code, i.min ?? 100]));
  // Each phrase, with the groups that say it, in the order first said.
  const said = new Map<string, string[]>();
  for (const tool of c.a.framework.tools.filter((t) => t.kind === "perception")) {
    const who = tool.respondents?.[ts.lang] ?? tool.short[ts.lang];
    r.lowItems
      .filter((code) => fx.toolOf(code).id === tool.id)
      .sort((x, y) => min.get(x)! - min.get(y)!)
      .slice(0, OBSERVED)
      .map((code) => fx.item.get(code)!.observation?.[ts.lang] ?? T.itemObservation(fx.item.get(code)![ts.lang]))
      .forEach((phrase) => said.set(phrase, [...new Set([...(said.get(phrase) ?? []), who])]));
  }
  const byGroups = new Map<string, { who: string[]; phrases: string[] }>();
  for (const [phrase, who] of said) {
    const key = who.join("|");
    if (!byGroups.has(key)) byGroups.set(key, { who, phrases: [] });
    byGroups.get(key)!.phrases.push(phrase);
  }
  const agency = c.named ? c.agency : null;
  const sentences = [...byGroups.values()]
    // Each group on its own first, in the tools' order; what groups share, said once, last.
    .sort((x, y) => x.who.length - y.who.length)
    .map(({ who, phrases }) => {
      const subject = who.length > 1 ? T.respondentsBoth(who[0], who[1], agency) : T.respondentsOf(who[0], agency);
      return `${subject} ${groupSays(c, phrases)}`;
    });
  const website = r.lowItems.filter((code) => fx.isDisclosure(code));
  if (website.length)
    sentences.push(
      T.websiteGap(
        c.agency,
        joinPhrases(
          website.map((code) => fx.item.get(code)![ts.lang]),
          ts,
        ),
      ),
    );
  return T.observationLead(r.issue.subject[ts.lang]) + T.sentences(sentences);
}

/** What a group says: what it reports, then what it thinks, each list joined once ("เห็นว่า A B และC"). */
function groupSays(c: Content, phrases: string[]): string {
  const views = phrases.filter((p) => p.startsWith(c.T.view)).map((p) => p.slice(c.T.view.length));
  const facts = phrases.filter((p) => !p.startsWith(c.T.view));
  const thinks = views.length ? c.T.view + joinPhrases(views, c.ts) : "";
  if (!facts.length) return thinks;
  const reports = joinPhrases(facts, c.ts);
  return thinks ? c.T.factsThenViews(reports, thinks) : reports;
}

/**
 * The finding, in the seed's style: "ข้อคำถามที่ได้คะแนนน้อย (ไม่ถึง 85 คะแนน) มีจำนวน … ข้อ ได้แก่ …
 * โดยตัวชี้วัดที่ได้คะแนนน้อยที่สุด คือ ตัวชี้วัดที่ … ในข้อคำถาม … “…”", then the website items that
 * scored 0 or 50.
 */
export function finding(c: Content, r: IssueResult): string {
  const th = c.ts.lang === "th";
  const target = fmtScore(c.a.threshold, c.ts);
  if (c.a.level === "indicator") return indicatorFinding(c, r, target);
  if (r.lowItems.length === 0) {
    return th
      ? `ไม่มีข้อคำถามที่ได้คะแนนน้อย (ไม่ถึง ${target} คะแนน) ในประเด็นนี้ เห็นควรรักษามาตรฐานการดำเนินงานต่อไป`
      : `No item in this issue scored below the target (${target}). The current practice should be maintained.`;
  }
  const parts = [
    th
      ? `ข้อคำถามที่ได้คะแนนน้อย (ไม่ถึง ${target} คะแนน) มีจำนวน ${num(c, r.lowItems.length)} ข้อ ได้แก่ ข้อ ${codeList(r.lowItems, c.ts)}`
      : `${r.lowItems.length} item(s) scored below the target (${target}): ${codeList(r.lowItems, c.ts)}.`,
  ];
  const lowest = lowestSentence(c, r);
  if (lowest) parts.push(lowest);
  parts.push(...gapSentences(c, r, Boolean(lowest)));
  parts.push(
    th
      ? "จากการวิเคราะห์ผลการประเมินดังกล่าว เห็นควรดำเนินการ ดังนี้"
      : "Based on this analysis, the following actions are recommended:",
  );
  return parts.join(" ");
}

/** The issue's lowest survey item, and its indicator when the issue spans several. */
function lowestSentence(c: Content, r: IssueResult): string | null {
  const th = c.ts.lang === "th";
  const lowest = r.lowestItem;
  if (!lowest || lowest.value >= c.a.threshold || c.fx.isDisclosure(lowest.code)) return null;
  const item = c.fx.item.get(lowest.code)!;
  const code = num(c, lowest.code);
  const quote = `“${item[c.ts.lang]}”`;
  const value = fmtScore(lowest.value, c.ts);
  const indicators = new Set(r.items.filter((x) => !c.fx.isDisclosure(x)).map((x) => c.fx.item.get(x)!.indicator));
  if (indicators.size <= 1) {
    return th
      ? `โดยข้อคำถามที่ได้คะแนนน้อยที่สุด คือ ข้อคำถาม ${code} ${quote} (${value} คะแนน)`
      : `The lowest item is ${code} ${quote} (${value}).`;
  }
  const d = c.fx.indicator.get(item.indicator)!;
  return th
    ? `โดยตัวชี้วัดที่ได้คะแนนน้อยที่สุด คือ ตัวชี้วัดที่ ${num(c, d.number)} ${d.th} ในข้อคำถาม ${code} ${quote} (${value} คะแนน)`
    : `The weakest indicator is indicator ${d.number}, ${d.en}, in item ${code} ${quote} (${value}).`;
}

function gapSentences(c: Content, r: IssueResult, afterLowest: boolean): string[] {
  const th = c.ts.lang === "th";
  const out: string[] = [];
  for (const score of c.a.framework.tools.flatMap((t) => t.gapValues).filter((v, i, all) => all.indexOf(v) === i)) {
    const gaps = r.oitGaps.filter((g) => g.value === score);
    if (!gaps.length) continue;
    const listed = gaps.map((g) => `${num(c, g.code)} ${c.fx.item.get(g.code)![c.ts.lang]}`);
    const lead = out.length || afterLowest ? "และ" : "โดย";
    out.push(
      th
        ? `${lead}การเปิดเผยข้อมูลบนเว็บไซต์ของ${c.agency} ที่${score === 0 ? "ไม่ได้คะแนน" : `ได้ ${fmtScore(score, c.ts)} คะแนน`} จำนวน ${num(c, gaps.length)} ข้อ ได้แก่ ข้อ ${joinList(listed, c.ts)}`
        : `Website disclosure items that scored ${score}: ${joinList(listed, c.ts)}.`,
    );
  }
  return out;
}

function indicatorFinding(c: Content, r: IssueResult, target: string): string {
  const th = c.ts.lang === "th";
  if (r.lowIndicators.length === 0) {
    return th
      ? `ตัวชี้วัดที่เกี่ยวข้องกับประเด็นนี้ได้คะแนนไม่น้อยกว่า ${target} คะแนนทุกตัวชี้วัด (ไม่มีคะแนนรายข้อ จึงวิเคราะห์จากคะแนนรายตัวชี้วัด) เห็นควรรักษามาตรฐานการดำเนินงานต่อไป`
      : `Every indicator related to this issue scored ${target} or more (no item scores were given, so the analysis uses indicator scores). The current practice should be maintained.`;
  }
  const low = r.lowIndicators.map((n) => {
    const d = c.fx.indicator.get(n)!;
    const v = fmtScore(c.a.indicators.find((i) => i.number === n)!.value!, c.ts);
    return th ? `ตัวชี้วัดที่ ${num(c, n)} ${d.th} (${v} คะแนน)` : `indicator ${n}, ${d.en} (${v})`;
  });
  return th
    ? `ไม่มีคะแนนรายข้อ จึงวิเคราะห์จากคะแนนรายตัวชี้วัด พบว่าตัวชี้วัดที่เกี่ยวข้องที่ได้คะแนนน้อย (ไม่ถึง ${target} คะแนน) ได้แก่ ${joinList(low, c.ts)} จากการวิเคราะห์ผลการประเมินดังกล่าว เห็นควรดำเนินการ ดังนี้`
    : `No item scores were given, so the analysis uses indicator scores: the related indicators below the target (${target}) are ${joinList(low, c.ts)}. Based on this analysis, the following actions are recommended:`;
}

/** Part 2's opening, in the sheet and the document alike: its title, what it is about, the issues listed. */
export function part2Opening(c: Content, issues: number): { title: string; intro: string; list: string[] } {
  const { T, a } = c;
  const year = yearText(a.year, c.ts);
  return {
    title: T.partTitle(num(c, 2), T.part2, c.named ? c.agency : null, year),
    intro: T.intro(c.agency, year, num(c, issues)),
    list: a.issues.map((r) => T.issueListItem(num(c, r.issue.number), r.issue[c.ts.lang])),
  };
}
