/**
 * One display rule for scores: cut to two decimals, never rounded, so a shown score never
 * contradicts its verdict — 84.995 is "84.99" beside "not passed", never "85.00". Every place a
 * score is shown (the sheets, the document, the pane's summary, the CLI, the JSON) goes through it.
 */
import JSZip from "jszip";
import { analyseWorkbook } from "../src/core/analyseWorkbook";
import { writeDocument } from "../src/adapters/docx/writeDocument";
import { summarize } from "../src/core/report/summary";
import { jsonReport } from "../src/core/report/jsonReport";
import { fixed2, fmtScore, shownScore } from "../src/core/text/format";
import { cutTo, isBelow } from "../src/core/text/scores";
import { sheet, workbook } from "./helpers/grids";
import { searchable } from "./helpers/docxText";
import { INDICATORS } from "./helpers/years";

const ARABIC = { lang: "th" as const, thaiDigits: false };
const THAI = { lang: "th" as const, thaiDigits: true };

describe("the rule", () => {
  test.each([
    [84.995, "84.99"],
    [84.9999, "84.99"],
    [85.0, "85"],
    [85, "85"],
    [85.004, "85.00"],
    [81.455, "81.45"],
    [84.33, "84.33"],
    [87.1566, "87.15"],
  ])("%p is shown %p", (v, text) => {
    expect(fmtScore(v, ARABIC)).toBe(text);
  });

  test("fixed2 always has two decimals, cut; Thai digits follow the same rule", () => {
    expect([84.995, 84.9999, 85, 85.004].map(fixed2)).toEqual(["84.99", "84.99", "85.00", "85.00"]);
    expect(fmtScore(84.995, THAI)).toBe("๘๔.๙๙");
  });

  test("floating-point noise is not a digit: sums that are 84.33 or 85 stay so", () => {
    // 0.1 + 0.2 style noise: 84.33 computed as a mean, 85 as a weighted sum.
    const mean = (78.68 + 83.53 + 99.26 + 75.85) / 4; // 84.33 exactly on paper
    expect(Math.abs(mean - 84.33)).toBeLessThan(1e-9);
    expect(shownScore(mean)).toBe(84.33);
    const sum = 0.3 * 85 + 0.3 * 85 + 0.4 * 85;
    expect(shownScore(sum)).toBe(85);
    expect(isBelow(sum, 85)).toBe(false);
    expect(cutTo(-3.705, 2)).toBe(-3.7);
  });

  test("around the target, what is shown and the verdict always agree", () => {
    for (let k = -20_000; k <= 20_000; k++) {
      const v = 85 + k * 1e-6;
      const shown = Number(fixed2(v));
      expect([v, isBelow(v, 85)]).toEqual([v, shown < 85]);
    }
  });
});

describe("everywhere a score is shown", () => {
  // Three tools given as they are, their weighted overall 84.995: below 85, so not passed.
  const rows = [
    ["เครื่องมือ", "คะแนน"],
    ["IIT", 84.995],
    ["EIT", 84.995],
    ["OIT", 84.995],
  ];
  const r = analyseWorkbook(workbook(sheet("ผล", rows)), { year: 2567, agencyName: "สำนักงาน กสม." });

  test("the analysis: below the target, computed shown as 84.99", () => {
    expect(r.analysis.overall.passed).toBe(false);
    expect(r.analysis.overall.computed).toBe(84.99);
  });

  test("the summary the pane and the CLI show, and the JSON report", () => {
    const s = summarize(r, "th");
    expect(s.overall.computed).toBe(84.99);
    const json = jsonReport(r, "en");
    expect(json.overall).toMatchObject({ computed: 84.99, result: "Not passed" });
    expect(JSON.stringify(json)).not.toContain("85.00");
  });

  test("the summary sheet: the overall cell holds 84.99 and the lead sentence says 84.99, not passed", () => {
    const summary = r.plan.sheets.find((s) => s.key === "summary")!;
    const numbers = summary.cells.flatMap((c) => ("number" in c.content ? [c.content.number] : []));
    // The overall, the three tools: 84.99 each; the only 85s are the target's column.
    expect(numbers.filter((n) => n !== 85)).toEqual([84.99, 84.99, 84.99, 84.99]);
    const text = summary.cells.map((c) => ("text" in c.content ? c.content.text : "")).join("\n");
    expect(text).toContain("84.99");
    expect(text).not.toMatch(/85\.00/);
    expect(text).toContain("ไม่ผ่านค่าเป้าหมาย");
  });

  test("the document: Part 1's sentence says ๘๔.๙๙ with its verdict", async () => {
    const zip = await JSZip.loadAsync(await writeDocument(r.document));
    const xml = searchable(await zip.file("word/document.xml")!.async("string"));
    const plain = xml.replace(/<[^>]+>/g, "");
    expect(plain).toContain("๘๔.๙๙ คะแนน");
    expect(plain).not.toContain("๘๕.๐๐");
  });

  test("an indicator given as 84.995 is listed as low, shown 84.99, in the sheet and the document", () => {
    const rows2 = [["ตัวชี้วัด", "คะแนน"], ...INDICATORS.map(([name], i) => [name, i === 0 ? 84.995 : 90])];
    const r2 = analyseWorkbook(workbook(sheet("ผล", rows2)), { year: 2567 });
    expect(r2.analysis.indicators[0]).toMatchObject({ value: 84.995, low: true });
    const paragraphs = r2.document.blocks.flatMap((b) => (b.kind === "paragraph" ? b.runs.map((x) => x.text) : []));
    expect(paragraphs.join(" ")).toMatch(/๑ ตัวชี้วัด/);
    const cells = r2.document.blocks.flatMap((b) =>
      b.kind === "table" ? b.rows.flatMap((row) => row.flatMap((c) => c.runs.map((x) => x.text))) : [],
    );
    expect(cells).toContain("๘๔.๙๙");
    expect(cells).not.toContain("๘๕.๐๐");
    const summary = r2.plan.sheets.find((x) => x.key === "summary")!;
    expect(summary.cells.some((c) => "number" in c.content && c.content.number === 84.99)).toBe(true);
  });
});
