import { analyse } from "../src/core/analyse/analyse";
import { getFramework } from "../src/core/framework";
import { WorkbookGrid } from "../src/core/read/grid";
import { parseWorkbook } from "../src/core/parse/parseWorkbook";
import { isDual } from "../src/core/parse/types";
import { sampleGrid, seedPastedWhole, seedTablesBySheet } from "./helpers/grids";
import {
  SEED_INDICATORS,
  SEED_ITEMS,
  SEED_LOWEST_INDICATOR,
  SEED_LOWEST_ITEM,
  SEED_LOW_ITEMS,
} from "./helpers/seedExpectations";

const fw = getFramework(2567);

const cases: Array<[string, () => Promise<WorkbookGrid> | WorkbookGrid]> = [
  ["the bundled sample workbook", sampleGrid],
  ["the seed document pasted whole, line by line", seedPastedWhole],
  ["the seed's tables, one sheet each", seedTablesBySheet],
];

describe.each(cases)("the seed's score tables: %s", (_name, load) => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await load();
  });

  test("every item is identified with its score and low flag", () => {
    const a = analyse(parseWorkbook(grid, fw), fw);
    const found = Object.fromEntries(a.items.map((i) => [i.code, i]));
    expect(Object.keys(found).sort()).toEqual(Object.keys(SEED_ITEMS).sort());
    for (const [code, expected] of Object.entries(SEED_ITEMS)) {
      const item = found[code];
      if (Array.isArray(expected)) {
        expect(isDual(item.scores) ? [item.scores.public, item.scores.survey] : item.scores).toEqual(expected);
        expect(item.low).toBe(expected[0] < 85 || expected[1] < 85);
      } else {
        expect(item.scores).toEqual({ value: expected });
        expect(item.low).toBe(expected < 85);
      }
    }
  });

  test("no item is read from the wrong cell: conflicts and unidentified rows are absent", () => {
    const p = parseWorkbook(grid, fw);
    const codes = p.diagnostics.map((d) => d.code);
    expect(codes).not.toContain("item.conflict");
    expect(codes).not.toContain("item.ambiguous");
    expect(codes).not.toContain("item.unidentified");
    expect(codes).not.toContain("score.invalid");
  });

  test("each issue's low items are the seed's own Part 2 lists", () => {
    const a = analyse(parseWorkbook(grid, fw), fw);
    for (const r of a.issues) {
      expect(r.lowItems).toEqual(SEED_LOW_ITEMS[r.issue.number]);
      expect(r.lowestItem?.code).toBe(SEED_LOWEST_ITEM[r.issue.number]);
    }
  });

  test("the lowest indicator of each issue is the one the seed names, taken among the issue's own items", () => {
    const a = analyse(parseWorkbook(grid, fw), fw);
    for (const [issue, indicator] of Object.entries(SEED_LOWEST_INDICATOR))
      expect([issue, a.issues[Number(issue) - 1].lowestIndicator?.number]).toEqual([issue, indicator]);
  });

  test("the wrong heading number (ตัวชี้วัดที่ ๒ คุณภาพการดำเนินงาน) is read by its name as indicator 6", () => {
    const p = parseWorkbook(grid, fw);
    const notes = p.diagnostics.filter((d) => d.code === "heading.numberMismatch");
    expect(notes.length).toBeGreaterThanOrEqual(2);
    for (const n of notes) expect(n.params).toMatchObject({ given: 2, indicator: 6 });
  });
});

describe("consistency checks the seed's numbers call for", () => {
  let a: ReturnType<typeof analyse>;
  beforeAll(async () => {
    a = analyse(parseWorkbook(await sampleGrid(), fw), fw);
  });

  test("reported indicators are read as published", () => {
    for (const [n, v] of Object.entries(SEED_INDICATORS)) expect(a.indicators[Number(n) - 1].reported).toBe(v);
  });

  test("indicators 3, 4 and 6 disagree with their items; the others agree", () => {
    const mismatch = a.diagnostics.filter((d) => d.code === "indicator.mismatch");
    const warned = mismatch.filter((d) => d.severity === "warning").map((d) => d.params.number);
    expect(warned).toEqual([3, 4, 6]);
    const six = mismatch.find((d) => d.params.number === 6)!;
    // Public (84.73 + 86.23 + 96.25) / 3 = 89.07, Survey (86.19 + 91.90 + 97.62) / 3 = 91.9033…; their mean 90.4866…, cut.
    expect(six.params).toMatchObject({ reported: 80.49, computed: 90.48 });
    expect(six.cells[0]).toBe("ผลคะแนนรายตัวชี้วัด!C12");
    expect(six.cells).toContain("ผลคะแนนรายข้อ!C8");
    // Indicator 10's 2567 sub-indicator grouping is inferred, so its disagreement is a note.
    const ten = mismatch.find((d) => d.params.number === 10)!;
    expect(ten.severity).toBe("info");
    // Sub-indicators 10.1 = 100, 10.2 = (0 + 100 + 100 + 100) / 4 = 75, 10.3 = 100: 275 / 3 = 91.666…, cut.
    expect(ten.params).toMatchObject({ reported: 81.67, computed: 91.66 });
  });

  test("indicator 9 cannot be recomputed: o7 is not in the seed", () => {
    expect(a.indicators[8].computed).toBeNull();
    expect(a.diagnostics.find((d) => d.code === "indicator.incomplete")?.params.codes).toEqual(["o7"]);
  });

  test("the IIT total and the overall score disagree with the levels below, with both numbers and cells", () => {
    const iit = a.diagnostics.find((d) => d.code === "tool.mismatch")!;
    // (87.16 + 87.06 + 81.27 + 77.40 + 77.85) / 5 = 82.148, cut.
    expect(iit.params).toMatchObject({ tool: "IIT", reported: 84.15, computed: 82.14 });
    expect(iit.cell).toBe("ผลคะแนนรายตัวชี้วัด!C11");
    const overall = a.diagnostics.find((d) => d.code === "overall.mismatch")!;
    expect(overall.params).toMatchObject({ reported: 84.33, computed: 81.33 });
    expect(a.overall.result?.th).toBe("ไม่ผ่าน");
  });

  test("EIT and OIT totals are blank in the seed, so they are computed", () => {
    expect(a.tools.map((t) => [t.tool, t.reported, t.computed])).toEqual([
      ["IIT", 84.15, 82.14], // 82.148, cut
      ["EIT", null, 76.8],
      ["OIT", null, 82.62],
    ]);
  });

  test("with the seed's two evident typos corrected, every level agrees with the published overall 84.33", () => {
    // Indicators 6 and 10 printed as 80.49 and 81.67 where the items give 90.49 and 91.67.
    const fixed = {
      ...a,
      indicators: a.indicators.map((i) => (i.number === 6 || i.number === 10 ? i.computed! : i.value!)),
    };
    const eit = (fixed.indicators[5] + fixed.indicators[6] + fixed.indicators[7]) / 3;
    const oit = (fixed.indicators[8] + fixed.indicators[9]) / 2;
    expect(0.3 * 84.15 + 0.3 * eit + 0.4 * oit).toBeCloseTo(84.33, 2);
  });
});
