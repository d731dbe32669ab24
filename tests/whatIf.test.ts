/**
 * What if (`analyse/whatIf.ts`): the overall and the band a choice of measures and expected scores
 * would give, worked out from the path the summary carries. Every number below is worked by hand in
 * the comments: a point of a score adds its weight to the overall and weight / its tool's weight to
 * its tool; a score two measures answer counts once; the band is read from the shown (cut) scores.
 */
import { PathSummary, PathUnit, whatIf } from "../src/core/analyse/whatIf";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { pathSentence } from "../src/core/render/content/path";
import { summarizeBoth } from "../src/core/report/summary";
import { sampleGrid } from "./helpers/grids";

const unit = (key: string, tool: string, from: number, to: number, weight: number): PathUnit => {
  const [kind, code, channel] = key.split(":");
  return {
    key,
    kind: kind as "item" | "indicator",
    code: kind === "item" ? code : null,
    channel: (channel ?? null) as PathUnit["channel"],
    indicator: kind === "indicator" ? Number(code) : 1,
    text: key,
    tool,
    from,
    to,
    weight,
    gain: weight * (to - from),
  };
};

/**
 * Overall 84.00 = 0.3 × IIT 84 + 0.3 × EIT 80 + 0.4 × OIT 87 (25.2 + 24 + 34.8). Units, with what
 * each adds to the overall and to its tool at its default score:
 * a1 (IIT) 70 → 85 at 0.02: +0.30, IIT +1.00; b1 Public (EIT) 40 → 85 at 1/60: +0.75, EIT +2.50;
 * b1 Survey 55 → 85 at 1/60: +0.50, EIT +1.666…; c1 (OIT) 0 → 100 at 1/60: +1.666…, OIT +4.166…;
 * indicator 2 (IIT) 80 → 85 at 0.06: +0.30, IIT +1.00.
 */
function made(over: Partial<PathSummary> = {}): PathSummary {
  const units = [
    unit("item:a1", "IIT", 70, 85, 0.02),
    unit("item:b1:public", "EIT", 40, 85, 1 / 60),
    unit("item:b1:survey", "EIT", 55, 85, 1 / 60),
    unit("item:c1", "OIT", 0, 100, 1 / 60),
    unit("indicator:2", "IIT", 80, 85, 0.06),
  ];
  const measure = (number: number, keys: string[]) => ({
    number,
    title: `m${number}`,
    issues: [number],
    gain: units.filter((u) => keys.includes(u.key)).reduce((s, u) => s + u.gain, 0),
    units: keys,
  });
  return {
    sentence: null,
    decimals: 2,
    threshold: 85,
    overall: 84,
    tools: [
      { id: "IIT", name: "IIT", weight: 0.3, value: 84 },
      { id: "EIT", name: "EIT", weight: 0.3, value: 80 },
      { id: "OIT", name: "OIT", weight: 0.4, value: 87 },
    ],
    bands: [
      { name: "excellent", min: 95, toolMin: 95, passed: true },
      { name: "well", min: 85, toolMin: 85, passed: true },
      { name: "passed", min: 85, toolMin: null, passed: true },
      { name: "not passed", min: 0, toolMin: null, passed: false },
    ],
    goal: {
      band: null,
      overall: 85,
      toolMin: null,
      gap: 1,
      reached: false,
      suffices: true,
      measures: [3],
      units: ["item:c1"],
      unitsGain: 5 / 3,
    },
    units,
    measures: [
      measure(1, ["item:a1", "item:b1:public"]),
      measure(2, ["item:b1:public", "item:b1:survey"]),
      measure(3, ["item:c1"]),
      measure(4, ["indicator:2", "item:a1"]),
    ],
    verified: true,
    ...over,
  };
}

const tools = (r: ReturnType<typeof whatIf>) => Object.fromEntries(r.tools.map((t) => [t.id, t.shown]));

