/**
 * Reconciliation: for each kind of disagreement, a set of scores made by hand and the finding
 * worked out by hand — which value, what it likely should be, how sure, and why.
 */
import { applyDecisions, decide, reconcile, variants } from "../src/core/analyse/reconcile";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { getFramework } from "../src/core/framework";
import type { ToolId } from "../src/core/framework/types";
import type { ItemScores, ParsedScores, ScoreCell } from "../src/core/parse/types";
import { reviewLines } from "../src/core/render/content/review";
import { readFileSync } from "fs";
import { analyseXlsx, openPackage, readWorkbookGrid } from "../src/adapters/xlsx/xlsxFile";
import { SAMPLE_FILE, sampleGrid } from "./helpers/grids";

const fw = getFramework(2567);

/** Scores as a reader would hand them over: each value in its own cell of sheet S. */
function parsedOf(p: {
  items?: Record<string, number | [number, number]>;
  indicators?: Record<number, number>;
  tools?: Partial<Record<ToolId, number>>;
  overall?: number;
  previous?: Record<number, number>;
  /** Cells typed as text (Thai digits), by ref. */
  text?: string[];
}): ParsedScores {
  let row = 0;
  const scoreCells: ScoreCell[] = [];
  const cell = (subject: ScoreCell["subject"], value: number) => {
    const ref = `S!C${++row}`;
    scoreCells.push({
      sheet: "S",
      row,
      col: 2,
      ref,
      value,
      numeric: !(p.text ?? []).includes(ref),
      factor: 1,
      subject,
    });
    return ref;
  };
  const items = new Map(
    Object.entries(p.items ?? {}).map(([code, v]) => {
      const scores: ItemScores = Array.isArray(v) ? { public: v[0], survey: v[1] } : { value: v };
      return [
        code,
        { code, scores, cells: [cell({ kind: "item", code, part: "value" }, Array.isArray(v) ? v[0] : v)] },
      ];
    }),
  );
  const indicators = new Map(
    Object.entries(p.indicators ?? {}).map(([n, value]) => [
      Number(n),
      { value, cells: [cell({ kind: "indicator", number: Number(n) }, value)] },
    ]),
  );
  const tools = new Map(
    (Object.entries(p.tools ?? {}) as Array<[string, number]>).map(([t, value]) => [
      t,
      { value, fromPoints: false, cells: [cell({ kind: "tool", tool: t }, value)] },
    ]),
  );
  return {
    frameworkId: fw.id,
    items,
    indicators,
    tools,
    overall: p.overall === undefined ? null : { value: p.overall, cells: [cell({ kind: "overall" }, p.overall)] },
    previous: new Map(Object.entries(p.previous ?? {}).map(([n, value]) => [Number(n), { value, cells: [] }])),
    scoreCells,
    sheets: ["S"],
    quietSheets: [],
    diagnostics: [],
  };
}

/** IIT's items: indicator 1 is i1–i3, 2 is i4–i6, …, 5 is i13–i15. */
const iit = (...byIndicator: Array<[number, number, number]>) =>
  Object.fromEntries(byIndicator.flatMap((scores, k) => scores.map((v, j) => [`i${3 * k + j + 1}`, v])));

