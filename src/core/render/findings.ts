import { Analysis, IssueResult } from "../analyse/analyse";
import { FrameworkIndex } from "../framework";
import { TextStyle, codeList, digits, fmtScore, joinList } from "./format";

/**
 * The finding paragraph of one issue, in the seed document's style:
 * "ข้อคำถามที่ได้คะแนนน้อย (ไม่ถึง ๘๕ คะแนน) มีจำนวน … ข้อ ได้แก่ … โดยตัวชี้วัดที่ได้คะแนนน้อยที่สุด คือ …"
 */
export function issueFinding(a: Analysis, r: IssueResult, fx: FrameworkIndex, ts: TextStyle): string {
  const th = ts.lang === "th";
  const target = fmtScore(a.threshold, ts);
  const item = (code: string) => fx.item.get(code)!;
  const indicatorName = (n: number) => {
    const d = fx.indicator.get(n)!;
    return th ? `ตัวชี้วัดที่ ${digits(String(n), ts)} ${d.th}` : `indicator ${n}, ${d.en}`;
  };
  const quote = (code: string) => (th ? `“${item(code).th}”` : `“${item(code).en}”`);

  if (a.level === "indicator") {
    if (r.lowIndicators.length === 0) {
      return th
        ? `ตัวชี้วัดที่เกี่ยวข้องกับประเด็นนี้ได้คะแนนไม่น้อยกว่า ${target} คะแนนทุกตัวชี้วัด (ไม่มีคะแนนรายข้อ จึงวิเคราะห์จากคะแนนรายตัวชี้วัด) เห็นควรรักษามาตรฐานการดำเนินงานต่อไป`
        : `Every indicator related to this issue scored ${target} or more (no item scores were given, so the analysis uses indicator scores). The current practice should be maintained.`;
    }
    const low = r.lowIndicators.map(
      (n) => `${indicatorName(n)} (${fmtScore(a.indicators[n - 1].value!, ts)}${th ? " คะแนน" : ""})`,
    );
    return th
      ? `ไม่มีคะแนนรายข้อ จึงวิเคราะห์จากคะแนนรายตัวชี้วัด พบว่าตัวชี้วัดที่เกี่ยวข้องที่ได้คะแนนน้อย (ไม่ถึง ${target} คะแนน) ได้แก่ ${joinList(low, ts)} จากการวิเคราะห์ผลการประเมินดังกล่าว เห็นควรดำเนินการ ดังนี้`
      : `No item scores were given, so the analysis uses indicator scores: the related indicators below the target (${target}) are ${joinList(low, ts)}. Based on this analysis, the following actions are recommended:`;
  }

  if (r.lowItems.length === 0) {
    return th
      ? `ไม่มีข้อคำถามที่ได้คะแนนน้อย (ไม่ถึง ${target} คะแนน) ในประเด็นนี้ เห็นควรรักษามาตรฐานการดำเนินงานต่อไป`
      : `No item in this issue scored below the target (${target}). The current practice should be maintained.`;
  }

  const parts: string[] = [];
  parts.push(
    th
      ? `ข้อคำถามที่ได้คะแนนน้อย (ไม่ถึง ${target} คะแนน) มีจำนวน ${digits(String(r.lowItems.length), ts)} ข้อ ได้แก่ ข้อ ${codeList(r.lowItems, ts)}`
      : `${r.lowItems.length} item(s) scored below the target (${target}): ${codeList(r.lowItems, ts)}.`,
  );

  const lowest =
    r.lowestItem && r.lowestItem.value < a.threshold && !fx.isDisclosure(r.lowestItem.code) ? r.lowestItem : null;
  if (lowest) {
    const lowestItemIndicator = item(lowest.code).indicator;
    const perceptionIndicators = new Set(r.items.filter((c) => !fx.isDisclosure(c)).map((c) => item(c).indicator));
    const code = digits(lowest.code, ts);
    const value = fmtScore(lowest.value, ts);
    if (perceptionIndicators.size <= 1) {
      parts.push(
        th
          ? `โดยข้อคำถามที่ได้คะแนนน้อยที่สุด คือ ข้อคำถาม ${code} ${quote(lowest.code)} (${value} คะแนน)`
          : `The lowest item is ${code} ${quote(lowest.code)} (${value}).`,
      );
    } else if (r.lowestIndicator && r.lowestIndicator.number === lowestItemIndicator) {
      parts.push(
        th
          ? `โดยตัวชี้วัดที่ได้คะแนนน้อยที่สุด คือ ${indicatorName(lowestItemIndicator)} (${fmtScore(r.lowestIndicator.value, ts)} คะแนน) ในข้อคำถาม ${code} ${quote(lowest.code)} (${value} คะแนน)`
          : `The lowest indicator is ${indicatorName(lowestItemIndicator)} (${fmtScore(r.lowestIndicator.value, ts)}), in item ${code} ${quote(lowest.code)} (${value}).`,
      );
    } else {
      const ind = r.lowestIndicator;
      parts.push(
        th
          ? (ind
              ? `โดยตัวชี้วัดที่ได้คะแนนน้อยที่สุด คือ ${indicatorName(ind.number)} (${fmtScore(ind.value, ts)} คะแนน) และ`
              : "โดย") + `ข้อคำถามที่ได้คะแนนน้อยที่สุด คือ ข้อคำถาม ${code} ${quote(lowest.code)} (${value} คะแนน)`
          : (ind ? `The lowest indicator is ${indicatorName(ind.number)} (${fmtScore(ind.value, ts)}); ` : "") +
              `the lowest item is ${code} ${quote(lowest.code)} (${value}).`,
      );
    }
  }

  for (const score of [0, 50]) {
    const gaps = r.oitGaps.filter((g) => g.value === score);
    if (gaps.length === 0) continue;
    const listed = gaps.map((g) => `${digits(g.code, ts)} ${th ? item(g.code).th : item(g.code).en}`);
    parts.push(
      th
        ? `${parts.length > 1 || lowest ? "และ" : "โดย"}การเปิดเผยข้อมูลบนเว็บไซต์ของหน่วยงานที่${score === 0 ? "ไม่ได้คะแนน" : `ได้ ${fmtScore(50, ts)} คะแนน`} จำนวน ${digits(String(gaps.length), ts)} ข้อ ได้แก่ ข้อ ${joinList(listed, ts)}`
        : `Website disclosure items that scored ${score}: ${joinList(listed, ts)}.`,
    );
  }

  parts.push(
    th
      ? "จากการวิเคราะห์ผลการประเมินดังกล่าว เห็นควรดำเนินการ ดังนี้"
      : "Based on this analysis, the following actions are recommended:",
  );
  return parts.join(" ");
}