describe("what if, on a path made by hand", () => {
  test("nothing chosen: the scores as they are, not passed, 1 point short of “passed”", () => {
    const r = whatIf(made(), { measures: [], items: {} });
    expect(r.shown).toBe(84);
    expect(r.gain).toBe(0);
    expect(r.band?.name).toBe("not passed");
    expect(r.meetsTarget).toBe(false);
    expect(r.next?.band.name).toBe("passed");
    expect(r.next?.gap).toBeCloseTo(1, 10);
    expect(r.next?.toolGaps).toEqual([]);
    expect(r.units).toEqual([]);
  });

  test("measures 1 and 2 share b1 Public: counted once — 0.30 + 0.75 + 0.50 = 1.55, not 1.05 + 1.25", () => {
    const r = whatIf(made(), { measures: [1, 2], items: {} });
    expect(r.gain).toBeCloseTo(1.55, 10);
    expect(r.shown).toBe(85.55);
    expect(r.units.map((u) => u.key)).toEqual(["item:a1", "item:b1:public", "item:b1:survey"]);
    // IIT 84 + 1.00 = 85.00; EIT 80 + 2.50 + 1.666… = 84.166… shown 84.16; OIT unchanged.
    expect(tools(r)).toEqual({ IIT: 85, EIT: 84.16, OIT: 87 });
    // 85.55 is “passed”; “passed well” asks every tool for 85 too, and EIT misses 0.84.
    expect(r.band?.name).toBe("passed");
    expect(r.meetsTarget).toBe(true);
    expect(r.next?.band.name).toBe("well");
    expect(r.next?.gap).toBe(0);
    expect(r.next?.toolGaps.map((t) => [t.tool, Number(t.gap?.toFixed(6))])).toEqual([["EIT", 0.84]]);
  });

  test("a measure's items already counted by another add nothing again: 1 + 4 adds indicator 2 only", () => {
    // a1 0.30 + b1 Public 0.75 + indicator 2 0.30 = 1.35; IIT 84 + 1 + 1 = 86.
    const r = whatIf(made(), { measures: [1, 4], items: {} });
    expect(r.gain).toBeCloseTo(1.35, 10);
    expect(r.shown).toBe(85.35);
    expect(tools(r).IIT).toBe(86);
  });

  test("an expected score overrides the default: b1 Survey expected 100 takes EIT to 85; a1 at 85 typed by its code, unticked, counts too", () => {
    // Measure 2: b1 Public 0.75 (EIT +2.50) + b1 Survey (100 − 55) / 60 = 0.75 (EIT +2.50): 1.50, EIT 85.00.
    const two = whatIf(made(), { measures: [2], items: { "item:b1:survey": 100 } });
    expect(two.gain).toBeCloseTo(1.5, 10);
    expect(two.shown).toBe(85.5);
    expect(tools(two)).toEqual({ IIT: 84, EIT: 85, OIT: 87 });
    // IIT 84 still short of 85: “passed”, not “passed well”.
    expect(two.band?.name).toBe("passed");
    expect(two.next?.toolGaps.map((t) => t.tool)).toEqual(["IIT"]);
    // a1 expected 85 (by its code, its measure not ticked): +0.30, IIT 85 — every tool at 85, 85.80: “passed well”.
    const more = whatIf(made(), { measures: [2], items: { "item:b1:survey": 100, a1: 85 } });
    expect(more.shown).toBe(85.8);
    expect(tools(more)).toEqual({ IIT: 85, EIT: 85, OIT: 87 });
    expect(more.band?.name).toBe("well");
    // The band above asks 95 of all: 95 − 85.80 = 9.20 overall; IIT and EIT 10, OIT 8.
    expect(more.next?.band.name).toBe("excellent");
    expect(more.next?.gap).toBeCloseTo(9.2, 10);
    expect(more.next?.toolGaps.map((t) => [t.tool, t.gap])).toEqual([
      ["IIT", 10],
      ["EIT", 10],
      ["OIT", 8],
    ]);
  });

  test("the overall is cut, never rounded up past a verdict: c1 at 59.76 gives 84.996, shown 84.99 — not passed; at 60, 85.00 passes", () => {
    // 59.76 / 60 = 0.996.
    const short = whatIf(made(), { measures: [], items: { "item:c1": 59.76 } });
    expect(short.overall).toBeCloseTo(84.996, 10);
    expect(short.shown).toBe(84.99);
    expect(short.meetsTarget).toBe(false);
    expect(short.band?.name).toBe("not passed");
    const enough = whatIf(made(), { measures: [], items: { "item:c1": 60 } });
    expect(enough.shown).toBe(85);
    expect(enough.meetsTarget).toBe(true);
    expect(enough.band?.name).toBe("passed");
  });

  test("an expected score below the score now lowers it: a1 at 60 is −10 × 0.02 = −0.20", () => {
    const r = whatIf(made(), { measures: [1], items: { "item:a1": 60 } });
    // a1 −0.20, b1 Public +0.75: +0.55.
    expect(r.gain).toBeCloseTo(0.55, 10);
    expect(r.shown).toBe(84.55);
  });

  test("the weights are the summary's: the same choice with IIT weighing 0.5 moves IIT by 0.30 / 0.5 = 0.60", () => {
    const heavier = made({
      tools: [
        { id: "IIT", name: "IIT", weight: 0.5, value: 84 },
        { id: "EIT", name: "EIT", weight: 0.3, value: 80 },
        { id: "OIT", name: "OIT", weight: 0.4, value: 87 },
      ],
    });
    expect(tools(whatIf(heavier, { measures: [], items: { a1: 85 } })).IIT).toBe(84.6);
  });

  test("a tool without a score cannot prove a band's rule for every tool", () => {
    const noOit = made({
      tools: [
        { id: "IIT", name: "IIT", weight: 0.3, value: 84 },
        { id: "EIT", name: "EIT", weight: 0.3, value: 80 },
        { id: "OIT", name: "OIT", weight: 0.4, value: null },
      ],
    });
    const r = whatIf(noOit, { measures: [2], items: { "item:b1:survey": 100, a1: 85 } });
    expect(r.band?.name).toBe("passed");
    expect(r.next?.toolGaps).toEqual([{ tool: "OIT", gap: null }]);
  });
});