describe("one value mistyped", () => {
  test("a digit typed for its neighbour on the keyboard: the items agree with the suggestion exactly", () => {
    // Indicator 1's items: (86 + 88 + 90) / 3 = 88; typed 78.00, one key to the left of 8.
    const f = reconcile(parsedOf({ items: iit([86, 88, 90]), indicators: { 1: 78 } }), fw);
    expect(f).toEqual([
      expect.objectContaining({
        id: "indicator:1@78.00",
        kind: "neighbour",
        typed: 78,
        suggested: 88,
        // The items exactly (the method is verified): 2 — medium.
        confidence: "medium",
        cells: ["S!C4", "S!C1", "S!C2", "S!C3"],
      }),
    ]);
  });

  test("Thai digits that look alike (๘ read for ๓), in a cell typed as text", () => {
    // Items (70.5 + 73.5 + 76.5) / 3 = 73.50; typed "๗๘.๕๐" as text: 78.50.
    const p = parsedOf({ items: iit([70.5, 73.5, 76.5]), indicators: { 1: 78.5 }, text: ["S!C4"] });
    expect(reconcile(p, fw)[0]).toMatchObject({ kind: "lookalike", suggested: 73.5 });
    // The same number in a number cell is a plain one-digit slip (3 and 8 are not neighbours).
    const q = parsedOf({ items: iit([70.5, 73.5, 76.5]), indicators: { 1: 78.5 } });
    expect(reconcile(q, fw)[0]).toMatchObject({ kind: "digit", suggested: 73.5 });
  });

  test("two digits swapped, and a decimal point moved", () => {
    // Items (87 + 87.16 + 87.32) / 3 = 87.16; typed 87.61.
    expect(reconcile(parsedOf({ items: iit([87, 87.16, 87.32]), indicators: { 1: 87.61 } }), fw)[0]).toMatchObject({
      kind: "transposed",
      suggested: 87.16,
    });
    // Items (85 + 87.5 + 90) / 3 = 87.50; typed 8.75.
    expect(reconcile(parsedOf({ items: iit([85, 87.5, 90]), indicators: { 1: 8.75 } }), fw)[0]).toMatchObject({
      kind: "decimal",
      suggested: 87.5,
    });
  });

  test("no items, but the tool's total: the one indicator whose slip makes the total agree", () => {
    // Indicators 1–4 agree with their items; 5 has none. IIT 86.00 = (88 + 90 + 84 + 80 + x) / 5 → x = 88;
    // typed 98.00 (9 beside 8).
    const items = iit([86, 88, 90], [88, 90, 92], [82, 84, 86], [78, 80, 82]);
    const f = reconcile(parsedOf({ items, indicators: { 1: 88, 2: 90, 3: 84, 4: 80, 5: 98 }, tools: { IIT: 86 } }), fw);
    expect(f).toEqual([
      expect.objectContaining({
        id: "indicator:5@98.00",
        suggested: 88,
        evidence: [
          { kind: "typo", typed: "98.00", suggested: "88.00" },
          { kind: "tool", tool: "IIT", reported: 86 },
        ],
        confidence: "medium",
      }),
    ]);
  });

  test("a total that a slip in either of two indicators would mend: no guess, the tool's own finding", () => {
    // (88 + 90 + 84 + 80 + 98) / 5 = 88 against 86.00: 98 → 88 or 88 → 78 would both do.
    const f = reconcile(parsedOf({ indicators: { 1: 88, 2: 90, 3: 84, 4: 80, 5: 98 }, tools: { IIT: 86 } }), fw);
    expect(f.map((x) => [x.id, x.suggested])).toEqual([["tool:IIT@86.00", 88]]);
  });

  test("the tool's own total mistyped (digits swapped): the indicators agree with their items", () => {
    // Mean of 88, 90, 84, 80, 78.75 = 84.15; typed 48.15.
    const f = reconcile(parsedOf({ indicators: { 1: 88, 2: 90, 3: 84, 4: 80, 5: 78.75 }, tools: { IIT: 48.15 } }), fw);
    expect(f).toEqual([expect.objectContaining({ id: "tool:IIT@48.15", kind: "transposed", suggested: 84.15 })]);
  });
});

