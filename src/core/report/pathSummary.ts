/**
 * The path to the target as the pane shows it (`ResultSummary.path`): the sentence, the gap, every
 * measure with the scores it raises and their points, the tools' weights and the bands — plain data
 * in the summary's language, enough for the pane to work a choice of measures out again (`whatIf`).
 */
import type { Analysis } from "../analyse/analyse";
import type { PathSummary } from "../analyse/whatIf";
import { FrameworkIndex } from "../framework";
import type { Lang } from "../i18n/messages";
import { pathSentence } from "../render/content/path";
import { cutTo } from "../text/scores";

/** The path in the analyst's language; null without an overall score. */
export function pathSummary(a: Analysis, lang: Lang): PathSummary | null {
  const value = a.overall.value;
  const { target, nextBand } = a.gains;
  if (value === null || target.gap === null) return null;
  const fx = new FrameworkIndex(a.framework);
  const decimals = a.framework.decimals;
  // Once the target is met, the sentence is on the band above.
  const goal = target.reached && nextBand ? nextBand : target;
  return {
    sentence: pathSentence(a, { lang, thaiDigits: false }),
    decimals,
    threshold: a.threshold,
    overall: cutTo(value, decimals),
    tools: a.tools.map((t) => {
      const def = fx.tool.get(t.tool)!;
      return {
        id: t.tool,
        name: def[lang],
        weight: def.weight,
        value: t.value === null ? null : cutTo(t.value, decimals),
      };
    }),
    bands: a.framework.bands.map((b) => ({ name: b[lang], min: b.min, toolMin: b.toolMin ?? null, passed: b.passed })),
    goal: {
      band: goal.band ? goal.band[lang] : null,
      overall: goal.overall,
      toolMin: goal.toolMin,
      gap: goal.gap ?? 0,
      reached: goal.reached,
      suffices: goal.suffices,
      measures: goal.measures.map((i) => i + 1),
      units: goal.units.map((u) => u.key),
      unitsGain: goal.unitsGain,
    },
    units: a.gains.units.map((u) => ({
      key: u.key,
      kind: u.kind,
      code: u.code,
      channel: u.channel,
      indicator: u.indicator,
      text: u.code === null ? fx.indicator.get(u.indicator)![lang] : fx.item.get(u.code)![lang],
      tool: u.tool,
      from: u.from,
      to: u.to,
      weight: u.weight,
      gain: u.gain,
    })),
    measures: a.measures.map((m, i) => ({
      number: i + 1,
      title: m.def.title[lang],
      issues: m.issues,
      gain: a.gains.measures[i].gain,
      units: a.gains.measures[i].units,
    })),
    verified: a.gains.units.every((u) => u.verified),
  };
}
