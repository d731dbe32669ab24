/**
 * The path to the target in one sentence, as Part 1 of the document, the summary sheet and the
 * JSON report give it: how far the overall is, which measures — on which items — close the gap,
 * and by about how many points; said so when the weights rest on an inferred grouping.
 */
import type { Analysis } from "../../analyse/analyse";
import type { GainUnit, PathToGoal } from "../../analyse/gain";
import { FrameworkIndex } from "../../framework";
import { GAIN_TEXT } from "../../i18n/gainText";
import { TextStyle, codeRanges, digits, fixed2, fmtScore, joinList, joinPhrases } from "../../text/format";
import { cutTo } from "../../text/scores";

type G = (typeof GAIN_TEXT)["th"];

/** Points gained or missing, as every shown number: cut to two decimals, always with both. */
export const pointsText = (v: number, ts: TextStyle) => digits(fixed2(v), ts);

/** "มาตรการที่ 4 “…” ในข้อ o30" for each chosen measure, each unit named under the first measure answering it. */
function measuresPhrase(a: Analysis, path: PathToGoal, ts: TextStyle, G: G): string {
  const named = new Set<string>();
  const phrases = path.measures.flatMap((i) => {
    const own = path.units.filter((u) => !named.has(u.key) && a.gains.measures[i].units.includes(u.key));
    own.forEach((u) => named.add(u.key));
    if (!own.length && path.suffices) return [];
    const codes = [...new Set(own.flatMap((u) => (u.code ? [u.code] : [])))];
    const indicators = [...new Set(own.filter((u) => u.kind === "indicator").map((u) => String(u.indicator)))];
    const on = [
      ...(codes.length ? [G.items(codeRanges(sortCodes(a, codes), ts), codes.length > 1)] : []),
      ...(indicators.length ? [G.indicators(digits(joinList(indicators, ts), ts), indicators.length > 1)] : []),
    ];
    const title = a.measures[i].def.title[ts.lang];
    return [G.measure(digits(String(i + 1), ts), title, joinPhrases(on, ts))];
  });
  return joinPhrases(phrases, ts);
}

/** Codes in the framework's order, so that consecutive ones become a range. */
function sortCodes(a: Analysis, codes: string[]): string[] {
  const order = new FrameworkIndex(a.framework).order;
  return [...codes].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
}

/** The short names of the units' tools ("OIT"), in the framework's order. */
function toolNames(a: Analysis, units: GainUnit[], ts: TextStyle): string {
  const tools = a.framework.tools.filter((t) => units.some((u) => u.tool === t.id));
  return joinList(
    tools.map((t) => t.short[ts.lang]),
    ts,
  );
}

/** How far the named scores are raised: a scale's full marks, the target, or both. */
function raisePhrase(a: Analysis, units: GainUnit[], ts: TextStyle, G: G): string {
  const target = fmtScore(a.threshold, ts);
  const full = units.filter((u) => u.to > a.threshold);
  if (!units.length) return "";
  if (full.length === units.length) return G.raiseFull;
  if (!full.length) return G.raiseTarget(target);
  return G.raiseBoth(target, toolNames(a, full, ts));
}

/** What to do about one goal: the measures and their points, enough or not. */
function actionPhrase(a: Analysis, path: PathToGoal, ts: TextStyle, G: G, goal: string): string {
  if (!path.measures.length) return G.nothing(goal);
  const measures = measuresPhrase(a, path, ts, G);
  const raise = raisePhrase(a, path.units, ts, G);
  if (!path.suffices) return G.notEnough(measures, raise, pointsText(path.gain, ts), goal);
  const said = G.enough(measures, raise, pointsText(path.unitsGain, ts), goal);
  // The measures in full add more than the items named: said, for the analyst who does them all.
  return cutTo(path.gain, 2) > cutTo(path.unitsGain, 2)
    ? `${said} ${G.whole(pointsText(path.gain, ts), path.measures.length > 1)}`
    : said;
}

/** What the band above still asks: "ระดับ “ผ่านดี” ต้องได้… ซึ่งยังขาด EIT 1.20 คะแนน". */
function bandPhrase(a: Analysis, path: PathToGoal, ts: TextStyle, G: G): string {
  const short = (tool: string) => a.framework.tools.find((t) => t.id === tool)?.short[ts.lang] ?? tool;
  const missing = [
    ...(path.gap ? [G.missingOverall(pointsText(path.gap, ts))] : []),
    ...path.toolGaps.map((t) => G.missingTool(short(t.tool), t.gap === null ? null : pointsText(t.gap, ts))),
  ];
  return G.bandNeeds(
    path.band![ts.lang],
    fmtScore(path.overall, ts),
    path.toolMin === null ? null : fmtScore(path.toolMin, ts),
    joinPhrases(missing, ts),
  );
}

/** The note on weights that rest on an inferred grouping, or on a framework read from the workbook. */
function weightNote(a: Analysis, paths: PathToGoal[], G: G, ts: TextStyle): string[] {
  const unverified = paths.flatMap((p) => p.units.filter((u) => !u.verified));
  if (!unverified.length) return [];
  if (a.framework.source === "workbook") return [G.workbook];
  return [G.inferred(toolNames(a, unverified, ts))];
}

/**
 * The path to the target in a sentence or two, in the language and digits asked; null without an
 * overall score. Below the target: the gap and the fewest measures that close it. At or above it:
 * the band above, what it still asks and the measures that would reach it.
 */
export function pathSentence(a: Analysis, ts: TextStyle): string | null {
  const G = GAIN_TEXT[ts.lang];
  const { target, nextBand } = a.gains;
  const overall = a.overall.value;
  if (overall === null || target.gap === null) return null;
  const score = fmtScore(cutTo(overall, a.framework.decimals), ts);
  const goal = fmtScore(a.threshold, ts);
  const parts: string[] = [];
  const used: PathToGoal[] = [];
  if (!target.reached) {
    parts.push(G.below(score, goal, pointsText(target.gap, ts)), actionPhrase(a, target, ts, G, G.goalTarget));
    used.push(target);
  } else {
    parts.push(G.reached(score, goal));
    if (nextBand && !nextBand.reached) {
      const band = nextBand.band![ts.lang];
      parts.push(bandPhrase(a, nextBand, ts, G), actionPhrase(a, nextBand, ts, G, G.goalBand(band)));
      used.push(nextBand);
    }
  }
  return G.sentence([...parts, ...weightNote(a, used, G, ts)]);
}