describe("other causes", () => {
  test("a block of items copied from another indicator: left out, the reported indicator kept", () => {
    // Indicator 2's items repeat indicator 1's (80, 85, 90 → 85); its reported 70.00 agrees with the
    // IIT total: (85 + 70 + 90 + 90 + 90) / 5 = 85.
    const p = parsedOf({
      items: iit([80, 85, 90], [80, 85, 90]),
      indicators: { 1: 85, 2: 70, 3: 90, 4: 90, 5: 90 },
      tools: { IIT: 85 },
    });
    const f = reconcile(p, fw);
    expect(f).toEqual([
      expect.objectContaining({
        id: "items:2@80,85,90",
        kind: "copiedItems",
        suggested: null,
        confidence: "high",
        evidence: [
          { kind: "copy", of: 1, codes: ["i4", "i5", "i6"], sourceCodes: ["i1", "i2", "i3"] },
          { kind: "tool", tool: "IIT", reported: 85 },
        ],
      }),
    ]);
    // Accepted: the copied items are not used (nor highlighted); indicator 2 stays 70.
    const decided = applyDecisions(p, f, () => "accept");
    expect([...decided.items.keys()]).toEqual(["i1", "i2", "i3"]);
    expect(decided.indicators.get(2)!.value).toBe(70);
    expect(decided.scoreCells.some((c) => c.subject.kind === "item" && c.subject.code === "i4")).toBe(false);
  });

  test("last year's score typed in this year's place", () => {
    // Items give 88.00; typed 81.23, which is last year's indicator 1; no single slip turns 81.23 into 88.00.
    const f = reconcile(parsedOf({ items: iit([86, 88, 90]), indicators: { 1: 81.23 }, previous: { 1: 81.23 } }), fw);
    expect(f[0]).toMatchObject({ kind: "otherYear", suggested: 88, confidence: "low" });
  });

  test("no single explanation: both numbers, the lower level's as the alternative, low confidence", () => {
    const f = reconcile(parsedOf({ items: iit([86, 88, 90]), indicators: { 1: 70 } }), fw);
    expect(f[0]).toMatchObject({ kind: "unexplained", typed: 70, suggested: 88, confidence: "low" });
    const [line] = reviewLines(
      { ...analyseWorkbook(grid()).analysis, review: decide(f, {}) },
      { lang: "en", thaiDigits: false },
    );
    expect(line.why).toBe(
      "The level below gives 88.00. No single mistyped value explains the difference; check it against NACC's results.",
    );
  });

  test("levels that agree give no finding", () => {
    expect(reconcile(parsedOf({ items: iit([86, 88, 90]), indicators: { 1: 88.0 } }), fw)).toEqual([]);
  });

  test("variants: one digit, a swap, a shift — within 0–100 and never with a leading zero", () => {
    const texts = variants(81.27, false).map((v) => v.text);
    expect(texts).toContain("91.27");
    expect(texts).toContain("18.27");
    expect(texts).toContain("8.12");
    expect(texts).not.toContain("181.27");
    expect(new Set(texts).size).toBe(texts.length);
  });
});

/** A workbook of one score sheet, for the wording test. */
function grid() {
  return {
    sheets: [
      {
        name: "S",
        top: 0,
        left: 0,
        values: [
          ["ตัวชี้วัด", "คะแนน"],
          ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 88],
        ],
      },
    ],
  };
}