describe("what if, on the bundled sample through the pipeline", () => {
  let summaries: Awaited<ReturnType<typeof summarizeBoth>>;
  let sentence: string | null;
  beforeAll(async () => {
    const r = analyseWorkbook(await sampleGrid(), {});
    summaries = summarizeBoth(r);
    sentence = pathSentence(r.analysis, { lang: "th", thaiDigits: false });
  });

  test("the summary carries the sentence, the gap, the measures with their points and the bands", () => {
    const p = summaries.th.path!;
    expect(p.sentence).toBe(sentence);
    expect(p.sentence).toMatch(/^คะแนนรวม 84\.33 คะแนน ยังต่ำกว่าค่าเป้าหมาย 85 คะแนน อยู่ 0\.67 คะแนน/);
    expect(summaries.en.path!.sentence).toMatch(
      /^The overall score of 84\.33 is 0\.67 points below the target of 85\./,
    );
    expect(p.overall).toBe(84.33);
    expect(p.goal.gap).toBeCloseTo(0.67, 10);
    // Measure 4 (the website): o11 50 → 100 at 1/175 (0.2857…), o16, o17, o19 0 → 100 at 1/100 (1 each), o30 at 1/60 (1.666…): 4.952….
    const four = p.measures.find((m) => m.number === 4)!;
    expect(four.title).toBe("เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงานให้ครบถ้วนตามเกณฑ์ OIT");
    expect(four.issues).toEqual([2, 5, 6, 7]);
    expect(four.units).toEqual(["item:o11", "item:o16", "item:o17", "item:o19", "item:o30"]);
    expect(four.gain).toBeCloseTo(1 / 3.5 + 3 + 5 / 3, 10);
    expect(p.goal).toMatchObject({ band: null, measures: [4], units: ["item:o30"], suffices: true });
    expect(p.bands.map((b) => [b.name, b.min, b.toolMin])).toEqual([
      ["ผ่านดีเยี่ยม", 95, 95],
      ["ผ่านดี", 85, 85],
      ["ผ่าน", 85, null],
      ["ไม่ผ่าน", 0, null],
    ]);
    expect(summaries.en.path!.bands.map((b) => b.name)).toEqual([
      "Passed with excellence",
      "Passed well",
      "Passed",
      "Not passed",
    ]);
    // Plain data: it survives JSON as it is.
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  test("measure 4 takes 84.33 to 89.28, “ผ่าน”; “ผ่านดี” would still need IIT 0.85 and EIT 8.20", () => {
    const p = summaries.th.path!;
    expect(whatIf(p, { measures: [], items: {} }).band?.name).toBe("ไม่ผ่าน");
    const r = whatIf(p, { measures: [4], items: {} });
    // 84.33 + 4.952… = 89.282…; OIT 82.62 + 4.952… / 0.4 = 95.0009…; IIT 84.15, EIT 76.80 unchanged.
    expect(r.shown).toBe(89.28);
    expect(tools(r)).toEqual({ IIT: 84.15, EIT: 76.8, OIT: 95 });
    expect(r.band?.name).toBe("ผ่าน");
    expect(r.next?.band.name).toBe("ผ่านดี");
    expect(r.next?.toolGaps.map((t) => [t.tool, Number(t.gap?.toFixed(6))])).toEqual([
      ["IIT", 0.85],
      ["EIT", 8.2],
    ]);
  });

  test("o30 alone at full marks: +1.666…, 85.99 — over 85; measures 1 and 3 answer the same items, counted once", () => {
    const p = summaries.th.path!;
    const o30 = whatIf(p, { measures: [], items: { "item:o30": 100 } });
    expect(o30.gain).toBeCloseTo(5 / 3, 10);
    expect(o30.shown).toBe(85.99);
    expect(o30.band?.name).toBe("ผ่าน");
    const one = whatIf(p, { measures: [1], items: {} }).gain;
    expect(whatIf(p, { measures: [1, 3], items: {} }).gain).toBeCloseTo(one, 12);
  });
});