describe("the bundled sample (the real document's tables)", () => {
  test("three values mistyped 8 for 9, and indicator 4's items copied from indicator 1's", async () => {
    const r = analyseWorkbook(await sampleGrid());
    const review = r.analysis.review;
    expect(review.map((f) => [f.id, f.kind, f.suggested, f.confidence])).toEqual([
      // IIT 84.15 = (87.16 + 87.06 + x + 77.40 + 77.85) / 5 → x = 91.28 ≈ 91.27; its items give 91.14.
      ["indicator:3@81.27", "neighbour", 91.27, "high"],
      // Public (84.73 + 86.23 + 96.25) / 3 = 89.07, Survey (86.19 + 91.90 + 97.62) / 3 = 91.90 → 90.48…
      ["indicator:6@80.49", "neighbour", 90.49, "high"],
      // Sub-indicators 100, 75, 100 → 91.66…; then 0.3·84.15 + 0.3·80.13… + 0.4·87.62 = 84.33, as reported.
      ["indicator:10@81.67", "neighbour", 91.67, "high"],
      // i10–i12 (78.68, 83.53, 89.26) repeat i1–i3 (78.68, 83.53, 99.26) but for one digit.
      ["items:4@78.68,83.53,89.26", "copiedItems", null, "high"],
    ]);
    const th = reviewLines(r.analysis, { lang: "th", thaiDigits: false });
    expect(th[0].why).toBe(
      "พิมพ์ไว้ 81.27 แต่น่าจะเป็น 91.27 เพราะเลขที่ต่างกันอยู่ติดกันบนแป้นพิมพ์ คะแนนรายข้อคำนวณได้ 91.14 ใกล้เคียงกับค่าที่แนะนำ เมื่อใช้ค่าที่แนะนำ คะแนนรวม IIT ที่รายงานไว้ (84.15) จะตรงกัน",
    );
    // Undecided, the analysis keeps the typed values: 8 indicators below 85.
    expect(r.analysis.indicators.filter((i) => i.low).length).toBe(8);
  });

  test("accepted, the real document's five low indicators and tables that add up to 84.33", async () => {
    const r = analyseWorkbook(await sampleGrid(), { acceptSuggestions: true });
    const a = r.analysis;
    expect(a.review.every((f) => f.decision === "accept")).toBe(true);
    expect(a.indicators.filter((i) => i.low).map((i) => i.number)).toEqual([4, 5, 7, 8, 9]);
    // IIT (87.16 + 87.06 + 91.27 + 77.40 + 77.85) / 5 = 84.148; EIT (90.49 + 83.13 + 66.79) / 3 = 80.136…;
    // OIT (83.57 + 91.67) / 2 = 87.62; 0.3·84.148 + 0.3·80.136 + 0.4·87.62 = 84.333…
    expect(a.tools.map((t) => [t.tool, t.value === null ? null : Math.floor(t.value * 100) / 100])).toEqual([
      ["IIT", 84.15],
      ["EIT", 80.13],
      ["OIT", 87.62],
    ]);
    expect(a.overall.computed).toBe(84.33);
    // What still disagrees (indicator 3's items give 91.14) is a note once decided, no longer a warning.
    expect(a.diagnostics.filter((d) => /mismatch/.test(d.code) && d.severity === "warning")).toEqual([]);
    expect(a.diagnostics.find((d) => d.code === "indicator.mismatch")).toMatchObject({
      severity: "info",
      params: { number: 3, reported: 91.27, computed: 91.14 },
    });
    // Indicator 4's copied items are not used: no i10–i12 among the items, nor among the low ones.
    expect(a.items.map((i) => i.code)).not.toContain("i10");
  });

  test("a decision given for one finding, the others left open", async () => {
    const r = analyseWorkbook(await sampleGrid(), {
      decisions: { "indicator:6@80.49": "accept", "indicator:3@81.27": "keep" },
    });
    expect(r.analysis.review.map((f) => f.decision)).toEqual(["keep", "accept", null, null]);
    expect(r.analysis.indicators.find((i) => i.number === 6)!.value).toBe(90.49);
    expect(r.analysis.indicators.find((i) => i.number === 3)!.value).toBe(81.27);
  });
});

describe("decisions kept on the review sheet", () => {
  test("written with the workbook, a decision typed there is read back by the next run", async () => {
    const first = await analyseXlsx(readFileSync(SAMPLE_FILE), "s.xlsx");
    const grid = await readWorkbookGrid(openPackage(first.output, "s.xlsx"), "s.xlsx");
    const review = grid.sheets.find((s) => s.generated === "review")!;
    expect(review.name).toBe("ตรวจทาน");
    // The analyst picks "use the suggested value" for indicator 6, in the row that holds its id.
    const row = review.values.findIndex((r) => r.includes("indicator:6@80.49"));
    const col = review.values.findIndex((r) => r.includes("การตัดสินใจ"));
    const decisionCol = review.values[col].indexOf("การตัดสินใจ");
    expect(review.values[row][decisionCol]).toBe("ยังไม่ตัดสินใจ");
    review.values[row][decisionCol] = "ใช้ค่าที่แนะนำ";
    const again = analyseWorkbook(grid);
    expect(again.analysis.review.map((f) => [f.id, f.decision])).toEqual([
      ["indicator:3@81.27", null],
      ["indicator:6@80.49", "accept"],
      ["indicator:10@81.67", null],
      ["items:4@78.68,83.53,89.26", null],
    ]);
    expect(again.analysis.indicators.find((i) => i.number === 6)!.value).toBe(90.49);
    // The new review sheet says so; the English words are read too.
    const sheet = again.plan.sheets.find((s) => s.key === "review")!;
    expect(sheet.cells.some((c) => "text" in c.content && c.content.text === "ใช้ค่าที่แนะนำ")).toBe(true);
    review.values[row][decisionCol] = "Keep as typed";
    expect(analyseWorkbook(grid).analysis.review[1].decision).toBe("keep");
  });
});
